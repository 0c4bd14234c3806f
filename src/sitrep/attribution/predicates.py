"""A statement noun whose content is the predicate of a copula: "the ministry's response was
that the strike hit only military targets", "the idea is that the corridor stays open", "the
question now is whether the truce will hold".

The noun is the cue (with the copula), its possessor the source ("the ministry's response"),
and the clause after the copula the content. A noun without a possessor ("the idea is that")
attributes the statement to no one named: an attribution with no source; where it is a thought
rather than a statement ("the question is whether"), the writer's own, which makes no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.base import Attribution, CueKind, span_of, trim, trimmed_subtree
from sitrep.attribution.lexicon import Lexicon
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of what is said or thought that name their content after 'is': beyond the cue nouns of
# the lexicon, which count here too.
_SAYINGS: dict[str, Stance] = {
    "response": Stance.ASSERT,
    "answer": Stance.ASSERT,
    "reply": Stance.ASSERT,
    "message": Stance.ASSERT,
    "explanation": Stance.ASSERT,
    "line": Stance.ASSERT,
    "slogan": Stance.ASSERT,
    "reasoning": Stance.ASSERT,
    "idea": Stance.OTHER,
    "thinking": Stance.OTHER,
    "theory": Stance.OTHER,
    "worry": Stance.OTHER,
    "question": Stance.OTHER,
}
_MARKS = {"that", "whether", "if"}


def from_copular_noun(noun: Token, lex: Lexicon) -> Attribution | None:
    """'The ministry's response was that ...': the noun and the copula are the cue, the clause
    after the copula what was said."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return None
    lemma = noun.lemma_.lower()
    frame = lex.nouns.get(lemma)
    stance = _SAYINGS.get(lemma) or (frame.stance if frame is not None else None)
    if stance is None:
        return None
    copula = noun.head
    clause = next(
        (
            c
            for c in copula.children
            if c.dep_ == "ccomp"
            and c.i > copula.i
            and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    mark = next(m for m in clause.children if m.dep_ == "mark")
    content = trim([t for t in clause.subtree if t.i != mark.i or mark.lower_ != "that"])
    if not content:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = trimmed_subtree(owner) if owner is not None else None
    negated = any(c.dep_ == "neg" for c in copula.children)
    return Attribution(
        cue=span_of([noun, copula]),
        cue_head=noun.i,
        lemma=f"{lemma} is",
        kind=CueKind.NOUN,
        stance=stance,
        content=span_of(content),
        source=span_of(source) if source else None,
        source_head=owner.i if owner is not None else None,
        negated=negated,
        # 'The question now is whether ...' with no one's question named: the writer's own.
        impression=owner is None and stance is Stance.OTHER,
    )
