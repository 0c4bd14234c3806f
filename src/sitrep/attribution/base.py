"""What an attribution is, and the dependency-tree helpers that every cue pattern shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = {"nsubj", "csubj"}
# Entity types that can speak or hold a view: people, bodies, peoples, states.
NAMED_SPEAKERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Modals of the future: what a speaker says it will do, an act still to come.
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
# Modifiers of a source that are set off by commas and are not part of its name.
_ASIDES = {"relcl", "acl", "appos", "advcl", "parataxis", "prep"}
# Relations through which a verb without a subject of its own shares its head's subject.
_SHARED_SUBJECT = {"conj", "xcomp", "advcl"}
_RELATIVE = {"who", "which", "that", "whom"}
_FINITE = {"VBZ", "VBD", "VBP"}


class CueKind(StrEnum):
    """What kind of word or sign the cue is."""

    VERB = "verb"
    ACCORDING = "according"
    NOUN = "noun"
    ADJECTIVE = "adjective"
    HEADLINE = "headline"


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reported statement found in the text (character spans into the parsed text)."""

    cue: Span
    cue_head: int  # token index of the cue's head word
    lemma: str
    stance: Stance
    content: Span
    source: Span | None = None
    source_head: int | None = None  # token index of the source's head word
    via: Span | None = None  # "quoted by state news agency Azertac" -> the relaying agent
    addressee: Span | None = None  # "told state television": a possible relay, decided by caller
    quoted: bool = False
    negated: bool = False
    # A refusal to speak ('declined to comment'): an attribution, but no statement.
    refusal: bool = False
    # The writer's impression ('the town seemed calm'): attributed to no one, no statement.
    impression: bool = False
    # Token indices of the frame (cue clause, not content): where the statement's date is said.
    frame: tuple[int, ...] = ()
    kind: CueKind = CueKind.VERB

    @property
    def evidence(self) -> Span:
        spans = [self.cue, self.content] + ([self.source] if self.source else [])
        return Span(min(s.start for s in spans), max(s.end for s in spans))


# What a statement is issued in; the issuer, not the paper, speaks.
DOCUMENTS = {
    "statement",
    "letter",
    "post",
    "tweet",
    "message",
    "note",
    "email",
    "release",
    "communique",
    "video",
    "ad",
    "advertisement",
    "memo",
    "report",
    "response",
    "reply",
    "editorial",
    "op-ed",
    "petition",
    "resolution",
    "filing",
}
_DASHES = {"—", "–", "-", "--"}


def _past_dateline(subject: Token) -> Token:
    """'PARIS (AFP) - The party leader said': the parse made the dateline the subject."""
    dash = next(
        (
            c
            for c in subject.children
            if c.dep_ == "punct" and c.text in _DASHES and c.i > subject.i
        ),
        None,
    )
    if dash is None:
        return subject
    after = next((c for c in subject.children if c.i > dash.i and c.dep_ == "appos"), None)
    return after if after is not None else subject


def _named_before_apposition(subjects: list[Token], nearest: Token, verb: Token) -> Token | None:
    """ "The National Unity Government, the shadow administration set up by ..., condemned":
    the parse makes the description a second subject; the name before it speaks."""
    if nearest.pos_ != "NOUN" or nearest.i > verb.i:
        return None
    for first in sorted(subjects, key=lambda c: c.i):
        if first.i >= nearest.i or first.pos_ != "PROPN":
            continue
        after = first.right_edge.i + 1
        if after < len(verb.doc) and verb.doc[after].text == ",":
            return first
    return None


# Units of distance: 'a vessel about 70 nautical miles west of Hodeidah reported ...'.
_DISTANCES = frozenset({"mile", "kilometre", "kilometer", "km", "metre", "meter", "yard"})


def _placed_by_distance(subjects: list[Token], nearest: Token) -> Token | None:
    """'a vessel about 70 nautical miles west of Hodeidah had reported': the parse makes the
    distance a second subject; it places the subject before it, which speaks."""
    if nearest.lemma_.lower() not in _DISTANCES or not any(
        c.dep_ == "nummod" for c in nearest.children
    ):
        return None
    before = [c for c in subjects if c.i < nearest.i]
    return max(before, key=lambda c: c.i) if before else None


def subject_of(verb: Token) -> Token | None:
    seen = 0
    # A passive cue ('is widely expected to') says nothing of who expects.
    passive_cue = any(c.dep_ == "auxpass" for c in verb.children)
    while seen < 4:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects and seen and (passive_cue or _expletive(subjects[0], verb)):
            # 'It is hard to see why ...', '(X met them) and is expected to ...': the subject
            # shared is not who sees or expects; nobody in particular does.
            return None
        if subjects:
            # '“The job was ...,” Smith said': the parse may take a word of the quotation for a
            # second subject; the speaker stands next to the verb.
            # A word split in pieces ('co', '-', 'chairs') is one subject: take its first piece.
            nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
            ids = {c.i for c in subjects}
            while nearest.i - 1 in ids:
                nearest = verb.doc[nearest.i - 1]
            named = _named_before_apposition(subjects, nearest, verb) or _placed_by_distance(
                subjects, nearest
            )
            return _past_dateline(named or nearest)
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if passive is not None:
            # 'X was forced out and said ...', 'X was prompted to say ...': the passive subject
            # of the verb a conjunct, complement or participle shares; the verb's own passive
            # subject ('X was told ...') is no speaker.
            return passive if seen and not passive_cue else None
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            document = verb.head
            if document.lemma_.lower() in DOCUMENTS and document.dep_ in {"dobj", "pobj"}:
                # 'The ministry issued a statement saying ...': the ministry says so.
                holder = document.head if document.dep_ == "dobj" else document.head.head
                speaker = subject_of(holder) if holder.pos_ == "VERB" else None
                if speaker is not None:
                    return speaker
            return document
        modified = _holder_of_gerund(verb)
        if modified is not None:
            # 'began by saying ...', 'after saying ...': the subject of the verb they modify;
            # 'has a long history of blaming ...', 'was the most aggressive in denouncing ...',
            # 'in addition to stating ...': of the verb whose object or complement they modify.
            verb = modified
            seen += 1
            continue
        if verb.dep_ == "ROOT" and after_punctuation(verb):
            # '“...,” said the mayor': the speaker after the verb.
            return _inverted_speaker(verb)
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is not None and verb.tag_ in _FINITE:
            # 'as Azerbaijan claims new gains': a finite clause has a subject of its own, which
            # the parse may have hung on the conjunction; it never shares its head's.
            return next((c for c in mark.children if c.dep_ == "pobj"), None)
        if verb.head.i == verb.i or not (verb.dep_ in _SHARED_SUBJECT or _verb_in_a_series(verb)):
            return None
        controller = _object_controller(verb)
        if controller is not None:
            return controller
        verb = verb.head
        seen += 1
    return None


# Verbs whose object does what their infinitive says: 'this leads experts to suspect ...'.
_OBJECT_CONTROL = {
    "lead",
    "drive",
    "force",
    "prompt",
    "push",
    "cause",
    "compel",
    "press",
    "pressure",
    "encourage",
    "persuade",
    "convince",
    "inspire",
    "spur",
    "provoke",
    "move",
    "motivate",
    "tempt",
    "get",
    "allow",
    "invite",
    "challenge",
    "dare",
}


def _object_controller(verb: Token) -> Token | None:
    """'This leads many experts to suspect ...', 'the war drove thousands to demand ...', 'it
    forced his rival to distance herself ...': the object of a control verb does what the
    infinitive says, not its subject."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


# Relations by which a noun or adjective that a gerund's preposition hangs on belongs to a verb.
_HELD = {"dobj", "attr", "acomp", "oprd", "pobj", "prep", "advmod"}


def _holder_of_gerund(verb: Token) -> Token | None:
    """The verb whose subject does what a gerund after a preposition says ('by saying',
    'a history of blaming', 'aggressive in denouncing'), climbing over at most two nouns,
    adjectives or prepositions."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    holder = verb.head.head
    for _ in range(3):
        if holder.pos_ in {"VERB", "AUX"}:
            return holder
        if holder.dep_ not in _HELD or holder.head.i == holder.i:
            return None
        holder = holder.head
    return None


def _verb_in_a_series(verb: Token) -> bool:
    """'He looked at me, furrowed his brow and said ...': the parse left the middle verb of a
    series unlabelled ('dep'); it shares the first verb's subject as a conjunct would."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and verb.tag_ in _FINITE
        and head.i < verb.i
        and head.tag_ == verb.tag_
        and verb.doc[verb.left_edge.i - 1].text == ","
    )


def _expletive(subject: Token, verb: Token) -> bool:
    """'It is hard to say', 'it's easy to see': 'it' before a copula with an adjective and the
    clause that 'it' stands for; 'it was alarmed by the reports and urged ...' is no expletive:
    'it' is the one alarmed, and the one who urges."""
    adjectives = [c for c in verb.children if c.dep_ == "acomp"]
    if subject.lower_ != "it" or verb.lemma_ != "be" or not adjectives:
        return False
    return not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children
    )


def _inverted_speaker(verb: Token) -> Token | None:
    after = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in {"dobj", "attr", "npadvmod", "dep", "appos", "nsubj"}
            and c.pos_ in {"PROPN", "NOUN"}
        ),
        None,
    )
    if after is None:
        return _speaker_of_clause_after(verb) or _name_after(verb)
    if _said_before(verb) or after.left_edge.pos_ == "PROPN":
        return after
    # 'Tanden, head of the council, recounted a conversation': the parse lost the subject
    # before the verb; a noun phrase after it ('a conversation', 'the term') is what was said,
    # unless it is a name ('..., explained Rosenberg, “...”').
    return None


# Words of a speaker's name and title after the verb: 'ranking Democrat Elijah Cummings'.
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM"}


def _name_after(verb: Token) -> Token | None:
    """'“...,” said ranking Democrat Elijah Cummings.': the parse made the title a clause of
    its own; a run of title and name words closing the sentence (or before a comma or a
    bracket) is the speaker, and its last proper noun is the head of the name."""
    doc, end = verb.doc, verb.sent.end
    run: list[Token] = []
    for t in doc[verb.i + 1 : end]:
        if t.is_punct or t.is_space:
            break
        # A participle opens some titles: 'ranking', 'acting', 'outgoing'.
        if t.pos_ not in _TITLE_POS and not (not run and t.tag_ == "VBG"):
            return None
        run.append(t)
    names = [t for t in run if t.pos_ == "PROPN"]
    if not names or len(run) > 8:
        return None
    return names[-1]


def _speaker_of_clause_after(verb: Token) -> Token | None:
    """'“...,” said Ann Lee, who teaches law and endorsed the plan': the parse made the speaker
    and the aside after it a clause of the verb ('Lee ... endorsed'); the speaker opens it, right
    after the verb, and a comma follows the name."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.pos_ in {"PROPN", "NOUN"}
            and subject.left_edge.i == verb.i + 1
            and subject.i + 1 < len(doc)
            and doc[subject.i + 1].text == ","
        ):
            return subject
    return None


def _said_before(verb: Token) -> bool:
    """Whether what was said comes before the verb: a clause hung on it, or a quotation that
    closes just before ('“...,” said the mayor')."""
    if any(
        c.i < verb.i and c.dep_ in {"ccomp", "parataxis", "dep", "advcl"} for c in verb.children
    ):
        return True
    doc = verb.doc
    return any(doc[i].is_quote for i in range(max(0, verb.i - 2), verb.i))


def trimmed_subtree(head: Token) -> list[Token]:
    """The words naming a source, without comma-delimited asides ('Aliyev, quoted by ..., said')."""
    drop: set[int] = set()
    doc = head.doc
    for child in head.children:
        if child.dep_ in _ASIDES and child.i > head.i:
            left = child.left_edge.i
            if left > 0 and doc[left - 1].text in {",", "(", "—", "–"}:
                drop.update(t.i for t in child.subtree)
                drop.add(left - 1)
        elif child.dep_ == "punct" and child.i > head.i and not _in_a_list(child):
            drop.add(child.i)
    tokens = [t for t in head.subtree if t.i not in drop]
    # Keep the contiguous run around the head only.
    run = [head]
    ids = {t.i for t in tokens}
    i = head.i - 1
    while i in ids:
        run.insert(0, doc[i])
        i -= 1
    i = head.i + 1
    while i in ids:
        run.append(doc[i])
        i += 1
    # 'the co-chairs' split into 'co', '-', 'chairs': a word goes on up to the next space (a
    # no-break space is a token of its own, and ends the word as well).
    while (
        not run[-1].whitespace_
        and not run[-1].is_space
        and run[-1].i + 1 < len(doc)
        and _joined(doc[run[-1].i + 1])
    ):
        run.append(doc[run[-1].i + 1])
    return trim(run)


def _in_a_list(comma: Token) -> bool:
    """'Egyptian, Qatari and US mediators said': a comma between the first conjuncts of a list
    that an 'and' or 'or' ends, which names the source as a whole."""
    head = comma.head
    if comma.text != ",":
        return False
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i == comma.i + 1]
    return any(t.dep_ == "cc" and t.lower_ in {"and", "or"} for c in conjuncts for t in c.subtree)


def _joined(token: Token) -> bool:
    return not token.is_punct or token.text in {"-", "‑"}


def asides_of(source: Token | None) -> list[int]:
    if source is None:
        return []
    return [t.i for c in source.children if c.dep_ in _ASIDES and c.i > source.i for t in c.subtree]


def roots_of(content: Sequence[Token]) -> list[Token]:
    """The words of ``content`` whose head lies outside it, or that head themselves: the roots
    of what was said ('the group would take the war to every city': 'take')."""
    ids = {t.i for t in content}
    return [t for t in content if t.head.i not in ids or t.head.i == t.i]


def trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation (but not quotation marks) and conjunctions at both ends."""
    tokens = sorted(tokens, key=lambda t: t.i)

    def loose(t: Token) -> bool:
        # '26%' keeps its sign.
        return (t.is_punct and not t.is_quote and t.text != "%") or t.is_space or t.dep_ == "cc"

    while tokens and loose(tokens[0]):
        tokens.pop(0)
    while tokens and loose(tokens[-1]):
        tokens.pop()
    return tokens


def after_punctuation(verb: Token) -> bool:
    """Whether a mark of punctuation stands right before ``verb`` ('“...,” said X'); a percent
    sign ('26% say') ends a figure, not a clause."""
    return verb.i > 0 and verb.doc[verb.i - 1].is_punct and verb.doc[verb.i - 1].text != "%"


def on_first_line(text: str, char: int) -> bool:
    """Whether ``char`` lies on the text's first line (leading blank lines aside): a headline's,
    where the text has one."""
    return "\n" not in text[:char].strip()


def span_of(tokens: Sequence[Token]) -> Span:
    return Span(min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens))


def relative_antecedent(token: Token) -> Token:
    """'officials who said' -> 'officials': the noun a relative pronoun stands for. Also where
    the parse took the clause for one of the main verb ('army blames RSF, which denies
    involvement'): the noun right before the comma."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ in {"who", "which"} and token.i >= 2 and token.nbor(-1).text == ",":
        before = token.nbor(-2)
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ != "compound":
            return before
    return token


def speaks_of_noun_before(verb: Token) -> bool:
    """A clause on the noun before it with a speaker of its own: a participle with its agent
    ('a claim denied by Kyiv'), or a clause whose relative 'that' the parse read as a mark
    ('an assertion that Kyiv rejected')."""
    if verb.dep_ != "acl" or verb.head.i > verb.i:
        return False
    children = list(verb.children)
    if verb.tag_ == "VBN":
        return any(c.dep_ == "agent" for c in children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and any(
        c.dep_ in SUBJECTS for c in children
    )
