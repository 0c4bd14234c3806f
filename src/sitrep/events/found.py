"""What the extraction of one sentence finds: an event's trigger, type, words and scopes, and
the spans it takes from the parse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events import triggers
from sitrep.events.candidates import hyphenated
from sitrep.records import AcledSubEvent, EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# PLOVER types of what is said or voiced, not done by force: statements, and a protest (a
# crowd voicing a claim).
STATEMENTS = frozenset(
    {
        EventType.AGREE,
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.PROTEST,
    }
)


@dataclass(frozen=True, slots=True)
class Found:
    type: EventType
    acled: AcledSubEvent | None
    trigger: Span
    clause: Span  # from the first to the last word of the trigger's own clause
    actor: Span | None
    target: Span | None
    depth: int  # distance of the trigger from the sentence root (0: the main verb)
    # Where to look for the event's place and date, nearest first: the trigger's own clause
    # (less the clauses inside it that tell of something else), for a noun its verb's clause,
    # then the sentence (less those clauses).
    scopes: tuple[tuple[Span, ...], ...] = ()
    trigger_index: int = -1  # the trigger's token index in the parsed document
    back: bool = False  # 'the strike': a later mention of an event told before
    target_area: Span | None = None  # the target's whole phrase, conjuncts included
    # the verb of the harm the act did, told with it ('were killed on Sunday when a shell
    # hit'), whose time dates the act when the trigger has none of its own
    harm_index: int = -1


def span_of(t: Token) -> Span:
    start = t.idx
    if t.pos_ == "NOUN" and hyphenated(t) is not None:
        start = t.doc[t.i - 2].idx  # 'shoot-out', not 'out'
    return Span(start, t.idx + len(t.text))


# Verbs that charge their object with an act, a court's too: "convicted X of ...".
ACCUSING_VERBS = triggers.CHARGING_VERBS | {"convict", "indict"}


def _charged_act(c: Token) -> bool:
    """'of shelling the market' hung on the accused ('accused the army of shelling ...'): the
    act charged, no part of the accused's name."""
    t = c.head
    return (
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pcomp" for g in c.children)
        and t.dep_ == "dobj"
        and t.head.lemma_.lower() in ACCUSING_VERBS
    )


def phrase(t: Token) -> Span:
    left, right = t.left_edge, t.right_edge
    # keep the noun phrase, not a relative clause trailing it
    for c in t.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj", "appos"} or _charged_act(c):
            right = c.left_edge.doc[c.left_edge.i - 1] if c.left_edge.i > t.i else t
            break
    return Span(left.idx, right.idx + len(right.text))


def area(t: Token) -> Span:
    left, right = t.left_edge, t.right_edge
    return Span(left.idx, right.idx + len(right.text))


def depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:  # spaCy makes a new Token on each access
        t = t.head
        d += 1
    return d
