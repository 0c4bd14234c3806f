"""One article's report in report-1 shape, which checks its own spans and references, and a
failure: an article that could not be analysed, and why."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sitrep.errors import RecordError
from sitrep.records.facts import (
    Actor,
    Casualty,
    Claim,
    Contradiction,
    Event,
    Place,
    TimeExpression,
)
from sitrep.records.text import Article, Sentence, Span

SCHEMA_ID = "sitrep/report-1"


@dataclass(frozen=True, slots=True)
class Failure:
    """One article that could not be analysed, and why. A batch records it and goes on."""

    origin: str
    reason: str
    article_id: str | None = None
    stage: str | None = None

    def __str__(self) -> str:
        where = f" (stage {self.stage})" if self.stage else ""
        return f"{self.origin}: {self.reason}{where}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one article says, in report-1 shape. Validates its own references."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    # Provenance of the analysis itself: pipeline and model versions.
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.check()

    def spans(self) -> Iterator[tuple[str, Span]]:
        for s in self.sentences:
            yield "sentence", s.span
        for a in self.actors:
            for m in a.mentions:
                yield f"actor {a.id}", m
        for p in self.places:
            for m in p.mentions:
                yield f"place {p.id}", m
        for t in self.times:
            yield "time", t.span
        for c in self.claims:
            yield f"claim {c.id}", c.content
            for e in c.evidence:
                yield f"claim {c.id}", e
        for ev in self.events:
            for e in ev.evidence:
                yield f"event {ev.id}", e
        for k in self.casualties:
            for e in k.evidence:
                yield f"casualty {k.id}", e

    def check(self) -> None:
        n = len(self.article.text)
        for what, span in self.spans():
            if span.end > n:
                raise RecordError(
                    f"{what}: span [{span.start}, {span.end}) lies outside the text ({n} chars)"
                )
        sections: dict[str, set[str]] = {
            "actor": {a.id for a in self.actors},
            "place": {p.id for p in self.places},
            "claim": {c.id for c in self.claims},
            "event": {e.id for e in self.events},
            "casualty": {k.id for k in self.casualties},
        }
        seen: set[str] = set()
        for ids in sections.values():
            if ids & seen:
                raise RecordError(f"ids used twice in one report: {sorted(ids & seen)}")
            seen |= ids

        def ref(value: str | None, section: str, where: str) -> None:
            if value is not None and value not in sections[section]:
                raise RecordError(f"{where} refers to unknown {section} {value!r}")

        for a in self.actors:
            ref(a.affiliation, "actor", f"actor {a.id}")
        for c in self.claims:
            ref(c.speaker, "actor", f"claim {c.id}")
            ref(c.via, "actor", f"claim {c.id}")
        for e in self.events:
            ref(e.actor, "actor", f"event {e.id}")
            ref(e.target, "actor", f"event {e.id}")
            ref(e.place, "place", f"event {e.id}")
            ref(e.site, "place", f"event {e.id}")
            for ec in e.claims:
                ref(ec.claim, "claim", f"event {e.id}")
        for k in self.casualties:
            ref(k.reporter, "actor", f"casualty {k.id}")
            ref(k.side, "actor", f"casualty {k.id}")
            ref(k.claim, "claim", f"casualty {k.id}")
        for x in self.contradictions:
            for b in x.between:
                if b not in sections["claim"] | sections["casualty"] | sections["event"]:
                    raise RecordError(f"contradiction refers to unknown record {b!r}")
            if x.about is not None:
                ref(x.about, "event", "contradiction")

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def claim(self, claim_id: str | None) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence holding the start of ``span``, to show a fact with its evidence."""
        for s in self.sentences:
            if s.span.start <= span.start < s.span.end:
                return s.span
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "claims": [c.to_dict() for c in self.claims],
            "events": [e.to_dict() for e in self.events],
            "casualties": [k.to_dict() for k in self.casualties],
            "contradictions": [x.to_dict() for x in self.contradictions],
            "sentences": [s.to_dict() for s in self.sentences],
            "meta": dict(self.meta),
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
