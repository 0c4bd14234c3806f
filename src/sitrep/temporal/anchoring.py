"""Anchoring a whole article: the reference time moves through the story.

The tagger (:mod:`sitrep.temporal.grammar`) finds expressions sentence by sentence; here each is
normalised in reading order against the publication date (given, or inferred from the text:
:mod:`sitrep.temporal.publication`) and against what the story has fixed so far:

- the day it last named, so "the previous day" after "on Friday" is Thursday;
- the quarter it reports on, so "a year earlier" in an earnings story is that quarter a year
  before;
- the start of the events it dates ("fighting began on September 27", "the October 10 truce"),
  so "the sixth week of fighting" is the week beginning November 1 and "a day after the truce"
  is October 11. Where nothing else dates the article, such a chain dates it, with a low
  confidence.

The tense of the governing verb (from spaCy's parse, when one is given) decides which way a
bare weekday or month points.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from sitrep.records import DatePrecision, Span, TimeExpression, TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.earnings import ReportingPeriods, is_year_back
from sitrep.temporal.grammar import find
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.normalise import Normalised, Tense, normalise
from sitrep.temporal.patterns import tokenize
from sitrep.temporal.publication import (
    CHAIN_CONFIDENCE,
    LATEST_DATE_CONFIDENCE,
    Reference,
    infer_publication,
)
from sitrep.temporal.syntax import dates_past_verb, future_in_past, is_count
from sitrep.temporal.syntax import tense as syntax_tense
from sitrep.temporal.values import Anchor, Candidate, Partial, precision, to_date

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    story = _Story(text, spans, reference.date, parsed)
    expressions = _order_ranges(text, found, story.anchor_all(found), reference.date)
    foreknown: dict[str, tuple[dt.date, str]] = {}
    if story.uncounted & story.events.keys():
        # A count named before the story dates its event ("the war entered its sixth week on
        # Sunday ... fighting began on September 27"): read again knowing the event's start.
        foreknown = dict(story.events)
        story = _Story(text, spans, reference.date, parsed, foreknown=foreknown)
        expressions = _order_ranges(text, found, story.anchor_all(found), reference.date)
    if story.chained and (reference.date is None or _weak(reference)):
        # Nothing better dates the article: the latest period that counting from one of its
        # events fixes does ("fighting began on September 27, 2020 ... in the sixth week").
        day, evidence = max(story.chained, key=lambda x: x[0])
        if reference.date is None or day > reference.date:
            reference = Reference(day, True, CHAIN_CONFIDENCE, evidence)
            story = _Story(text, spans, day, parsed, foreknown=foreknown)
            expressions = _order_ranges(text, found, story.anchor_all(found), day)
    return Annotation(expressions, reference)


def _weak(reference: Reference) -> bool:
    """Inferred from no more than the latest date the text states."""
    return reference.inferred and reference.confidence == LATEST_DATE_CONFIDENCE


# What makes the bare clock times of a sentence recur: a set ("every evening", "each night",
# "nightly", "daily"), or a curfew, which holds from its hour every night until lifted.
class _Recurs(Enum):
    EVERY = "every"
    CURFEW = "curfew"


_EVERY = re.compile(
    r"\b(?:(?:every|each)\s+(?:day|night|evening|morning|afternoon)|nightly|daily)\b", re.I
)
_CURFEW = re.compile(r"\bcurfews?\b", re.I)
# A stretch of clock hours: "from 6 p.m. to 6 a.m.", "between 10 pm and 5 am".
_HOURS = re.compile(
    r"\b(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|local time)?\s*"
    r"(?:to|and|until|till|-|–)\s*\d{1,2}",
    re.I,
)
# How far (in sentences) the day a story is at stays the day of a bare "at 10 p.m.".
_DAY_REACH = 2
_YEAR = re.compile(r"^\d{4}$")
_FINENESS = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 4,
}


def _fineness(unit: Unit | None) -> int:
    """How fine a reference a unit needs: "that year" takes a year, "the next day" a day."""
    match unit:
        case Unit.WEEK | Unit.WEEKEND:
            return 1
        case Unit.MONTH:
            return 2
        case Unit.QUARTER:
            return 3
        case Unit.YEAR | Unit.DECADE | Unit.CENTURY:
            return 4
    return 0


# "fighting began on", "the truce, which took effect at midnight on": an event and its start,
# just before the date (within its sentence).
_STARTED = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)(?:,? (?:which|that))?\s+(?:(?:has|had|have)\s+)?"
    r"(?:began|begun|started|broke out|erupted|took effect|taken effect|came into force|"
    r"went into effect|resumed|opened|(?:was|were) (?:declared|signed|agreed|launched|imposed)|"
    # told before it starts: "a truce starting on Friday", "due to take effect on"
    r"starting|beginning|taking effect|coming into force|going into effect|"
    r"(?:due|set|scheduled) to (?:start|begin|take effect))"
    r"(?:\s+[A-Za-z]+){0,2}?\s*(?:on|at|from|in)?\s*$"
)
_NOUN_OF = re.compile(r"\b(?P<noun>[A-Za-z-]+)\s+of\s*$")  # "the truce of October 10"
_THE = re.compile(r"\b[Tt]he\s*$")
_NOUN_AFTER = re.compile(r"\s*(?P<noun>[A-Za-z-]+)")  # "the October 10 truce"


@dataclass
class _Story:
    """What the story has fixed so far, while it is read."""

    text: str
    sentences: Sequence[Span]
    published: dt.date | None
    parsed: Doc | None
    day: tuple[dt.date, str] | None = None  # the last day the story fixed, and its id
    # The last time the story named of each fineness (day, week, month, year): its first
    # day, its id, and when it was named.
    points: dict[DatePrecision, tuple[dt.date, str, int]] = field(default_factory=dict)
    points_seen: list[str] = field(default_factory=list)
    # The time named last: its fineness, first day, id and sentence.
    last_point: tuple[DatePrecision, dt.date, str, int] | None = None
    sentence_day: tuple[int, dt.date, str] | None = None
    # The quarter an earnings story reports on, and its other reporting periods.
    periods: ReportingPeriods = field(init=False)
    events: dict[str, tuple[dt.date, str]] = field(default_factory=dict)  # start, its id
    # Days that counting from a dated event fixed (for dating an undated article).
    chained: list[tuple[dt.date, Span]] = field(default_factory=list)
    # Starts of events that the story dates only after counting from them (a second reading).
    foreknown: dict[str, tuple[dt.date, str]] = field(default_factory=dict)
    # Events counted from before the story had dated their start.
    uncounted: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.periods = ReportingPeriods(self.text, self.published)

    def anchor_all(self, found: Sequence[tuple[int, Candidate]]) -> tuple[TimeExpression, ...]:
        """Anchor in reading order; a bare clock time or part of day waits for a day named
        later in its sentence ("at 10:35 a.m. Friday", "at 4 in the morning, Thursday")."""
        out: dict[int, TimeExpression] = {}
        waiting: list[int] = []
        counting: int | None = None  # "two days before" waiting for "the October 10 truce"
        found = [self._before_unnamed(found, n) for n in range(len(found))]
        for n, (index, c) in enumerate(found):
            if waiting and found[waiting[0]][0] != index:
                for k in waiting:
                    out[k] = self.anchor(found[k][0], found[k][1], f"t{k + 1}")
                waiting = []
            if self._counts_from_next(found, n):
                counting = n
                continue
            if (
                _bare_time(c)
                and not (self.sentence_day is not None and self.sentence_day[0] == index)
                and any(i == index and not _bare_time(later) for i, later in found[n + 1 : n + 4])
            ):
                waiting.append(n)
                continue
            out[n] = self.anchor(index, c, f"t{n + 1}")
            if counting == n - 1:
                day = (
                    to_date(out[n].value) if precision(out[n].value) is DatePrecision.DAY else None
                )
                base = (day, f"t{n + 1}") if day is not None else None
                # The date named after the offset is the one the story reads on from ("the
                # day before last Tuesday's hearing ... the next morning" follows Tuesday).
                kept = (self.day, self.sentence_day, dict(self.points))
                out[n - 1] = self.anchor(found[n - 1][0], found[n - 1][1], f"t{n}", base=base)
                self.day, self.sentence_day, self.points = kept
                counting = None
        for k in waiting:
            out[k] = self.anchor(found[k][0], found[k][1], f"t{k + 1}")
        for k, (index, c) in enumerate(found):
            if k not in out:
                out[k] = self.anchor(index, c, f"t{k + 1}")
        return tuple(out[n] for n in range(len(found)))

    def _counts_from_next(self, found: Sequence[tuple[int, Candidate]], n: int) -> bool:
        """ "two days before the October 10 truce", "the day after Sunday's vote": an offset
        whose preposition takes the date named right after it, in its sentence."""
        index, c = found[n]
        p = c.partial
        if p.anchor is not Anchor.DISCOURSE or p.unit is None or p.shift == 0:
            return False
        if n + 1 >= len(found) or found[n + 1][0] != index:
            return False
        last = self.text[c.start : c.end].rsplit(None, 1)[-1].lower()
        between = self.text[c.end : found[n + 1][1].start]
        return last in ("before", "after") and _ONLY_THE.match(between) is not None

    def _before_unnamed(
        self, found: Sequence[tuple[int, Candidate]], n: int
    ) -> tuple[int, Candidate]:
        """ "ten days before the shooting", "at least 30 days before closing the deal": counted
        back from something that is no time the story names here, so the day is unknown; the
        expression is the stretch (TimeML's DURATION, "before" a signal outside its extent),
        as "ten days after the shooting" is. "Ten days before, ..." still counts back from the
        last day named, and "two days before the October 10 truce" from that date."""
        index, c = found[n]
        p = c.partial
        if c.rule not in ("ago", "ago-or-so") or p.anchor is not Anchor.DISCOURSE or p.shift >= 0:
            return found[n]
        head, last = self.text[c.start : c.end].rsplit(None, 1)
        if last.lower() != "before" or p.unit is None or self._counts_from_next(found, n):
            return found[n]
        if _UNNAMED_ANCHOR.match(self.text, c.end) is None:
            return found[n]
        stretch = Partial(type=TimexType.DURATION, amount=-p.shift, unit=p.unit, mod=p.mod)
        return index, replace(c, end=c.start + len(head), partial=stretch)

    def anchor(
        self, index: int, cand: Candidate, tid: str, *, base: tuple[dt.date, str] | None = None
    ) -> TimeExpression:
        """One expression's TIMEX3; ``base``: the day it counts from, when a later expression
        of its sentence named it."""
        p = cand.partial
        tense, dates_past = Tense.UNKNOWN, False
        if self.parsed is not None:
            tense = syntax_tense(self.parsed, cand.start, cand.end)
            if p.anchor is Anchor.TENSE and tense is Tense.PAST:
                dates_past = dates_past_verb(self.parsed, cand.start, cand.end)
        anchor_id: str | None = None
        discourse: dt.date | None = None
        inside: Normalised | None = None
        telling = self.published
        if p.anchor is Anchor.DISCOURSE and base is not None:
            discourse, anchor_id = base
        elif p.anchor is Anchor.DISCOURSE:
            if p.part is not None or p.hour is not None:
                # A bare part of day or clock time belongs to the day named in its sentence or
                # just before, else to the last day the story named ("killed late on Friday ...
                # two paragraphs on, drones struck shortly after 10 p.m."). Told in the present
                # ("a curfew is in force from 8 p.m."), it is the day of publication; in the
                # future, a day to come named just before ("will meet on Monday ... at 10").
                near = self.sentence_day
                if near is not None and index - near[0] > _DAY_REACH:
                    near = None
                recurring = self._recurring(index, tense)
                if recurring is _Recurs.EVERY or (
                    recurring is _Recurs.CURFEW and not (near is not None and near[0] == index)
                ):
                    telling = None  # "blackouts every evening from 5 p.m.": of no one day
                elif near is not None and near[0] == index:
                    discourse, anchor_id = near[1], near[2]
                elif tense is Tense.FUTURE:
                    if (
                        near is not None
                        and self.published is not None
                        and near[1] >= self.published
                    ):
                        discourse, anchor_id = near[1], near[2]
                elif tense is Tense.PRESENT:
                    pass
                elif near is not None:
                    discourse, anchor_id = near[1], near[2]
                elif self.day is not None:
                    discourse, anchor_id = self.day
            elif (within := self._day_within(index, p)) is not None:
                inside, anchor_id = within
            elif (point := self._point(_fineness(p.unit))) is not None:
                # "later that year" after "June 1998": the last time named, fine enough.
                discourse, anchor_id = point
        elif p.anchor is Anchor.EVENT and p.event is not None:
            told = self.events.get(p.event) or self.foreknown.get(p.event)
            if told is not None:
                discourse, anchor_id = told
            else:
                self.uncounted.add(p.event)
        if (
            p.weekday is not None
            and p.anchor is Anchor.TENSE
            and tense is Tense.FUTURE
            and self.sentence_day is not None
            and self.sentence_day[0] == index
            and telling is not None
            and self.sentence_day[1] < telling
            and self.parsed is not None
            and future_in_past(self.parsed, cand.start, cand.end)
        ):
            # "said on Monday it would withdraw by Friday": the Friday after that Monday.
            telling, anchor_id = self.sentence_day[1], self.sentence_day[2]
        result = inside or normalise(
            p, published=telling, discourse=discourse, tense=tense, dates_past=dates_past
        )
        result, quarter_id = self.periods.read(index, cand, result, tid, tense)
        anchor_id = quarter_id or anchor_id
        if p.anchor is Anchor.EVENT and (result.day or result.begins):
            fixed = result.begins or result.day
            assert fixed is not None
            self.chained.append((fixed, Span(cand.start, cand.end)))
        # A year counted back is no new point to count from: "a year ago ... compared with a
        # year earlier" name the same year, not two.
        if (
            result.type in (TimexType.DATE, TimexType.TIME)
            and not is_year_back(cand)
            and (
                (fineness := precision(result.value)) is not None
                and (start := to_date(result.value)) is not None
                and (fineness is not DatePrecision.YEAR or _YEAR.match(result.value))
            )
        ):
            self.points[fineness] = (start, tid, len(self.points_seen))
            self.points_seen.append(tid)
            self.last_point = (fineness, start, tid, index)
        if result.day is not None:
            self.day = (result.day, tid)
            self.sentence_day = (index, result.day, tid)
            self._note_event_start(index, cand, result.day, tid)
        return TimeExpression(
            span=Span(cand.start, cand.end),
            type=result.type,
            value=result.value,
            mod=result.mod,
            anchor=anchor_id,
            id=tid,
            begins=result.begins.isoformat() if result.begins else None,
        )

    def _recurring(self, index: int, tense: Tense) -> _Recurs | None:
        """What makes the sentence's bare clock times recur, so that they are of every such
        day, not one: a set ("every evening from 5 p.m. to 11 p.m.", "nightly"), or a curfew
        told in the present or future or as a stretch of hours ("a curfew from 6 p.m. to 6
        a.m."; "the curfew was lifted at 6 a.m." is one morning's)."""
        if index >= len(self.sentences):
            return None
        words = self.sentences[index].text(self.text)
        if _EVERY.search(words):
            return _Recurs.EVERY
        if _CURFEW.search(words) and (tense is not Tense.PAST or _HOURS.search(words)):
            return _Recurs.CURFEW
        return None

    def _day_within(self, index: int, p: Partial) -> tuple[Normalised, str] | None:
        """ "killed last October ... that same day": a day counted from a month or a year the
        story has just named (this sentence or the one before) is a day in it, which one
        unknown (``1998-10-XX``), not a day named earlier."""
        last = self.last_point
        if p.unit is not Unit.DAY or last is None or index - last[3] > 1:
            return None
        if last[0] not in (DatePrecision.MONTH, DatePrecision.YEAR):
            return None
        month = f"{last[1].month:02d}" if last[0] is DatePrecision.MONTH else "XX"
        value = f"{last[1].year:04d}-{month}-XX"
        return Normalised(TimexType.DATE, value, p.mod), last[2]

    def _point(self, fineness: int) -> tuple[dt.date, str] | None:
        """The time the story named last that is at least that fine."""
        fit = [v for k, v in self.points.items() if _FINENESS[k] <= fineness]
        if not fit:
            return None
        start, tid, _ = max(fit, key=lambda v: v[2])
        return start, tid

    def _note_event_start(self, index: int, cand: Candidate, day: dt.date, tid: str) -> None:
        """Remember the start of an event the words around the date name."""
        sentence = self.sentences[index]
        before = self.text[max(sentence.start, cand.start - 120) : cand.start]
        m = _STARTED.search(before) or _NOUN_OF.search(before)
        if m is None and _THE.search(before):
            m = _NOUN_AFTER.match(self.text, cand.end, sentence.end)
        event = lx.EVENT_NOUNS.get(m["noun"].lower()) if m else None
        if event is not None:
            self.events[event] = (day, tid)


_ONLY_THE = re.compile(r"^\s*(?:the\s+)?$", re.I)
# A word after "ten days before" that opens what it counts back from (a noun phrase or a
# clause), not the end of the phrase ("ten days before, ...") nor an anaphor of a time named
# earlier ("two days before that", "a week before then").
_UNNAMED_ANCHOR = re.compile(r"\s+(?!(?:and|or|but|that|then|this|it)\b)[A-Za-z]", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s*$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|thru|until|till|-|–|—)\s*$", re.I)
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(.*)$")


def _order_ranges(
    text: str,
    found: Sequence[tuple[int, Candidate]],
    expressions: tuple[TimeExpression, ...],
    published: dt.date | None,
) -> tuple[TimeExpression, ...]:
    """Both ends of a range of weekdays in order: each weekday alone points to the nearest such
    day, so "between Sunday and Friday" read on a Sunday would end before it starts. One end
    moves by a week: the start back when the range ended before publication, else the end
    forward (a direction the words force, "next Friday", is left alone)."""
    if published is None:
        return expressions
    out = list(expressions)
    for n in range(len(found) - 1):
        (i, a), (j, b) = found[n], found[n + 1]
        if i != j or a.partial.weekday is None or b.partial.weekday is None:
            continue
        if a.partial.direction is not None or b.partial.direction is not None:
            continue
        joined = _RANGE_JOIN.match(text[a.end : b.start])
        if joined is None or (
            joined[0].strip().lower() == "and"
            and not _RANGE_OPEN.search(text[max(0, a.start - 12) : a.start])
        ):
            continue
        first, last = _DAY_VALUE.match(out[n].value), _DAY_VALUE.match(out[n + 1].value)
        if first is None or last is None or first[1] <= last[1]:
            continue
        start, end = dt.date.fromisoformat(first[1]), dt.date.fromisoformat(last[1])
        week = dt.timedelta(days=7)
        if start - end >= week:
            continue  # not two weekdays of one week apart: leave them as anchored
        if end < published:
            out[n] = replace(out[n], value=(start - week).isoformat() + first[2])
        else:
            out[n + 1] = replace(out[n + 1], value=(end + week).isoformat() + last[2])
    return tuple(out)


def _bare_time(cand: Candidate) -> bool:
    """A clock time or part of day without its day ("at 10 p.m.", "in the morning")."""
    p = cand.partial
    return p.anchor is Anchor.DISCOURSE and (p.part is not None or p.hour is not None)


__all__ = ["Annotation", "Reference", "annotate", "infer_publication"]
