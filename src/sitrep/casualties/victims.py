"""Who a verb that kills or wounds hits: its victims, read off the parse.

The victims of a verb are its passive subject or its object, never its active subject (the
killer); the parser's slips are mended where news text makes them often: a conjoined verb
shares its head's subject ('were shot and killed'), a participle's noun is its victim ('twelve
people killed in the blast'), 'among those killed' points at the subject of its 'were', and a
counted object the parser made the subject of a later 'said' is the object still.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.figures import is_figure_word
from sitrep.casualties.headlines import headline_end, headline_passive, is_headline
from sitrep.casualties.words import SUBJECTS, own_state, person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["objects", "subjects"]


def subjects(verb: Token) -> list[Token]:
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if own:
        return own
    # 'were shot and killed': a conjoined verb shares its head's subject
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subjects(verb.head)
    return []


def objects(verb: Token) -> list[Token]:
    """Victims of a verb that kills or wounds: never its active subject (the killer)."""
    end = headline_end(verb.sent)
    headline = is_headline(verb.sent)
    out = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "nsubjpass"}
        and c.i < end
        # 'Man shot in back outside east side apartment': a headline's object that is no
        # person is a misparse of a place
        and not (headline and c.dep_ == "dobj" and not person_word(c))
        and not own_state(c)
    ]
    # 'was killed along with Heriberto Corpus': the companion is a victim too
    out += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"along", "together"}
        for w in c.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]
    if not out and verb.dep_ == "acl" and _among_those(verb):
        # 'five policemen were among those killed': the subject of the 'were'
        out = subjects(verb.head.head.head)
    if not out and verb.dep_ == "acl" and (verb.tag_ == "VBN" or person_word(verb.head)):
        # 'twelve people killed in the blast', 'a 27-year-old male, shot in the back'
        out = [verb.head]
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
        out = [verb.head]  # 'twelve people killed in the blast'
    if not out and any(c.dep_ == "agent" for c in verb.children):
        # 'a man shot and killed by state police': a passive the tagger took for active
        out = [c for c in verb.children if c.dep_ == "nsubj"]
        if not out and verb.dep_ == "conj" and verb.tag_ == "VBN":
            out = subjects(verb)
    if not out and verb.dep_ == "conj" and verb.tag_ == "VBN":
        out = [c for c in subjects(verb) if c.dep_ == "nsubjpass"]
    if not out and verb.tag_ == "VBN" and any(c.lower_ == "being" for c in verb.children):
        # 'charged with assault after being shot': the victim is the main clause's subject
        head = verb.head.head if verb.head.dep_ == "prep" else verb.head
        out = [c for c in head.children if c.dep_ in SUBJECTS]
    if not out and verb.dep_ == "ccomp" and verb.head.lemma_ in lx.FINDING_VERBS:
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            out = own  # 'they found Tom Moody shot to death'
    if not out and verb.dep_ in {"xcomp", "ccomp"} and verb.tag_ == "VBN":
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if own and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            out = own  # 'officers found a man shot in the leg'
        else:
            # 'were reported killed', 'was found shot'
            out = [c for c in verb.head.children if c.dep_ in SUBJECTS]
            if not out and verb.head.dep_ == "acl" and person_word(verb.head.head):
                out = [verb.head.head]  # a headline's 'dozens reported killed'
    if not out and headline_passive(verb):
        out = [c for c in verb.children if c.dep_ == "nsubj"]
    if not out and verb.tag_ == "VBG":
        out = _object_taken_for_subject(verb)
    return out


def _object_taken_for_subject(verb: Token) -> list[Token]:
    """'..., killing at least 17 people including four children, residents said': the parser
    made the counted people the subject of the later 'said', leaving 'killing' without its
    object. The people right after the verb, with a figure and a verb still to come, are it."""
    for t in verb.doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if t.pos_ in {"NOUN", "PROPN"}:
            counted = any(c.dep_ == "nummod" and is_figure_word(c) for c in t.children)
            if (
                counted
                and person_word(t)
                and t.dep_ in {"nsubj", "nsubjpass"}
                and t.head.i > t.i
                and t.left_edge.i == verb.i + 1
            ):
                return [t]
            return []
    return []


def _among_those(verb: Token) -> bool:
    those = verb.head
    return (
        those.lower_ in {"those", "the"}
        and those.dep_ == "pobj"
        and those.head.lower_ == "among"
        and those.head.head.pos_ in {"AUX", "VERB"}
    )
