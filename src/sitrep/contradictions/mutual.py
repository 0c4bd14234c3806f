"""Mutual accusations: two sides each accusing the other."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.contradictions.sides import event_about, names_side_of, side_of
from sitrep.contradictions.wording import said
from sitrep.records import Actor, Claim, Contradiction, ContradictionKind, Event, Stance


def mutual_accusations(
    text: str,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: Sequence[Event],
    *,
    names: dict[str, str],
) -> list[Contradiction]:
    by_id = {a.id: a for a in actors}
    accusations = [c for c in claims if c.stance is Stance.ACCUSE and c.speaker in by_id]
    out: list[Contradiction] = []
    paired: set[str] = set()
    for i, a in enumerate(accusations):
        for b in accusations[i + 1 :]:
            if a.id in paired or b.id in paired:
                continue
            side_a = side_of(by_id[a.speaker or ""], by_id)
            side_b = side_of(by_id[b.speaker or ""], by_id)
            if side_a == side_b:
                continue
            if not (names_side_of(a, b, actors) and names_side_of(b, a, actors)):
                continue
            paired.update((a.id, b.id))
            out.append(
                Contradiction(
                    kind=ContradictionKind.ATTRIBUTION,
                    between=(a.id, b.id),
                    about=event_about(events, a, b),
                    note=f"each blames the other: {said(text, a, names)}; {said(text, b, names)}",
                )
            )
    return out
