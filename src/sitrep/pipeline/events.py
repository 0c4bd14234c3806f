"""Stage events.v1: what the article reports was done, by whom, to whom, where and when.

Events come from :mod:`sitrep.events.extract` (trigger words, ACLED rules, the shipped PLOVER
classifier). This stage ties each to the other layers:

- ``actor``/``target``: the actor named by the trigger's subject/object words;
- ``place``: a place named in the trigger's clause, else in its sentence;
- ``date``/``date_precision``: a date in the clause, else in the sentence, else the date of the
  claim that reports it; null when none (never the publication date by default);
- ``claims``: every claim whose content holds the trigger asserts it (a denial or rejection of
  it, by stance, denies it); a later denial of 'the allegation' denies the events the
  accusation before it asserted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from sitrep.events.extract import Found, events_in
from sitrep.pipeline.base import Document
from sitrep.records import (
    Actor,
    Claim,
    ClaimLink,
    DatePrecision,
    Event,
    EventClaim,
    EventType,
    Place,
    Span,
    Stance,
    TimeExpression,
)

_DENIALS = frozenset({Stance.DENY, Stance.REJECT})
_BACK_REFERENCE = re.compile(r"\b(?:allegations?|accusations?|claims?|reports?|charges?)\b", re.I)


def _actor_at(actors: Sequence[Actor], span: Span | None) -> str | None:
    if span is None or not actors:
        return None
    from sitrep.actors import actor_at

    found = actor_at(actors, span)
    return found.id if found else None


def _place_in(places: Sequence[Place], span: Span) -> str | None:
    inside = [(m.start, p.id) for p in places for m in p.mentions if span.contains(m)]
    return min(inside)[1] if inside else None


def _date_in(times: Sequence[TimeExpression], span: Span) -> TimeExpression | None:
    from sitrep.temporal import precision

    for te in times:
        if span.contains(te.span) and precision(te.value) is not None:
            return te
    return None


def _precision(value: str) -> DatePrecision | None:
    from sitrep.temporal import precision

    return precision(value)


def _date_value(value: str) -> str:
    return value.split("T", 1)[0]


def detect_events(doc: Document) -> tuple[Event, ...]:
    places: Sequence[Place] = doc.places if doc.has("places") else ()
    actors: Sequence[Actor] = doc.actors if doc.has("actors") else ()
    claims: Sequence[Claim] = doc.claims if doc.has("claims") else ()
    times: Sequence[TimeExpression] = doc.times if doc.has("times") else ()
    found: list[tuple[int, Found]] = []
    sentences = list(doc.parse.doc.sents)
    for index, sent in enumerate(sentences):
        found.extend((index, f) for f in events_in(sent))
    events: list[Event] = []
    asserted_by: dict[str, list[int]] = {}
    for index, f in found:
        sent = sentences[index]
        sentence = Span(sent.start_char, sent.end_char)
        holders = [c for c in claims if c.content.contains(f.trigger)]
        links = []
        for c in holders:
            stance = ClaimLink.DENIES if c.stance in _DENIALS else ClaimLink.ASSERTS
            links.append(EventClaim(claim=c.id, stance=stance))
            asserted_by.setdefault(c.id, []).append(len(events))
        te = _date_in(times, f.clause) or _date_in(times, sentence)
        date = _date_value(te.value) if te else None
        if date is None:
            claim_date = next((c.date for c in holders if c.date), None)
            date = _date_value(claim_date) if claim_date else None
        precision = _precision(date) if date else None
        events.append(
            Event(
                id=f"e{len(events) + 1}",
                type=f.type,
                acled=f.acled,
                actor=_actor_at(actors, f.actor),
                target=_actor_at(actors, f.target),
                place=_place_in(places, f.clause) or _place_in(places, sentence),
                date=date if precision else None,
                date_precision=precision,
                claims=tuple(links),
                trigger=f.trigger,
                evidence=(f.clause,),
            )
        )
    _link_denials(doc, claims, events, asserted_by)
    return tuple(events)


def _link_denials(
    doc: Document, claims: Sequence[Claim], events: list[Event], asserted_by: dict[str, list[int]]
) -> None:
    """'X rejected the allegation': X denies the events the accusation before it asserted."""
    from dataclasses import replace

    ordered = sorted(claims, key=lambda c: c.content.start)
    for i, c in enumerate(ordered):
        if c.stance not in _DENIALS or not _BACK_REFERENCE.search(doc.span_text(c.content)):
            continue
        for earlier in reversed(ordered[max(0, i - 3) : i]):
            if earlier.speaker == c.speaker or earlier.id not in asserted_by:
                continue
            for k in asserted_by[earlier.id]:
                e = events[k]
                if e.type is EventType.ASSAULT and all(ec.claim != c.id for ec in e.claims):
                    events[k] = replace(
                        e, claims=(*e.claims, EventClaim(claim=c.id, stance=ClaimLink.DENIES))
                    )
            break


class EventsStage:
    name: ClassVar[str] = "events.v1"
    provides: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("parse", "times", "places", "actors", "claims")

    def __call__(self, doc: Document) -> tuple[Event, ...]:
        return detect_events(doc)
