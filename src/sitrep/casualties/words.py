"""Words that stand for people, and people's own state words, in a parsed sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.figures import is_figure_word

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def person_word(t: Token) -> bool:
    """A word that can stand for people: 'man', 'victims', 'she', 'Tom Reed', 'two'."""
    if is_age(t):
        return True
    if t.pos_ == "PRON":
        return t.lower_ in lx.PERSON_PRONOUNS | {"they", "them", "both", "one", "who", "another"}
    if t.pos_ == "PROPN":
        if t.lower_ in lx.STATE_WORDS:
            return False  # a title-case headline's 'Shot Dead' is no name
        # a name, or people named by nationality or faction: 'kill two Palestinians'
        return t.ent_type_ in {"PERSON", "NORP", ""} or lx.group_of(t.lemma_) is not None
    return lx.group_of(t.lemma_) is not None or is_figure_word(t)


def is_age(t: Token) -> bool:
    """'A 15-year-old' standing for a person: the age's 'old' heads a noun phrase."""
    return (
        t.lower_ == "old"
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
        and any(c.lower_ in {"year", "years"} for c in t.children)
    )


def own_state(victim: Token, pred: Token | None = None) -> bool:
    """Whether people have a state word of their own ('2 members killed, 6 others wounded':
    the six are wounded, not killed)."""
    if any(
        (pred is None or c.i != pred.i) and c.lower_ in lx.STATE_WORDS and c.dep_ in {"amod", "acl"}
        for c in victim.children
    ):
        return True
    # the word right after the figure, however the parser hung it: 'reported 20 dead and 35
    # wounded' (the 35 are wounded, not dead)
    after = victim.doc[victim.i + 1] if victim.i + 1 < len(victim.doc) else None
    return (
        after is not None
        and (pred is None or after.i != pred.i)  # spaCy makes a new Token on each access
        and after.lower_ in lx.STATE_WORDS
    )
