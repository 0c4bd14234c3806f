"""Whose side an actor is on, and which records two claims share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from sitrep.contradictions.alliances import Alliance
from sitrep.records import Actor, Claim, ClaimLink, Event
from sitrep.sources import behind


def start(claim: Claim) -> int:
    """Where a claim begins in the text: its cue, else its content."""
    return claim.cue_span.start if claim.cue_span is not None else claim.content.start


class Sides:
    """Whose side each actor is on, and which actors each claim's content names: worked out
    once per article, so that weighing every pair of claims stays fast on long articles."""

    def __init__(
        self,
        actors: Sequence[Actor],
        claims: Sequence[Claim],
        alliances: Sequence[Alliance] = (),
    ) -> None:
        self.by_id = {a.id: a for a in actors}
        allies: dict[str, Alliance] = {}
        for alliance in alliances:
            allies.setdefault(alliance.actor, alliance)
        # The narrated alignments each actor's side was read through, for the notes.
        self.via: dict[str, tuple[Alliance, ...]] = {}
        self.side: dict[str, str] = {}
        for a in actors:
            self.side[a.id], self.via[a.id] = side_of(a, self.by_id, allies)
        mentions = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        starts = [m[0] for m in mentions]
        self._mentions, self._starts = mentions, starts
        self._named: dict[str, frozenset[str]] = {}
        for c in claims:
            lo, hi = bisect_left(starts, c.content.start), bisect_left(starts, c.content.end)
            self._named[c.id] = frozenset(
                aid for _, end, aid in mentions[lo:hi] if end <= c.content.end
            )

    def acting(self, event: Event) -> set[str]:
        """The sides an event is done by: its actor's, and those of the actors its evidence
        names as the doers' owners ('Fighters of the ELN attacked a base')."""
        out = set()
        if event.actor is not None and event.actor in self.side:
            out.add(self.side[event.actor])
        evidence = event.evidence[0]
        lo = bisect_left(self._starts, evidence.start)
        for start, end, aid in self._mentions[lo:]:
            if start >= evidence.end:
                break
            if end <= evidence.end and aid != event.target:
                out.add(self.side[aid])
        return out

    def of(self, claim: Claim) -> str | None:
        """The side of the claim's speaker; None when the speaker is not an actor."""
        return self.side.get(claim.speaker or "")

    def names_side_of(self, claim: Claim, other: Claim) -> bool:
        """Does ``claim`` name ``other``'s speaker, its state, or another body of its state in
        its content (an actor other than its own speaker)?"""
        side = self.of(other)
        if side is None:
            return False
        named = self._named.get(claim.id, frozenset())
        return any(self.side[a] == side for a in named if a != claim.speaker)

    def allied(self, a: Claim, b: Claim) -> bool:
        """Both speakers known, and of one side: a state's army and its ministry ('the army
        said ten civilians were killed by the other side's shelling'; 'the ministry said no
        military site was targeted') do not answer each other."""
        side_a, side_b = self.of(a), self.of(b)
        return side_a is not None and side_a == side_b

    def opposed(self, a: Claim, b: Claim) -> bool:
        """Both speakers known, and of different sides."""
        side_a, side_b = self.of(a), self.of(b)
        return side_a is not None and side_b is not None and side_a != side_b


def side_of(
    actor: Actor, by_id: dict[str, Actor], allies: dict[str, Alliance] | None = None
) -> tuple[str, tuple[Alliance, ...]]:
    """The state an actor belongs to (through its affiliations) or sides with (through the
    alignments the article narrates), else the actor itself; with the alignments followed."""
    seen = {actor.id}
    via: list[Alliance] = []
    while True:
        if actor.affiliation and actor.affiliation in by_id and actor.affiliation not in seen:
            actor = by_id[actor.affiliation]
            seen.add(actor.id)
            continue
        if actor.country:
            return actor.country, tuple(via)
        alliance = (allies or {}).get(actor.id)
        if alliance is None:
            return actor.id, tuple(via)
        via.append(alliance)
        if alliance.ally is not None and alliance.ally in by_id and alliance.ally not in seen:
            actor = by_id[alliance.ally]
            seen.add(actor.id)
            continue
        return alliance.country or actor.id, tuple(via)


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
