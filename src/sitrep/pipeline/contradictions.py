"""Stage contradictions.v1: where the sources of one article disagree.

The four kinds (denials, mutual accusations, broken commitments, differing figures) are
described and built in :mod:`sitrep.contradictions`. Layers not built in a pipeline (events,
casualties) leave their kind out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from sitrep.contradictions import (
    broken_commitments,
    compatible,
    denials,
    figures,
    kept_commitments,
    mutual_accusations,
)
from sitrep.contradictions.alliances import alliances
from sitrep.contradictions.figures import places_of
from sitrep.contradictions.sides import Sides
from sitrep.pipeline.base import Document
from sitrep.records import Actor, ActorKind, Casualty, Claim, Contradiction, Event, PlaceLevel

__all__ = ["ContradictionsStage", "compatible"]


class ContradictionsStage:
    name: ClassVar[str] = "contradictions.v1"
    provides: ClassVar[str] = "contradictions"
    requires: ClassVar[tuple[str, ...]] = ("claims",)

    def __call__(self, doc: Document) -> tuple[Contradiction, ...]:
        claims: Sequence[Claim] = doc.claims
        actors: Sequence[Actor] = doc.layer_or_empty("actors")
        events: Sequence[Event] = doc.layer_or_empty("events")
        casualties: Sequence[Casualty] = doc.layer_or_empty("casualties")
        names = {a.id: a.name for a in actors}
        allied = alliances(doc.parse.doc, actors, claims) if doc.has("parse") else []
        sides = Sides(actors, claims, allied)  # weighed once for both kinds
        found = denials(doc.text, claims, actors, events, names=names, sides=sides)
        found += mutual_accusations(doc.text, claims, actors, events, names=names, sides=sides)
        found += kept_commitments(
            doc.text, claims, actors, events, names=names, sides=sides, answered=found
        )
        found += broken_commitments(doc.text, claims, events, names=names, sides=sides)
        places = doc.layer_or_empty("places")
        sentences = [s.span for s in doc.parse.sentences] if doc.has("parse") else []
        where = places_of(casualties, places, sentences)
        wide = places_of(casualties, places, sentences, frozenset({PlaceLevel.COUNTRY}))
        found += figures(
            casualties,
            names=names,
            text=doc.text,
            claims=claims,
            where=where,
            places=places,
            wide=wide,
            counted_in=_counted_in(casualties, actors),
            published=doc.reference_date,
        )
        return tuple(found)


def _counted_in(casualties: Sequence[Casualty], actors: Sequence[Actor]) -> dict[str, str]:
    """For each figure a state's civil body reports (its health ministry, emergency service,
    authorities: an organisation with a country, never its forces, which count the enemy's
    losses too), that state's country."""
    civil = {a.id: a.country for a in actors if a.kind is ActorKind.ORGANIZATION and a.country}
    return {
        k.id: country
        for k in casualties
        if k.reporter is not None and (country := civil.get(k.reporter)) is not None
    }
