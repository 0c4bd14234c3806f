"""Who did it and to whom: the actor, target and asker words of a trigger, from the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.actors.lexicon import WEAPONS
from sitrep.attribution.clauses import misattached_conjunct
from sitrep.attribution.lexicon import lexicon
from sitrep.events import triggers
from sitrep.events.candidates import LIGHT_FORMS, LIGHT_VERBS, TALKS
from sitrep.events.found import ACCUSING_VERBS, phrase
from sitrep.records import EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_ACTOR_MODIFIER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


# Pronouns that stand for an actor named before them in the sentence, and whether they
# stand for a person ('he'), for anything but a person ('it'), or for either ('they').
_PRONOUNS = {
    "he": True,
    "she": True,
    "his": True,
    "her": True,
    "it": False,
    "its": False,
    "they": None,
    "their": None,
    "we": None,
    "our": None,
}
# Possessives that say when, not who: 'last month's invasion', 'Sunday's attack'.
_TIME_WORDS = frozenset(
    {"year", "month", "week", "day", "today", "yesterday", "weekend", "night", "decade"}
)
# Nouns of troops moving, whose 'of' phrase names who moved.
_MOVES = frozenset({"deployment", "withdrawal", "pullout", "redeployment", "arrival"})
# Participles whose passive-looking subject holds the view: 'Israel is opposed to ...'.
_STATIVE = frozenset({"oppose", "commit"})


def _antecedent(pron: Token) -> Token | None:
    """What a pronoun actor stands for: the subject of a clause it is reported or told in
    ('Iraq said it would allow ...', 'the ILO reiterated its demand'), nearest first; a
    person for 'he', no person for 'it'."""
    person = _PRONOUNS[pron.lower_]
    inside = {x.i for x in pron.ancestors} | {pron.i}
    node = pron
    for _ in range(12):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        for c in node.children:
            if c.dep_ != "nsubj" or c.i in inside or c.pos_ == "PRON" or c.i > pron.i:
                continue
            if pron in c.subtree:
                continue
            is_person = c.ent_type_ == "PERSON"
            if person is True and not (is_person or c.pos_ == "NOUN"):
                continue
            if person is False and is_person:
                continue
            return c
    return None


def _person_before(pron: Token) -> Token | None:
    """Who 'he' or 'she' opening a clause of a sentence with no one else to stand for is: the
    person named as the subject of the sentence before, in the same paragraph ('Spokesman X
    told state television ... . He accused the rebels of ...')."""
    if _PRONOUNS[pron.lower_] is not True or pron.lower_ not in {"he", "she"}:
        return None
    sent = pron.sent
    if sent.start == 0:
        return None
    last = pron.doc[sent.start - 1]
    if "\n" in last.whitespace_ or "\n" in sent.text[: pron.idx - sent.start_char]:
        return None  # a paragraph's first sentence
    if last.is_space and "\n" in last.text:
        return None
    before = pron.doc[sent.start - 1].sent
    if "\n" in before.text.strip():
        return None
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return subject


def _acronym_actor(c: Token) -> bool:
    """A group's initials as a noun's modifier ('an RSF attack', 'a PKK ambush'), which the
    parser often leaves untagged; not a place or a time ('a US strike' is tagged GPE)."""
    return (
        c.dep_ == "compound"
        and c.i < c.head.i
        and len(c.text) >= 2
        and c.text.isalpha()
        and c.text.isupper()
        and c.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
    )


# Words for a state's armed or ruling bodies that may stand after its name before an event
# noun: 'a Myanmar military air strike', 'an Israeli army raid'.
_FORCE_WORDS = frozenset(
    {"military", "army", "navy", "junta", "police", "paramilitary", "government", "regime"}
)


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


def actor_words(t: Token, actor: Token) -> Span:
    """The words of the actor ``actor`` of the trigger ``t``: its phrase; for a state's name
    before an event noun followed by the word for its forces ('a Myanmar military air strike',
    'an Israeli army raid'), the name and that word, the forces acting and not the state."""
    named = next(
        (c for c in actor.children if c.dep_ == "appos" and c.i > actor.i and c.pos_ == "PROPN"),
        None,
    )
    if (
        actor.pos_ == "NOUN"
        and named is not None
        and named.ent_type_ in {"ORG", "NORP", ""}
        and actor.lemma_.lower() not in _SPOKESPEOPLE
    ):
        # "Machar's party, the SPLM-IO, denied": the body the appositive names, not the
        # words that describe it (whose owner is someone else); a spokesman named so speaks
        # for the body he is told of ('a spokesman for the rebels, X, denied')
        return phrase(named)
    words = phrase(actor)
    members = next(
        (c for c in actor.children if c.dep_ == "nmod" and c.i < actor.i and c.lower_ in _MEMBERS),
        None,
    )
    if members is not None and members.right_edge.i + 1 < actor.i:
        # 'Fighters of Farland's Liberation Army attacked' parsed with the army as the
        # subject: the group's name, not its members' word
        words = Span(actor.doc[members.right_edge.i + 1].idx, words.end)
    if t.pos_ != "NOUN" or actor.head.i != t.i or actor.i > t.i:
        return words
    force = next(
        (
            c
            for c in t.children
            if actor.i < c.i < t.i
            and c.dep_ in {"amod", "compound", "nmod"}
            and c.lower_ in _FORCE_WORDS
        ),
        None,
    )
    if force is None:
        return words
    return Span(words.start, max(words.end, force.idx + len(force.text)))


# People named only as a group's members: 'fighters of the Liberation Army' are the group.
_MEMBERS = frozenset(
    {"fighter", "member", "militant", "combatant", "gunman"}
    | {"fighters", "members", "militants", "combatants", "gunmen"}
)


def _group_of(x: Token) -> Token:
    """'Fighters of Farland's Liberation Army (FLA)': the named group the members are of."""
    if x.lemma_.lower() not in _MEMBERS and x.lower_ not in _MEMBERS:
        return x
    for c in x.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            group = next((g for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and group.pos_ == "PROPN":
                return group
    return x


# Verbs of force that take what they are done to as their object: told in a headline with
# no object and no auxiliary ('UN helicopter attacked'), their subject is what it was done to.
# Not the verbs of force that need no object ('clashed', 'advanced', 'exploded', 'fired').
_INTRANSITIVE = frozenset({"clash", "fight", "battle", "advance", "explode", "fire", "blow"})
_DONE_TO = frozenset(
    v
    for v, kinds in triggers.VERBS.items()
    if v not in _INTRANSITIVE and set(kinds) & {EventType.ASSAULT, EventType.COERCE}
)
# How a title line may end other than a sentence does.
_CLOSING = frozenset(".!?:;")


def _title_line(t: Token) -> bool:
    """Whether ``t`` is in the article's title line: the text's first line, standing alone
    (a line break after it) and ending without a full stop."""
    text = t.doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    if text[:start].strip():
        return False
    end = text.find("\n", t.idx)
    if end < 0:
        return False
    line = text[start:end].strip()
    return bool(line) and line[-1] not in _CLOSING


def headline_passive(t: Token) -> bool:
    """A headline's passive told without its auxiliary ('UN helicopter attacked as militia
    overruns army base', 'Five soldiers killed in ambush'): headlines tell an act done in the
    present tense ('militia overruns'), so a past form of a verb of force with a subject and
    no object there says what was done to the subject, by no one named."""
    if t.pos_ != "VERB" or t.tag_ not in {"VBD", "VBN"} or t.lower_ == t.lemma_.lower():
        return False
    if t.lemma_.lower() not in _DONE_TO:
        return False
    deps = {c.dep_ for c in t.children}
    if "nsubj" not in deps or deps & {"dobj", "agent", "aux", "auxpass", "nsubjpass"}:
        return False
    return _title_line(t)


def _relative_noun(found: Token, t: Token) -> Token:
    """The noun a relative pronoun stands for ('militants who attacked a checkpoint': the
    militants), else the word itself."""
    if found.tag_ in {"WP", "WDT"} and t.dep_ == "relcl" and t.head.pos_ in {"NOUN", "PROPN"}:
        return t.head
    return found


def actor_of(t: Token) -> Token | None:
    if headline_passive(t):
        return None
    found = _direct_actor(t)
    if found is not None and found.lower_ in TALKS:
        return None  # 'Ceasefire talks open in Doha as shelling hits Kharkiv': talks do no act
    if found is not None:
        found = _relative_noun(found, t)
    if found is not None and found.pos_ == "PRON" and found.lower_ in _PRONOUNS:
        return _antecedent(found) or _person_before(found) or found
    return _group_of(found) if found is not None else None


def _direct_actor(t: Token) -> Token | None:
    if t.lemma_.lower() in _STATIVE and not any(c.dep_ == "agent" for c in t.children):
        for c in t.children:
            if c.dep_ == "nsubjpass":
                return c
    for c in t.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    for c in t.children:
        if c.dep_ == "aux" and c.i < t.i:
            # the parser may hang the subject on the auxiliary ('its jets had targeted')
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    head = t.head
    if t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "poss" and not (
                c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in _TIME_WORDS
            ):
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        # 'undertook a mediation mission': the noun the event word names
        noun = head if t.dep_ == "compound" and head.pos_ == "NOUN" else t
        verb = noun.head
        if noun.dep_ == "dobj" and (
            verb.lemma_.lower() in LIGHT_VERBS or verb.lower_ in LIGHT_FORMS
        ):
            return actor_of(verb)
        if t.lemma_.lower() in _MOVES:
            # 'the deployment of NATO troops': the troops moved
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
        for c in t.children:
            if (
                c.dep_ in {"amod", "compound", "nmod"}
                and c.ent_type_ in _ACTOR_MODIFIER_ENTITIES
                and c.i < t.i
            ):
                return c
        for c in t.children:
            if _acronym_actor(c):
                return c  # 'an RSF attack': the group named by its initials
    if t.dep_ == "acomp" and head.pos_ == "AUX":
        return actor_of(head)  # 'Israel is opposed to ...'
    # 'opened fire to disperse', 'is prepared to impose': the governing clause's subject
    if (
        t.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and head.pos_ == "ADJ"
        and head.dep_ == "acomp"
    ):
        return actor_of(head.head)
    if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return actor_of(head) if head.pos_ in {"VERB", "AUX"} else None
    # 'accused Azerbaijan of targeting': the accused is the actor of the embedded event
    if t.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        if verb.dep_ == "dobj" and verb.head.lemma_.lower() in ACCUSING_VERBS:
            # 'accused the army of shelling the market': the parse hung 'of' on the accused
            return verb
    if t.dep_ == "conj" and (subject := _misread_subject(t)) is not None:
        return subject
    if t.dep_ == "conj" and (subject := _reduced_relative_subject(t)) is not None:
        return subject
    if misattached_conjunct(t) and t.lemma_.lower() in lexicon():
        # 'said its teams had received 62 wounded, and urged both sides to ...': the parse
        # coordinated the second report with the reported clause; it is the speaker's
        return actor_of(t.head.head)
    # 'vowed to fight', 'continued shelling', conjoined verbs: the governing verb's subject;
    # not for a clause with a passive subject of its own ('said the group was working with
    # the rebels and that several officials had been arrested': by no one named)
    if (
        t.dep_ in {"xcomp", "conj"}
        and head.i != t.i
        and head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "nsubjpass" for c in t.children)
    ):
        return actor_of(head)
    return None


def _misread_subject(t: Token) -> Token | None:
    """The subject of a conjoined clause that the parser hung on the clause before as a
    conjunct of its object ('Hezbollah was to withdraw south of the Litani and Israel was to
    pull out': 'Israel' read as a second river): a name right before a finite verb with no
    subject of its own is that verb's subject, not the first clause's."""
    if t.i == 0 or t.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
        return None
    before = t.doc[t.i - 1]
    if before.dep_ == "conj" and before.pos_ in {"PROPN", "NOUN"} and before.head.i < before.i:
        return before
    return None


def _reduced_relative_subject(t: Token) -> Token | None:
    """The subject of a verb the parser hung on the main clause as a conjunct when a noun's
    participle stood before it ('jets struck Gaza after rockets fired from the enclave killed
    three': 'fired' read as the verb of 'rockets', 'killed' as a second verb of 'struck'): a
    conjunct with no 'and' or comma before it, right after a clause with a subject of its
    own, is that subject's verb."""
    if t.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
        return None
    if t.doc[t.i - 1].pos_ in {"CCONJ", "PUNCT"}:
        return None
    for c in t.head.children:
        if c.dep_ == "advcl" and c.i < t.i and c.right_edge.i == t.i - 1:
            return next((g for g in c.children if g.dep_ == "nsubj"), None)
    return None


_SAYING = frozenset(
    {"say", "declare", "announce", "insist", "tell", "warn", "state", "reiterate", "add", "stress"}
)


def asker_of(t: Token) -> Token | None:
    """Who demands an act told as due ('X said Y must withdraw'): the subject of the saying
    verb whose reported clause holds it."""
    node = t
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ in {"ccomp", "parataxis"} and (
            node.head.lemma_.lower() in _SAYING or node.head.lower_ in {"said", "says"}
        ):
            subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            return actor_of(node.head) if subject is None else subject
        node = node.head
    return None


# Verbs of fighting each other: 'troops and militiamen clashed' tells both sides.
_RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish"})


def target_of(t: Token) -> Token | None:
    if headline_passive(t):
        return next(c for c in t.children if c.dep_ == "nsubj")
    for c in t.children:
        if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            return _relative_noun(c, t)
    if t.pos_ == "VERB" and t.lemma_.lower() not in _STATIVE:
        for c in t.children:
            # 'two commanders were arrested', 'militants who were captured': the passive's
            # subject is who it was done to
            if c.dep_ == "nsubjpass" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
                return _relative_noun(c, t)
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "with"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            # 'on Saturday', 'at dawn': when, not whom
            if obj is not None and c.lower_ != "with" and obj.ent_type_ not in {"DATE", "TIME"}:
                return obj
    if t.lemma_.lower() in _RECIPROCAL:
        # 'government forces and militiamen clashed': the second side
        for c in t.children:
            if c.dep_ == "nsubj":
                return next((g for g in c.children if g.dep_ == "conj"), None)
    return None


def governing_verb(t: Token) -> Token | None:
    node = t
    for _ in range(10):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


# Nouns of a side's fighting men, whose owner named by a possessive pronoun ('said its forces
# had struck') is the side that acted.
_OWN_FORCES = frozenset({"force", "troop", "soldier", "army", "military", "navy", "unit"})


def _named_country(t: Token) -> str | None:
    """The country (ISO code) a state's adjective or name before the word ``t`` names, or
    ``t`` itself names ('Israeli warplanes', "Russia's defence ministry", 'Israel')."""
    from sitrep.geo.countries import country_by_demonym, country_by_name

    words = [t] if t.pos_ == "PROPN" else []
    words += [c for c in t.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < t.i]
    for c in words:
        country = country_by_demonym(c.text) or country_by_name(c.text)
        if country is not None:
            return country.iso2
    return None


def pronoun_owner(t: Token) -> Token | None:
    """Whom 'its' or 'their' owning a side's forces or weapons stands for ('the U.S. Central
    Command said its forces had shot down ...': the Command), if told."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in WEAPONS | _OWN_FORCES:
        return None
    owner = next((c for c in t.children if c.dep_ == "poss" and c.i < t.i), None)
    if owner is None or owner.lower_ not in {"its", "their"}:
        return None
    return _antecedent(owner)


def weapon_country(t: Token) -> str | None:
    """The country (ISO code) whose weapon the actor word ``t`` is, when a state's adjective or
    name modifies it ('Russian drones', "Ukraine's drones", 'Israeli warplanes'): that state's
    forces fired it. None for any other word ('Iranian-made drones' name no one who fired).
    A weapon or force owned by a pronoun is its antecedent's: 'the Israeli military said its
    jets had struck', "Russia's defence ministry said its forces had carried out a strike"."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or lemma not in WEAPONS | _OWN_FORCES:
        return None
    owner = next((c for c in t.children if c.dep_ == "poss" and c.i < t.i), None)
    if owner is not None and owner.lower_ in {"its", "their"}:
        antecedent = _antecedent(owner)
        return _named_country(antecedent) if antecedent is not None else None
    return _named_country(t) if lemma in WEAPONS else None


def armed_group_named(t: Token) -> bool:
    """Whether the event word's actor is an organisation named without a state's name ('the
    Arakan Army', 'the Kachin Independence Army'): a non-state armed group, where 'the
    Myanmar Army' or 'Pakistan's army' is a state's."""
    actor = actor_of(t)
    if actor is None or actor.ent_type_ != "ORG" or actor.pos_ != "PROPN":
        return False
    from sitrep.geo.countries import country_by_demonym, country_by_name

    name = [x for x in actor.subtree if x.i < actor.i and x.dep_ in {"compound", "amod", "poss"}]
    return not any(country_by_demonym(x.text) or country_by_name(x.text) for x in name)
