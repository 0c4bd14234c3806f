"""Broken commitments: a promise not to do something, and a later report that it was done."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.contradictions.wording import clip, said, stems, who
from sitrep.records import (
    Claim,
    ClaimLink,
    Contradiction,
    ContradictionKind,
    Event,
    EventType,
    Stance,
)

_COMMITMENTS = {Stance.PROMISE, Stance.AGREE}
_NEGATION = re.compile(r"\b(?:not|never|no|refrain\w*|stop\w*|cease\w*|halt\w*)\b|n[’']t\b", re.I)
_VIOLATIONS = {EventType.ASSAULT, EventType.COERCE}
# A commitment is broken by a report sharing at least this many of its words (the act and whom
# it spares: "not to target civilians" / "drone strikes on villages").
_MIN_BROKEN = 2


def broken_commitments(
    text: str, claims: Sequence[Claim], events: Sequence[Event], *, names: dict[str, str]
) -> list[Contradiction]:
    out: list[Contradiction] = []
    for claim in claims:
        content = claim.content.text(text)
        if claim.stance not in _COMMITMENTS or not _NEGATION.search(content):
            continue
        promised = stems(content)
        best: tuple[int, Event] | None = None
        for event in events:
            if event.type not in _VIOLATIONS:
                continue
            evidence = event.evidence[0]
            if evidence.start < claim.content.end or claim.content.overlaps(evidence):
                continue
            shared = len(promised & stems(evidence.text(text)))
            if shared >= _MIN_BROKEN and (best is None or shared > best[0]):
                best = (shared, event)
        if best is None:
            continue
        event = best[1]
        out.append(
            Contradiction(
                kind=ContradictionKind.OTHER,
                between=(claim.id, event.id),
                about=event.id,
                note=(
                    f"commitment broken? {said(text, claim, names)}; later reported"
                    f"{_reporter(text, event, claims, names)}: "
                    f"“{clip(event.evidence[0].text(text))}”"
                ),
            )
        )
    return out


def _reporter(text: str, event: Event, claims: Sequence[Claim], names: dict[str, str]) -> str:
    """' by X' when a claim of X asserts the event; nothing when the article narrates it."""
    by_id = {c.id: c for c in claims}
    for link in event.claims:
        claim = by_id.get(link.claim)
        if claim is not None and link.stance is ClaimLink.ASSERTS:
            return f" by {who(text, claim, names)}"
    return ""
