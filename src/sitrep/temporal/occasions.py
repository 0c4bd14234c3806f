"""Times named by occasions: holidays ("Christmas", "Easter Sunday 1999") and the events a
story dates ("the sixth week of fighting", "a day after the truce").

Builders, like :mod:`sitrep.temporal.builders`; the anchoring resolves events against the
starts the story states (:mod:`sitrep.temporal.anchoring`) and holidays against the calendar
(:func:`sitrep.temporal.normalise.holiday_date`).
"""

from __future__ import annotations

from sitrep.temporal import lexicon as lx
from sitrep.temporal.builders import DATE, DURATION, integer, number, plural, unit_of
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.patterns import Match
from sitrep.temporal.values import Anchor, Partial


def holiday(m: Match) -> Partial | None:
    """ "Christmas", "Easter Sunday 1999", "New Year's Eve", "Good Friday", "Thanksgiving"."""
    shift = m.get("SHIFT")  # "last Christmas", "next Easter"
    words = [t for t in m.tokens[m.start : m.end] if not t.cats & {"YEAR", "SHIFT"}]
    if not words[0].text[:1].isupper():
        return None  # "good friday" in lower case is not a name
    key = " ".join(t.lower for t in words if t.lower not in ("of", ",", "'", "’", "s"))
    key = key.replace("new year", "new year's") if key.startswith("new year ") else key
    if (
        key not in lx.FIXED_HOLIDAYS
        and key not in lx.EASTER_HOLIDAYS
        and key not in lx.THANKSGIVING
    ):
        return None
    year = integer(m.get("YEAR"))
    direction = lx.SHIFTS.get(shift.lower) if shift and not year else None
    if direction == 0 or (shift is not None and shift.lower in lx.ANAPHORIC_SHIFTS):
        return None  # "this Christmas", "that Easter": nothing says which
    anchor = Anchor.NONE if year else Anchor.TENSE
    return Partial(type=DATE, holiday=key, year=year, anchor=anchor, direction=direction)


def holiday_week(m: Match) -> Partial | None:
    """ "Easter week", "Christmas week": the week of the holiday."""
    tok = m.get("HOLIDAY")
    if tok is None or not tok.text[:1].isupper():
        return None
    key = tok.lower
    if key not in lx.FIXED_HOLIDAYS and key not in lx.EASTER_HOLIDAYS:
        return None
    return Partial(type=DATE, holiday=key, anchor=Anchor.TENSE, as_week=True)


def _event(m: Match) -> str | None:
    tok = m.get("EVENT")
    return lx.EVENT_NOUNS.get(tok.lower) if tok else None


def event_ordinal(m: Match) -> Partial | None:
    """ "the sixth week of fighting", "the 10th day of the offensive": counted from the start
    of an event the story dates."""
    tok, unit, event = m.get("ORDINAL"), unit_of(m), _event(m)
    n = lx.ORDINALS.get(tok.lower) if tok else None
    n = n if n is not None else integer(tok)
    if n is None or n < 1 or unit is None or unit.is_clock or plural(m) or event is None:
        return None
    if unit is Unit.DAY and _is_now(m):
        return None  # "today is the 10th day of the offensive": today (ordinal_day_now)
    kind = DATE if unit is Unit.DAY else DURATION
    return Partial(type=kind, anchor=Anchor.EVENT, unit=unit, shift=n - 1, event=event, amount=1)


# What an event does as it reaches a count of units: "fighting entered its sixth week".
_REACHES = frozenset(
    {"entered", "enters", "entering", "enter", "reached", "reaches", "reaching", "marked"}
    | {"marks", "marking", "into", "in"}
)


def event_own_ordinal(m: Match) -> Partial | None:
    """ "fighting over the region entered its sixth week": the event is the subject that
    "its" stands for, the nearest event noun earlier in the sentence."""
    if m.start < 2 or m.tokens[m.start - 1].lower != "its":
        return None
    if m.tokens[m.start - 2].lower not in _REACHES:
        return None
    nouns = [t for t in m.tokens[: m.start - 2] if "EVENT" in t.cats]
    if not nouns:
        return None
    tok, unit = m.get("ORDINAL"), unit_of(m)
    n = lx.ORDINALS.get(tok.lower) if tok else None
    n = n if n is not None else integer(tok)
    if n is None or n < 1 or unit is None or unit.is_clock or plural(m):
        return None
    event = lx.EVENT_NOUNS[nouns[-1].lower]
    kind = DATE if unit is Unit.DAY else DURATION
    return Partial(type=kind, anchor=Anchor.EVENT, unit=unit, shift=n - 1, event=event, amount=1)


def event_offset(m: Match) -> Partial | None:
    """ "a day after the truce", "two weeks before the vote", "the day before the talks"."""
    unit, event = unit_of(m), _event(m)
    if unit is None or unit.is_clock or unit is Unit.WEEKEND or event is None:
        return None
    n = number(m.all("NUMBER")) if m.has("NUMBER") else 1
    if n is None or n == 0:
        return None
    sign = -1 if m.has("before") else 1
    return Partial(type=DATE, anchor=Anchor.EVENT, unit=unit, shift=sign * n, event=event)


# Words that say the day counted is the present one: "today is the eighth day of the siege",
# "it's the second day of the offensive" ("it's" is three tokens).
_IS_NOW = frozenset({("today", "is"), ("it", "is"), ("'", "s"), ("’", "s"), ("this", "is")})


def _is_now(m: Match) -> bool:
    before = [t.lower for t in m.tokens[max(0, m.start - 3) : m.start]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return tuple(before[-2:]) in _IS_NOW


def ordinal_day_now(m: Match) -> Partial | None:
    """ "Today is the eighth day of the blockade": whatever the count runs from, the day it
    names is the day of publication ("of the blockade" stays outside, as TimeML has it)."""
    if m.end >= len(m.tokens) or m.tokens[m.end].lower != "of" or plural(m) or not _is_now(m):
        return None
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    if (n if n is not None else integer(tok)) is None:
        return None
    return Partial(type=DATE, anchor=Anchor.PUBLICATION, unit=Unit.DAY)


# Words that judge a day: "it was a great day for the country", "a sad day for peace".
_JUDGING = frozenset(
    {"great", "historic", "sad", "dark", "black", "proud", "tragic", "momentous", "happy"}
)


def judged_day(m: Match) -> Partial | None:
    """ "It was a great day for Poland", "this is a sad day": the day the story is at (the
    day it last named, else publication), as "that day" is; TimeML's extent is the noun.
    "Today is a sad day" leaves the date to "Today"."""
    before = [t.lower for t in m.tokens[max(0, m.start - 6) : m.start] if t.text.isalnum()]
    before = before[-4:]
    if len(before) < 4 or before[-1] not in _JUDGING or before[-2] not in ("a", "an"):
        return None
    if (before[0], before[1]) not in {("it", "is"), ("it", "was"), ("this", "is")}:
        return None
    if m.end < len(m.tokens) and m.tokens[m.end].lower in ("-", "of"):
        return None  # "a great day-long", "a sad day of mourning" stays the day it names
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=Unit.DAY)
