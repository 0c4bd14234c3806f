"""Structured partial values (what the grammar reads) and TIMEX3 value strings (what it writes).

A :class:`Partial` holds what an expression says and nothing more: "September 27" has a month and
a day but no year; "last week" is one week back from some reference; "two days" is an amount and
a unit. The normaliser (:mod:`sitrep.temporal.normalise`) fills in the rest against a reference
date. The public helpers :func:`precision` and :func:`to_date` read finished TIMEX3 values for the
stages that date events and claims.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from sitrep.records import DatePrecision, TimeExpression, TimexType
from sitrep.temporal.lexicon import Unit


class Anchor(StrEnum):
    """What an expression's value depends on besides its own words."""

    NONE = "none"  # complete by itself: "17 October 2020", "1994", "two weeks"
    PUBLICATION = "publication"  # deictic: "today", "last week", "two days ago"
    DISCOURSE = "discourse"  # anaphoric: "the previous day", "a year earlier", "that week"
    TENSE = "tense"  # calendar words without a year: "Friday", "September 27", "March"
    EVENT = "event"  # counted from an event the story dates: "the sixth week of fighting"


@dataclass(frozen=True, slots=True, kw_only=True)
class Partial:
    """What one time expression says, before it is anchored."""

    type: TimexType
    # Calendar fields, as far as the words give them.
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: Monday 1 .. Sunday 7
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    year_half: int | None = None  # 1 or 2: "the first half of 1989" is 1989-H1
    decade: int | None = None  # 199 for "the 1990s"
    century: int | None = None  # 19 for "the 20th century"
    weekend: bool = False
    part: str | None = None  # part of day: MO, AF, EV, NI, MI, DT
    hour: int | None = None
    minute: int | None = None
    # The clock time is said in UTC ("18:00 UTC", "0830 GMT"): ISO 8601 ends it with Z.
    utc: bool = False
    # Relative expressions: `shift` units of `unit` from the anchor ("last week": -1 WEEK).
    anchor: Anchor = Anchor.NONE
    shift: int = 0
    unit: Unit | None = None
    # Direction forced by a word ("next Friday" +1, "last Friday" -1), else the tense decides.
    direction: int | None = None
    # Durations and sets: amount of unit; None is "some" (PXY).
    amount: int | None = None
    # A half more: "2 1/2 years", "a minute and a half" (written in the next smaller unit).
    half: bool = False
    # The week that contains the day said: "the week of March 6", "Easter week".
    as_week: bool = False
    # PRESENT_REF, PAST_REF, FUTURE_REF.
    ref: str | None = None
    mod: str | None = None
    # A holiday's name as lexicon.FIXED_HOLIDAYS or EASTER_HOLIDAYS spell it.
    holiday: str | None = None
    # The event an EVENT-anchored expression counts from (a lexicon.EVENT_NOUNS value).
    event: str | None = None

    def with_(self, **changes: object) -> Partial:
        return replace(self, **changes)  # type: ignore[arg-type]


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_LIKE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|SP|SU|FA|WI))?$")
# The first month of a part of a year (meteorological seasons; a winter is read as the one
# that its year's January belongs to).
_FIRST_MONTH = {
    "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7,
    "SP": 3, "SU": 6, "FA": 9, "WI": 1,
}  # fmt: skip


def precision(value: str) -> DatePrecision | None:
    """How precise a TIMEX3 date value is: ``2020-11-01T..`` day, ``2020-W45`` week, ``2020-11``
    month, ``2020`` year; a quarter, half or season of a year (``2020-Q3``) is year too, the
    finest precision that does not claim more than the words (there is no quarter precision:
    a reader needs :func:`to_date` for where in the year it begins); None for durations,
    references and anything not anchored to a year."""
    if _DAY.match(value):
        return DatePrecision.DAY
    if _WEEK.match(value):
        return DatePrecision.WEEK
    if _MONTH.match(value):
        return DatePrecision.MONTH
    if _YEAR_LIKE.match(value):
        return DatePrecision.YEAR
    return None


def value_of(day: dt.date, precision: DatePrecision | None) -> str:
    """The TIMEX3 value of the period of ``precision`` that begins on ``day``, the inverse of
    :func:`to_date` and :func:`precision`: ``2023`` for a year, ``2023-04`` a month, ``2023-W14``
    a week, the ISO date for a day (or no precision)."""
    match precision:
        case DatePrecision.YEAR:
            return f"{day.year:04d}"
        case DatePrecision.MONTH:
            return f"{day.year:04d}-{day.month:02d}"
        case DatePrecision.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year:04d}-W{week:02d}"
        case _:
            return day.isoformat()


def to_date(value: str | None) -> dt.date | None:
    """The first day a TIMEX3 date value covers (``2020-W45`` is Monday 2020-11-02, ``2020-Q3``
    July 1, ``2020-H2`` July 1, ``2020-SU`` June 1), or None when the value is not anchored to
    a calendar date (``XXXX-10-17``, ``P2W``, ``PAST_REF``)."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _YEAR_LIKE.match(value):
            return dt.date(int(m[1]), _FIRST_MONTH.get(m[2] or "", 1), 1)
    except ValueError:
        return None
    return None


_PERIOD_PRECISION = {
    "P1D": DatePrecision.DAY,
    "P1W": DatePrecision.WEEK,
    "P1M": DatePrecision.MONTH,
}


def when(expression: TimeExpression) -> tuple[dt.date, DatePrecision] | None:
    """The first day an expression dates and how precisely, for an event's ``date`` and
    ``date_precision``: from its value ("2020-W45": Monday 2 November, week), or, for a period
    counted from an event, from where it begins ("the sixth week of fighting": P1W beginning
    2020-11-01, week). None when it dates nothing on the calendar."""
    if expression.begins is not None:
        first = to_date(expression.begins)
        kind = _PERIOD_PRECISION.get(expression.value, DatePrecision.YEAR)
        return (first, kind) if first is not None else None
    if expression.type not in (TimexType.DATE, TimexType.TIME):
        return None
    kind_of_value = precision(expression.value)
    first = to_date(expression.value)
    return (first, kind_of_value) if first is not None and kind_of_value is not None else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression found in the text: character offsets, what it says, which rule."""

    start: int
    end: int
    partial: Partial
    rule: str
