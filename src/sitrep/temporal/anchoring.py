"""Anchoring a whole article: the reference time moves through the story.

The tagger (:mod:`sitrep.temporal.grammar`) finds expressions sentence by sentence; here each is
normalised in reading order against the publication date (given, or inferred from the text) and
the day the story last fixed, so "the previous day" after "on Friday" is Thursday. The tense of
the governing verb (from spaCy's tags, when a parse is given) decides which way a bare weekday or
month points.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.records import Span, TimeExpression
from sitrep.temporal.grammar import Candidate, find
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.normalise import Normalised, Tense, normalise
from sitrep.temporal.patterns import tokenize
from sitrep.temporal.syntax import is_count
from sitrep.temporal.syntax import tense as syntax_tense
from sitrep.temporal.values import Anchor

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Reference:
    """The publication date the expressions were anchored to, and where it came from."""

    date: dt.date | None
    inferred: bool = False
    confidence: float | None = None
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    expressions: tuple[TimeExpression, ...]
    reference: Reference


def annotate(
    text: str,
    *,
    sentences: Sequence[Span] | None = None,
    published: dt.date | None = None,
    parsed: Doc | None = None,
) -> Annotation:
    """Every time expression of ``text`` as TIMEX3, anchored in reading order.

    ``sentences`` bound the expressions (none crosses a sentence); ``parsed`` (spaCy's analysis
    of the same text) gives tenses and tells a year from a count ("1994 cars").
    """
    spans = list(sentences) if sentences else [Span(0, len(text))]
    found: list[tuple[int, Candidate]] = []
    for index, sent in enumerate(spans):
        for cand in find(tokenize(text, start=sent.start, end=sent.end)):
            if parsed is not None and is_count(parsed, cand.start, cand.end, rule=cand.rule):
                continue
            found.append((index, cand))
    reference = (
        Reference(published)
        if published is not None
        else infer_publication(text, [c for _, c in found])
    )
    return Annotation(_anchor(found, reference.date, parsed), reference)


def _anchor(
    found: Sequence[tuple[int, Candidate]], published: dt.date | None, parsed: Doc | None
) -> tuple[TimeExpression, ...]:
    out: list[TimeExpression] = []
    story_day: tuple[dt.date, str] | None = None  # the last day the story fixed, and its id
    sentence_day: tuple[int, dt.date, str] | None = None
    quarter: tuple[int, str, str] | None = None  # the last quarter named: sentence, value, id
    for n, (index, cand) in enumerate(found, start=1):
        tid = f"t{n}"
        p = cand.partial
        tense = syntax_tense(parsed, cand.start, cand.end) if parsed is not None else Tense.UNKNOWN
        anchor_id: str | None = None
        discourse: dt.date | None = None
        if p.anchor is Anchor.DISCOURSE:
            if p.part is not None or p.hour is not None:
                # A bare part of day or clock time belongs to the day named in its sentence.
                if sentence_day is not None and sentence_day[0] == index:
                    discourse, anchor_id = sentence_day[1], sentence_day[2]
            elif story_day is not None:
                discourse, anchor_id = story_day
        result: Normalised = normalise(p, published=published, discourse=discourse, tense=tense)
        if cand.rule == "the-quarter":
            # "the quarter" is the one the story named last, else the last one completed.
            if quarter is not None:
                result = Normalised(result.type, quarter[1], result.mod)
                anchor_id = quarter[2]
            elif published is not None:
                result = normalise(
                    p.with_(anchor=Anchor.PUBLICATION, shift=-1), published=published
                )
        if result.day is not None:
            story_day = (result.day, tid)
            sentence_day = (index, result.day, tid)
        if _QUARTER.match(result.value):
            quarter = (index, result.value, tid)
        elif _is_year_back(cand) and quarter is not None and index - quarter[0] <= 1:
            # "a year earlier" beside "the third quarter" is that quarter a year before.
            year, q = quarter[1].split("-")
            result = Normalised(result.type, f"{int(year) + p.shift:04d}-{q}", result.mod)
            anchor_id = quarter[2]
        out.append(
            TimeExpression(
                span=Span(cand.start, cand.end),
                type=result.type,
                value=result.value,
                mod=result.mod,
                anchor=anchor_id,
                id=tid,
            )
        )
    return tuple(out)


_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")


def _is_year_back(cand: Candidate) -> bool:
    p = cand.partial
    return (
        cand.rule in ("ago", "year-earlier")
        and p.unit is Unit.YEAR
        and p.shift == -1
        and p.month is None
    )


# --- when no publication date is given ----------------------------------------------------------

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
            confidence = 0.9
            if year is None and years:
                year, confidence = max(years), 0.6
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
        return Reference(dt.date(p.year, p.month, p.day), True, 0.5, Span(latest.start, latest.end))
    return Reference(None)


__all__ = ["Annotation", "Reference", "annotate", "infer_publication"]
