"""Whose side an actor is on, and which records two claims share."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.records import Actor, Claim, ClaimLink, Event
from sitrep.sources import behind


def start(claim: Claim) -> int:
    """Where a claim begins in the text: its cue, else its content."""
    return claim.cue_span.start if claim.cue_span is not None else claim.content.start


def names_side_of(claim: Claim, denial: Claim, actors: Sequence[Actor]) -> bool:
    """Does ``claim`` name the denier, its state, or another body of its state in its content?"""
    by_id = {a.id: a for a in actors}
    denier = by_id.get(denial.speaker or "")
    if denier is None:
        return False
    side = side_of(denier, by_id)
    for actor in actors:
        if actor.id == claim.speaker:
            continue
        if any(claim.content.contains(m) for m in actor.mentions) and side_of(actor, by_id) == side:
            return True
    return False


def opposed(claim: Claim, denial: Claim, actors: Sequence[Actor]) -> bool:
    """Both speakers known, and of different sides."""
    by_id = {a.id: a for a in actors}
    a, b = by_id.get(claim.speaker or ""), by_id.get(denial.speaker or "")
    return a is not None and b is not None and side_of(a, by_id) != side_of(b, by_id)


def side_of(actor: Actor, by_id: dict[str, Actor]) -> str:
    seen = {actor.id}
    while actor.affiliation and actor.affiliation in by_id and actor.affiliation not in seen:
        actor = by_id[actor.affiliation]
        seen.add(actor.id)
    return actor.country or actor.id


def same_source(text: str, a: Claim, b: Claim) -> bool:
    if a.speaker is not None or b.speaker is not None:
        return a.speaker == b.speaker
    sa, sb = behind(a, text, {}), behind(b, text, {})
    return sa is not None and sb is not None and sa.identity == sb.identity


def event_about(events: Sequence[Event], claim: Claim, denial: Claim) -> str | None:
    asserted = [e for e in events if any(ec.claim == claim.id for ec in e.claims)]
    for e in asserted:
        if any(ec.claim == denial.id and ec.stance is ClaimLink.DENIES for ec in e.claims):
            return e.id
    return asserted[0].id if asserted else None
