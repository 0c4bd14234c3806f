"""Builders for vague times: the present, past and future references of TimeML
(``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) and stretches of unknown length.

Builders, like :mod:`sitrep.temporal.builders`: "now", "currently", "recently", "the future",
"the near term", "a later date", "the then current price", "recent years", "the coming months",
"these days", "for a while".
"""

from __future__ import annotations

from sitrep.temporal import lexicon as lx
from sitrep.temporal.builders import DATE, DURATION, unit_of
from sitrep.temporal.patterns import Match
from sitrep.temporal.values import Partial


def reference(m: Match) -> Partial | None:
    tok = m.get("REF")
    assert tok is not None
    if (tok.lower in ("past", "present", "future")) != m.has("the"):
        return None
    nxt = m.tokens[m.end] if m.end < len(m.tokens) else None
    if tok.lower == "past" and nxt is not None and nxt.cats & {"UNIT", "NUMBER", "VAGUE", "SEASON"}:
        return None  # "the past two weeks", "the past few years": other rules read these
    if tok.lower in ("past", "future") and nxt is not None and nxt.lower == "of":
        return None  # "the future of the region": what lies ahead for something, no time
    if tok.lower == "present":
        return Partial(type=DATE, ref="PRESENT_REF")
    return Partial(type=DATE, ref=lx.REFERENCES[tok.lower])


def near_future(m: Match) -> Partial | None:
    """ "the near future", "the short term", "a later date": a vague time ahead."""
    if m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "the long-term outlook"
    return Partial(type=DATE, ref="FUTURE_REF")


def then_current(m: Match) -> Partial | None:
    """ "the then current price": what was current at a past time."""
    return Partial(type=DATE, ref="PAST_REF")


def vague_reference(m: Match) -> Partial | None:
    """ "recent years", "the coming months", "the last few weeks": a vague past or future."""
    tok = m.get("SHIFT") or m.get("recent")
    if tok is None or tok.lower not in lx.VAGUE_SHIFTS:
        return None
    if tok.lower in ("past", "last") and not (m.has("few") or m.has("several")):
        return None  # "the past years" is rare; "the past two years" is a duration
    unit = unit_of(m)
    if unit is None:
        return Partial(type=DATE, ref=lx.VAGUE_SHIFTS[tok.lower])
    # TimeML writes these as stretches of unknown length: "recent months" is PXM.
    return Partial(type=DURATION, amount=None, unit=unit)


def these_days(m: Match) -> Partial | None:
    """ "these days": the present, told as a stretch around it."""
    return Partial(type=DATE, ref="PRESENT_REF")


def a_while(m: Match) -> Partial | None:
    """ "for a while" (a stretch of unknown length and unit: ``PXX``), "a while ago" (the
    past); "once in a while" is how often, not how long."""
    if m.start >= 2 and [t.lower for t in m.tokens[m.start - 2 : m.start]] == ["once", "in"]:
        return None
    if m.has("ago"):
        return Partial(type=DATE, ref="PAST_REF")
    # No unit to write: the value is TimeML's stretch of unknown length and unit.
    return Partial(type=DURATION, ref="PXX")
