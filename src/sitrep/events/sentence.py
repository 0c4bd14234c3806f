"""What a sentence tells beyond its trigger words' own clauses: a demand told with no trigger
word, the sub-event the whole sentence matches, a crowd's protest told by a demand, whether a
'not' denies the sentence's event, and what its casualty totals leave."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.events import syntax
from sitrep.events.acled import EVENT_TYPE, PLOVER_TYPE, sub_event
from sitrep.events.candidates import plover_candidates
from sitrep.events.choice import ACLED_TYPES, same_kind, sure_sub_event
from sitrep.events.found import STATEMENTS, Found, depth, phrase, span_of
from sitrep.events.place import doc_text
from sitrep.events.roles import actor_of, asker_of
from sitrep.records import EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def bare_demand(sent: SpacySpan) -> Found | None:
    """'X declared that Y must drop its barriers': an act told as due in someone's words is
    their request (PLOVER REQUEST), whatever the act, when no trigger word tells more."""
    root = sent.root
    told = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ == "VERB"]
    for verb in told:
        if syntax.mood(verb) is not syntax.Mood.DEMANDED:
            continue
        asker = asker_of(verb)
        if asker is None:
            continue
        own = syntax.own_clause(verb)
        first, last = min(own, key=lambda x: x.i), max(own, key=lambda x: x.i)
        target = actor_of(verb)
        return Found(
            type=EventType.REQUEST,
            acled=None,
            trigger=span_of(verb),
            clause=Span(first.idx, last.idx + len(last.text)),
            actor=phrase(asker),
            target=phrase(target) if target is not None else None,
            depth=depth(verb),
            scopes=(syntax.pieces(own),),
            trigger_index=verb.i,
        )
    return None


def sentence_sub_event(sent: SpacySpan, found: list[Found], *, text: str | None = None) -> None:
    """Force told by trigger words whose own clauses name no sub-event ('barricaded roads
    with burning tyres to demand water', 'residents pelted stones at police who were asking
    them to disperse'): the sentence's sub-event, by the rules, is the one nearest its root
    (``text``: the sentence's words that may tell it, by default all)."""
    if text is None:
        text = sent.text
    ruled = sub_event(text)
    if ruled is None or not (ruled is sure_sub_event(text) or same_kind(ruled, text)):
        return
    open_ = [
        i
        for i, f in enumerate(found)
        if f.type in ACLED_TYPES and f.type not in STATEMENTS and f.acled is None
    ]
    if not open_:
        return
    i = min(open_, key=lambda i: found[i].depth)
    kinds = plover_candidates(sent.doc[found[i].trigger_index]) or ()
    kind = PLOVER_TYPE[ruled] if PLOVER_TYPE[ruled] in kinds else found[i].type
    found[i] = replace(found[i], type=kind, acled=ruled)


# Where a 'not' says nothing of the sentence's event: on a verb told as the cause or setting
# of it ('after not receiving food aid', 'for not wearing masks', 'a man who did not pay').
_ASIDE = frozenset({"pcomp", "advcl", "acl", "relcl"})


def denies_what_is_told(t: Token) -> bool:
    """Whether the word tells the sentence's event as absent (:func:`syntax.denies`), not
    only a verb of a clause beside it."""
    if not syntax.denies(t):
        return False
    return t.dep_ != "neg" or t.head.dep_ not in _ASIDE


def crowd_demanding(sent: SpacySpan, found: list[Found]) -> None:
    """A crowd's protest told by words of other kinds only ('protesters demand the minister
    resign', 'residents thronged the streets asking for the release of a councillor'): the
    sentence's main event keeps its kind and takes the protest sub-event, when the rules and
    the classifier agree on a crowd."""
    text = sent.text
    ruled = sub_event(text)
    if ruled is None or EVENT_TYPE[ruled] != "Protests":
        return
    if not (ruled is sure_sub_event(text) or same_kind(ruled, text)):
        return
    i = min(range(len(found)), key=lambda i: found[i].depth)
    found[i] = replace(found[i], acled=ruled)


def beside_tolls(sent: SpacySpan, tolls: list[Span]) -> bool:
    """Whether the sentence's words outside its casualty totals match a rule ('rioting
    students threw stones, one officer killed in the violence': the toll is of the riot the
    sentence also tells)."""
    text = doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    kept: list[str] = []
    for toll in sorted(tolls, key=lambda s: s.start):
        kept.append(text[start : max(start, toll.start)])
        start = max(start, toll.end)
    kept.append(text[start:end])
    return sub_event(" ".join(kept)) is not None
