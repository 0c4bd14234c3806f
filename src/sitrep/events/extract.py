"""Events in one parsed sentence: trigger, PLOVER type, ACLED sub-event, and argument words.

A trigger is a verb or noun from :mod:`sitrep.events.triggers`. Its clause (the trigger's
subtree) is what the ACLED rules and the trained PLOVER classifier read. The actor is the
trigger's subject (the agent of a passive; for an event inside an accusation, 'accused X of
targeting', the accused); the target its object or the object of 'on/against'. Nested triggers
of the same type in one clause ('continued shelling') are one event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events import triggers
from sitrep.events.acled import PLOVER_TYPE, sub_event
from sitrep.records import AcledSubEvent, EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Violent-sounding words whose ACLED sub-event the clause decides.
_ACLED_TYPES = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.PROTEST,
        EventType.AGREE,
        EventType.MOBILIZE,
        EventType.RETREAT,
    }
)


_IDIOMS = frozenset({"deal", "agreement", "balance", "tone", "chord", "note", "bargain", "pose"})


@dataclass(frozen=True, slots=True)
class Found:
    type: EventType
    acled: AcledSubEvent | None
    trigger: Span
    clause: Span
    actor: Span | None
    target: Span | None
    depth: int  # distance of the trigger from the sentence root (0: the main verb)


def _span(t: Token) -> Span:
    return Span(t.idx, t.idx + len(t.text))


def _phrase(t: Token) -> Span:
    left, right = t.left_edge, t.right_edge
    # keep the noun phrase, not a relative clause trailing it
    for c in t.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj", "appos"}:
            right = c.left_edge.doc[c.left_edge.i - 1] if c.left_edge.i > t.i else t
            break
    return Span(left.idx, right.idx + len(right.text))


def _depth(t: Token) -> int:
    d = 0
    while t.head is not t and d < 50:
        t = t.head
        d += 1
    return d


def _candidates(t: Token) -> tuple[EventType, ...] | None:
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in t.children):
            return None  # 'did not attack' reports no attack
        if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_ in _IDIOMS for c in t.children):
            return None  # 'strike a deal', 'strike a balance'
        return triggers.VERBS.get(lemma)
    if t.pos_ == "NOUN":
        found = triggers.NOUNS.get(lemma)
        return found
    return None


def _actor(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    head = t.head
    # 'accused Azerbaijan of targeting': the accused is the actor of the embedded event
    if t.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    # 'vowed to fight', 'continued shelling', conjoined verbs: the governing verb's subject
    if t.dep_ in {"xcomp", "conj"} and head is not t and head.pos_ in {"VERB", "AUX"}:
        return _actor(head)
    return None


def _target(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            return c
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "with"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and c.lower_ != "with":
                return obj
    return None


def events_in(sent: SpacySpan) -> list[Found]:
    """The events a sentence reports, in reading order."""
    from sitrep.events.plover import model

    found: list[Found] = []
    taken: list[tuple[Span, EventType]] = []
    for t in sent:
        candidates = _candidates(t)
        if not candidates:
            continue
        clause_tokens = list(t.subtree) if t.pos_ == "VERB" else list(sent)
        first, last = min(clause_tokens, key=lambda x: x.i), max(clause_tokens, key=lambda x: x.i)
        clause = Span(first.idx, last.idx + len(last.text))
        text = sent.doc.text[clause.start : clause.end]
        acled = sub_event(text) if any(c in _ACLED_TYPES for c in candidates) else None
        if acled is not None and PLOVER_TYPE.get(acled) in candidates:
            kind = PLOVER_TYPE[acled]
        elif len(candidates) == 1:
            kind = candidates[0]
            acled = acled if kind in {EventType.ASSAULT, EventType.COERCE} else None
        else:
            scores = model().scores(text)
            kind = max(candidates, key=scores.__getitem__)
            acled = None
        if kind is EventType.ASSAULT and acled is None:
            acled = (
                AcledSubEvent.ATTACK
                if t.lemma_ in {"kill", "murder", "stab", "behead", "execute", "massacre"}
                else None
            )
        trigger = _span(t)
        # a trigger inside another of the same type and sub-type is the same event
        if any(c.contains(trigger) and k is kind for c, k in taken) and t.pos_ == "NOUN":
            continue
        taken.append((clause, kind))
        actor, target = _actor(t), _target(t)
        found.append(
            Found(
                type=kind,
                acled=acled,
                trigger=trigger,
                clause=clause,
                actor=_phrase(actor) if actor is not None else None,
                target=_phrase(target) if target is not None else None,
                depth=_depth(t),
            )
        )
    if not found and not any(t.dep_ == "neg" for t in sent):
        # no trigger word, but the sentence matches an ACLED rule ('weapons were seized')
        text = sent.text
        acled = sub_event(text)
        if acled is not None and acled is not AcledSubEvent.OTHER:
            whole = Span(sent.start_char, sent.end_char)
            root = sent.root
            actor = _actor(root)
            found.append(
                Found(
                    type=PLOVER_TYPE[acled],
                    acled=acled,
                    trigger=_span(root),
                    clause=whole,
                    actor=_phrase(actor) if actor is not None else None,
                    target=None,
                    depth=0,
                )
            )
    return found
