"""Stage contradictions.v1: where the sources of one article disagree.

Four kinds, each naming the records on both sides and saying in one line what is disputed
("Officials of X accused: “...”; Ministry of Defence of Y denied: “...”": who, what the
statement does by its stance, not its cue word, and its words clipped at a word):

- ``denial``: a denial or rejection ("rejected the allegation of targeting civilian areas") and
  the accusation or assertion it answers. The answered claim is the one that best fits: it
  names the denier's side among the accused (the denier's actor, the state it belongs to, or
  another body of that state), shares content words with the denial, is an accusation when the
  denial refers back to "the allegation", "the claims", and lies close before it. The act in
  dispute counts double ("denied targeting the city" / "our city is being shelled": attack
  words are one word here), and opposed speakers count. A denial that only names what it
  answers ("rejected the accusation", "a claim officials rejected") answers the nearest claim
  before it (the nearest accusation for "the accusation"). A speaker does not contradict
  itself.
- ``attribution`` (mutual accusations): two sides each accusing the other ("X accused Y of
  shelling ...", "Y blamed X for ..."): two accusations whose speakers belong to different sides,
  each naming the other's side in its content. A sentence saying that both sides blame each
  other is one claim with no speaker (see :mod:`sitrep.pipeline.claims`), and is left alone.
- ``other`` (a broken commitment): a promise or agreement not to do something ("will not
  deliberately target civilian populations") and a later report of an attack (an event of the
  events stage) sharing the act and whom it spares ("shelling of civilian settlements", "drone
  strikes on villages": civilians, villages, settlements, homes are one word here); the note
  names who reported the attack when a claim asserts it.
- ``figures``: two reporters giving incompatible figures of killed, injured or missing for the
  same side and group (from the casualties stage), as of the same date. Figures compatible as
  stated ("at least 91" and "120") are no contradiction; increments ("two more") are not totals.

Layers not built in a pipeline (events, casualties) leave their kind out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from sitrep.pipeline.base import Document
from sitrep.records import (
    Actor,
    Casualty,
    Claim,
    ClaimLink,
    Contradiction,
    ContradictionKind,
    Count,
    Event,
    EventType,
    Qualifier,
    Stance,
)

_DENIALS = {Stance.DENY, Stance.REJECT}
_ANSWERABLE = {Stance.ACCUSE, Stance.ASSERT}
_COMMITMENTS = {Stance.PROMISE, Stance.AGREE}
_BACK_REFERENCE = re.compile(
    r"\b(?:allegations?|accusations?|claims?|reports?|charges?|accounts?)\b", re.I
)
_NEGATION = re.compile(r"\b(?:not|never|no|refrain\w*|stop\w*|cease\w*|halt\w*)\b|n[’']t\b", re.I)
_VIOLATIONS = {EventType.ASSAULT, EventType.COERCE}
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_STOP = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "could",
        "did",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "more",
        "most",
        "must",
        "only",
        "other",
        "over",
        "same",
        "should",
        "some",
        "such",
        "than",
        "that",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "said",
        "says",
        "according",
        "town",
        "region",
        "regions",
        "areas",
        "area",
        "several",
        "other",
        "forces",
        "force",
    ]
)
# Minimum fit for a denial to answer a claim: the accused side, or three shared words (the act
# counting as two), or a few shared words between opposed speakers.
_MIN_FIT = 3.0
# A denial that only names what it answers ("rejected the accusation") answers the nearest
# claim before it, within this many characters.
_REFERRED = 3.0
_NEAR_REFERENCE = 600
_BARE_REFERENCE = re.compile(
    r"(?:the|a|an|this|that|these|those|such|its|their)?\s*(?:\w+\s+)?"
    r"(allegations?|accusations?|claims?|reports?|charges?|accounts?|assertions?)",
    re.I,
)
# Acts of war, one word for the comparison of what a claim and a denial are about.
_ACT = "<act>"
_ACTS = frozenset(
    [
        *("attack", "attacked", "attacking", "attacks", "shell", "shelled", "shelling", "shells"),
        *("strike", "strikes", "struck", "striking", "hit", "hits", "hitting", "fire", "fired"),
        *("firing", "target", "targeted", "targeting", "targets", "bomb", "bombed", "bombing"),
        *("bombs", "bombard", "bombarded", "bombardment", "raid", "raids", "raided"),
    ]
)
# Who and what a commitment to spare civilians protects, one word for the same comparison.
_CIVILIAN = "<civilian>"
_CIVILIANS = frozenset(
    [
        *("civilian", "civilians", "village", "villages", "settlement", "settlements"),
        *("residential", "homes", "houses", "population", "populations", "school", "schools"),
        *("hospital", "hospitals", "market", "kindergarten", "neighbourhood", "neighborhood"),
    ]
)
# A commitment is broken by a report sharing at least this many of its words (the act and whom
# it spares: "not to target civilians" / "drone strikes on villages").
_MIN_BROKEN = 2
_DOES = {
    Stance.ASSERT: "said",
    Stance.ACCUSE: "accused",
    Stance.DENY: "denied",
    Stance.REJECT: "rejected",
    Stance.THREATEN: "threatened",
    Stance.PROMISE: "promised",
    Stance.REQUEST: "asked",
    Stance.AGREE: "agreed",
    Stance.APPEAL: "appealed",
    Stance.OTHER: "said",
}
_MAX_NOTE = 70


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
        found = denials(doc.text, claims, actors, events, names=names)
        found += mutual_accusations(doc.text, claims, actors, events, names=names)
        found += broken_commitments(doc.text, claims, events, names=names)
        found += figures(casualties, names=names)
        return tuple(found)


# --- denials -----------------------------------------------------------------------------------


def denials(
    text: str,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: Sequence[Event],
    *,
    names: dict[str, str],
) -> list[Contradiction]:
    out: list[Contradiction] = []
    for denial in claims:
        if denial.stance not in _DENIALS:
            continue
        candidates = [
            c
            for c in claims
            if c.stance in _ANSWERABLE and c.id != denial.id and not _same_source(text, c, denial)
        ]
        referred = _referred(text, denial, candidates)
        best: tuple[float, Claim] | None = None
        for claim in candidates:
            fit = _denial_fit(text, claim, denial, actors)
            if claim is referred:
                fit += _REFERRED
            if fit >= _MIN_FIT and (best is None or fit > best[0]):
                best = (fit, claim)
        if best is None:
            continue
        claim = best[1]
        out.append(
            Contradiction(
                kind=ContradictionKind.DENIAL,
                between=(claim.id, denial.id),
                about=_event_about(events, claim, denial),
                note=f"{_said(text, claim, names)}; {_said(text, denial, names)}",
            )
        )
    return out


def _referred(text: str, denial: Claim, candidates: Sequence[Claim]) -> Claim | None:
    """The claim a denial that only names it ("rejected the accusation", "a claim Armenian
    officials rejected") answers: the nearest before it, an accusation for "the accusation"."""
    words = denial.content.text(text).strip(" “”\"'.,")
    match = _BARE_REFERENCE.fullmatch(words)
    if match is None:
        return None
    before = [c for c in candidates if c.content.end <= _start(denial)]
    if match.group(1).lower().startswith(("accusation", "allegation", "charge")):
        before = [c for c in before if c.stance is Stance.ACCUSE] or before
    nearest = max(before, key=lambda c: c.content.end, default=None)
    if nearest is None or _start(denial) - nearest.content.end > _NEAR_REFERENCE:
        return None
    return nearest


def _start(claim: Claim) -> int:
    return claim.cue_span.start if claim.cue_span is not None else claim.content.start


def _denial_fit(text: str, claim: Claim, denial: Claim, actors: Sequence[Actor]) -> float:
    fit = 0.0
    if _names_side_of(claim, denial, actors):
        fit += 3
    shared = _stems(claim.content.text(text)) & _stems(denial.content.text(text))
    # The same act ("denied targeting the city" / "our city is being shelled") counts double.
    fit += min(len(shared) + (_ACT in shared), 3)
    if _opposed(claim, denial, actors):
        fit += 0.5
    if claim.stance is Stance.ACCUSE:
        fit += 0.5
        if _BACK_REFERENCE.search(denial.content.text(text)):
            fit += 1
    # Nearer claims answer first; a denial answers what came before it.
    distance = denial.content.start - claim.content.end
    fit -= 0.5 if distance < 0 else min(distance / 2000, 0.4)
    return fit


def _names_side_of(claim: Claim, denial: Claim, actors: Sequence[Actor]) -> bool:
    """Does ``claim`` name the denier, its state, or another body of its state in its content?"""
    by_id = {a.id: a for a in actors}
    denier = by_id.get(denial.speaker or "")
    if denier is None:
        return False
    side = _side(denier, by_id)
    for actor in actors:
        if actor.id == claim.speaker:
            continue
        if any(claim.content.contains(m) for m in actor.mentions) and _side(actor, by_id) == side:
            return True
    return False


def _opposed(claim: Claim, denial: Claim, actors: Sequence[Actor]) -> bool:
    """Both speakers known, and of different sides."""
    by_id = {a.id: a for a in actors}
    a, b = by_id.get(claim.speaker or ""), by_id.get(denial.speaker or "")
    return a is not None and b is not None and _side(a, by_id) != _side(b, by_id)


def _side(actor: Actor, by_id: dict[str, Actor]) -> str:
    seen = {actor.id}
    while actor.affiliation and actor.affiliation in by_id and actor.affiliation not in seen:
        actor = by_id[actor.affiliation]
        seen.add(actor.id)
    return actor.country or actor.id


def _same_source(text: str, a: Claim, b: Claim) -> bool:
    if a.speaker is not None or b.speaker is not None:
        return a.speaker == b.speaker
    if a.source_span is None or b.source_span is None:
        return False
    return a.source_span.text(text).lower() == b.source_span.text(text).lower()


def _event_about(events: Sequence[Event], claim: Claim, denial: Claim) -> str | None:
    asserted = [e for e in events if any(ec.claim == claim.id for ec in e.claims)]
    for e in asserted:
        if any(ec.claim == denial.id and ec.stance is ClaimLink.DENIES for ec in e.claims):
            return e.id
    return asserted[0].id if asserted else None


# --- mutual accusations ------------------------------------------------------------------------


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
            side_a = _side(by_id[a.speaker or ""], by_id)
            side_b = _side(by_id[b.speaker or ""], by_id)
            if side_a == side_b:
                continue
            if not (_names_side_of(a, b, actors) and _names_side_of(b, a, actors)):
                continue
            paired.update((a.id, b.id))
            out.append(
                Contradiction(
                    kind=ContradictionKind.ATTRIBUTION,
                    between=(a.id, b.id),
                    about=_event_about(events, a, b),
                    note=f"each blames the other: {_said(text, a, names)}; {_said(text, b, names)}",
                )
            )
    return out


# --- broken commitments ------------------------------------------------------------------------


def broken_commitments(
    text: str, claims: Sequence[Claim], events: Sequence[Event], *, names: dict[str, str]
) -> list[Contradiction]:
    out: list[Contradiction] = []
    for claim in claims:
        content = claim.content.text(text)
        if claim.stance not in _COMMITMENTS or not _NEGATION.search(content):
            continue
        promised = _stems(content)
        best: tuple[int, Event] | None = None
        for event in events:
            if event.type not in _VIOLATIONS:
                continue
            evidence = event.evidence[0]
            if evidence.start < claim.content.end or claim.content.overlaps(evidence):
                continue
            shared = len(promised & _stems(evidence.text(text)))
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
                    f"commitment broken? {_said(text, claim, names)}; later reported"
                    f"{_reporter(text, event, claims, names)}: "
                    f"“{_clip(event.evidence[0].text(text))}”"
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
            return f" by {_who(text, claim, names)}"
    return ""


# --- figures -----------------------------------------------------------------------------------

_FIELDS = ("killed", "injured", "missing")


def figures(casualties: Sequence[Casualty], *, names: dict[str, str]) -> list[Contradiction]:
    out: list[Contradiction] = []
    rows = [k for k in casualties if k.reporter is not None and not getattr(k, "increment", False)]
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if a.reporter == b.reporter or a.group != b.group:
                continue
            if a.side != b.side or (a.side is None and a.group.value != "all"):
                continue
            if a.as_of and b.as_of and a.as_of != b.as_of:
                continue
            for field in _FIELDS:
                x, y = getattr(a, field), getattr(b, field)
                if x is not None and y is not None and not compatible(x, y):
                    who_a = names.get(a.reporter or "", "one source")
                    who_b = names.get(b.reporter or "", "another")
                    group = a.group.value + (f" of {names.get(a.side, a.side)}" if a.side else "")
                    out.append(
                        Contradiction(
                            kind=ContradictionKind.FIGURES,
                            between=(a.id, b.id),
                            note=(
                                f"{field} ({group}): {_count(x)} according to {who_a}, "
                                f"{_count(y)} according to {who_b}"
                            ),
                        )
                    )
                    break
    return out


def compatible(a: Count, b: Count) -> bool:
    """Whether two figures can both be true as stated ('at least 91' and '120' can)."""
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bounds(c: Count) -> tuple[float, float]:
    v = float(c.value)
    if c.high is not None:
        return v, float(c.high)
    match c.qualifier:
        case Qualifier.AT_LEAST:
            return v, float("inf")
        case Qualifier.MORE_THAN:
            return v + 1, float("inf")
        case Qualifier.AT_MOST:
            return 0.0, v
        case Qualifier.NEARLY:
            return 0.8 * v, v
        case Qualifier.ABOUT:
            return 0.8 * v, 1.2 * v
        case _:
            return v, v


def _count(c: Count) -> str:
    prefix = {
        Qualifier.AT_LEAST: "at least ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.ABOUT: "about ",
        Qualifier.AT_MOST: "at most ",
        Qualifier.NEARLY: "nearly ",
    }.get(c.qualifier, "")
    return f"{prefix}{c.value}" + (f"–{c.high}" if c.high is not None else "")


# --- wording -----------------------------------------------------------------------------------


def _stems(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        if w in _ACTS or w in _CIVILIANS:
            out.add(_ACT if w in _ACTS else _CIVILIAN)
            continue
        if len(w) < 4 or w in _STOP:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out - _STOP


def _who(text: str, claim: Claim, names: dict[str, str]) -> str:
    if claim.speaker and claim.speaker in names:
        return names[claim.speaker]
    if claim.source_span is not None:
        return claim.source_span.text(text)
    return "an unnamed source"


def _said(text: str, claim: Claim, names: dict[str, str]) -> str:
    """'Ministry of Defence of X denied: “the claim was pure disinformation …”': who, what the
    statement does (its stance, not the cue word: a 'said' that dismisses a claim denies it),
    and its content, in one line."""
    return f"{_who(text, claim, names)} {_DOES[claim.stance]}: “{_clip(claim.content.text(text))}”"


def _clip(text: str) -> str:
    """The words on one line, without quotation marks, cut at a word near ``_MAX_NOTE``."""
    text = " ".join(text.split())
    text = re.sub(r"[“”\"]", "", text).strip(" ,;:")
    if len(text) <= _MAX_NOTE:
        return text
    cut = text[: _MAX_NOTE - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + " …"
