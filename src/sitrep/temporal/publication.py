"""When an article carries no date: the publication date as its text gives it.

In order of trust: a dateline ("BAKU, Nov 1, 2020 (Reuters) -", 0.9; without its year, the
latest year stated, 0.6), else the latest full date the text states (0.5). Where none of those
is there, the anchoring may still infer it from a chain the story states ("fighting began on
September 27, 2020 ... in the sixth week of fighting", 0.3): see
:mod:`sitrep.temporal.anchoring`. With nothing to go on, nothing is inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.records import Span
from sitrep.temporal.values import Anchor, Candidate

# Confidence of each kind of evidence for an inferred publication date.
DATELINE_CONFIDENCE = 0.9
DATELINE_WITHOUT_YEAR_CONFIDENCE = 0.6
LATEST_DATE_CONFIDENCE = 0.5
CHAIN_CONFIDENCE = 0.3  # counted from an event the story dates: the weakest


@dataclass(frozen=True, slots=True)
class Reference:
    """The publication date the expressions were anchored to, and where it came from."""

    date: dt.date | None
    inferred: bool = False
    confidence: float | None = None
    evidence: Span | None = None


# "BAKU, Nov 1 (Reuters) -", "WASHINGTON, Oct. 17 -": a place in capitals, a comma, the date.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'\-]+(?:,[ \t]*[A-Za-z .]+)?,[ \t]*$")
_AFTER_DATELINE = re.compile(r"^[ \t,]*(?:\d{4})?[ \t]*(?:\([^)]{1,40}\))?[ \t]*[-–—_:]")


def infer_publication(text: str, found: Sequence[Candidate]) -> Reference:
    """The publication date as the text gives it: a dateline, else the latest full date.

    A dateline without a year ("BAKU, Nov 1 (Reuters) -") takes the latest year the text states;
    with no year anywhere, nothing is inferred.
    """
    days = [
        c
        for c in found
        if c.partial.month is not None and c.partial.day is not None and c.partial.hour is None
    ]
    years = [
        c.partial.year
        for c in found
        if c.partial.year is not None and c.partial.anchor is Anchor.NONE
    ]
    for c in days:
        line_start = text.rfind("\n", 0, c.start) + 1
        if c.start - line_start > 80 or c.start > 600:
            continue
        if _DATELINE.match(text[line_start : c.start]) and _AFTER_DATELINE.match(text[c.end :]):
            year = c.partial.year
            confidence = DATELINE_CONFIDENCE
            if year is None and years:
                year, confidence = max(years), DATELINE_WITHOUT_YEAR_CONFIDENCE
            if year is None:
                continue
            assert c.partial.month is not None and c.partial.day is not None
            try:
                date = dt.date(year, c.partial.month, c.partial.day)
            except ValueError:
                continue
            return Reference(date, True, confidence, Span(c.start, c.end))
    full = [c for c in days if c.partial.year is not None]
    if full:
        latest = max(
            full,
            key=lambda c: (c.partial.year, c.partial.month, c.partial.day),
        )
        p = latest.partial
        assert p.year is not None and p.month is not None and p.day is not None
        return Reference(
            dt.date(p.year, p.month, p.day),
            True,
            LATEST_DATE_CONFIDENCE,
            Span(latest.start, latest.end),
        )
    return Reference(None)


__all__ = [
    "CHAIN_CONFIDENCE",
    "DATELINE_CONFIDENCE",
    "DATELINE_WITHOUT_YEAR_CONFIDENCE",
    "LATEST_DATE_CONFIDENCE",
    "Reference",
    "infer_publication",
]
