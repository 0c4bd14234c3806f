"""Statements cued by a phrase rather than a reporting verb.

"according to X, ...", "in X's view, ...", "to X, ..." (whom it seems so to), "in a poll, ...",
"reportedly" (no source), and tallies ("X put the death toll at 40"). Each finder takes one
token and returns the attribution it cues, or None; :mod:`sitrep.attribution.extract` runs
them over the text before the verb, noun and adjective cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.base import (
    NAMED_SPEAKERS,
    Attribution,
    CueKind,
    span_of,
    subject_of,
    trim,
    trimmed_subtree,
)
from sitrep.attribution.headlines import SPEAKING_NOUNS
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "from_according",
    "from_hearsay",
    "from_in_poll",
    "from_in_view",
    "from_tally",
    "from_to_whom",
]


def from_according(token: Token) -> Attribution | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source_token = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source_token is None:
        return None
    source = trimmed_subtree(source_token)
    head = token.head
    phrase = {t.i for t in token.subtree}
    subject = _subject_taken_for_apposition(token, source_token)
    if subject is not None:
        # 'According to the agency SUNA, the governor, X, visited ...': the parse set the
        # clause's subject beside the source; it belongs to what was said
        phrase -= {t.i for t in subject.subtree}
        source = trim([t for t in source if t.i < subject.left_edge.i])
    if head.i == token.i:
        # A fragment: "According to X." with the content in what follows; skip.
        return None
    if (
        head.dep_ == "conj"
        and head.head.pos_ in {"VERB", "AUX"}
        and token.i > head.i
        and token.i == max(t.i for t in head.subtree if not t.is_punct and t.i not in phrase) + 2
        and token.nbor(-1).text == ","
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)
    ):
        # 'The war has killed thousands and displaced millions, according to the U.N.': the
        # phrase the parse hung on the last verb closes the whole clause of both
        head = head.head
    content = trim([t for t in head.subtree if t.i not in phrase and t.dep_ != "cc"])
    if len(content) > 1 and content[0].dep_ == "mark" and content[0].head.i == head.i:
        # '... began after fighters stormed the town, killing 1,200, according to X': the
        # clause the phrase hangs on is what X says, not the word that ties it to the sentence
        content = content[1:]
    if not content:
        return None
    return _phrase_cue(
        [token, to],
        token.i,
        "according to",
        Stance.ASSERT,
        content,
        source,
        source_token.i,
        phrase,
    )


def _subject_taken_for_apposition(according: Token, source: Token) -> Token | None:
    """The appositive of the source after a comma that is the subject of the clause the phrase
    opens, when that clause's verb, after it, has no subject of its own."""
    head = according.head
    if according.i > head.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
        return None
    appositive = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i), None)
    if appositive is None or source.doc[appositive.left_edge.i - 1].text != ",":
        return None
    if any(not t.is_punct for t in source.doc[appositive.right_edge.i + 1 : head.i]):
        return None  # the clause's verb comes right after it and its closing comma
    return appositive


# Nouns of 'in X's view', 'in the words of X', 'in the eyes of X': an "according to".
_VIEWS = {
    "view",
    "opinion",
    "word",
    "eye",
    "estimation",
    "judgment",
    "judgement",
    "telling",
    "assessment",
    "reckoning",
}


def from_in_view(token: Token) -> Attribution | None:
    """'In the ministry's view, the talks have failed', 'in the words of X', 'in X's opinion'."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _VIEWS:
        return None
    if noun.lemma_.lower() in {"word", "eye"} and noun.tag_ != "NNS":
        return None
    source_token = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source_token is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        source_token = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if source_token is None or source_token.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    phrase = {t.i for t in token.subtree}
    content = _clause_around(token, phrase)
    if not content:
        return None
    source = [t for t in trimmed_subtree(source_token) if t.dep_ != "case"]
    return _phrase_cue(
        [token, noun],
        noun.i,
        f"in {noun.lemma_.lower()}",
        Stance.ASSERT,
        content,
        source,
        source_token.i,
        phrase,
    )


def _clause_around(token: Token, phrase: set[int]) -> list[Token]:
    """What the verb that an 'in ...' phrase hangs on says, less the phrase (its ``phrase``
    indices); nothing where the phrase hangs on no verb."""
    head = token.head
    if head.i == token.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    return trim([t for t in head.subtree if t.i not in phrase and t.dep_ != "cc"])


# Pronouns of who can hold a view: 'to him, the truce is a trap'.
_HOLDING_PRONOUNS = {"him", "her", "them", "me", "us"}


def from_to_whom(token: Token) -> Attribution | None:
    """'To the villagers, the truce is a trap', 'To Ms. Haddad, the checkpoint means ...': an
    opening 'to X,' gives X's view of what the clause says (an 'in X's view')."""
    if token.lower_ != "to" or token.dep_ not in {"prep", "dative"} or not token.is_sent_start:
        return None
    holder = next((c for c in token.children if c.dep_ == "pobj"), None)
    if holder is None:
        return None
    person = (
        holder.ent_type_ in NAMED_SPEAKERS
        or holder.lower_ in _HOLDING_PRONOUNS
        or (holder.pos_ == "PROPN")
        or holder.lemma_.lower() in SPEAKING_NOUNS
    )
    after = token.doc[holder.right_edge.i + 1] if holder.right_edge.i + 1 < len(token.doc) else None
    if not person or after is None or after.text != ",":
        return None
    phrase = {t.i for t in token.subtree}
    content = _clause_around(token, phrase)
    if not content:
        return None
    source = trimmed_subtree(holder)
    return _phrase_cue(
        [token],
        token.i,
        "to",
        Stance.OTHER,
        content,
        source,
        holder.i,
        phrase,
    )


# What an opening 'In a ... poll, ...' reports by: the poll is the source of its findings.
_POLLS = {"poll", "survey"}


def from_in_poll(token: Token) -> Attribution | None:
    """'In a Reuters/Ipsos poll released Monday, 40 percent backed the truce': the poll says so.
    Only where the phrase opens the sentence or a clause ('the two were tied in the poll' is
    mostly the writer's own account)."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    if not (token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_punct)):
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS:
        return None
    content = _clause_around(token, {t.i for t in token.subtree})
    if not content:
        return None
    source = trim(list(poll.subtree))
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=f"in {poll.lemma_.lower()}",
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=poll.i,
        frame=(token.i,),
    )


# Adverbs that say a statement is someone else's without saying whose. Not 'allegedly' nor
# 'supposedly': they mostly cast doubt on what the writer relates (one in five an attribution in
# PolNeAR's train split, against two in three for 'reportedly').
_HEARSAY = {"reportedly"}


def from_hearsay(token: Token) -> Attribution | None:
    """'Troops reportedly shelled the town': an attribution whose source is not named."""
    if token.lower_ not in _HEARSAY or token.dep_ != "advmod":
        return None
    head = token.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    content = trim([t for t in head.subtree if t.i != token.i and t.dep_ != "cc"])
    if not content:
        return None
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=token.lower_,
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
    )


# Verbs by which a source gives a count: 'put the toll at 50', 'recorded 14 deaths'.
_TALLYING = {
    "put",
    "place",
    "set",
    "estimate",
    "give",
    "raise",
    "revise",
    "lower",
    "update",
    "record",
    "register",
    "count",
    "tally",
    "report",
    "confirm",
    "announce",
    "publish",
    "release",
}
# What such a verb gives: the dead it counts, or their toll.
_TALLIES = {"toll", "tally", "death", "casualty", "fatality", "dead", "loss", "victim"}
# Counts of anything: a tally only of the dead ('the number of dead'), or when estimated.
_COUNTS = {"number", "figure", "total", "count"}
_ESTIMATING = {"put", "place", "estimate"}


def from_tally(token: Token) -> Attribution | None:
    """'The ministry put the death toll at 50', 'estimated the number of dead at 35', 'gave a
    toll of 50', 'recorded 14 more deaths': the subject gives the figure; the count and what it
    is put at are what is said."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TALLYING:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    count = next((c for c in token.children if c.dep_ == "dobj" and _a_tally(c, token)), None)
    if count is None:
        return None
    at = next(
        (
            c
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"at", "to"} and c.i > count.i
        ),
        None,
    )
    said = list(count.subtree) + (list(at.subtree) if at is not None else [])
    if not any(t.like_num for t in said):
        return None
    source_token = subject_of(token)
    own = any(c.dep_ == "nsubj" for c in token.children)
    if (token.dep_ in {"advcl", "acl", "xcomp", "pcomp"} and not own) or not _can_speak(
        source_token
    ):
        # 'The blast raised the toll to 50', '..., raising the toll to 50': no one gives it.
        return None
    assert source_token is not None
    source = trimmed_subtree(source_token)
    content = trim(said)
    said_ids = {t.i for t in content} | {t.i for t in source}
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=token.lemma_.lower(),
        kind=CueKind.VERB,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=source_token.i,
        frame=tuple(t.i for t in token.subtree if t.i not in said_ids),
    )


# Bodies that give counts and are named by their noun: 'the naval mission put the toll at 3'.
_BODIES = {
    *("mission", "observatory", "monitor", "coalition", "committee", "commission"),
    # 'a local human rights network put the death toll at six'
    *("network", "group", "organisation", "organization", "union", "council", "association"),
}


def _can_speak(subject: Token | None) -> bool:
    if subject is None:
        return False
    return (
        subject.pos_ in {"PROPN", "PRON"}
        or subject.ent_type_ in NAMED_SPEAKERS
        or subject.lemma_.lower() in SPEAKING_NOUNS
        # a body named beside its noun: 'the EU's naval mission, Aspides, put the toll at 3'
        # (not 'the Sudan blast raised the toll', nor 'Israel's strikes raised it')
        or subject.lemma_.lower() in _BODIES
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
    )


def _a_tally(noun: Token, verb: Token) -> bool:
    """'the death toll', '14 deaths', 'the number of dead'; 'the number' where it is estimated
    ('put the number at 35'), not 'raised the number of troops to 5,000'."""
    lemma = noun.lemma_.lower()
    if lemma in _TALLIES:
        return True
    if lemma not in _COUNTS:
        return False
    if verb.lemma_.lower() in _ESTIMATING:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return counted is not None and counted.lemma_.lower() in _TALLIES


def _phrase_cue(
    cue: list[Token],
    cue_head: int,
    lemma: str,
    stance: Stance,
    content: list[Token],
    source: list[Token],
    source_head: int,
    phrase: set[int],
) -> Attribution:
    """An attribution by a phrase ('according to X', 'in X's view', 'to X, ...'): the phrase's
    words other than the source's are its frame."""
    return Attribution(
        cue=span_of(cue),
        cue_head=cue_head,
        lemma=lemma,
        kind=CueKind.ACCORDING,
        stance=stance,
        content=span_of(content),
        source=span_of(source),
        source_head=source_head,
        frame=tuple(sorted(phrase - {t.i for t in source})),
    )
