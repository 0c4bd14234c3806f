"""Which incident a casualty figure belongs to: this article's, a period's tally, or a past one.

A shooting report often sets its incident among others: 'Nine officers have been fatally shot
this year alone', 'the complex where three men were killed in the summer of 2012', 'In 1989,
when the actress was gunned down'. Such figures are real casualty reports, with their period,
but not the article's own incident, so the article's totals leave them out.

A sentence that opens on another incident ('In a separate incident, ...', 'Elsewhere, ...',
'Separately, ...') tells of figures that are not the article's incident either.

A figure is a period's or a past incident's when a date attached to its predicate, or to a
clause the predicate hangs from, names a span of time rather than a day: a year on its own
('in 2012', 'the summer of 2012'), or a word of years, months or decades ('this year', 'so far
this year', 'in the past decade'). A date with a day ('Sunday, Jan. 17, 2016', 'on November
28') or a bare month ('in May') is the incident's own date and leaves the figure counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.casualties.words import person_word
from sitrep.events.nonevents import DISASTERS  # one list of nature's harms for both stages
from sitrep.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERIOD_WORDS = re.compile(r"\b(?:years?|decades?|months|century|since)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}s?\b")
_DAY = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tonight|night|morning|afternoon|evening)\b",
    re.I,
)
_AGE = re.compile(r"\bold\b|years? of age|-year", re.I)
# Words that rank an incident against a span of time: 'the worst attack in a decade'.
_RANKS = frozenset({"worst", "first", "most", "highest", "biggest", "largest"})
_ATTACHMENTS = frozenset({"prep", "npadvmod", "advmod", "pobj", "tmod"})
# Clauses through which a date reaches the predicate: 'In 1989, when she was gunned down'.
_CLIMB = frozenset(
    {"conj", "advcl", "relcl", "xcomp", "pcomp", "prep", "acl", "pobj", "dobj", "attr", "appos"}
)


def period_of(pred: Token) -> Span | None:
    """The date that makes ``pred``'s figures a period's tally or a past incident, or None."""
    node: Token | None = pred
    seen = 0
    while node is not None and seen < 6:
        for c in node.children:
            if c.dep_ not in _ATTACHMENTS:
                continue
            found = _period_date(c)
            if found is not None:
                return found
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        node = node.head
        seen += 1
    return None


def _period_date(attached: Token) -> Span | None:
    inside = {t.i for t in attached.subtree}
    for ent in attached.doc.ents:
        if ent.label_ != "DATE" or ent.start not in inside:
            continue
        text = ent.text
        if _AGE.search(text):
            continue  # '19-year-old' is an age
        doc = attached.doc
        if ent.start > 0 and doc[ent.start - 1].like_num and len(doc[ent.start - 1].text) <= 2:
            continue  # '5 January 2012' with the day outside the entity: a day
        if any(
            t.tag_ == "JJS" or t.lower_ in _RANKS for t in doc[max(ent.start - 5, 0) : ent.start]
        ):
            continue  # 'the deadliest day in two years' ranks the day; it is no period
        if _DAY.search(text) and not _PERIOD_WORDS.search(text):
            continue  # a day: the incident's own date
        if _YEAR.search(text) or _PERIOD_WORDS.search(text):
            return Span(ent.start_char, ent.end_char)
    return None  # 'in May', 'last week': the incident's own time


# Wars and conflicts whose dead a background sentence counts: 'the war, which has killed
# hundreds of thousands', 'more than 10,000 people have been killed in the conflict'.
# A seizure of power or an invasion counts too: 'killed since the coup', 'the invasion has killed'.
_CONFLICTS = frozenset(
    {
        "war",
        "conflict",
        "insurgency",
        "uprising",
        "genocide",
        "crisis",
        "coup",
        "invasion",
        "occupation",
        "takeover",
    }
)
# Fighting that counts as a conflict when told over a stretch of time: 'in the first months of
# the fighting', 'in three years of clashes' (while 'the fighting killed 12' is one episode).
_FIGHTING = frozenset({"fighting", "clash", "violence", "hostility", "combat", "war"})
_STRETCHES = frozenset({"day", "week", "month", "year", "decade"})


def conflict_toll(pred: Token) -> bool:
    """Whether ``pred`` counts the dead of a war or of a stretch of fighting: its killer or
    setting is a war or a conflict ('the war has killed', 'the civil war, which has killed',
    'killed in the conflict', 'killed since the war began') or weeks, months or years of fighting ('in the first months of
    the fighting'), not one incident, day or battle ('the fighting killed 12', 'in the
    strikes')."""
    for c in _shared_subjects(pred):
        noun = c.head.head if c.tag_ == "WDT" and c.head.dep_ == "relcl" else c
        if noun.lemma_.lower() in _CONFLICTS:
            return True
    for c in pred.children:
        if _since_it_began(c):
            return True  # 'killed since the war began in October 2023'
        if c.dep_ != "prep" or c.lower_ not in {"in", "during", "since", "over"}:
            continue
        for g in c.children:
            lemma = g.lemma_.lower()
            if g.dep_ == "pobj" and (lemma in _CONFLICTS or _stretch_of_fighting(g)):
                return True
    return False


def _since_it_began(clause: Token) -> bool:
    """'since the war began', 'since the insurgency broke out': a clause from a conflict's
    start."""
    return (
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)
        and any(s.lemma_.lower() in _CONFLICTS for s in _shared_subjects(clause))
    )


def _shared_subjects(pred: Token) -> list[Token]:
    """``pred``'s subjects, or those of the verb it is joined to when it has none: 'the war
    erupted in 2023 and has killed ...'."""
    verb = pred
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj" or verb.head is verb:
            return subjects
        verb = verb.head


# The words through which a predicate's cause is told: its subject ('the flood killed'), its
# agent ('killed by a landslide') or a preposition ('died in the floods', 'from the quake').
_CAUSE_PREPS = frozenset({"in", "by", "from"})


def natural_hazard(pred: Token) -> bool:
    """Whether ``pred``'s dead or hurt are a natural hazard's: 'heavy flooding has killed 17',
    'an earthquake struck ..., killing more than 3,700 people', 'died in the floods', 'were
    killed by a landslide', 'the earthquake, which has killed more than 3,000'. Such figures are no casualties of the conflict the article tells."""
    verb = pred
    if pred.dep_ in {"advcl", "conj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children
    ):
        verb = pred.head  # '..., killing 3,700' and 'struck ... and killed': the main clause's
    causes: list[Token] = []
    for subject in (*_shared_subjects(verb), *_shared_subjects(pred)):
        if subject.dep_ != "nsubj":
            continue
        causes.append(subject)
        if subject.lower_ in {"which", "that"} and subject.head.dep_ == "relcl":
            # 'last week's earthquake, which has killed more than 3,000': the noun it stands for
            causes.append(subject.head.head)
        if not person_word(subject):
            # the parser may make 'a ceasefire after an earthquake' the subject of 'struck'
            causes += [t for t in subject.subtree if t.dep_ == "pobj"]
    for c in pred.children:
        if c.dep_ in {"agent", "prep"} and (c.dep_ == "agent" or c.lower_ in _CAUSE_PREPS):
            causes += [g for g in c.children if g.dep_ == "pobj"]
    return any(_hazard(c) for c in causes)


def _hazard(noun: Token) -> bool:
    return noun.lemma_.lower() in DISASTERS or noun.lower_ in DISASTERS


def _stretch_of_fighting(noun: Token) -> bool:
    """'the first months of the fighting', 'three years of war'."""
    if noun.lemma_.lower() not in _STRETCHES or noun.tag_ != "NNS":
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(g.lemma_.lower() in _FIGHTING for g in p.children if g.dep_ == "pobj")
        for p in noun.children
    )


_OTHER_INCIDENT = re.compile(
    r"^\W*(?:in\s+(?:a|an|another)\s+(?:separate|unrelated|different|other|earlier)?\s*"
    r"(?:incident|shooting|attack|case|stabbing|raid)|separately|elsewhere)\b",
    re.I,
)


def other_incident(pred: Token) -> Span | None:
    """The words opening ``pred``'s sentence that set it apart as another incident, or None."""
    sent = pred.sent
    found = _OTHER_INCIDENT.match(sent.text)
    if found is None:
        return None
    return Span(sent.start_char + found.start(), sent.start_char + found.end())
