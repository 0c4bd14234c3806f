"""Reporting verbs that make no statement where they stand: backing a party ("backs the
Democrats") or freeing someone ("released the hostages"), asking for anonymity, a connective
("That said,"), a happening that no one says ("None ... has claimed the attack"), a verb
describing a noun ("who is seeking reelection"), an imperative, showing up somewhere to speak
("appeared on television to deny": the statement is the infinitive's), a statement awaited as
the condition of an act to come ("until the rebels explained the attack").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import FUTURE_MODALS, SUBJECTS, roots_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.lexicon import Lexicon

_ANONYMITY = {"name", "identify"}
_ANONYMOUS = {"anonymity", "confidentiality"}

# Backing a party to a conflict is aid or alignment, no statement: 'rebels backed by Iran',
# 'Iran has backed the Houthis'; backing a plan or a resolution is one.
_BACKING = {"back", "support"}
_PARTIES = frozenset(
    {
        "rebel",
        "militia",
        "militant",
        "force",
        "fighter",
        "troop",
        "army",
        "separatist",
        "insurgent",
        "group",
        "faction",
        "regime",
        "government",
        "movement",
        "proxy",
    }
)


def backs_a_party(lemma: str, content: Sequence[Token]) -> bool:
    roots = roots_of(content)
    if lemma not in _BACKING or len(roots) != 1:
        return False
    root = roots[0]
    return (
        root.lemma_.lower() in _PARTIES
        or root.ent_type_ in {"ORG", "NORP", "GPE"}
        or root.tag_ == "NNPS"
    )


# Verbs that hand over people as well as documents: 'released a statement' says something,
# 'released 20 hostages' or 'released Alan Gross' frees them.
_HANDING_OVER = {"release", "issue"}
_CAPTIVES = frozenset(
    {
        "hostage",
        "prisoner",
        "detainee",
        "captive",
        "soldier",
        "civilian",
        "people",
        "person",
        "man",
        "woman",
        "child",
        "fighter",
        "journalist",
        "worker",
        "inmate",
        "sailor",
        "crew",
        "body",
    }
)


def frees_someone(lemma: str, content: Sequence[Token]) -> bool:
    """'Rebels released 20 hostages', 'Cuba also released Alan Gross, an American contractor':
    freeing people is an act, no statement."""
    if lemma not in _HANDING_OVER:
        return False
    roots = roots_of(content)
    if len(roots) != 1 or roots[0].dep_ != "dobj":
        return False
    root = roots[0]
    return (
        root.ent_type_ == "PERSON"
        or root.lemma_.lower() in _CAPTIVES
        or root.lower_ in {"him", "her", "them"}
    )


# What a declaration puts in force: 'declared a ceasefire', 'a curfew was declared'.
_IN_FORCE = frozenset(
    {"ceasefire", "cease-fire", "truce", "curfew", "lockdown", "mourning", "holiday"}
    | {"blockade", "amnesty", "emergency", "siege", "law", "independence", "moratorium"}
)


def puts_in_force(verb: Token) -> bool:
    """'The junta declared a temporary ceasefire', 'since the truce was declared', 'declared a
    state of emergency', 'declared martial law': declaring a truce, a curfew or a war is an
    act, no statement; 'declared the vote fraudulent', 'declared that ...' and 'declared war on
    X' (a declaration the declarer makes public, as PolNeAR's annotators read it) are."""
    if verb.lemma_.lower() != "declare":
        return False
    if any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} for c in verb.children):
        return False
    declared = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if declared is None:
        return False
    nouns = {declared.lemma_.lower()}
    if declared.lemma_.lower() == "state":
        nouns = {
            o.lemma_.lower() for p in declared.children if p.lower_ == "of" for o in p.children
        }
    return bool(nouns & _IN_FORCE)


def asks_anonymity(content: Sequence[Token]) -> bool:
    """'(a diplomat who) asked not to be named': asking for anonymity is no statement; 'said
    the commander's name was not left off the list' is one, and so is '“I don't identify with
    them,” she said': only being named (a passive) is asked for. '(an official who) requested
    anonymity' asks for it by name: the whole of what is asked is the anonymity."""
    words = [t for t in content if not t.is_punct]
    if len(words) == 1 and words[0].lemma_.lower() in _ANONYMOUS:
        return True
    return any(
        t.lemma_.lower() in _ANONYMITY
        and t.tag_ == "VBN"
        and any(c.dep_ == "neg" for c in (*t.children, *t.head.children))
        for t in content
    )


def connective(verb: Token) -> bool:
    """'That said, ...', 'Having said that, ...', 'That being said, ...': a turn in the
    writer's own argument, no one's statement."""
    if verb.lemma_.lower() != "say":
        return False
    words = [t.lower_ for t in verb.doc[max(verb.i - 2, 0) : verb.i + 3]]
    at = min(verb.i, 2)
    before, after = words[:at], words[at + 1 :]
    return (
        (before[-1:] == ["that"] and after[:1] == [","] and _opens_clause(verb.doc[verb.i - 1]))
        or (before[-2:] == ["that", "being"] and after[:1] == [","])
        or (before[-1:] == ["having"] and after[:2] == ["that", ","])
    )


def _opens_clause(token: Token) -> bool:
    """'That said, ...', 'But that said, ...': the word opens its clause; in 'a banner that
    said, “...”' it is a relative pronoun after a noun."""
    return token.is_sent_start or token.i == 0 or token.nbor(-1).pos_ in {"PUNCT", "CCONJ"}


# Happenings that "threaten" a truce or a town the way a storm does: no threat is uttered.
_HAPPENINGS = frozenset(
    {
        "escalation",
        "fighting",
        "violence",
        "crisis",
        "conflict",
        "war",
        "situation",
        "offensive",
        "shelling",
        "clash",
        "attack",
        "strike",
        "advance",
        "move",
        "decision",
        "flood",
        "flooding",
        "drought",
        "famine",
        "outbreak",
        "epidemic",
        "unrest",
    }
)


# What is agreed, never who agrees.
_PACTS = {"truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "pact", "plan"}


def no_speaker(verb: Token, source: Token) -> bool:
    """ "No group claimed responsibility", "nobody said", "none of the factions has claimed
    the attack": no one made the statement; "none of the envoys thought a truce was likely"
    is a view every one of them holds. "The escalation threatened a fragile truce": a
    happening endangers, no one threatens. "A truce agreed in May": a pact agrees nothing."""
    if source.lower_ in ("nobody", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in source.children
    ):
        return True
    if source.lower_ == "none" and verb.lemma_.lower() == "claim":
        return True
    if verb.lemma_.lower() == "agree" and source.lemma_.lower() in _PACTS:
        # 'A truce agreed in Luanda collapsed', 'a ceasefire agreed with the militia': the
        # parser took the participle for a verb and the pact for who agreed
        return True
    return verb.lemma_.lower() == "threaten" and source.lemma_.lower() in _HAPPENINGS


_PURSUING = {"seek", "challenge"}


def describes_a_noun(verb: Token) -> bool:
    """'a militia called the Free Brigade' names the militia; 'families seeking asylum',
    'a request seeking comment' say what someone is after: neither is a statement. 'A group
    called by the ministry' (with its agent) is left to the other rules."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" and lemma in _PURSUING:
        # 'the senator, who is seeking reelection', 'a colonel who is challenging the
        # president for his post': what a person is after or running against describes him.
        return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    if verb.dep_ != "acl":
        return False
    if lemma == "call" and verb.tag_ == "VBN":
        return not any(c.dep_ == "agent" for c in verb.children)
    return lemma == "seek" and verb.tag_ == "VBG"


def imperative(verb: Token) -> bool:
    """A bare verb opening its sentence, with no subject or auxiliary of its own."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and verb.i == verb.sent.start
        and not any(c.dep_ in {*SUBJECTS, "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


_CONDITIONS = {"until", "unless", "till"}


def awaited(verb: Token) -> bool:
    """'The government would suspend the talks until the rebels explained the attack', 'we
    will not return unless the army apologises': the condition of an act to come names a
    statement that no one has made yet."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children
    ):
        return False
    head = verb.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in head.children)


_SHOWING_UP_AT = {"on", "before", "at", "in"}


def shows_up(verb: Token, lex: Lexicon) -> bool:
    """'The spokesman appeared on state television to deny the reports': appearing somewhere
    to make a statement is showing up, not seeming; the statement is the infinitive's."""
    if verb.lemma_.lower() != "appear":
        return False
    place = next(
        (c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in _SHOWING_UP_AT), None
    )
    return place is not None and any(
        c.dep_ in {"xcomp", "advcl"}
        and c.i > place
        and c.lemma_.lower() in lex
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
