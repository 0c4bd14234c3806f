"""Cues that are no reporting verb: nouns and attitude adjectives.

(Headline colons and dashes are in :mod:`sitrep.attribution.headlines`.)

- A noun from ``cue_nouns.tsv`` with its content ("criticism of the plan", "his claim that ...",
  "calls for a ceasefire"). Its source is, in order: its possessor ("Moscow's criticism"), "by X"
  or "from X" after it, or the subject of the clause when the noun is what that subject voices
  ("X voiced criticism of", "X issued a warning that", "X is a critic of"). A noun that is
  the object of another verb ("rejected the allegation of ...") has no source of its own: the
  allegation is someone else's, and the verb is the cue that matters. Nouns marked ``voiced``
  (too common as plain nouns: "statement", "comment") count only with a source of their own;
  nouns marked ``predicate`` ("supporter", "critic") only after a copula ("X is a critic of
  Y"), since "critics of Y" names a source rather than attributing to one.
- An adjective from ``attitude_adjectives.tsv`` as the predicate of a copula, with its content:
  "X was critical of ...", "X is confident that ...", "X seemed eager to ...". The source is the
  copula's subject.

Every frame needs its content; a bare "the criticism" or "X is angry" attributes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.base import (
    Attribution,
    CueKind,
    span_of,
    subject_of,
    trim,
    trimmed_subtree,
)
from sitrep.attribution.contents import COMPLEMENT_MARKS, disputes_a_statement_noun
from sitrep.attribution.lexicon import CLAUSE, INFINITIVE, PREDICATE, VOICED, Frame, Lexicon
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

_COPULAS = {"be", "seem", "appear", "remain", "become", "sound", "grow", "look", "feel", "get"}
# 'X made it clear that ...', 'X made plain that ...'.
_MAKING = {"make"}
# Verbs whose subject is the source of the statement noun they take as object.
_VOICING = {
    "voice",
    "express",
    "issue",
    "make",
    "offer",
    "give",
    "level",
    "raise",
    "repeat",
    "reiterate",
    "renew",
    "deliver",
    "share",
    "lodge",
    "file",
    "launch",
    "have",
    "step",
    "intensify",
    "escalate",
    "register",
    "signal",
    "air",
    "publish",
    "release",
    "post",
    "send",
    "put",
    "lead",
}
# Verbs whose object ('won the endorsement of X') is given by the noun's 'of', to the subject.
_RECEIVING = {
    "win",
    "receive",
    "secure",
    "get",
    "earn",
    "gain",
    "garner",
    "land",
    "pick",
    "collect",
}
# Verbs whose subject is what the noun they take is about: 'the plan drew criticism from X',
# 'the strike sparked condemnation from Y'; the source follows 'from'.
_DRAWING = {
    "draw",
    "attract",
    "face",
    "prompt",
    "provoke",
    "spark",
    "trigger",
    "meet",
    "receive",
    "earn",
    "get",
    "invite",
    "elicit",
    "generate",
}
# Stances a reaction drawn from someone takes: blame, refusal, warning, praise.
_REACTIONS = {Stance.ACCUSE, Stance.REJECT, Stance.THREATEN, Stance.AGREE}
_SOURCE_PREPOSITIONS = {"by", "from"}


def from_noun(noun: Token, lex: Lexicon) -> Attribution | None:
    if noun.pos_ != "NOUN":
        return None
    frame = lex.nouns.get(noun.lemma_.lower())
    if frame is None:
        return None
    if PREDICATE in frame.content and noun.dep_ != "attr":
        # 'supporters of X' name a source; only 'Y is a supporter of X' attributes to Y.
        return None
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.lemma_.lower() in lex
        and noun.head.head.tag_.startswith("VB")
    ):
        # 'said in a statement on its website': where the verb's statement was made.
        return None
    if any(
        (cue := lex.lookup(c.lemma_.lower())) is not None
        and disputes_a_statement_noun(c, cue.stance)
        for c in noun.children
    ):
        # 'an assertion that Kyiv rejected': the clause denies the assertion; it does not say
        # what the assertion is.
        return None
    received = _received_from(noun, frame) or _drawn_from(noun, frame)
    if received is not None:
        return received
    content, opener = frame_content(noun, frame)
    if not content and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _VOICING:
        content, opener = sibling_clause(noun, frame)
    if not content:
        return None
    source_token = _noun_source(noun, frame)
    if source_token is None and VOICED in frame.content:
        return None
    negated = any(c.dep_ == "neg" for c in noun.head.children) if noun.dep_ == "attr" else False
    if any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children):
        negated = True
    return _attribution(noun, frame, content, opener, source_token, [noun], negated, CueKind.NOUN)


def from_adjective(adjective: Token, lex: Lexicon) -> Attribution | None:
    if adjective.pos_ not in {"ADJ", "VERB"} or adjective.dep_ not in {"acomp", "oprd", "ccomp"}:
        return None
    frame = lex.adjectives.get(adjective.lower_) or lex.adjectives.get(adjective.lemma_.lower())
    copula = adjective.head
    if frame is None:
        return None
    copula_lemma = copula.lemma_.lower()
    if not ((copula_lemma in _COPULAS and adjective.dep_ != "ccomp") or copula_lemma in _MAKING):
        # 'X was critical of', 'X made it clear that'.
        return None
    content, opener = frame_content(adjective, frame)
    if not content and copula_lemma in _MAKING:
        content, opener = sibling_clause(adjective, frame)
    if not content:
        return None
    source_token = subject_of(copula)
    cue = [copula, adjective] + [
        c for c in copula.children if c.dep_ in {"aux", "neg"} and c.i < copula.i
    ]
    negated = any(c.dep_ == "neg" for c in copula.children)
    return _attribution(
        adjective, frame, content, opener, source_token, cue, negated, CueKind.ADJECTIVE
    )


def frame_content(head: Token, frame: Frame) -> tuple[list[Token], Token | None]:
    """The content a noun or adjective takes, and the word that opens it ('of', 'that')."""
    for child in head.children:
        if child.i < head.i:
            continue
        if child.dep_ == "prep" and child.lower_ in frame.content:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return trim(list(obj.subtree)), child
        elif child.dep_ in {"acl", "ccomp", "xcomp", "advcl"}:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            mark = next((c for c in child.children if c.dep_ == "mark"), None)
            if infinitive and INFINITIVE in frame.content:
                return trim(list(child.subtree)), None
            if (
                not infinitive
                and CLAUSE in frame.content
                and (
                    child.dep_ == "ccomp" or (mark is not None and mark.lower_ in COMPLEMENT_MARKS)
                )
            ):
                return trim([t for t in child.subtree if mark is None or t.i != mark.i]), mark
    return [], None


def _received_from(noun: Token, frame: Frame) -> Attribution | None:
    """'The governor won the endorsement of the union': the union endorses the governor; who
    is 'of' the noun gives it, and the receiver is what it is about."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING or "of" not in frame.content:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    giver = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    receiver = subject_of(verb)
    if giver is None or receiver is None:
        return None
    return _attribution(
        noun, frame, trimmed_subtree(receiver), None, giver, [noun], False, CueKind.NOUN
    )


def _drawn_from(noun: Token, frame: Frame) -> Attribution | None:
    """'The plan drew criticism from aid groups', 'the strike sparked condemnation from the
    EU', 'the ministry came under criticism from rights groups': who it comes from criticises
    (condemns, praises) what the verb's subject names."""
    if frame.stance not in _REACTIONS or any(c.lower_ in frame.content for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _DRAWING:
        pass
    elif noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() == "come":
        verb = verb.head
    else:
        return None
    source = next(
        (
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    subject = subject_of(verb)
    if source is None or subject is None:
        return None
    return _attribution(
        noun, frame, trimmed_subtree(subject), None, source, [noun], False, CueKind.NOUN
    )


def sibling_clause(word: Token, frame: Frame) -> tuple[list[Token], Token | None]:
    """'X made clear on Monday that ...', 'X made the case for weeks that ...': the parse hangs
    the clause on the verb beside the frame's word; it is still that word's content."""
    if CLAUSE not in frame.content:
        return [], None
    for child in word.head.children:
        if child.i <= word.i or child.dep_ != "ccomp":
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ not in COMPLEMENT_MARKS:
            continue
        # The mark stays out of the cue, which would otherwise run over the words between.
        return trim([t for t in child.subtree if mark is None or t.i != mark.i]), None
    return [], None


def _noun_source(noun: Token, frame: Frame) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPOSITIONS - frame.content:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        return subject_of(head)
    if noun.dep_ == "dobj" and head.lemma_.lower() in _VOICING:
        return subject_of(head)
    if noun.dep_ == "pobj" and head.lower_ in {"in", "with"} and head.head.pos_ == "VERB":
        # 'backed him in the hope of ...', 'spoke with confidence that ...': the doer's.
        return subject_of(head.head)
    return None


def _attribution(
    head: Token,
    frame: Frame,
    content: list[Token],
    opener: Token | None,
    source_token: Token | None,
    cue: list[Token],
    negated: bool,
    kind: CueKind,
) -> Attribution:
    if opener is not None and opener.i > head.i:
        cue = [*cue, opener]
    source = trimmed_subtree(source_token) if source_token is not None else None
    return Attribution(
        cue=span_of(sorted(cue, key=lambda t: t.i)),
        cue_head=head.i,
        lemma=head.lemma_.lower(),
        stance=frame.stance,
        content=span_of(content),
        source=span_of(source) if source else None,
        source_head=source_token.i if source_token is not None else None,
        negated=negated,
        kind=kind,
    )
