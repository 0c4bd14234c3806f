"""What a reporting verb reports: its clause, infinitive, object, quotation, topic or the clause
it comments on.

In order: a clause ("said (that) ..."), a question ("asked whether ..."), an infinitive ("vowed
to ..."), a gerund ("denied targeting ..."), an object and what it is called ("called X a
liar"), an object that is itself said ("told the story of ..."), the clause a parenthetical
verb interrupts ("..., X said, ..."), a noun the clause describes ("a claim X rejected"), what
follows a colon, the clause an "as" comments on, a pro-form ("said so"), a role ("is seen as
..."), a topic ("spoke about ..."), the impression of a perception verb ("the town seemed
calm"), or a clause the parse hung elsewhere. A quotation beside the verb is the content where
the parse linked none (:func:`adjacent_quotation`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import (
    DOCUMENTS,
    SUBJECTS,
    after_punctuation,
    speaks_of_noun_before,
    trim,
)
from sitrep.attribution.clauses import (
    appositive_speaker,
    clause_before,
    misattached_conjunct,
    speaker_in_clause_before,
    spliced,
)
from sitrep.attribution.lexicon import Cue, lexicon
from sitrep.attribution.quotes import Quote
from sitrep.attribution.stance import STATEMENT_WORDS
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Objects that stand for the statement itself: 'said so', 'said yes'.
_PROFORMS = {
    "so",
    "that",
    "this",
    "it",
    "yes",
    "no",
    "otherwise",
    "nothing",
    "much",
    "little",
    "same",
    "opposite",
    "when",
    "why",
    "how",
    "where",
    "whether",
}
# Stances that are also positions held (supporting, opposing, believing), not only statements.
_POSITIONS = {Stance.AGREE, Stance.REJECT, Stance.OTHER, Stance.ASSERT}
# Verbs whose subject is what is perceived, not who perceives it.
PERCEIVED = {"seem", "appear", "sound"}
# A participle modifying a noun or after a preposition.
_MODIFIERS = {"acl", "pcomp"}
# Assertive verbs whose infinitive is what is said: 'claimed to have won', 'told X to leave'.
_SAY_TO = {"claim", "tell", "say", "write", "pretend", "profess", "report", "add"}
# At most this many characters (punctuation, space) between a cue and its unlinked quotation.
_NEAR = 6
# Prepositions that open what a statement is about.
_TOPICS = {"about", "of", "on", "against", "over"}
# Objects that are themselves something said: 'told a story', 'repeated the lie'.
_TELLINGS = {"story", "tale", "joke", "lie", "truth", "anecdote", "parable", "version", "account"}
# Verbs that name or describe something: their object and what they call it are the content.
_NAMING = {
    "call",
    "dub",
    "label",
    "brand",
    "term",
    "describe",
    "deem",
    "declare",
    "pronounce",
    "consider",
    "bill",
}
# How far past the verb a that-clause the parse hung elsewhere may start (tokens).
_FAR = 14
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# Cues only where they go on with a quotation ('“...,” he continued'): 'as fighting
# continued' comments on nothing.
_GOING_ON = {"continue"}
# What opens a reported clause: 'said that ...', 'asked whether ...'.
COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


# Passive subjects that stand for no content ('it was announced'): the clause after is it.
_EXPLETIVES = {"it", "there"}


def _clause_before_a_time_clause(verb: Token, own: set[int]) -> list[Token]:
    """'Jets struck the port, hitting depots, the military said, a day after the group fired a
    missile': the parse hung the verb on the time clause after it; what was said is the clause
    before the speaker (a finite one), not the clause that dates it."""
    if not any(
        c.dep_ == "mark" and c.lower_ in _DATING_MARKS and c.i > verb.i for c in verb.head.children
    ):
        return []
    start = verb.sent.start
    before = [t for t in verb.doc[start : min(own)] if t.i not in own]
    if not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in before):
        return []
    return before


def _grounds_of_a_joined_accused(verb: Token, obj: Token) -> Token | None:
    """'accused the army and allied militias of attacking its positions': the parse may take
    the participle after 'and' for a second verb and hang the charge on it; the charge is
    the accusation's all the same (the 'of' of a past participle right after 'and', with no
    subject)."""
    after = obj.right_edge.i + 1
    if after + 1 >= len(verb.doc) or verb.doc[after].dep_ != "cc":
        return None
    joined = verb.doc[after + 1]
    if joined.dep_ != "conj" or joined.head.i != verb.i or joined.tag_ not in {"VBN", "VBD", "JJ"}:
        # 'singling out migrants and calling for a ban': a second act, not a participle
        return None
    if any(c.dep_ in SUBJECTS for c in joined.children):
        return None
    return next(
        (c for c in joined.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None
    )


def _opener_only(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are only a sentence's opening adverbs, times and their commas:
    'Meanwhile,', 'On Monday,', 'Late on Sunday,'."""
    return bool(tokens) and all(t.dep_ in {"advmod", "punct"} or _of_time(t) for t in tokens)


def _of_time(token: Token) -> bool:
    """Whether ``token`` is part of a phrase of time: 'on Monday', 'Monday', 'early on Sunday'."""
    return token.ent_type_ in {"DATE", "TIME"} or (token.dep_ == "prep" and a_day(token))


def content_of(verb: Token, entry: Cue, particle: Token | None) -> list[Token]:
    children = list(verb.children)
    if particle is not None and particle.dep_ == "mark":
        # 'called for the army to withdraw' parsed as a clause marked by 'for'.
        return trim([t for t in particle.head.subtree if t.i != particle.i])
    if particle is not None and particle.dep_ == "prep":
        obj = next((c for c in particle.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None:
            then = next(
                (
                    c
                    for c in children
                    # 'called on X to ...': the parse may hang the infinitive on the verb as
                    # an adverbial clause of purpose, the same request
                    if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and particle.lower_ == "on"))
                    and c.i > obj.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if then is not None:
                # 'called on the army to withdraw': whom it asks, and what it asks of them.
                return trim(list(verb.doc[obj.left_edge.i : then.right_edge.i + 1]))
            return trim(list(obj.subtree))
    clauses = [c for c in children if c.dep_ == "ccomp" and not _relative_on_topic(verb, c)]
    # '..., X noted that ...': the parse may take the clause before for a second complement;
    # the one after the verb is what was said.
    clause = next(
        (
            c
            for c in clauses
            if c.i > verb.i
            and _clause_after(verb, c)
            and not _said_by_another_cue(verb, c)
            and not _time_clause(c)
            and not _aside_after_speaker(verb, c, clauses)
        ),
        None,
    )
    # 'Rights groups accused both sides; the government denies X': the parse may hang the
    # clause before a semicolon on the verb after it; a semicolon parts two sentences.
    clauses = [
        c
        for c in clauses
        if c.i > verb.i or not any(t.text == ";" for t in verb.doc[c.right_edge.i + 1 : verb.i])
    ]
    if clause is None and clauses and not _object_after(verb, entry):
        clause = clauses[0]
    clause = clause or next(
        # 'asked voters if they would ...', 'wondered whether ...'
        (c for c in children if c.dep_ == "advcl" and c.i > verb.i and _opens_question(c)),
        None,
    )
    clause = clause or _clause_on_addressee(verb)
    if clause is not None:
        # 'said its forces were responding ... and accused ...': the accusation is not content.
        lex = lexicon()
        # So is 'but made no mention of the depot': a word about the speaking itself.
        apart = {
            t.i
            for c in clause.children
            if misattached_conjunct(c) and (c.lemma_.lower() in lex or _remark_made(c))
            for t in c.subtree
        }
        # 'said shelling hit the town and that five people were killed': the parse coordinates
        # the second that-clause with the reporting verb; it is said all the same.
        more = [
            t
            for c in children
            if c.dep_ == "conj"
            and c.i > clause.i
            and any(m.dep_ == "mark" and m.lower_ in COMPLEMENT_MARKS for m in c.children)
            for t in c.subtree
        ]
        obj = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
        if obj is not None and not any(
            c.dep_ in {*SUBJECTS, "nsubjpass", "mark"} for c in clause.children
        ):
            # 'reported 20 dead and 35 wounded': the parse took the last word for a clause.
            return trim(list(verb.doc[obj.left_edge.i : clause.right_edge.i + 1]))
        before = [c for c in clauses if c.i < verb.i]
        if (first := _first_conjunct_said(verb, clause)) is not None:
            # 'Two civilians were killed and 40 others wounded when ..., the ministry said':
            # the parse took the reporting verb for a third conjunct of the first clause and
            # hung the second on it; both conjuncts are said.
            return trim(list(verb.doc[first.left_edge.i : clause.right_edge.i + 1]))
        if clause.i < verb.i and len(before) > 1:
            # 'A, and for all that B, she said': the parse split what was said in two clauses
            # of the verb; both are said.
            more += [t for c in before if c.i != clause.i for t in c.subtree]
        return trim([t for t in clause.subtree if t.i not in apart] + more)
    infinitive = next((c for c in children if c.dep_ == "xcomp"), None)
    obj = next((c for c in children if c.dep_ in {"dobj", "dative"}), None)
    if (
        obj is not None
        and obj.dep_ == "dobj"
        and obj.lemma_.lower() in _TELLINGS
        and entry.stance is Stance.ASSERT
    ):
        # 'told a joke', 'told the story of ...': what was told.
        return trim(list(obj.subtree))
    if obj is None and entry.object_is_content and disputes_a_statement_noun(verb, entry.stance):
        # 'a claim denied by Kyiv', 'an assertion that Kyiv rejected' (the parse took the
        # relative 'that' for a clause's mark): the statement the noun names is what is denied.
        return trim([t for t in verb.head.subtree if t.i < verb.left_edge.i])
    if (
        entry.stance in _POSITIONS
        and verb.lemma_.lower() not in _SAY_TO
        and (
            (
                verb.dep_ in _MODIFIERS
                and verb.tag_ in {"VBG", "VBN"}
                # 'with the governor calling the mayor a fascist': a clause of its own.
                and not any(c.dep_ == "nsubj" for c in verb.children)
            )
            or (verb.dep_ == "xcomp" and verb.tag_ == "VBG")
        )
    ):
        # 'a group supporting X', 'ads attacking Y', 'for supporting Z', 'would keep supporting
        # Z': who does what, not who says what; only a clause or a quotation makes such a
        # participle a cue. A verb of saying stays one ('a memo telling schools to ...').
        return []
    if infinitive is not None and entry.stance is Stance.ASSERT and verb.lemma_ not in _SAY_TO:
        # 'continued to grow', 'spoke to reporters': no statement.
        infinitive = None
    if infinitive is not None and any(
        t.dep_ == "aux" and t.lower_ == "to" for t in infinitive.children
    ):
        start = obj if obj is not None and obj.i < infinitive.i and verb.lemma_ != "tell" else None
        tokens = list(infinitive.subtree)
        if start is not None:
            tokens = list(verb.doc[start.left_edge.i : infinitive.right_edge.i + 1])
        return trim(tokens)
    if infinitive is not None and infinitive.tag_ == "VBG" and obj is None:
        # 'denied targeting the city', 'admitted firing on the convoy'.
        return trim(list(infinitive.subtree))
    gerund = next(
        (c for c in children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == verb.i + 1), None
    )
    if gerund is not None and obj is None and infinitive is None and entry.object_is_content:
        # 'junta denies targeting civilians' in a headline, the gerund parsed as describing
        # the verb taken for a noun: what is denied all the same
        return trim(list(gerund.subtree))
    if obj is not None and obj.dep_ == "dobj":
        # "X called Y 'a disgrace'", "X sees Y as a threat": the object and what it is called.
        predicate = next(
            (
                c
                for c in children
                if c.i > obj.i
                and (
                    c.dep_ in {"oprd", "xcomp", "ccomp"}
                    or (c.dep_ == "prep" and c.lower_ == "as")
                    # 'called McConnell a liar' parsed as two objects.
                    or (c.dep_ == "dobj" and verb.lemma_.lower() in _NAMING)
                )
            ),
            None,
        )
        if predicate is not None:
            return trim(list(verb.doc[obj.left_edge.i : predicate.right_edge.i + 1]))
        grounds = next(
            (
                c
                for c in children
                if c.dep_ == "prep" and c.lower_ in {"of", "for", "with", "over"} and c.i > obj.i
            ),
            None,
        )
        if grounds is None and entry.stance is Stance.ACCUSE:
            grounds = _grounds_of_a_joined_accused(verb, obj)
        if grounds is not None and entry.stance in {Stance.ACCUSE, Stance.APPEAL}:
            return trim(list(verb.doc[obj.left_edge.i : grounds.right_edge.i + 1]))
        if entry.object_is_content or _quoted_object(verb, obj):
            # 'called the show “the best on air”': a quotation in the object is what is said.
            stray = next(
                (
                    c
                    for c in children
                    if c.dep_ == "advcl"
                    and c.i == obj.right_edge.i + 1
                    and c.tag_ == "VBN"
                    and not any(g.dep_ in {*SUBJECTS, "nsubjpass", "mark"} for g in c.children)
                ),
                None,
            )
            if stray is not None and obj.right_edge.like_num:
                # 'reported 20 dead and 35 wounded': the last count's word hung on the verb.
                return trim(list(verb.doc[obj.left_edge.i : stray.right_edge.i + 1]))
            topic = _topic_after(verb, obj)
            if topic is not None:
                # 'offered his thoughts on X', 'claimed credit for X', 'challenged him over X':
                # what the object is about is what was said.
                return trim(list(verb.doc[obj.left_edge.i : topic.right_edge.i + 1]))
            return trim(list(obj.subtree))
    named = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if obj is None and named is not None and verb.lemma_.lower() in _NAMING:
        # 'calling Trump a fascist', 'called out his rival' where the parse found no object.
        return trim(list(verb.doc[verb.i + 1 : named.right_edge.i + 1]))
    if (verb.dep_ == "parataxis" or spliced(verb)) and verb.head.i != verb.i:
        own = {t.i for t in verb.subtree}
        said = [t for t in verb.head.subtree if t.i not in own]
        speaker = appositive_speaker(verb)
        if speaker is not None:
            # The speaker's words are no part of what was said: what comes before them is.
            said = [t for t in said if t.i < speaker.left_edge.i]
        elif (
            verb.i < verb.head.i
            and verb.head.dep_ == "conj"
            and verb.head.head.i < verb.left_edge.i
            and verb.head.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
            and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.head.children)
            and not any(c.dep_ == "cc" for c in verb.head.children)
        ):
            # 'A soldier was killed on Monday, the army said, the first member of the unit to
            # die': the parse joined the aside after the speaker (a noun and an infinitive) to
            # the clause before as a second clause; what was said is the clause before.
            said = [t for t in verb.head.head.subtree if t.i < verb.left_edge.i]
        elif verb.i < verb.head.i and _opener_only([t for t in said if t.i < min(own)]):
            # 'Meanwhile, the mayor said, the city had water', 'On Monday, the mayor said, ...':
            # the adverb that links the sentence to the one before, or the day of the saying,
            # is no part of what was said; the clause after is.
            said = [t for t in said if t.i > max(own)]
        elif verb.i < verb.head.i and (told := _clause_before_a_time_clause(verb, own)):
            said = told
        elif verb.dep_ == "conj" and verb.head.i < verb.i and any(t.i < min(own) for t in said):
            # 'A killed 35 ..., medics said, in one of the deadliest attacks this year': the
            # words after the speaker's are the writer's aside; what was said comes before.
            said = [t for t in said if t.i < min(own)]
        return trim(said)
    if (
        verb.dep_ == "relcl"
        and entry.object_is_content
        and obj is None
        and not any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in children)
    ):
        # 'a claim Armenian officials rejected': the noun the clause describes; not 'a banner
        # that said, “...”', where the noun is who speaks.
        return trim([t for t in verb.head.subtree if t.i < verb.left_edge.i])
    colon = next((c for c in children if c.text == ":" and c.i > verb.i), None)
    if colon is not None:
        # 'X tweeted: “...”' where the parse hung the quotation on the verb another way.
        after = trim([t for t in verb.subtree if t.i > colon.i])
        if after:
            return after
    if (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() not in _GOING_ON
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and (verb.i < verb.head.i or verb.doc[max(verb.left_edge.i - 1, 0)].text == ",")
    ):
        # 'As X noted, the talks stalled.', '..., as X noted': the clause it comments on; not
        # 'ministers meet as fighting continues', which is no comment.
        own = {t.i for t in verb.subtree}
        return trim([t for t in verb.head.subtree if t.i not in own])
    proform = next(
        (
            c
            for c in children
            if c.i > verb.i
            and c.lower_ in _PROFORMS
            # 'said the same': the parse takes 'same' for an adverb or a second subject.
            and (c.dep_ in {"dobj", "advmod", "intj", "npadvmod"} or c.lower_ == "same")
        ),
        None,
    )
    if proform is not None:
        # 'said so', 'said yes', 'did not say when': the statement is named, not repeated.
        return [proform]
    if any(c.dep_ == "nsubjpass" for c in children):
        # 'X is seen as a moderate', 'X was described as ...': what X is said to be.
        role = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if role is not None and (obj := object_of(role)) is not None:
            return trim(list(obj.subtree))
        patient = next(c for c in children if c.dep_ == "nsubjpass")
        if entry.object_is_content and patient.lower_ not in _EXPLETIVES:
            # 'The truce was announced on Sunday', 'the plan was criticised by aid groups': the
            # passive subject is what the active verb's object would be.
            return trim(list(patient.subtree))
    topic = next(
        (
            c
            for c in children
            if c.dep_ == "prep"
            and c.lower_ in _TOPICS
            and not ((o := object_of(c)) is not None and _an_occasion(c, o))
        ),
        None,
    )
    future = any(c.tag_ == "MD" for c in children)
    if (
        topic is not None
        and verb.dep_ not in {"advcl", *_MODIFIERS}
        and not future
        and (verb.lemma_.lower() not in _GOING_ON or any(c.dep_ == "dobj" for c in children))
    ):
        # Not 'will speak about X', 'would respond on the battlefield': no statement made yet;
        # not 'the ship continued on its way', which goes on with nothing ('continued his
        # attacks on the nominee' goes on with what it did).
        # 'spoke about ...', 'warned of ...', 'joked about ...': what the statement is about.
        obj = next((c for c in topic.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None and not (topic.lower_ == "on" and obj.ent_type_ in {"DATE", "TIME"}):
            # 'said on Monday' names the day, not the topic; 'asked on Twitter' the medium.
            return trim(list(obj.subtree))
    if verb.lemma_.lower() in PERCEIVED:
        return _impression(verb)
    return clause_before(verb) or _clause_further_on(verb)


# Nouns of a remark made or not made: 'made no mention of', 'made no comment on'.
_REMARKS = frozenset({"mention", "comment", "reference", "remark"})


def _remark_made(verb: Token) -> bool:
    """'made no mention of the depot', 'made no comment on the toll': a verb whose object is a
    remark, which tells of the speaking, not of what was said."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _REMARKS for c in verb.children)


def _first_conjunct_said(verb: Token, clause: Token) -> Token | None:
    """The clause before 'and' whose conjunct the parse hung on the reporting verb after both:
    'A were killed and B wounded ..., X said', with 'said' a conjunct of 'killed' and 'wounded'
    its reported clause; None for any other parse."""
    head = verb.head
    if verb.dep_ != "conj" or not head.i < clause.left_edge.i or not clause.i < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not clause.right_edge.i < subject.i < verb.i:
        return None
    if verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    # 'and' joins two things said; 'It is a stretch, but a win there would ...' sets the
    # speaker's words against the writer's
    joined = (
        any(
            c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < clause.left_edge.i
            for c in head.children
        )
        or verb.doc[clause.left_edge.i - 1].lower_ == "and"
    )
    if head.lemma_.lower() in lexicon():
        return None  # 'X said A, and B, Y said': a report of its own, not what Y said
    return head if joined and head.pos_ in {"VERB", "AUX"} else None


# Verbs that tell someone something: 'told reporters ...', 'warned the villagers ...'.
_ADDRESSING = {
    "tell",
    "warn",
    "assure",
    "reassure",
    "inform",
    "remind",
    "notify",
    "advise",
    "caution",
    "convince",
    "persuade",
    "promise",
    "email",
    "write",
}
_RELATIVIZERS = {"who", "whom", "which", "that", "whose", "where", "when"}


def _clause_on_addressee(verb: Token) -> Token | None:
    """'warned the villagers they would be punished', 'told reporters she had seen ...': the
    parse took what was said for a relative clause on whom it was said to. It has a subject of
    its own right after the addressee and no relative word; 'told the story he heard' is
    the object's own clause (a story is what was told)."""
    if verb.lemma_.lower() not in _ADDRESSING:
        return None
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if addressee is None or addressee.lemma_.lower() in _TELLINGS:
        return None
    if addressee.pos_ not in {"PRON", "PROPN", "NOUN"} or addressee.lemma_.lower() in DOCUMENTS:
        return None
    clause = next((c for c in addressee.children if c.dep_ in {"relcl", "acl"}), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > clause.i or subject.tag_ in {"WDT", "WP", "WP$"}:
        return None
    marked = clause.doc[clause.left_edge.i]
    if marked.lower_ == "that" and marked.dep_ == "mark" and marked.head.i == clause.i:
        # 'told a weekly briefing that Pakistan would ...': the clause after 'that'
        return clause
    if clause.dep_ != "relcl":
        return None
    # The clause opens with its subject: no relative word ('who', 'to whom') before it.
    if subject.left_edge.i != clause.left_edge.i or subject.lower_ in _RELATIVIZERS:
        return None
    if any(c.dep_ == "xcomp" for c in clause.children) and not any(
        c.dep_ in {"dobj", "ccomp"} for c in clause.children
    ):
        # 'told the men he trusted to hold the bridge': the men are whom he trusted.
        return None
    return clause


def _said_by_another_cue(verb: Token, clause: Token) -> bool:
    """'“...,” the commander said, adding of the rebels, “They have fled.”': the parse hung the
    later quotation on 'said'; a reporting verb of its own stands between, and it is what that
    verb says."""
    lex = lexicon()
    return any(
        c.dep_ in {"advcl", "conj"}
        and c.pos_ == "VERB"
        and verb.i < c.i < clause.left_edge.i
        and c.lemma_.lower() in lex
        for c in verb.children
    )


# What opens a clause of time, not of what was said: '..., the army said, days after the group
# pledged to halt attacks'.
_TIME_MARKS = frozenset({"after", "before", "since", "until", "while", "when", "as"})


# The marks of a clause that dates the act told before the speaker ('..., the army said, a day
# after the group fired ...'); not 'until', whose clause goes on with what was said ('one more
# day until voters head to the polls, they argued, ...').
_DATING_MARKS = _TIME_MARKS - {"until"}


def _relative_on_topic(verb: Token, clause: Token) -> bool:
    """'said of a strike on Monday that officials said killed three': a 'that' right after the
    object of 'of' or 'about' opens a relative clause on that noun, not what was said."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or verb.doc[mark.i - 1].text == ",":
        # 'said of the commander, who was captured on Monday, that he ...': a 'that' after the
        # comma closing a clause on the noun opens what was said (a relative 'that' takes none).
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "about"}
        and c.i > verb.i
        and any(o.dep_ == "pobj" and o.right_edge.i + 1 == mark.i for o in c.children)
        for c in verb.children
    )


def _time_clause(clause: Token) -> bool:
    """A complement the parse hung on the verb that a mark of time opens, with no 'that'."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & _TIME_MARKS) and not marks & COMPLEMENT_MARKS


def clause_a_which_stands_for(obj: Token) -> list[Token]:
    """'Israel says Hamas fighters operate from residential buildings, which the group
    denies': the parse hangs the relative clause on the last noun, but what is denied is the
    clause it closes (a thing cannot be denied; 'a claim, which the group denies' is the claim).
    The attribution keeps the word 'which' as its content, as annotators mark it; the claims
    stage reads the clause it stands for."""
    verb = obj.head
    if obj.lower_ != "which" or obj.dep_ != "dobj" or verb.dep_ != "relcl" or obj.i == 0:
        return []
    doc = verb.doc
    antecedent = verb.head
    if doc[obj.i - 1].text != "," or antecedent.lemma_.lower() in STATEMENT_WORDS | DOCUMENTS:
        return []
    clause = _clause_of(antecedent)
    if clause.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in SUBJECTS for c in clause.children):
        return []
    own = {t.i for t in verb.subtree}
    return trim([t for t in clause.subtree if t.i not in own and t.i < obj.i])


# Verbs whose object is a thing laid at someone's door: 'the attack, which the army blamed on
# the rebels' (the attack is blamed, not a clause said).
_LAID_ON = frozenset({"blame", "attribute", "pin"})


def thing_a_which_stands_for(obj: Token) -> list[Token]:
    """'wounded in the attack, which the army blamed on the rebels': the object 'which' of a
    verb that lays a thing on someone stands for the noun the clause hangs on."""
    verb = obj.head
    if obj.lower_ != "which" or obj.dep_ != "dobj" or verb.dep_ != "relcl":
        return []
    if verb.lemma_.lower() not in _LAID_ON or obj.i == 0 or verb.doc[obj.i - 1].text != ",":
        return []
    antecedent = verb.head
    if antecedent.pos_ not in {"NOUN", "PROPN"} or antecedent.i > obj.i:
        return []
    return trim(list(verb.doc[antecedent.left_edge.i : obj.i - 1]))


def _clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (the root when none is a verb)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def clause_an_apposed_statement_stands_for(noun: Token) -> list[Token]:
    """'Russia said its forces had taken the village, a claim Kyiv denied': the claim set off
    after a clause is that clause (the attribution keeps 'a claim' as its content, as
    annotators mark it; the claims stage reads the clause). 'a claim, which Kyiv denied' too."""
    if noun.lower_ == "which" and noun.head.dep_ == "relcl":
        noun = noun.head.head
    doc = noun.doc
    if noun.lemma_.lower() not in STATEMENT_WORDS or noun.left_edge.i == 0:
        return []
    if doc[noun.left_edge.i - 1].text != ",":
        return []
    clause = _clause_of(noun.head)
    if clause.pos_ not in {"VERB", "AUX"} or clause.i > noun.i:
        return []
    own = {t.i for t in noun.subtree}
    if clause.lemma_.lower() in lexicon():
        # the parse hung the noun on the reporting verb: what it says is the claim, after it
        # ('said on Monday it had ..., a claim ...') or before it ('..., X said, a claim ...')
        said = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        if said is not None:
            return trim([t for t in said.subtree if t.i not in own and t.i < noun.left_edge.i])
        if clause.dep_ not in {"conj", "parataxis"} and any(
            c.dep_ == "dobj" and clause.i < c.i < noun.i for c in clause.children
        ):
            # 'Kyiv accused Moscow of shelling the plant, an accusation ...': the charge is
            # what the verb's object and its complements say
            return trim(
                [t for t in clause.subtree if t.i not in own and clause.i < t.i < noun.left_edge.i]
            )
        if clause.dep_ not in {"conj", "parataxis"} or clause.head.i > clause.i:
            return []
        own |= {t.i for t in clause.subtree}
        clause = clause.head
    elif not any(c.dep_ in {*SUBJECTS, "nsubjpass"} for c in clause.children):
        return []
    blamed = _charge_in_relative_before(noun)
    if blamed:
        return blamed
    return trim([t for t in clause.subtree if t.i not in own and t.i < noun.left_edge.i])


def _charge_in_relative_before(noun: Token) -> list[Token]:
    """'... wounded in the attack, which the army blamed on the rebels, a charge the group
    rejected': a relative clause with a speaker of its own that ends right before the comma
    is the charge; what is answered is the noun it hangs on and that clause."""
    doc = noun.doc
    last = doc[noun.left_edge.i - 2] if noun.left_edge.i > 1 else None
    if last is None:
        return []
    verb = next(
        (
            t
            for t in doc[last.sent.start : noun.left_edge.i - 1]
            if t.dep_ == "relcl" and t.right_edge.i == last.i
        ),
        None,
    )
    if verb is None or verb.lemma_.lower() not in lexicon():
        return []
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    antecedent = verb.head
    return trim(list(doc[antecedent.left_edge.i : last.i + 1]))


def _aside_after_speaker(verb: Token, clause: Token, clauses: list[Token]) -> bool:
    """'A soldier was killed in the north, the army said on Sunday, the first member of the
    unit to die in combat': a noun and an infinitive past a comma after the speaker is an aside
    on the clause before (which the parse also hung on the verb), not what was said."""
    if not any(c.i < verb.i for c in clauses) or clause.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    return subject.left_edge.i > 0 and verb.doc[subject.left_edge.i - 1].text == ","


def _clause_after(verb: Token, clause: Token) -> bool:
    """A complement after the verb that is a clause of its own, not a quotation's verb inverted
    before its speaker ('“...,” tweeted X, who ...')."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    return not after_punctuation(verb) or (speaker_in_clause_before(verb) is not None)


def _object_after(verb: Token, entry: Cue) -> bool:
    """'..., X boasted his record', 'X called it a trap': an object said after the verb, where
    the parse took the clause before for the verb's complement."""
    if not (entry.object_is_content or verb.lemma_.lower() in _NAMING):
        return False
    if after_punctuation(verb):
        # '“...,” said the mayor': the parse may take the speaker for an object.
        return False
    doc = verb.doc
    # Not '..., the ministry said Tuesday, the first talks in a year': past a comma, the noun
    # phrase is an aside on the clause before, whatever the parse made of it.
    return any(
        c.dep_ == "dobj"
        and c.i > verb.i
        and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        for c in verb.children
    )


def _clause_further_on(verb: Token) -> list[Token]:
    """'X said following a vote that ...', 'X said in one of a series of posts that ...': the
    parse hung the that-clause on the words between; no other finite verb stands between."""
    doc = verb.doc
    end = min(verb.right_edge.i, verb.i + _FAR)
    for t in doc[verb.i + 1 : end + 1]:
        if t.tag_ in _FINITE or t.is_quote:
            return []
        if t.dep_ == "mark" and t.lower_ == "that" and t.head.i > t.i:
            if t.i > 0 and doc[t.i - 1].dep_ == "cc":
                # 'said the convoy was attacked ... and that seven soldiers were killed': a
                # second complement of the verb before, which the parse hung here.
                return []
            clause = t.head
            return trim([c for c in clause.subtree if c.i > t.i])
    return []


def _impression(verb: Token) -> list[Token]:
    """'The town seemed calm', 'the talks appear close to collapse', 'it seemed like a trap':
    what seems so (the subject) and how it seems (the predicate)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    predicate = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in {"oprd", "acomp", "attr"} or (c.dep_ == "prep" and c.lower_ == "like"))
        ),
        None,
    )
    if subject is None or predicate is None or subject.i > verb.i:
        return []
    return trim([*subject.subtree, *predicate.subtree])


def _opens_question(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


# Prepositions that name what an object of speech is about: 'his thoughts on', 'credit for'.
_TOPICAL = {"on", "about", "over", "at", "for", "to", "against", "regarding", "toward", "towards"}


_PLACING = {"at", "on", "to"}
# Where, when or how often something was said, after 'at', 'on' or 'to'.
_OCCASIONS = {
    "rally",
    "event",
    "debate",
    "conference",
    "convention",
    "meeting",
    "forum",
    "dinner",
    "hearing",
    "ceremony",
    "speech",
    "start",
    "end",
    "time",
    "point",
    "pace",
    "television",
    "radio",
    "air",
    "show",
    "program",
    "page",
    "site",
    "website",
    "twitter",
    "facebook",
    "youtube",
    "instagram",
    "channel",
    "network",
    "interview",
}


def _topic_after(verb: Token, obj: Token) -> Token | None:
    """A prepositional phrase right after the object, on the verb or the object, that says what
    the statement is about (not when or where: 'on Monday', 'at a rally')."""
    after = obj.right_edge.i + 1
    if after >= len(verb.doc):
        return None
    prep = verb.doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in _TOPICAL or prep.head.i not in {verb.i, obj.i}:
        return None
    pobj = object_of(prep)
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
        return None
    if _an_occasion(prep, pobj):
        # 'thanked supporters at a rally', 'mentioned it on television', 'at times'.
        return None
    return prep


def _an_occasion(prep: Token, pobj: Token) -> bool:
    """'at a rally', 'on Twitter', 'to reporters in Paris': where or how, not what about."""
    return prep.lower_ in _PLACING and (
        pobj.ent_type_ in {"GPE", "LOC", "FAC"} or pobj.lemma_.lower() in _OCCASIONS
    )


def object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None)


def a_day(preposition: Token) -> bool:
    """'(called) on Wednesday': a preposition that opens a date, not the verb's particle."""
    obj = object_of(preposition)
    return obj is not None and obj.ent_type_ in {"DATE", "TIME"}


def _between(doc: Doc, start: int, end: int) -> str:
    """The characters between two token boundaries, without building the whole text."""
    if start == end:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.text_with_ws if span is not None else "x"


# Verbs of censure that also name an armed act: 'attacked the plan', 'attacked a camp'.
_ALSO_ARMED = frozenset({"attack", "blast", "savage"})


def _quoted_object(verb: Token, obj: Token) -> bool:
    """'called the show “the best on air”', 'attacked the “reckless” plan': a quotation in the
    object is what is said. But for a verb that also names an armed act, not a quotation inside
    a phrase after the object: 'it had attacked a training camp of “terrorists”' is an attack
    on a camp, the quoted word the attacker's for whom it held."""
    if verb.lemma_.lower() not in _ALSO_ARMED:
        return any(t.is_quote for t in obj.subtree)
    for mark in obj.subtree:
        if not mark.is_quote:
            continue
        node = mark
        while node.head.i != obj.i and node.head.i != node.i:
            node = node.head
        if node.head.i == obj.i and node.dep_ != "prep":
            return True
    return False


def adjacent_quotation(verb: Token, quotes: Sequence[Quote]) -> list[Token]:
    """'“...,” he said.' or 'he said: “...”' where the parse did not link the quotation."""
    doc = verb.doc
    # The clause's edges, and the edges of the cue with its speaker: the parse often hangs the
    # words of a quotation on the verb ('“With an eye to the border,” he said.'), so that the
    # clause runs over the quotation.
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    starts = {verb.left_edge.idx, verb.idx} | {s.left_edge.idx for s in subjects if s.i < verb.i}
    ends = {verb.right_edge.idx + len(verb.right_edge.text), verb.idx + len(verb.text)} | {
        s.right_edge.idx + len(s.right_edge.text) for s in subjects if s.i > verb.i
    }
    # Doc.text joins every token on each access: read only the characters needed.
    for q in quotes:
        if q.span.start <= verb.idx < q.span.end:
            continue
        gaps = [_between(doc, q.span.end, s) for s in starts if 0 <= s - q.span.end < _NEAR]
        gaps += [_between(doc, e, q.span.start) for e in ends if 0 <= q.span.start - e < _NEAR]
        if any(not any(ch.isalnum() for ch in gap) for gap in gaps):
            return list(doc.char_span(q.span.start, q.span.end, alignment_mode="expand") or [])
    return []


def disputes_a_statement_noun(verb: Token, stance: Stance) -> bool:
    """A denial or rejection that describes a statement noun before it and has no object of
    its own: 'a claim denied by Kyiv', 'an assertion that Kyiv rejected' (the parse reads the
    relative 'that' as a clause's mark); not 'the claim that Kyiv rejected the offer', whose
    clause is what the claim says."""
    if stance not in {Stance.DENY, Stance.REJECT} or not speaks_of_noun_before(verb):
        return False
    if verb.head.lemma_.lower() not in STATEMENT_WORDS:
        return False
    return not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
