"""Where one statement's content ends because a second statement begins inside it.

"Several farmers said the talks had gone well, while others said nothing had changed": the
parse hangs the second reporting clause ("while others said ...") off the first one's content,
so the first content would run on over the second statement. A clause joined by a comma,
"while", "but", "and" or "whereas", whose reporting verb has its own subject, is a statement
of its own, and the first content ends before it. "X said Y claimed Z" (the reporting verb is
the content's own verb or its complement) stays one statement, X's: it reports what Y claimed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors import lexicon as actor_words
from sitrep.attribution.base import (
    NAMED_SPEAKERS,
    Attribution,
    CueKind,
    span_of,
    speaks_of_noun_before,
    trim,
)
from sitrep.attribution.clauses import relative_before
from sitrep.attribution.verb_sources import apposed_charge
from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How a side clause hangs off the content it interrupts.
_SIDE_CLAUSES = {"advcl", "conj"}
# Words that open a side clause ('while others said ...', 'even as critics said ...'); a comma
# does as well. Not 'when' or 'after': 'X resigned after the paper revealed ...' is, to the
# annotators, mostly part of what was said.
_SIDE_OPENERS = {",", ";", "while", "whereas", "but", "and", "although", "though", "yet", "even"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
# A verb coordinated after a reported clause that may speak again ('... and noted that ...').
_FINITE_OR_PARTICIPLE = {"VBD", "VBZ", "VBP", "VBG", "VB"}
# The parse tags a plural present after 'and' as a bare verb ('they say A and warn B').
_TENSE = {"VB": "VBP"}


def end_before_side_statements(doc: Doc, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with every content cut short before a side statement it runs over."""
    found = _speaking_again(doc, found)
    inner = [
        b for b in found if b.source is not None and b.kind in {CueKind.VERB, CueKind.ACCORDING}
    ]
    if len(inner) < 2:
        return list(found)
    return [_cut(doc, a, inner) for a in found]


def _cut(doc: Doc, a: Attribution, inner: Sequence[Attribution]) -> Attribution:
    opening = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    for b in inner:
        if b is a or b.source is None or not a.content.contains(b.cue):
            continue
        if opening is not None and doc[b.cue_head].sent.start != opening[0].sent.start:
            # 'A: We never fired. ... and the mayor told me he saw none.': an interview's answer
            # (or a transcript's paragraph) goes on over the sentences after its first; a side
            # clause ends only the sentence it is in.
            continue
        shared = b.source == a.source and b.kind is CueKind.VERB
        if not (a.content.contains(b.source) or shared) or b.cue.start <= a.content.start:
            continue
        if b.kind is CueKind.ACCORDING:
            # '..., X said, according to the radio': the radio's, at the end of X's content.
            start = doc[b.cue_head].left_edge.i if b.source.end >= a.content.end - 1 else None
            end = b.source.end
        else:
            start = _side_clause_start(doc[b.cue_head], shared=shared)
            right = doc[b.cue_head].right_edge
            end = right.idx + len(right)
        if start is None or doc[start].idx <= a.content.start or end < a.content.end - 1:
            # No side statement, or one in the middle of the content (cutting would lose the
            # rest).
            continue
        stop = doc[start].idx
        own = [s.start for s in (a.source, a.cue) if s is not None]
        if any(a.content.start < o < stop for o in own):
            # 'A was killed, a group said, while X and Y blamed each other': the content ran
            # over its own speaker and cue to the side clause; what was said ends before them.
            stop = min(o for o in own if a.content.start < o < stop)
        words = doc.char_span(a.content.start, stop, alignment_mode="expand")
        kept = trim(list(words)) if words is not None else []
        if kept:
            return replace(a, content=span_of(kept))
    return a


def _speaking_again(doc: Doc, found: Sequence[Attribution]) -> list[Attribution]:
    """'X argued that A would help, saying B', 'X said A had failed and noted B': a reporting
    verb with no subject of its own that the parse hung on the verb of X's content speaks for X
    again. X's content ends before it, and it is X's statement, not one by the subject of A."""
    out = list(found)
    for k, b in enumerate(out):
        verb = doc[b.cue_head]
        if b.kind is not CueKind.VERB or not _subjectless_sequel(verb):
            continue
        # 'X said A, a rescue worker told Reuters, adding B': the participle goes on with the
        # statement it hangs on, whose speaker, named after its words, is another.
        own_speaker = any(
            c.cue_head == verb.head.i
            and c.source is not None
            and c.content.end <= c.source.start
            and c.stance not in _ATTITUDES
            for c in out
        )
        for j, a in enumerate(out):
            if j == k or a.source is None or not _content_verb_of(a, verb.head):
                continue
            if (
                verb.dep_ == "conj"
                and not _in_tense_of(verb, doc[a.cue_head])
                and not _mute_subject(verb.head)
                and not (
                    a.source_head is not None
                    and b.stance not in _ATTITUDES
                    and _speaker_again(verb.head, doc[a.source_head])
                )
            ):
                continue
            start = _sequel_start(verb)
            right = verb.right_edge
            if start is None or right.idx + len(right) < a.content.end - 1:
                continue
            words = doc.char_span(a.content.start, doc[start].idx, alignment_mode="expand")
            kept = trim(list(words)) if words is not None else []
            if not kept:
                continue
            out[j] = replace(a, content=span_of(kept))
            relative = relative_before(verb)
            if not own_speaker and (
                relative is None or not any(c.cue_head == relative.i for c in out)
            ):
                # Not '..., a figure the ministry disputed, saying B': the ministry says B.
                out[k] = replace(b, source=a.source, source_head=a.source_head)
            break
    return out


def _subjectless_sequel(verb: Token) -> bool:
    """A participle ('..., saying') or a coordinated verb ('... and noted') after its head, with
    no subject of its own."""
    if verb.i < verb.head.i or any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children
    ):
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "conj" and verb.tag_ in _FINITE_OR_PARTICIPLE


def _mute_subject(head: Token) -> bool:
    """Whether the clause a coordinated verb hangs on has a subject that says nothing: 'X said
    that the academy was a target and accused Y of ...' (an academy accuses no one, so X
    does), where 'X says the army is shelling the town and warned ...' could go on with the
    army. A subject can speak when it is a pronoun, a name, or a noun of people or bodies."""
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and not could_speak(subject)


def could_speak(t: Token) -> bool:
    if t.pos_ in {"PRON", "PROPN"} or t.ent_type_ in NAMED_SPEAKERS:
        return True
    words = {t.lower_, t.lemma_.lower()}
    return bool(words & _PEOPLE) or any(
        actor_words.INSTITUTIONS.ending_with(w) or actor_words.TITLES.ending_with(w) for w in words
    )


# Nouns of people and bodies the actors lexicon does not list as heads.
_SPEAKING_NOUNS = frozenset(
    {"group", "groups", "people", "person", "man", "woman", "men", "women", "witness"}
    | {"witnesses", "source", "sources", "official", "officials", "side", "sides", "country"}
    | {"countries", "state", "states", "ministry", "party", "parties", "movement", "agency"}
    | {"organisation", "organization", "committee", "council", "court", "union", "team"}
)
_PEOPLE = (
    actor_words.STATE_FORCE_NOUNS
    | actor_words.IRREGULAR_FORCE_NOUNS
    | actor_words.POPULATION_NOUNS
    | _SPEAKING_NOUNS
)


# Views and backing the clause's subject holds ('he says he wants ...', '... and supports X'):
# part of what the speaker says of him, not a second statement.
_ATTITUDES = {Stance.OTHER, Stance.AGREE}


def _speaker_again(head: Token, speaker: Token) -> bool:
    """'X says he respects Y and calls her “...”': the clause's subject is a pronoun that fits
    the speaker, so whichever verb the sequel goes with, the speaker says it again."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker.i == subject.i:
        return False
    pronoun = subject.lower_
    if pronoun in {"he", "she"}:
        return speaker.lower_ == pronoun or (
            speaker.tag_ in {"NN", "NNP"} and speaker.ent_type_ not in {"ORG", "GPE", "NORP"}
        )
    if pronoun == "it":
        return speaker.lower_ == "it" or (
            speaker.tag_ in {"NN", "NNP"} and speaker.ent_type_ not in {"PERSON"}
        )
    return False


def _in_tense_of(verb: Token, cue: Token) -> bool:
    """'X fear that A has failed and warn that B': the coordinated verb is in the reporting
    verb's tense and not in the reported clause's, so it goes with the reporting verb; 'X says
    Y is acting unlawfully and showing ...' goes on with Y."""
    tense, head_tense = _TENSE.get(verb.tag_, verb.tag_), _TENSE.get(verb.head.tag_, verb.head.tag_)
    return tense == _TENSE.get(cue.tag_, cue.tag_) and tense != head_tense


def _content_verb_of(a: Attribution, head: Token) -> bool:
    """Whether ``head`` is a word of ``a``'s content (and not its cue)."""
    if head.i == a.cue_head:
        return False
    return a.content.contains(Span(head.idx, head.idx + len(head)))


def _sequel_start(verb: Token) -> int | None:
    """Where the sequel opens: after a comma or a dash, or at its 'and' / 'while'."""
    start = verb.left_edge.i
    if verb.dep_ == "conj":
        cc = [c for c in verb.head.children if c.dep_ == "cc" and start - 2 <= c.i < start]
        if not cc or cc[-1].lower_ not in {"and", "but"}:
            return None
        return cc[-1].i
    before = verb.doc[start - 1] if start > 0 else None
    if verb.doc[start].lower_ == "while" or verb.doc[start].lower_ == "before":
        return start
    if before is not None and before.text in {",", "—", "–", "-", "--", ";"}:
        return start
    return None


def _speaker_in_relative_clause(verb: Token) -> bool:
    """'..., an event that the mayor says led to the riots', 'the strike, which officials said
    could spread': a relative clause whose reporting verb names its own speaker and reports a
    clause about the noun is a statement of its own."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and (_set_off(verb) or _apposed_figure(verb)):
        # '..., who announced he would withdraw', '..., which he called “a disaster”': a
        # relative clause set off by a comma adds a statement of its own.
        return True
    return (
        bool(subjects)
        # 'Republicans who say the law is a money pit': people who say a clause, too.
        and (subjects[0].lower_ not in _RELATIVE or subjects[0].lower_ == "who")
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


# Nouns naming a statement that a relative clause with its own speaker may describe.
_STATEMENT_NOUNS = frozenset(
    {"charge", "claim", "accusation", "allegation", "assertion", "figure", "account", "version"}
)


def _apposed_figure(verb: Token) -> bool:
    """'..., a figure the ministry disputed': a noun set off after the content that a relative
    clause with its own speaker describes; the clause is that speaker's statement about it."""
    noun = verb.head
    start = noun.left_edge.i
    # the parse may hang 'a charge' on the content's verb as its object ('said Tehran held
    # Washington responsible, a charge Washington denied'); a comma before an object that
    # names a statement sets it off all the same
    apposed = noun.dep_ in {"appos", "npadvmod", "conj"} or (
        noun.dep_ == "dobj" and noun.lemma_.lower() in _STATEMENT_NOUNS
    )
    return apposed and start > 0 and verb.doc[start - 1].text == "," and verb.left_edge.i > start


def _set_off(verb: Token) -> bool:
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text in {",", "—", "–", "--"}


def _disputes_apposed_statement(verb: Token) -> bool:
    """'..., a claim denied by Kyiv', '..., an assertion that Kyiv rejected' (the parse reads
    the relative 'that' as a clause's mark): a participle or clause with its own speaker on a
    statement noun set off after the content."""
    return speaks_of_noun_before(verb) and _apposed_figure(verb)


def _side_clause_start(verb: Token, *, shared: bool) -> int | None:
    """The index where the side clause of reporting ``verb`` opens, or None if it is none;
    ``shared`` when the verb speaks for the first statement's source ('X says A and says B')."""
    if _disputes_apposed_statement(verb):
        return verb.head.left_edge.i
    if apposed_charge(verb) is not None:
        # ', a charge Kigali denies': a side statement from its comma on
        return verb.left_edge.i
    if _speaker_in_relative_clause(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and _apposed_figure(verb) and not _set_off(verb):
            # '..., a figure the ministry disputed': the first content ends before the noun.
            return verb.head.left_edge.i
        return verb.left_edge.i
    if verb.dep_ not in _SIDE_CLAUSES or verb.head.i > verb.i:
        return None
    if not shared and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    start = verb.left_edge.i
    if verb.dep_ == "conj":
        cc = [c for c in verb.head.children if c.dep_ == "cc" and c.i < start]
        if cc:
            start = cc[-1].i
    before = verb.doc[start - 1] if start > 0 else None
    opener = verb.doc[start]
    if opener.lower_ in _SIDE_OPENERS or (before is not None and before.lower_ in _SIDE_OPENERS):
        return start
    return None
