"""Reporting periods: quarters and fiscal years, as business and economic news writes them
("the third quarter", "fiscal 1989", "the year-earlier period", "last year's quarter").

Builders, like :mod:`sitrep.temporal.builders`; which quarter "the quarter" or "the year-ago
period" means is settled by the anchoring, from the quarter the story reports on.
"""

from __future__ import annotations

from sitrep.temporal import lexicon as lx
from sitrep.temporal.builders import DATE, DURATION, integer, month_day, shift_word
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.patterns import Match
from sitrep.temporal.values import Anchor, Partial


def quarter(m: Match) -> Partial | None:
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    if n is None or not 1 <= n <= 4:
        return None
    year = integer(m.get("YEAR"))
    return Partial(type=DATE, quarter=n, year=year, anchor=Anchor.NONE if year else Anchor.TENSE)


def year_earlier(m: Match) -> Partial | None:
    """ "the year-earlier quarter", "year-ago results": the same period a year before."""
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    quarter = n if n is not None and 1 <= n <= 4 and m.has("quarter") else None
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=Unit.YEAR, shift=-1, quarter=quarter)


def the_quarter(m: Match) -> Partial | None:
    """ "the quarter", "the latest period": the quarter the story is about (see anchoring)."""
    if m.has("period") and not m.has("latest"):
        return None
    if m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "the quarter-to-quarter comparison"
    if m.has("current"):  # "the current quarter": the one under way at publication
        return Partial(type=DATE, anchor=Anchor.PUBLICATION, unit=Unit.QUARTER, shift=0)
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=Unit.QUARTER, shift=0)


# Words after "the year" that make it a stretch of twelve months ("the year ended June 30").
_STRETCH_ENDS = frozenset({"ended", "ending", "ends", "through", "to"})
# Words after "the year" that belong to another reading ("the year before", "the year-ago").
_NOT_THE_YEAR = frozenset({"-", "before", "after", "earlier", "ago", "later", "since", "when"})


def the_year(m: Match) -> Partial | None:
    """ "the year", "the fiscal year", "the full year": the year under way where the story is
    told (TimeML: the year of the reference time); but "the year ended June 30" is a
    twelve-month stretch (``P1Y``), as results are reported for it."""
    after = m.tokens[m.end] if m.end < len(m.tokens) else None
    if after is not None and (after.lower in _NOT_THE_YEAR or "YEAR" in after.cats):
        return None
    if after is not None and after.lower in _STRETCH_ENDS:
        return Partial(type=DURATION, amount=1, unit=Unit.YEAR)
    return Partial(type=DATE, anchor=Anchor.PUBLICATION, unit=Unit.YEAR, shift=0)


def year_half(m: Match) -> Partial | None:
    """ "the first half of 1989" (1989-H1), "the last half of 1989", "the first two quarters of
    1990" (1990-H1)."""
    first = m.has("first") or (m.has("ORDINAL") and m.words[1] == "first")
    second = any(w in m.words for w in ("second", "last", "latter"))
    if first == second:
        return None
    return Partial(type=DATE, year=integer(m.get("YEAR")), year_half=1 if first else 2)


def week_of(m: Match) -> Partial | None:
    """ "the week of March 6": the week that contains that day."""
    day = month_day(m)
    return day.with_(as_week=True) if day is not None else None


def year_end(m: Match) -> Partial | None:
    """ "by year-end", "year's end": the end of the year under way; "since year-end", of the
    one before it."""
    if m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "year-end bonuses" describes a thing
    since = m.start > 0 and m.tokens[m.start - 1].lower == "since"
    return Partial(
        type=DATE, anchor=Anchor.PUBLICATION, unit=Unit.YEAR, shift=-1 if since else 0, mod="END"
    )


# What puts "the month", "the week" in the time the story is at: "the end of the month",
# "later in the day". Without them "the month" is mostly a stretch or a noun ("the month of
# fasting", "a bad month"). Not "the end of the day", an idiom for "in the end".
_POSITIONS = frozenset(
    {
        ("the", "end", "of"),
        ("the", "beginning", "of"),
        ("the", "start", "of"),
        ("the", "middle", "of"),
    }
)
_POSITIONS_OF_DAY = frozenset({("later", "in"), ("earlier", "in")})
_UNITS_NOW = {
    "day": Unit.DAY,
    "week": Unit.WEEK,
    "month": Unit.MONTH,
    "decade": Unit.DECADE,
    "century": Unit.CENTURY,
}


def the_unit_now(m: Match) -> Partial | None:
    """ "by the end of the month", "at the start of the week", "later in the day": the month,
    week or day the story is at (its reference time), placed by the words before it."""
    before = tuple(t.lower for t in m.tokens[max(0, m.start - 3) : m.start])
    unit = _UNITS_NOW[m.words[-1]]
    if m.end < len(m.tokens) and m.tokens[m.end].lower in ("of", "-", "'s", "’s"):
        return None  # "the end of the month of fasting", "the month-long siege"
    if before[-2:] in _POSITIONS_OF_DAY or (before in _POSITIONS and unit is not Unit.DAY):
        return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=unit, shift=0)
    return None


def year_period(m: Match) -> Partial | None:
    """ "the 1988 quarter", "the 1989 period": the story's quarter in that year (anchoring)."""
    return Partial(type=DATE, year=integer(m.get("YEAR")))


def shifted_year_quarter(m: Match) -> Partial | None:
    """ "this year's third quarter", "last year's quarter" (the story's quarter, a year back)."""
    word = shift_word(m)
    if word is None or word in lx.ANAPHORIC_SHIFTS:
        return None
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    if n is not None and not 1 <= n <= 4:
        return None
    shift = lx.SHIFTS[word]
    return Partial(type=DATE, anchor=Anchor.PUBLICATION, unit=Unit.YEAR, shift=shift, quarter=n)
