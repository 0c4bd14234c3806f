"""Headlines: how a title tells of casualties without the words a sentence would use.

A headline drops the 'was' of a passive ('3 killed, 5 wounded in shooting'), writes the present
tense ('Blasts kill one soldier'), and may end with the site's name ('... | Valley News').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.words import own_state, person_word

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def is_headline(sent: SpacySpan) -> bool:
    """A headline or title: no closing punctuation ('Man shot on north side | Valley News'),
    or a wire headline that opens the text with a full stop and is written as one: short,
    no article before its first noun, no auxiliary ('Teen killed as town protests.')."""
    text = sent.text.rstrip()
    if not text.endswith((".", '"', "”", "?", "!")):
        return True
    return (
        sent.start == 0
        and text.endswith(".")
        and len(sent) <= 16
        and sent[0].pos_ not in {"DET", "PRON", "ADP", "SCONJ", "ADV"}
        and not any(t.pos_ == "AUX" or t.dep_ in {"aux", "auxpass"} for t in sent)
    )


def headline_end(sent: SpacySpan) -> int:
    """Where a headline's own words end: before the site's name after ' | ' or ' - ' ('Man
    shot and killed on north side | Valley News'), which the parser may take for an object."""
    for t in sent:
        if t.i > sent.start and (
            t.text == "|"
            or (t.text in {"-", "–", "—"} and t.whitespace_ and t.nbor(-1).whitespace_)
        ):
            return t.i
    return sent.end


def headline_present(verb: Token) -> bool:
    """A headline's present tense that the tagger took for a base form: 'Blasts kill one
    soldier', 'Rebels say kill 42 soldiers', 'Militants execute a man'. It has no auxiliary
    ('to kill', 'will kill') and a subject of its own or a verb of saying over it; a bare
    'Shoot him!' has neither."""
    if not is_headline(verb.sent) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ in lx.SAYING_VERBS


def headline_passive(verb: Token) -> bool:
    """'3 killed, 5 wounded in shooting', 'Man shot and killed on north side': a headline drops
    the 'was', so a subject of a verb with no auxiliary and no object anywhere is its victim.
    Only nouns and numbers: 'he shot twice' is a shooter."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    chain = [verb, *verb.conjuncts]
    end = headline_end(verb.sent)
    headline = is_headline(verb.sent)
    if any(
        c.dep_ in {"dobj", "ccomp", "xcomp"}
        and c.i < end
        and not (headline and c.dep_ == "dobj" and not person_word(c))
        and not own_state(c)
        for v in chain
        for c in v.children
    ):
        return False
    if (
        verb.lemma_.lower() in lx.SHOOT_VERBS
        and any(c.dep_ == "prep" and c.lower_ in {"at", "into", "through"} for c in verb.children)
        and not any(c.lower_ in lx.STATE_WORDS for c in verb.children)
    ):
        return False  # 'Gunman shot at a crowd'; but 'Soldier Shot Dead At Checkpoint'
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and headline
