"""Ranges of days: both ends of "October 9-11", "9-11 October", "from 9 to 11 October",
"between 9 and 11 October", and a year said once at the end of a range ("from November to
December 2019") given to its start. The tagger (:mod:`sitrep.temporal.grammar`) calls these
around each date it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.temporal.builders import integer, valid_day
from sitrep.temporal.patterns import Token
from sitrep.temporal.values import Anchor, Candidate, Partial

_RANGE_WORDS = frozenset({"-", "–", "to", "through", "until", "till", "and"})


def range_end(tokens: Sequence[Token], end: int, p: Partial) -> list[Candidate]:
    """The bare second day of "September 27 to 29", "Oct. 17-18, 2020": same month, and the
    same year, which a year after the second day gives to both."""
    if p.month is None or p.day is None or end + 1 >= len(tokens):
        return []
    sep, nxt = tokens[end], tokens[end + 1]
    if sep.lower not in _RANGE_WORDS or "DAY" not in nxt.cats:
        return []
    if end + 2 < len(tokens) and "MONTH" in tokens[end + 2].cats:
        return []  # "27 to 29 October" is the other order; its own rule reads it
    day = integer(nxt)
    if day is None or day <= p.day:
        return []
    last, year = end + 1, p.year
    rest = tokens[end + 2 : end + 4]
    if p.year is None and rest:
        said = rest[1] if rest[0].text == "," and len(rest) > 1 else rest[0]
        if "YEAR" in said.cats and said.lower.isdigit():
            last, year = tokens.index(said, end + 2), int(said.lower)
    if not valid_day(year, p.month, day):
        return []
    anchor = Anchor.NONE if year is not None else p.anchor
    found = p.with_(day=day, year=year, anchor=anchor)
    return [Candidate(nxt.start, tokens[last].end, found, "range-end")]


def range_start(tokens: Sequence[Token], start: int, p: Partial) -> Candidate | None:
    """The bare first day of "9-11 October", "from 9 to 11 October", "between 9 and 11
    October": the month and year of the second."""
    if p.month is None or p.day is None or p.weekday is not None or start < 2:
        return None
    sep, day_tok = tokens[start - 1], tokens[start - 2]
    if sep.lower not in _RANGE_WORDS or "DAY" not in day_tok.cats or "MONTH" in day_tok.cats:
        return None
    if sep.lower == "and" and (start < 3 or tokens[start - 3].lower != "between"):
        return None  # "aged 5 and 11 October" is no range
    day = integer(day_tok)
    if day is None or day >= p.day:
        return None
    return Candidate(day_tok.start, day_tok.end, p.with_(day=day), "range-start")


def share_range_years(tokens: Sequence[Token], found: list[Candidate]) -> list[Candidate]:
    """ "from November to December 2019", "27 September to 10 November 2019": a year said
    only at the end of a range is the start's too (the year before when the start's month
    comes later in the calendar: "from December to February 2020")."""
    out = list(found)
    for n in range(len(out) - 1):
        a, b = out[n].partial, out[n + 1].partial
        if (
            a.month is None
            or a.year is not None
            or a.weekday is not None
            or a.anchor is not Anchor.TENSE
            or b.month is None
            or b.year is None
            or b.anchor is not Anchor.NONE
        ):
            continue
        between = [t for t in tokens if out[n].end <= t.start and t.end <= out[n + 1].start]
        if len(between) != 1 or between[0].lower not in _RANGE_WORDS:
            continue
        before = [t.lower for t in tokens if t.end <= out[n].start][-1:]
        if between[0].lower == "and" and before != ["between"]:
            continue
        later = (a.month, a.day or 1) > (b.month, b.day or 1)
        year = b.year - 1 if later else b.year
        if a.day is not None and not valid_day(year, a.month, a.day):
            continue
        out[n] = replace(out[n], partial=a.with_(year=year, anchor=Anchor.NONE))
    return out
