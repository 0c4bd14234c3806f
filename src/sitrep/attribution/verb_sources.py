"""Who speaks for a reporting verb, and who relays it.

The subject of the verb, or the one a misparse hides ("X, the ministry said", a name the parser
read as an infinitive's subject), the one a perception verb is about ("X seemed to blame Y"),
the one quoted ("X was quoted as saying"), the agent of a passive, the subject of an
adjective's clause ("X was critical of"); and ``via``: who relayed the statement ("quoted by",
"cited").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import NAMED_SPEAKERS, SUBJECTS, span_of, subject_of, trim
from sitrep.attribution.clauses import (
    appositive_speaker,
    conjunct_taken_for_content,
    misattached_conjunct,
    relative_clause_speaker,
    root_noun_speaker,
    root_participle_speaker,
    speaker_in_clause_before,
    stranded_subject,
)
from sitrep.attribution.contents import PERCEIVED, a_day
from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.lexicon import Lexicon
    from sitrep.attribution.quotes import Quote

_RELAY_VERBS = {"quote", "cite"}
# Verbs of running someone's statement: 'in a statement carried by the state news agency'.
_CARRYING = {"carry", "publish", "broadcast", "air", "run", "report", "relay"}
# Verbs of asking whose bare participle is passive: 'Asked about X, she said'.
_ASKING = {"ask", "press", "question", "quiz"}
_BEFORE_ASKED = {"when", "if", "after", "once", "as", "before", "while", ",", "—", "-", "--"}


def quoted_word(token: Token, quotes: Sequence[Quote], verb: Token) -> bool:
    """Whether ``token`` lies inside a quotation that ``verb`` is outside of."""
    at = Span(token.idx, token.idx + len(token))
    cue = Span(verb.idx, verb.idx + len(verb))
    return any(q.span.contains(at) and not q.span.overlaps(cue) for q in quotes)


def speaker_after(verb: Token, quotes: Sequence[Quote]) -> Token | None:
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "dep", "appos"}
            and c.pos_ in {"PROPN", "NOUN"}
            and not quoted_word(c, quotes, verb)
        ),
        None,
    )


def source_of(verb: Token, lex: Lexicon) -> Token | None:
    """The verb's speaker; none where the subject is what is perceived ('X seemed tired': by
    whom is not said) or where the participle is passive ('Asked about X, she ...': she did
    not ask)."""
    if verb.lemma_.lower() in PERCEIVED:
        return _seeming_to(verb, lex)
    misparsed = (
        root_participle_speaker(verb)
        or name_taken_for_infinitive_subject(verb)
        or subject_taken_for_modifier(verb)
        or name_taken_for_verb(verb)
        or subject_taken_for_compound(verb)
        or name_taken_for_adverb(verb)
    )
    if misparsed is not None:
        return misparsed
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in _RELAY_VERBS
        and verb.head.dep_ in SUBJECTS
    ):
        # 'The agency, quoting the health ministry, said ...': the parser hangs the participle
        # on the subject it follows, who quotes.
        return verb.head
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ) or _asked(verb):
        return next(
            (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
            None,
        )
    relative = relative_clause_speaker(verb, lex)
    if relative is not None:
        return relative
    if misattached_conjunct(verb):
        # 'said its forces were responding ... and accused X': the reporting verb's subject.
        return subject_of(verb.head.head)
    if conjunct_taken_for_content(verb):
        # 'told reporters that ..., and warned that ...': the first reporting verb's subject.
        return subject_of(verb.head)
    return _second_list(
        _quoted_as_saying(verb)
        or speaker_in_clause_before(verb)
        or subject_of(verb)
        or root_noun_speaker(verb)
        or _agent_of(verb)
        or subject_of_adjective(verb)
        or appositive_speaker(verb)
        or stranded_subject(verb)
        or (stranded_subject(verb.head) if verb.dep_ == "conj" else None)
    )


def _second_list(subject: Token | None) -> Token | None:
    """'... killed 40 people, most of them women and children, the army and a medical group
    said': the parser joins the aside's list and the speakers' into one subject; a list closed
    by 'and' ends at the next comma, and the speakers are the list after it ('the army, police
    and a medical group said' is one list). A subject that counts people is the content's
    victims, and the speakers are the names listed after them."""
    if subject is None:
        return None
    if any(c.dep_ == "nummod" for c in subject.children):
        # 'killed at least 34 people, including nine children, a local group and residents
        # said': a count is never the speaker; the first name listed after a comma in what it
        # includes that counts no one is
        counted = (
            t
            for t in subject.subtree
            if t.dep_ == "conj"
            and t.pos_ in {"NOUN", "PROPN"}
            and subject.doc[t.left_edge.i - 1].text == ","
            and not any(c.dep_ == "nummod" for c in t.children)
            and any(a.dep_ == "prep" and a.lower_ == "including" for a in t.ancestors)
        )
        return next(counted, subject)
    closed = False
    for conj in (c for c in subject.children if c.dep_ == "conj" and c.i > subject.i):
        before = subject.doc[conj.left_edge.i - 1]
        if closed and before.text == ",":
            return conj
        closed = closed or before.dep_ == "cc"
    return subject


def subject_taken_for_modifier(verb: Token) -> Token | None:
    """'...; junta denies targeting civilians': a headline's verb the parse read as a noun
    that the word before it modifies, with no subject of its own. That word, right before the
    verb, is its subject (not the subject of the clause before the semicolon)."""
    if verb.tag_ not in {"VBZ", "VBD", "VBP"} or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    word = verb.doc[verb.i - 1]
    if word.head.i != verb.i or word.dep_ not in {"amod", "compound", "nmod"}:
        return None
    if word.pos_ not in {"NOUN", "PROPN", "ADJ"} or not word.is_alpha:
        return None
    return word


def name_taken_for_verb(verb: Token) -> Token | None:
    """'Foreign Minister Andrii Sybiha called on ...': the parse read a word of the name as the
    sentence's verb (the title its subject, the surname its object) and hung the reporting verb
    on it with no subject. A person's name the named-entity tagger found, ending right before
    the verb, is its subject: the name's last word."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or verb.dep_ != "dep":
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    word = verb.doc[verb.i - 1]
    if word.ent_type_ != "PERSON" or word.ent_iob_ == "O":
        return None
    name = next((e for e in verb.doc.ents if e.start <= word.i < e.end), None)
    if name is None or name.end != verb.i or not name.start <= verb.head.i < name.end:
        return None
    return word


def name_taken_for_adverb(verb: Token) -> Token | None:
    """'Azertac, citing the defence ministry, reported ...': the parse read the unfamiliar name
    that opens the sentence as an adverb of the verb, and left the verb with no subject. A name
    the named-entity tagger found, opening the sentence and set off by a comma before the verb,
    is its subject, and the subject of the participle set off before the verb ('citing').
    """
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i:
        verb = verb.head
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children
    ):
        return None
    word = next(
        (c for c in verb.children if c.dep_ in {"advmod", "npadvmod"} and c.i < verb.i), None
    )
    if word is None or word.i != verb.sent.start or word.ent_type_ not in NAMED_SPEAKERS:
        return None
    name = next((e for e in verb.doc.ents if e.start <= word.i < e.end), None)
    if name is None or name.end >= verb.i or verb.doc[name.end].text != ",":
        return None
    return name.root


def subject_taken_for_compound(verb: Token) -> Token | None:
    """'a charge the Taliban deny': the parse read the speaker of the relative clause as a
    compound modifier of the verb (as if 'the Taliban deny' were a noun phrase) and left the
    verb with no subject. A name right before the verb is its subject."""
    if verb.dep_ != "relcl" or verb.i == 0 or verb.tag_ not in {"VB", "VBP", "VBZ", "VBD"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    word = verb.doc[verb.i - 1]
    if word.dep_ != "compound" or word.head.i != verb.i or word.pos_ not in {"PROPN", "NOUN"}:
        return None
    return word


# Nouns that name what a clause set beside a statement answers: 'a charge Kigali denies'.
_ANSWERED = frozenset(
    {"charge", "claim", "allegation", "accusation", "assertion", "account", "report"}
)


# How the parse hangs ', a charge Kigali denies' on the statement before it: an apposition,
# an adverbial clause, or the statement verb's object ('accused Rwanda of ..., a charge ...').
_APPOSED = frozenset({"appos", "advcl", "dobj", "conj"})


def apposed_charge(verb: Token) -> tuple[Token, Token] | None:
    """', a charge Kigali denies': the parse read the noun and the speaker's name as the verb's
    modifiers and the whole as an apposition, an adverbial clause, an object or a second verb of
    the statement before the comma; or it made the noun the verb's subject and the name a
    modifier. The noun is what is answered; the name right before the verb is its subject:
    (noun, name), or None."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i < 3:
        return None
    name = doc[verb.i - 1]
    if name.dep_ != "compound" or name.head.i != verb.i or name.pos_ != "PROPN":
        return None
    if verb.dep_ in _APPOSED:
        first = verb.left_edge.i
        # the noun hangs on the verb, or on the name ('a charge Kigali rejects' read as one name)
        noun = next(
            (
                t
                for t in doc[first : name.i]
                if t.lemma_.lower() in _ANSWERED and t.head.i in {verb.i, name.i}
            ),
            None,
        )
    else:
        # 'a charge' the subject of 'Kyiv denies'
        noun = next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj" and c.i == name.i - 1 and c.lemma_.lower() in _ANSWERED
            ),
            None,
        )
        first = noun.left_edge.i if noun is not None else 0
    if noun is None or not 0 < first < verb.i - 1 or doc[first - 1].text != ",":
        return None
    return (noun, name) if doc[first].pos_ == "DET" else None


def name_taken_for_infinitive_subject(verb: Token) -> Token | None:
    """'The Group to Support the Faithful (GSF), an armed faction, claimed ...': the parse read
    the words of the name after 'to' as an infinitive whose subject is the name's head, and
    left the verb with no subject. The noun that opens the sentence is the verb's subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children
    ):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.tag_ != "VB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if (
            subject is not None
            and subject.pos_ in {"PROPN", "NOUN"}
            and subject.left_edge.i == verb.sent.start
        ):
            return subject
    return None


# Subjects that stand for no one: 'it seems to be a trap', 'there appear to be ...'.
_IMPERSONAL = {"it", "this", "there", "what", "which", "everything", "nothing"}


def _seeming_to(verb: Token, lex: Lexicon) -> Token | None:
    """'X seemed to blame the network', 'she appeared to imply that ...': the subject is who
    blames or implies, in the writer's reading, when what seems so is a statement; 'the town
    seemed calm' and 'X seemed to enjoy the fight' have no one behind them."""
    if not any(
        c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and (cue := lex.verbs.get(c.lemma_.lower())) is not None
        and cue.stance is not Stance.OTHER
        for c in verb.children
    ):
        return None
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or subject.lower_ in _IMPERSONAL:
        return None
    return subject


# Verbs whose passive subject is the speaker: 'officials were quoted as saying ...'.
_QUOTED = {"quote", "cite"}


def _quoted_as_saying(verb: Token) -> Token | None:
    """'Officials were quoted as saying ...', 'the general was cited as saying ...': who is
    quoted speaks (the quoting medium, the agent, is only the relay)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ in _QUOTED:
        # '(X was quoted by the agency as) saying ...': X says it.
        return next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() not in _QUOTED or any(c.dep_ == "agent" for c in verb.children):
        # 'quoted by the agency as saying': the agency quotes, and relays what X says.
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def subject_of_adjective(verb: Token) -> Token | None:
    """'Older voters were more likely to say ...', 'the mayor was quick to deny ...': the
    subject of the copula whose adjective takes the cue; not 'it' ('it is hard to say')."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.lower_ == "it" else subject


def _agent_of(verb: Token) -> Token | None:
    """'The plan was criticised by aid groups', 'it was announced by the ministry that ...': a
    passive cue's speaker is its agent."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    return next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )


def _asked(verb: Token) -> bool:
    """'Asked whether ..., she said', '..., he said when asked about ...': whoever asked is
    not said, whatever the parse made of the participle."""
    if verb.lemma_.lower() not in _ASKING or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.dep_ == "conj" or any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is None or verb.is_sent_start or before.lower_ in _BEFORE_ASKED


def marked_for(verb: Token) -> Token | None:
    """'called for X to ...': 'for' marks a clause of the verb instead of being its particle;
    also past a day ('called on Wednesday for X to ...')."""
    doc = verb.doc
    at = verb.i + 1
    day = next((c for c in verb.children if c.i == at and c.dep_ == "prep" and a_day(c)), None)
    if day is not None:
        at = day.right_edge.i + 1
    if at >= len(doc):
        return None
    word = doc[at]
    clause = word.head
    if word.dep_ == "mark" and clause.dep_ == "advcl" and clause.head.i == verb.i:
        return word
    return None


def relay_of(verb: Token, source: Token | None) -> tuple[Span | None, Span | None]:
    """'X, quoted by agency Y, said' / 'said in an interview with Y' -> Y; 'told Y' -> addressee."""
    via: Span | None = None
    candidates = list(verb.children) + (list(source.children) if source is not None else [])
    for c in candidates:
        if c.lemma_.lower() in _RELAY_VERBS and c.dep_ in {"acl", "advcl"}:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                tokens = [t for t in c.subtree if t.i > agent.i]
                via = span_of(trim(tokens)) if tokens else None
        elif c.dep_ == "prep" and c.lower_ == "in":
            for noun in c.children:
                if noun.lemma_.lower() in {"interview", "statement"}:
                    for w in noun.children:
                        if w.dep_ == "prep" and w.lower_ in {"with", "to"}:
                            tokens = [t for t in w.subtree if t.i != w.i]
                            via = span_of(trim(tokens)) if tokens else via
                        elif w.dep_ == "acl" and w.lemma_.lower() in _CARRYING:
                            # 'in a statement carried by the state news agency': who ran it
                            agent = next((a for a in w.children if a.dep_ == "agent"), None)
                            tokens = [t for t in agent.subtree if t.i != agent.i] if agent else []
                            via = span_of(trim(tokens)) if tokens else via
    addressee = None
    if verb.lemma_.lower() == "tell":
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None:
            addressee = span_of(list(obj.subtree))
    return via, addressee
