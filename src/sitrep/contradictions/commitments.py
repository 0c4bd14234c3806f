"""Commitments in dispute: a promise not to do something and a later report that it was done;
an accusation of breaking an agreement and the accused side saying it keeps it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.contradictions.sides import Sides, event_about, same_source
from sitrep.contradictions.wording import clip, said, stems, who
from sitrep.records import (
    Actor,
    Claim,
    ClaimLink,
    Contradiction,
    ContradictionKind,
    Event,
    EventType,
    Span,
    Stance,
)

_COMMITMENTS = {Stance.PROMISE, Stance.AGREE}
_NEGATION = re.compile(r"\b(?:not|never|no|refrain\w*|stop\w*|cease\w*|halt\w*)\b|n[’']t\b", re.I)
_VIOLATIONS = {EventType.ASSAULT, EventType.COERCE}
# A commitment is broken by a report sharing at least this many of its words (the act and whom
# it spares: "not to target civilians" / "drone strikes on villages").
_MIN_BROKEN = 2


# A pledge to stop fighting altogether ("pledged to halt offensive operations", "would suspend
# attacks on the armed forces"): any later attack by the pledging side breaks it.
_CESSATION = re.compile(
    r"\b(?:halt|stop|suspend|cease|end|freeze|pause|refrain\s+from)\w*"
    r"(?:\W+[\w’'-]+){0,2}?\W+"
    r"(?:attacks?|offensives?|operations|hostilities|fighting|strikes|raids|military\s+action)\b",
    re.I,
)


def broken_commitments(
    text: str,
    claims: Sequence[Claim],
    events: Sequence[Event],
    *,
    names: dict[str, str],
    sides: Sides | None = None,
) -> list[Contradiction]:
    """A promise or agreement not to do something and a later event that does it: one sharing
    the promise's words ("not to target civilians" / "drone strikes on villages"), or, for a
    pledge to stop fighting, any attack by the pledging side (``sides`` says whose)."""
    found: list[tuple[Claim, Event, Span]] = []
    for claim in claims:
        content = claim.content.text(text)
        if claim.stance not in _COMMITMENTS or not _NEGATION.search(content):
            continue
        promised = stems(content)
        side = sides.of(claim) if sides is not None else None
        ceasing = side is not None and _CESSATION.search(content) is not None
        best: tuple[int, Event, Span] | None = None
        for event in events:
            if event.type not in _VIOLATIONS:
                continue
            evidence = _telling_after(text, event, claim)
            if evidence is None:
                continue
            shared = len(promised & stems(evidence.text(text)))
            if (
                ceasing
                and sides is not None
                and event.type is EventType.ASSAULT
                and side in sides.acting(event)
            ):
                shared = max(shared, _MIN_BROKEN)
            if shared >= _MIN_BROKEN and (best is None or shared > best[0]):
                best = (shared, event, evidence)
        if best is None:
            continue
        _, event, evidence = best
        found.append((claim, event, evidence))
    # 'the two sides agreed not to ...' is a claim of each side, with one cue and content: one
    # commitment the report breaks, set against it once
    groups: dict[tuple[Span | None, Span, str], list[tuple[Claim, Event, Span]]] = {}
    for claim, event, evidence in found:
        groups.setdefault((claim.cue_span, claim.content, event.id), []).append(
            (claim, event, evidence)
        )
    out: list[Contradiction] = []
    for group in groups.values():
        pledged = [claim for claim, _, _ in group]
        _, event, evidence = group[0]
        out.append(
            Contradiction(
                kind=ContradictionKind.OTHER,
                between=(*(c.id for c in pledged), event.id),
                about=event.id,
                note=(
                    f"commitment broken? {_pledged(text, pledged, names)}; later reported"
                    f"{_reporter(text, event, claims, names)}: "
                    f"“{clip(evidence.text(text))}”"
                ),
            )
        )
    return out


def _pledged(text: str, pledged: Sequence[Claim], names: dict[str, str]) -> str:
    """'X agreed: “...”', or for the sides of one agreement 'X and Y agreed: “...”'."""
    if len(pledged) == 1:
        return said(text, pledged[0], names)
    sides = [who(text, c, names) for c in pledged]
    return said(text, pledged[0], names, speakers=", ".join(sides[:-1]) + " and " + sides[-1])


# What sets a pledge told after an act before it in time: "..., days after the group pledged
# to halt offensive operations".
_AFTER = re.compile(r"\b(?:after|since)\b[^.!?;]*$", re.I)


def _telling_after(text: str, event: Event, claim: Claim) -> Span | None:
    """The first telling of an act that comes after a pledge, or that the same sentence sets
    after it; the act of a headline told again after the pledge counts by the later telling."""
    for evidence in event.evidence:
        if claim.content.overlaps(evidence):
            continue
        if evidence.start >= claim.content.end or _told_after(text, evidence, claim):
            return evidence
    return None


def _told_after(text: str, evidence: Span, claim: Claim) -> bool:
    """Whether an act told before a pledge in the same sentence happened after it: "attacked a
    base on Saturday, ..., days after the group pledged to halt offensive operations"."""
    opening = claim.cue_span.start if claim.cue_span is not None else claim.content.start
    between = text[evidence.end : opening]
    return evidence.end <= opening and "\n" not in between and _AFTER.search(between) is not None


def _reporter(text: str, event: Event, claims: Sequence[Claim], names: dict[str, str]) -> str:
    """' by X' when a claim of X asserts the event; nothing when the article narrates it."""
    by_id = {c.id: c for c in claims}
    for link in event.claims:
        claim = by_id.get(link.claim)
        if claim is not None and link.stance is ClaimLink.ASSERTS:
            return f" by {who(text, claim, names)}"
    return ""


# What a side can be accused of breaking and say it keeps: a truce, an agreement, its word.
_PACT = (
    r"(?:truce|cease-?fire|armistice|agreements?|accords?|deal|pact|arrangements?|"
    r"commitments?|obligations?|resolutions?|understanding)"
)
# Up to four words between the verb and the pact: "violating the Russian-brokered truce".
_BETWEEN = r"(?:\W+[\w’'-]+){0,4}?\W+"
_BREACH = re.compile(
    rf"\b(?:violat|breach|break|broke|flout|undermin|disregard|renege|trampl)\w*{_BETWEEN}{_PACT}\b",
    re.I,
)
_KEEPS = re.compile(
    r"\b(?:committed\s+to|respect\w*|abid\w*\s+by|adher\w*\s+to|observ\w*|honou?r\w*|"
    r"compl(?:y|ies|ied|ying)\s+with|(?:keep|kept|stick|stuck)\w*\s+to|uphold\w*|"
    r"upheld|(?:loyal|faithful)\s+to)"
    rf"{_BETWEEN}{_PACT}\b",
    re.I,
)
# "no longer committed to", "does not respect", "has never honoured": a keeper's negation.
_NOT_KEPT = re.compile(r"\b(?:not|never|no longer|nor|neither)\b|n[’']t\b", re.I)
_ACCUSING = {Stance.ACCUSE, Stance.ASSERT}
_KEEPING = {Stance.ASSERT, Stance.DENY, Stance.REJECT, Stance.PROMISE, Stance.AGREE}


def kept_commitments(
    text: str,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: Sequence[Event],
    *,
    names: dict[str, str],
    sides: Sides | None = None,
    answered: Sequence[Contradiction] = (),
) -> list[Contradiction]:
    """An accusation of breaking a truce or agreement ("accused Y of violating the ceasefire")
    and the accused side saying it keeps it ("Y said it remained committed to the truce",
    "respects the agreement"): a denial in effect. Each such statement answers the nearest
    accusation that names its side, from another source; an accusation the same speaker
    already denied outright (``answered``) is left to that denial."""
    sides = sides or Sides(actors, claims)
    by_id = {c.id: c for c in claims}
    denied = {
        (k.between[0], by_id[k.between[1]].speaker)
        for k in answered
        if k.kind is ContradictionKind.DENIAL and k.between[1] in by_id
    }
    accusations = [
        c
        for c in claims
        if c.stance in _ACCUSING and _BREACH.search(c.content.text(text)) is not None
    ]
    out: list[Contradiction] = []
    if not accusations:
        return out
    for keeper in claims:
        if keeper.stance not in _KEEPING or sides.of(keeper) is None:
            continue
        content = keeper.content.text(text)
        keeps = _KEEPS.search(content)
        if keeps is None or _NOT_KEPT.search(content[max(0, keeps.start() - 30) : keeps.end()]):
            continue
        answerable = [
            a
            for a in accusations
            if a.id != keeper.id
            and not same_source(text, a, keeper)
            and sides.names_side_of(a, keeper)
            and (a.id, keeper.speaker) not in denied
        ]
        if not answerable:
            continue
        accusation = min(answerable, key=lambda a: abs(a.content.start - keeper.content.start))
        out.append(
            Contradiction(
                kind=ContradictionKind.DENIAL,
                between=(accusation.id, keeper.id),
                about=event_about(events, accusation, keeper),
                note=(
                    f"{said(text, accusation, names)}; "
                    f"{who(text, keeper, names)} {_keeps(keeper, content)}: “{clip(content)}”"
                ),
            )
        )
    return out


def _keeps(keeper: Claim, content: str) -> str:
    """How the keeper's statement stands to the pact: a pledge to keep it ('it would respect
    the truce'), or saying it does ('it remained committed to the truce', 'it was abiding by
    it')."""
    if keeper.stance in _COMMITMENTS and not _KEPT_NOW.search(content):
        return "pledged to keep to it"
    return "says it keeps to it"


# A side that says it keeps to a pact now, not that it will.
_KEPT_NOW = re.compile(r"\b(?:remains?|remained|is|was|are|were|stays?|stayed)\s+committed\b", re.I)
