"""Mutual accusations: two sides each accusing the other."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.contradictions.sides import Sides, event_about
from sitrep.contradictions.wording import said
from sitrep.records import Actor, Claim, Contradiction, ContradictionKind, Event, Stance


def mutual_accusations(
    text: str,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: Sequence[Event],
    *,
    names: dict[str, str],
    sides: Sides | None = None,
) -> list[Contradiction]:
    sides = sides or Sides(actors, claims)
    accusations = [c for c in claims if c.stance is Stance.ACCUSE and sides.of(c) is not None]
    out: list[Contradiction] = []
    paired: set[str] = set()
    for i, a in enumerate(accusations):
        for b in accusations[i + 1 :]:
            if a.id in paired or b.id in paired:
                continue
            if not sides.opposed(a, b):
                continue
            # 'X and Y accused each other of ...': one statement told of both sides, split
            # into a claim per side, names neither in its words
            one_statement = a.cue_span is not None and a.cue_span == b.cue_span
            if not one_statement and not (sides.names_side_of(a, b) and sides.names_side_of(b, a)):
                continue
            paired.update((a.id, b.id))
            out.append(
                Contradiction(
                    kind=ContradictionKind.ATTRIBUTION,
                    between=(a.id, b.id),
                    about=event_about(events, a, b),
                    note=f"each blames the other: {said(text, a, names)}; {said(text, b, names)}"
                    + aligned(text, sides, a, b, names),
                )
            )
    return out


def aligned(text: str, sides: Sides, a: Claim, b: Claim, names: dict[str, str]) -> str:
    """The narrated alignments the two speakers' sides were read through, as a note's tail:
    " (Nagorno-Karabakh on the side of ethnic Armenian forces: “...”)"."""
    parts: list[str] = []
    for claim in (a, b):
        for alliance in sides.via.get(claim.speaker or "", ()):
            ally = names.get(alliance.ally or "") or alliance.country or "?"
            words = " ".join(alliance.evidence.text(text).split())
            parts.append(
                f"{names.get(alliance.actor, alliance.actor)} on the side of {ally}: “{words}”"
            )
    return f" ({'; '.join(parts)})" if parts else ""
