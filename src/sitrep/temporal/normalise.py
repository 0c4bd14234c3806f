"""From a :class:`Partial` and a reference date to a TIMEX3 value, the way news is written.

Underspecified calendar words take their missing parts from the reference date: a weekday is the
nearest such day, before it in a past-tense sentence and after it in a future one; "September 27"
takes the year that puts it on the right side of the reference. Relative expressions count from
the publication date ("last week", "two days ago") or from the last date the story mentioned
("the previous day", "a year earlier"). Without a reference the value keeps X's for what the
words do not say ("XXXX-WXX-6"): unknown is written as unknown, never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dateutil.easter import easter

from sitrep.records import TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.values import Anchor, Partial


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Normalised:
    type: TimexType
    value: str
    mod: str | None
    # The day this expression fixes, when it fixes one: later anaphora count from it.
    day: dt.date | None = None
    # The first day of a period counted from an event ("the sixth week of fighting").
    begins: dt.date | None = None


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def _ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + (d.month - 1) + n
    return dt.date(m // 12, m % 12 + 1, 1)


def _direction(p: Partial, tense: Tense) -> int:
    """-1 look back, +1 look ahead."""
    if p.direction is not None:
        return p.direction
    if tense is Tense.FUTURE:
        return 1
    # News reports what happened: without a future verb, calendar words point back (with the
    # tolerance of _choose_year for dates just ahead).
    return -1


def _duration_value(amount: int | None, unit: Unit) -> str:
    n = "X" if amount is None else str(amount)
    match unit:
        case Unit.SECOND:
            return f"PT{n}S"
        case Unit.MINUTE:
            return f"PT{n}M"
        case Unit.HOUR:
            return f"PT{n}H"
        case Unit.WEEKEND:
            return "P2D" if amount in (None, 1) else f"P{n}WE"
        case Unit.DECADE | Unit.CENTURY if amount is not None:
            # ISO 8601 has no decades: "two decades" is P20Y ...
            return f"P{amount * (10 if unit is Unit.DECADE else 100)}Y"
        case Unit.DECADE | Unit.CENTURY:
            return "PXY"  # ... and "for decades" some years.
        case _:
            return f"P{n}{unit.value}"


# A half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALVES: dict[Unit, str] = {
    Unit.YEAR: "6M",
    Unit.DAY: "T12H",
    Unit.HOUR: "30M",
    Unit.MINUTE: "30S",
}


def _with_half(amount: int | None, unit: Unit) -> str | None:
    if amount is None or unit not in _HALVES:
        return None
    return _duration_value(amount, unit) + _HALVES[unit]


def _time_suffix(p: Partial) -> str:
    if p.hour is not None:
        return f"T{p.hour:02d}:{p.minute or 0:02d}{'Z' if p.utc else ''}"
    if p.part == "MI":  # noon, midday: a clock time
        return "T12:00"
    if p.part is not None:
        return f"T{p.part}"
    return ""


def normalise(
    p: Partial,
    *,
    published: dt.date | None,
    discourse: dt.date | None = None,
    tense: Tense = Tense.UNKNOWN,
    dates_past: bool = False,
) -> Normalised:
    """The TIMEX3 type, value and mod of ``p`` (see :func:`_normalise`); at the edges of the
    calendar (a reference in year 1 or 9999) what cannot be computed stays unknown."""
    try:
        found = _normalise(
            p, published=published, discourse=discourse, tense=tense, dates_past=dates_past
        )
        if p.as_week and found.day is not None:
            # "the week of March 6": the ISO week of that day.
            return Normalised(found.type, _week(found.day), found.mod)
        return found
    except (ValueError, OverflowError):
        return Normalised(p.type, _absolute(p)[0] if p.ref is None else p.ref, p.mod)


def _normalise(
    p: Partial,
    *,
    published: dt.date | None,
    discourse: dt.date | None = None,
    tense: Tense = Tense.UNKNOWN,
    dates_past: bool = False,
) -> Normalised:
    """The TIMEX3 type, value and mod of ``p``.

    ``dates_past``: the expression modifies a verb in the past tense ("fell on December 5"),
    so a calendar date without its year is not after the publication date; when its words put
    it after, the year stays unknown (``XXXX-12-05``) rather than guessed.

    ``published`` anchors deictic words; ``discourse`` (the day the story last fixed, else the
    publication date) anchors anaphoric ones and bare parts of day.
    """
    mod = p.mod
    if p.ref is not None:
        return Normalised(p.type, p.ref, mod)
    if p.anchor is Anchor.EVENT:
        return _from_event(p, discourse)
    if p.holiday is not None:
        value, day = _holiday(p, published, _direction(p, tense), past=dates_past)
        return Normalised(p.type, value, mod, day)
    if p.type is TimexType.DURATION:
        assert p.unit is not None
        if p.half and (halved := _with_half(p.amount, p.unit)) is not None:
            return Normalised(p.type, halved, mod)
        return Normalised(p.type, _duration_value(p.amount, p.unit), mod)
    if p.type is TimexType.SET:
        if p.weekday is not None:  # "Tuesdays", "Tuesday nights"
            return Normalised(p.type, f"XXXX-WXX-{p.weekday}{_time_suffix(p)}", mod)
        if p.month is not None:
            return Normalised(p.type, f"XXXX-{p.month:02d}", mod)
        if p.part is not None and p.unit is None:  # "every night"
            return Normalised(p.type, f"XXXX-XX-XX{_time_suffix(p)}", mod)
        assert p.unit is not None
        return Normalised(p.type, _duration_value(p.amount or 1, p.unit), mod)

    base = discourse or published if p.anchor is Anchor.DISCOURSE else published
    if p.anchor is Anchor.DISCOURSE and p.weekday is not None:
        # "the previous Friday": the Friday before the day the story is at.
        value, day = _calendar(p, base, p.direction or -1)
        return Normalised(p.type, value, mod, day)
    if p.anchor in (Anchor.PUBLICATION, Anchor.DISCOURSE):
        value, day = _relative(p, base)
        return Normalised(p.type, value, mod, day)
    if p.anchor is Anchor.TENSE:
        value, day = _calendar(p, published, _direction(p, tense), past=dates_past)
        return Normalised(p.type, value, mod, day)
    value, day = _absolute(p)
    return Normalised(p.type, value, mod, day)


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day of a holiday (a lexicon name) in a year."""
    if name in lx.FIXED_HOLIDAYS:
        month, day = lx.FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in lx.EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=lx.EASTER_HOLIDAYS[name])
    if name in lx.THANKSGIVING:
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def _holiday(
    p: Partial, ref: dt.date | None, direction: int, *, past: bool
) -> tuple[str, dt.date | None]:
    assert p.holiday is not None
    year = p.year
    if year is None and ref is not None:
        # The nearest one on the side the tense points to (with the months' tolerance).
        this = holiday_date(p.holiday, ref.year)
        assert this is not None
        strict = p.direction is not None
        year = _choose_year(ref, this.month, this.day, direction, strict=strict, past=past)
    if year is None:
        fixed = lx.FIXED_HOLIDAYS.get(p.holiday)
        return (f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"), None
    try:
        day = holiday_date(p.holiday, year)
    except (ValueError, OverflowError):
        day = None
    return (_ymd(day), day) if day else ("XXXX-XX-XX", None)


def _from_event(p: Partial, start: dt.date | None) -> Normalised:
    """Counted from the start of an event: the Nth day or week of it, or days after it."""
    unit = p.unit or Unit.DAY
    if p.type is TimexType.DURATION:  # "the sixth week of fighting": one week, beginning ...
        value = _duration_value(1, unit)
        if start is None:
            return Normalised(p.type, value, p.mod)
        begins = _shifted(start, unit, p.shift)
        return Normalised(p.type, value, p.mod, None, begins)
    if start is None:
        return Normalised(p.type, "XXXX-XX-XX" if unit is Unit.DAY else "XXXX", p.mod)
    value, day = _relative(p.with_(anchor=Anchor.DISCOURSE), start)
    return Normalised(p.type, value, p.mod, day)


def _shifted(d: dt.date, unit: Unit, n: int) -> dt.date | None:
    try:
        match unit:
            case Unit.DAY:
                return d + dt.timedelta(days=n)
            case Unit.WEEK:
                return d + dt.timedelta(weeks=n)
            case Unit.MONTH | Unit.YEAR:
                m = d.year * 12 + (d.month - 1) + (n if unit is Unit.MONTH else 12 * n)
                year, month = m // 12, m % 12 + 1
                return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
    except (ValueError, OverflowError):
        return None
    return None


def _absolute(p: Partial) -> tuple[str, dt.date | None]:
    if p.decade is not None:
        return f"{p.decade:03d}", None
    if p.century is not None:
        return f"{p.century:02d}", None
    y = "XXXX" if p.year is None else f"{p.year:04d}"
    if p.season is not None:
        return f"{y}-{p.season}", None
    if p.quarter is not None:
        return f"{y}-Q{p.quarter}", None
    if p.year_half is not None:
        return f"{y}-H{p.year_half}", None
    if p.month is None:
        return y, None
    if p.day is None:
        return f"{y}-{p.month:02d}", None
    day = dt.date(p.year, p.month, p.day) if p.year is not None else None
    return f"{y}-{p.month:02d}-{p.day:02d}{_time_suffix(p)}", day


def _relative(p: Partial, base: dt.date | None) -> tuple[str, dt.date | None]:
    unit = p.unit or Unit.DAY
    n = p.shift
    if base is None:
        unknown = {
            Unit.DAY: "XXXX-XX-XX",
            Unit.WEEK: "XXXX-WXX",
            Unit.WEEKEND: "XXXX-WXX-WE",
            Unit.MONTH: "XXXX-XX",
            Unit.QUARTER: "XXXX-QX",
        }.get(unit, "XXXX")
        return unknown + (_time_suffix(p) if unit is Unit.DAY else ""), None
    try:
        match unit:
            case Unit.SECOND | Unit.MINUTE | Unit.HOUR | Unit.DAY:
                d = base + dt.timedelta(days=n) if unit is Unit.DAY else base
                return _ymd(d) + _time_suffix(p), d
            case Unit.WEEK:
                return _week(base + dt.timedelta(weeks=n)), None
            case Unit.WEEKEND:
                return _week(base + dt.timedelta(weeks=n)) + "-WE", None
            case Unit.MONTH:
                d = _add_months(base, n)
                return f"{d.year:04d}-{d.month:02d}", None
            case Unit.QUARTER:
                q = (base.month - 1) // 3 + n
                return f"{base.year + q // 4:04d}-Q{q % 4 + 1}", None
            case Unit.YEAR:
                if p.month is not None:  # "June last year"
                    return f"{base.year + n:04d}-{p.month:02d}", None
                if p.quarter is not None:  # "the year-earlier third quarter"
                    return f"{base.year + n:04d}-Q{p.quarter}", None
                return f"{base.year + n:04d}", None
            case Unit.DECADE:
                return f"{base.year // 10 + n:03d}", None
            case Unit.CENTURY:
                return f"{base.year // 100 + n:02d}", None
    except (ValueError, OverflowError):
        pass
    return "XXXX", None


def _calendar(
    p: Partial, ref: dt.date | None, direction: int, *, past: bool = False
) -> tuple[str, dt.date | None]:
    """Weekdays, month-days, months, seasons, quarters and decades without their year.

    ``past``: it dates a verb in the past tense, so it is not after the reference."""
    if p.weekend:
        if ref is None:
            return "XXXX-WXX-WE", None
        # "the weekend" read on a weekday is the one before (or, in the future tense, after).
        weeks = 0 if ref.isoweekday() >= 6 else (1 if direction > 0 else -1)
        if direction > 0 and ref.isoweekday() == 5:
            weeks = 0
        return _week(ref + dt.timedelta(weeks=weeks)) + "-WE", None
    if p.weekday is not None:
        # News reports what happened: a weekday points back unless the verb is future.
        direction = direction or -1
        if ref is None:
            return f"XXXX-WXX-{p.weekday}{_time_suffix(p)}", None
        back = (ref.isoweekday() - p.weekday) % 7
        ahead = (p.weekday - ref.isoweekday()) % 7
        if p.direction == -1 and back == 0:
            back = 7  # "last Sunday" said on a Sunday is a week ago
        if p.direction == 1 and ahead == 0:
            ahead = 7
        if direction < 0:
            d = ref - dt.timedelta(days=back)
        elif direction > 0:
            d = ref + dt.timedelta(days=ahead)
        else:
            d = ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
        return _ymd(d) + _time_suffix(p), d
    if p.decade is not None:
        if ref is None:
            return f"XX{p.decade}", None
        century = ref.year // 100
        if century * 10 + p.decade > ref.year // 10:
            century -= 1
        return f"{century * 10 + p.decade:03d}", None
    if ref is None:
        return _absolute(p)[0], None
    if p.quarter is not None:
        q_year = _quarter_year(p.quarter, ref, direction, strict=p.direction is not None)
        return f"{q_year:04d}-Q{p.quarter}", None
    if p.year_half is not None:
        return f"{ref.year:04d}-H{p.year_half}", None
    month = p.month or (_SEASON_MONTH.get(p.season) if p.season else None)
    if month is None:
        return _absolute(p)[0], None
    year = _choose_year(ref, month, p.day, direction, strict=p.direction is not None, past=past)
    if year is None:
        return _absolute(p)[0], None
    if p.season is not None:
        return f"{year:04d}-{p.season}", None
    if p.day is None:
        return f"{year:04d}-{month:02d}", None
    try:
        d = dt.date(year, month, p.day)
    except ValueError:  # 29 February in a year without one
        return _absolute(p)[0], None
    return _ymd(d) + _time_suffix(p), d


def _quarter_year(quarter: int, ref: dt.date, direction: int, *, strict: bool) -> int:
    """The year of a quarter named without one: this year's, unless the tense puts it on the
    other side. Looking back, a quarter that begins three months or more after the reference
    is last year's ("profits fell in the fourth quarter" written in January); looking ahead, a
    quarter over for a quarter or more is next year's ("will rise in the first quarter" written
    in November; not "will report on the third quarter" in October).
    """
    first = 3 * (quarter - 1) + 1
    year = ref.year
    if not strict and direction < 0 and first - ref.month >= 3:
        year -= 1
    elif not strict and direction > 0 and first + 5 < ref.month:
        year += 1
    return year


def _choose_year(
    ref: dt.date, month: int, day: int | None, direction: int, *, strict: bool, past: bool = False
) -> int | None:
    """The year that puts the month (and day) on the right side of ``ref``, or nearest to it.

    ``strict`` (said with "last"/"next") excludes the reference month itself: "last November"
    written in November is a year ago. Otherwise the tense only moves a date to another year
    when it falls well on the wrong side (two months): "September 27" in a past-tense sentence
    written in November is this year's, and so is "November 10" written on November 2.
    """
    said = (month, day or 0)
    now = (ref.month, ref.day if day is not None else 0)

    def offset(y: int) -> int:
        return (y - ref.year) * 372 + (month - ref.month) * 31 + ((day or 15) - ref.day)

    if past and not strict and said > now and offset(ref.year) <= 62:
        # "The town fell on December 5" told on November 1: a past event on a day still to
        # come contradicts itself; which year is meant cannot be told (not next month's).
        return None
    if strict and direction < 0:
        return ref.year if said < now else ref.year - 1
    if strict and direction > 0:
        return ref.year if said > now else ref.year + 1
    if strict:  # "this September": this year's
        return ref.year

    if direction < 0:
        return ref.year if offset(ref.year) <= 62 else ref.year - 1
    if direction > 0:
        return ref.year if offset(ref.year) >= -62 else ref.year + 1
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(offset(y)))
