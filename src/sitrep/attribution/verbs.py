"""Reporting verbs: "X said (that) ...", "..., X said.", "X accused Y of ...", "X vowed to ...".

A verb from the lexicon is a cue when it has a content: a clause, an infinitive, an object that
is what was said ("denied the report"), a quotation beside it, a topic ("spoke about ..."), or
the clause it comments on ("as X noted, ..."). Its source is its subject, or the subject it
shares with the verb it hangs on; ``via`` and ``addressee`` are who relayed it and who heard it.
What the verb reports is found in :mod:`sitrep.attribution.contents`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import (
    DOCUMENTS,
    SUBJECTS,
    Attribution,
    asides_of,
    roots_of,
    span_of,
    trim,
    trimmed_subtree,
)
from sitrep.attribution.clauses import closing_speaker, continuation, speech_only
from sitrep.attribution.contents import PERCEIVED, a_day, adjacent_quotation, content_of
from sitrep.attribution.lexicon import Cue, Lexicon
from sitrep.attribution.non_statements import (
    asks_anonymity,
    awaited,
    backs_a_party,
    connective,
    describes_a_noun,
    frees_someone,
    imperative,
    no_speaker,
    puts_in_force,
    shows_up,
)
from sitrep.attribution.quotes import Quote
from sitrep.attribution.stance import refined_stance
from sitrep.attribution.verb_sources import (
    apposed_charge,
    marked_for,
    quoted_word,
    relay_of,
    source_of,
    speaker_after,
    subject_of_adjective,
)
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "a senior diplomat who asked not to be named": asking for anonymity is no statement.
# Perception verbs that, as an infinitive, report no one's statement.
_WATCHING = {"see", "watch"}
_REFLEXIVE = {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"}
# Verbs whose object is what they answer: a cue only when that is something said.
_ANSWERING = {"respond", "reply"}
_REQUESTS = {"request", "question", "query", "inquiry", "email", "message", "letter", "call"}


# Verbs of a crowd moving or gathering, whose purpose infinitive is no statement.
_GATHERING = frozenset(
    {"march", "gather", "rally", "assemble", "converge", "flock", "walk", "parade", "mass"}
)


_FINITE_VERBS = {"VBD", "VBZ", "VBP"}


def _second_clause_of_content(verb: Token, lex: Lexicon) -> bool:
    """'Peskov said that Russia remained open to talks but that Kyiv had shown no interest':
    a second 'that' clause joined to what a cue says is more of it, not Kyiv's statement."""
    if verb.dep_ != "conj" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return False
    first = verb.head
    return first.dep_ == "ccomp" and _is_cue_word(first.head, lex)


def from_verb(verb: Token, lex: Lexicon, quotes: Sequence[Quote]) -> Attribution | None:
    if not verb.tag_.startswith("VB") or verb.dep_ in {"amod", "compound"}:
        return None
    if connective(verb) or apposed_charge(verb) is not None:
        # ', a charge Kyiv denies' parsed as a second verb of the statement before it, or with
        # 'a charge' its subject: the name's denial (sitrep.attribution.mistagged)
        return None
    infinitive = verb.head if verb.dep_ == "conj" and verb.tag_ == "VB" else verb
    if (
        infinitive.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        and (
            infinitive.head.pos_ not in {"VERB", "AUX", "ADJ"}
            or (_is_cue_word(infinitive.head, lex) and not shows_up(infinitive.head, lex))
            or (infinitive.head.pos_ == "ADJ" and subject_of_adjective(infinitive) is None)
        )
    ):
        # 'wants to say', 'agreed to discuss', 'refused to confirm or deny': the infinitive is
        # the content of another cue; 'no basis to request' and 'it is hard to say' are no
        # statement; 'went on television to denounce ...' and 'voters were more likely to
        # say ...' are.
        return None
    if (
        infinitive.tag_ == "VB"
        and infinitive.dep_ in {"advcl", "xcomp"}
        and infinitive.head.lemma_.lower() in _GATHERING
    ):
        # 'thousands marched through the capital to oppose a bill': why a crowd moved (the
        # protest is an event), no statement by anyone
        return None
    if _posts_anothers_statement(verb, lex) or _second_clause_of_content(verb, lex):
        return None
    if describes_a_noun(verb) or awaited(verb):
        return None
    if imperative(verb):
        # 'Call it viral fundraising.', 'Ask any voter.': the writer's own aside to the reader.
        return None
    if verb.lemma_.lower() in _WATCHING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        # 'waited to see if ...', 'tuned in to see X', 'it is hard to see how ...': looking on,
        # or the writer's own doubt; nobody states anything.
        return None
    particle = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"prt", "prep"} and _next_to(verb, c) and not a_day(c)
        ),
        None,
    ) or marked_for(verb)
    entry = _lookup(verb, lex, particle.lower_ if particle is not None else None)
    if entry is None:
        return None
    if entry.particle is None:
        particle = None
    content = (
        content_of(verb, entry, particle)
        or _clause_cut_off(verb)
        or _clause_broken_up(verb)
        or _by_saying(verb, lex)
        or _whom_quoting(verb, entry)
    )
    trailing = (
        (_trailing_speaker(verb) or closing_speaker(verb))
        if not content
        else _speaker_set_off(verb)
    )
    named = _speaker_in_apposition(verb, content) if trailing is None else None
    if trailing is not None:
        content = trailing[0]
    elif named is not None:
        content = named[0]
    if entry.particle == "to" and entry.lemma in _ANSWERING and not _answers_speech(content, lex):
        # 'responded to the accusation', not 'responded to the shelling with artillery'.
        return None
    if (
        not content
        and entry.stance in {Stance.ASSERT, Stance.REQUEST}
        and not any(c.tag_ == "MD" for c in verb.children)
    ):
        # Not 'X would respond “on the battlefield”': what someone will do, not what was said.
        content = adjacent_quotation(verb, quotes)
    elif entry.lemma in _QUOTING and entry.particle is None and _is_topic(content, verb):
        # '“...,” X said of Y', '“...,” X wrote on Twitter': the quotation is what was said; the
        # preposition names what it was about or where it was said.
        quotation = adjacent_quotation(verb, quotes)
        if quotation and quotation[-1].i < verb.i:
            content = quotation
    if entry.lemma in _QUOTING and entry.particle is None and _after_not_said(content, verb):
        quotation = adjacent_quotation(verb, quotes)
        if quotation and quotation[-1].i < verb.i and _ends_inside(quotation):
            content = quotation
    if (
        not content
        or asks_anonymity(content)
        or backs_a_party(entry.lemma, content)
        or frees_someone(entry.lemma, content)
        or puts_in_force(verb)
    ):
        return None
    content = content + continuation(verb, content, lex)
    # 'declined to comment', 'refused to confirm or deny': an attribution (someone was asked and
    # answered so) but no statement; the claims stage makes no claim of it.
    refusal = entry.stance is Stance.REJECT and speech_only(content)
    impression = verb.lemma_.lower() in PERCEIVED and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in verb.children
    )
    cue_tokens = [verb] + ([particle] if particle is not None else [])
    cue_tokens += [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if verb.lemma_.lower() == "tell":
        said = {t.i for t in content}
        cue_tokens += [
            c
            for c in verb.children
            if c.dep_ in {"dobj", "dative"} and c.i > verb.i and c.i not in said
        ]
    source_token = (
        trailing[1] if trailing is not None else named[1] if named else source_of(verb, lex)
    )
    if source_token is not None and quoted_word(source_token, quotes, verb):
        # '“On a blackboard, the tax is great,” said X': a word of the quotation is no speaker;
        # the name after the verb is, if there is one.
        source_token = speaker_after(verb, quotes)
    if source_token is not None and no_speaker(verb, source_token):
        return None
    source = trimmed_subtree(source_token) if source_token is not None else None
    if source and source_token is not None and source_token.i == verb.head.i:
        # A speaker the verb hangs on ('the Court overruled and said', 'a cover saying'): its
        # name ends before the first verb after it.
        stop = min(
            (t.i for t in source if t.i > source_token.i and t.tag_ in _FINITE_VERBS),
            default=verb.i,
        )
        stop = min(stop, verb.i)
        source = trim([t for t in source if t.i < stop])
    negated = (
        any(c.dep_ == "neg" for c in verb.children)
        or (
            # 'the two sides failed to agree on terms': nothing was agreed
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"
        )
        or _none_of_it(verb)
    )
    content_ids = {t.i for t in content}
    source_ids = {t.i for t in source} if source else set()
    frame = tuple(
        t.i for t in verb.subtree if t.i not in content_ids and t.i not in source_ids
    ) + tuple(asides_of(source_token))
    via, addressee = relay_of(verb, source_token)
    return Attribution(
        cue=span_of(sorted(cue_tokens, key=lambda t: t.i)),
        cue_head=verb.i,
        lemma=verb.lemma_.lower() + (f" {particle.lower_}" if particle is not None else ""),
        stance=Stance.OTHER if negated or refusal else refined_stance(entry.stance, content),
        content=span_of(content),
        source=span_of(source) if source else None,
        source_head=source_token.i if source_token is not None else None,
        via=via,
        addressee=addressee,
        negated=negated,
        refusal=refusal,
        impression=impression,
        frame=frame,
    )


# What denies a whole passive subject: 'neither account', 'no claim', 'none of the figures'.
_NONE = {"neither", "no", "none", "nothing"}


def _none_of_it(verb: Token) -> bool:
    """'Neither side's account could be verified', 'No such request was made': the passive
    verb's subject says it was done to nothing, as 'not' would."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if subject.lower_ in _NONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in _NONE for c in subject.children) or any(
        c.dep_ == "poss" and any(d.dep_ == "det" and d.lower_ in _NONE for d in c.children)
        for c in subject.children
    )


def _by_saying(verb: Token, lex: Lexicon) -> list[Token]:
    """'The aide responded by explaining it was impossible ...: “...”', 'continued by saying
    ...': how the statement was made is what was said, not the quotation next to it."""
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None:
        return []
    saying = next(
        (
            c
            for c in by.children
            if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in lex
        ),
        None,
    )
    return trim(list(saying.subtree)) if saying is not None else []


def _clause_broken_up(verb: Token) -> list[Token]:
    """'The candidate said families of victims file lawsuits', 'X said the way they treated
    women would be disqualifying': the parse hung the clause's subject on the reporting verb
    and the clause's verb elsewhere; what follows the verb to the end of its sentence is what
    was said, when the verb has its own subject before it."""
    if not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children):
        return []
    stray = next(
        (c for c in verb.children if c.i > verb.i and c.dep_ in {"nsubj", "npadvmod"}), None
    )
    if (
        stray is None
        or stray.pos_ not in {"NOUN", "PROPN", "PRON"}
        or stray.i != verb.i + 1 + (verb.doc[verb.i + 1].dep_ == "det")
    ):
        return []
    if stray.ent_type_ in {"DATE", "TIME"}:
        # 'said Sunday': the day it was said.
        return []
    end = verb.sent.end
    tokens = list(verb.doc[stray.left_edge.i : end])
    if not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return []
    return trim(tokens)


def _clause_cut_off(verb: Token) -> list[Token]:
    """'... in the U.S. He says | Americans need ...': the parse ended the sentence right after
    the reporting verb, with no mark to end it; the sentence after it is what was said."""
    sentence = verb.sent
    if verb.i != sentence.end - 1 or sentence.end >= len(verb.doc):
        return []
    after = verb.doc[sentence.end]
    if not (after.is_alpha or after.is_quote) or "\n" in verb.whitespace_:
        return []
    return trim(list(after.sent))


def _posts_anothers_statement(verb: Token, lex: Lexicon) -> bool:
    """'X denied in a video posted on Sunday that ...': the participle only says how the
    statement was made; the clause the parse hung on it is what the reporting verb says."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or document.lemma_.lower() not in DOCUMENTS:
        return False
    if document.dep_ == "dobj":
        holder = document.head
    elif document.dep_ == "pobj" and document.head.dep_ == "prep":
        holder = document.head.head
    else:
        return False
    return holder.i != verb.i and _is_cue_word(holder, lex)


# Words of a speaker's phrase: 'police and local residents', 'the regional governor'.
_PHRASE_TAGS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART", "NUM"}


def _trailing_speaker(verb: Token) -> tuple[list[Token], Token] | None:
    """'X killed 37 people in a raid on a village in Borno state, police and local residents
    said on Sunday.': the parse hung the speakers on the last noun before the comma and the
    verb on the reported clause, leaving the verb with no subject and no content. The verb
    closes its sentence (a time or place at most after it), the words between the last comma
    and it name the speakers, and what comes before the comma is what they said."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "conj":
        if verb.head.i > verb.i or subjects:
            return None
    elif verb.dep_ != "ROOT" or not subjects:
        return None
    if any(c.dep_ in {"nsubjpass", "ccomp", "dobj"} for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    if sum(1 for t in doc[verb.i + 1 : sent.end] if not t.is_punct) > 4:
        return None
    k = verb.i - 1
    while k > sent.start and doc[k].text != ",":
        if doc[k].pos_ not in _PHRASE_TAGS:
            return None
        k -= 1
    nouns = [t for t in doc[k + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN"}]
    if doc[k].text != "," or not nouns:
        return None
    content = trim(list(doc[sent.start : k]))
    if verb.dep_ == "conj":
        return (content, nouns[0]) if content and verb.head.i < k else None
    # 'A strike killed 34 people, including nine children, a rights group and residents
    # said': the parse took a word of the reported clause for the verb's subject and the
    # speakers for the last items of a list in it. The speakers' phrase opens after the
    # comma (not 'and residents'), and what comes before it is a clause with a verb.
    phrase = range(k + 1, verb.i)
    heads = [t for t in nouns if t.head.i not in phrase]
    if (
        len(heads) != 1
        or doc[k + 1].pos_ == "CCONJ"
        or any(s.i > k for s in subjects)
        or not any(t.pos_ == "VERB" for t in content)
    ):
        return None
    return content, heads[0]


def _speaker_set_off(verb: Token) -> tuple[list[Token], Token] | None:
    """'Any reading of the minister's actions, said Anna Berg, an expert on the region, would
    see a retreat': the parse took the words before the comma for the verb's subject and the
    speaker set off between commas after it for the subject of the reported clause. The speaker
    is the name after the verb; what was said is the rest of both."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None or subject.right_edge.i != verb.i - 2:
        return None
    speaker = next(
        (
            c
            for c in clause.children
            if c.dep_ in SUBJECTS
            and c.left_edge.i == verb.i + 1
            and c.pos_ in {"NOUN", "PROPN"}
            and c.i < clause.i
        ),
        None,
    )
    if speaker is None:
        return None
    end = speaker.right_edge.i
    if not (doc[end].text == "," or (end + 1 < clause.i and doc[end + 1].text == ",")):
        return None
    named = {t.i for t in speaker.subtree}
    content = trim([*subject.subtree, *(t for t in clause.subtree if t.i not in named)])
    return (content, speaker) if content else None


def _speaker_in_apposition(
    verb: Token, content: Sequence[Token]
) -> tuple[list[Token], Token] | None:
    """'Shelling killed five people in Kassala, a rights group, the Kassala Monitors, said':
    the parse hung the speaker, described and then named between commas, on the reported
    clause (as an apposition of its last noun, or its object), leaving the verb with no
    subject. The name set off by the comma before the verb, with the description set off
    before it, is the speaker; the clause before them is what was said."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    named = _set_off_before(doc, verb.i - 1)
    if named is None:
        return None
    last, start = named
    speaker = last
    described = _set_off_before(doc, start - 1)
    if described is not None and described[0].dep_ == "appos" and described[0].pos_ == "NOUN":
        if last.head.i == described[0].i:
            speaker = described[0]  # the description, the name its apposition
        start = described[1]
    elif last.dep_ != "appos" or not content:
        return None
    # no content where the parse hung the verb on the clause it reports ('dep'): the sentence
    # up to the speaker
    said = trim([t for t in content or doc[verb.sent.start : verb.i] if t.i < start - 1])
    if not said or not any(t.pos_ in {"VERB", "AUX"} for t in said):
        return None
    return said, speaker


def _set_off_before(doc: Doc, comma: int) -> tuple[Token, int] | None:
    """The noun phrase between the comma before token ``comma`` (a comma) and it: its head
    and first token."""
    if doc[comma].text != ",":
        return None
    k = comma - 1
    while k > 0 and doc[k].text != ",":
        if doc[k].pos_ not in _PHRASE_TAGS and doc[k].ent_iob_ != "I":
            return None  # a word of a name may be any ("Relief Now")
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return None
    phrase = range(k + 1, comma)
    heads = [doc[i] for i in phrase if doc[i].head.i not in phrase]
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    return heads[0], k + 1


def _whom_quoting(verb: Token, entry: Cue) -> list[Token]:
    """'The agency, quoting the health ministry, said ...', 'Quoting a military source, the
    agency said ...': whom the participle quotes is the source it gives, as with 'citing'
    (the claims stage makes them the speaker of the statement and the quoting agency its
    relay). Not 'quoting him as saying ...', whose words follow."""
    if (
        entry.lemma != "quote"
        or verb.tag_ != "VBG"
        or verb.dep_ not in {"acl", "advcl"}
        or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    ):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return trim(list(obj.subtree)) if obj is not None else []


# Verbs that report the very words: '“...,” X said of Y' quotes X.
_QUOTING = {"say", "write", "tweet", "post", "add", "state", "joke", "exclaim", "quip", "declare"}


def _is_topic(content: Sequence[Token], verb: Token) -> bool:
    """Whether the content is the object of a preposition of the verb ('said of X')."""
    if not content or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    ids = {t.i for t in content}
    root = next((t for t in content if t.head.i not in ids), None)
    return (
        root is not None
        and root.dep_ in {"pobj", "pcomp"}
        and root.head.dep_ == "prep"
        and root.head.head.i == verb.i
    )


def _after_not_said(content: Sequence[Token], verb: Token) -> bool:
    """Whether a content found after the verb is no clause the verb governs: '“...,” X said in
    a statement issued on Monday', '“...,” X said of the firm, whose ...', '“...,” he said,
    adding ...': what follows frames the statement or says something else."""
    if not content or content[0].i < verb.i:
        return False
    if any(t.dep_ in {"ccomp", "xcomp"} and t.head.i == verb.i for t in content):
        return False
    return not (content[0].is_quote or content[0].text in {"“", '"', "''", "‘"})


def _ends_inside(quotation: Sequence[Token]) -> bool:
    """A quotation that runs into its attribution ('“...,” she said'), not a finished sentence
    ('... a job.” She said on Monday that ...')."""
    words = [t for t in quotation if not t.is_quote and not t.is_space]
    return bool(words) and words[-1].text in {",", "?", "!", "…", "—", "-", "..."}


def _next_to(verb: Token, particle: Token) -> bool:
    """'called for', and with only a day, an adverb or a reflexive pronoun between: 'called on
    Wednesday for', 'distanced himself from', 'called loudly for'."""
    if particle.i <= verb.i or particle.i > verb.i + 4:
        return False
    return all(
        t.ent_type_ in {"DATE", "TIME"} or t.dep_ == "advmod" or t.lower_ in _REFLEXIVE
        for t in verb.doc[verb.i + 1 : particle.i]
    )


def _answers_speech(content: Sequence[Token], lex: Lexicon) -> bool:
    return any(
        t.lemma_.lower() in lex.nouns or t.lemma_.lower() in _REQUESTS for t in roots_of(content)
    )


def _lookup(verb: Token, lex: Lexicon, particle: str | None) -> Cue | None:
    entry = lex.lookup(verb.lemma_.lower(), particle)
    if entry is None and verb.lower_.endswith(("s", "d", "ing")):
        # The lemmatizer's slips ('hopes' -> 'hop'): try the inflection stripped.
        word = verb.lower_
        for stem in (word[:-1], word[:-2], word[:-3], word[:-3] + "e"):
            entry = lex.lookup(stem, particle)
            if entry is not None:
                break
    return entry


def _is_cue_word(token: Token, lex: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lex or lemma in lex.nouns or lemma in lex.adjectives
