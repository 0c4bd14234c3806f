"""Verbs of harm or force whose clause tells of no act of violence.

- Nature's harm: an earthquake, a flood or a storm that 'struck' a region, 'killed 17 people'
  or 'destroyed 2,000 homes' is no one's act ('heavy rains have killed', 'a quake struck the
  north, damaging dozens of houses', 'were killed in the floods'). The disaster is the verb's
  subject, the noun just before it (the parser may hang 'after an earthquake struck' on the
  noun before), or what the harmed were killed 'in' or 'by'; a participle or a second verb
  ('..., killing five', '... and destroyed homes') shares its verb's subject.
- Harm by accident: 'were injured when a lift cable snapped', 'were killed in a road
  accident': the harm has no doer and its cause, told in the clause, is a mishap with no word
  of force in it (:func:`accidental_harm`), or a blast at a workplace ('injured in an explosion
  at a coal mine'); 'killed when their truck hit a mine' and 'when a
  building collapsed after an air strike' stay acts.
- Harm denied or untold: 'none of its soldiers had been killed', 'no one was hurt', 'did not
  say how many of its fighters had been wounded' report no harm done (the act told beside it
  in the sentence, 'repelled an attack', stays an event of its own).
- A figure of an act told before: 'Eleven women were among the dead' (:func:`toll_figure`).
- The harmed as a hospital received or treats them: 'had received 16 bodies and more than 30
  wounded', 'was treating 55 wounded people', or as they were carried to care ('the wounded
  had been taken to the city's hospital') (:func:`casualties_received`): the toll of an act
  told elsewhere, no act at the hospital.
- Civilians fleeing: 'civilians who fled its crimes', 'thousands flee', 'forced residents to
  flee' is displacement, no armed side's retreat (PLOVER RETREAT is a force's withdrawal),
  and the records have no kind for it (:func:`civilians_fleeing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events import triggers
from sitrep.events.harm import HARM

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DISASTERS = frozenset(
    {
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
        "flood",
        "flooding",
        "floodwater",
        "rain",
        "rainfall",
        "downpour",
        "deluge",
        "monsoon",
        "storm",
        "rainstorm",
        "snowstorm",
        "cyclone",
        "hurricane",
        "typhoon",
        "tornado",
        "landslide",
        "landslip",
        "mudslide",
        "avalanche",
        "drought",
        "tsunami",
        "heatwave",
        "blizzard",
        "lightning",
        "eruption",
        "wildfire",
        "bushfire",
    }
)
# Spans of time a disaster lasts: 'days of flooding'.
_SPELLS = frozenset({"hour", "day", "week", "month", "night", "spell", "season"})
# Verbs of harm whose count may be denied or left untold.
_HARM = HARM
# Subjects that deny the harm: 'none of its soldiers', 'nobody', 'no one'.
_NONE = frozenset({"none", "nobody", "noone", "no-one"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# What the harmed were killed 'in' or 'by' ('killed in the floods', 'hurt by lightning');
# 'during heavy rain' tells only when ('shelling killed five people during heavy rain').
_CAUSES = frozenset({"in", "by", "from"})


def _disaster(t: Token) -> bool:
    """A disaster's noun, or a span of one ('days of heavy flooding', 'hours of rain')."""
    if t.lemma_.lower() in DISASTERS or t.lower_ in DISASTERS:
        return True
    return t.lemma_.lower() in _SPELLS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in DISASTERS for g in c.children if g.dep_ == "pobj")
        for c in t.children
    )


def _doer_verb(t: Token) -> Token:
    """The verb whose subject ``t`` shares: itself, or the verb it is a participle of
    ('struck the region, damaging houses') or a second verb of ('killed 17 and destroyed')."""
    node = t
    for _ in range(3):
        shares = node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG")
        own = any(c.dep_ in _SUBJECTS for c in node.children)
        if not shares or own or node.head.i == node.i:
            return node
        node = node.head
    return node


def natural_harm(t: Token) -> bool:
    """Whether the verb ``t`` tells what a natural disaster did ('a quake struck the north',
    'flooding has killed 17 people and destroyed homes', 'were killed in a landslide')."""
    verb = _doer_verb(t)
    for c in verb.children:
        if c.dep_ in _SUBJECTS and _disaster(c):
            return True
        if c.dep_ == "agent" and any(_disaster(g) for g in c.children if g.dep_ == "pobj"):
            return True
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    # the noun just before the verb, when the parser hung the disaster elsewhere
    if before is not None and before.pos_ == "NOUN" and _disaster(before):
        return True
    if verb.lemma_.lower() in _HARM and not any(c.dep_ == "agent" for c in verb.children):
        return any(
            c.dep_ == "prep"
            and c.lower_ in _CAUSES
            and any(_disaster(g) for g in c.children if g.dep_ == "pobj")
            for c in verb.children
        )
    return False


# Mishaps that harm people with no one's act: what the harmed were hurt 'in' or 'by'.
_ACCIDENTS = frozenset(
    {"accident", "crash", "collapse", "derailment", "cave-in", "malfunction", "mishap"}
)
# Blasts that a workplace's own trade sets off: 'an explosion at a coal mine', 'a fire at a
# chemical plant'.
_BLASTS = frozenset({"explosion", "blast", "fire"})
# Workplaces whose blasts are industrial mishaps (a mine 'at' which it happened is a pit, not a
# landmine: 'hit a mine' stays an act).
_WORKPLACES = frozenset(
    {"mine", "colliery", "quarry", "factory", "plant", "refinery", "mill", "workshop", "pit"}
)


def workplace_blast(g: Token) -> bool:
    """A blast at a workplace with no other word of force told ('an explosion at a coal
    mine', 'were hurt in a blast at a refinery'; not 'an explosion at a factory after a drone
    strike')."""
    if g.lemma_.lower() not in _BLASTS:
        return False
    sites = [
        p
        for c in g.children
        if c.dep_ == "prep" and c.lower_ in {"at", "in"}
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _WORKPLACES
    ]
    # 'were hurt in a blast at a refinery': the parse may hang the site on the verb of harm
    verb = g.head.head if g.dep_ == "pobj" and g.head.lower_ == "in" else None
    beside = [
        p
        for c in (verb.children if verb is not None and verb.lemma_.lower() in _HARM else ())
        if c.dep_ == "prep" and c.lower_ in {"at", "in"} and c.i > g.i
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _WORKPLACES
    ]
    if not sites and not beside:
        return False
    skip = {g.i, *(p.i for p in sites + beside)}
    return _forceless(g, skip=skip) and all(_forceless(p, skip=skip) for p in beside)


def blast_retold(t: Token) -> bool:
    """Whether the back-reference ``t`` ('the blast', 'the explosion') retells a workplace
    blast told before it ('Three workers were injured in an explosion at a coal mine. The blast
    damaged the shaft'): the nearest blast named before is a mishap, so this is no act either."""
    if t.lemma_.lower() not in _BLASTS:
        return False
    earlier = (x for x in reversed(t.doc[: t.sent.start]) if x.pos_ == "NOUN")
    nearest = next((x for x in earlier if x.lemma_.lower() in _BLASTS), None)
    return nearest is not None and workplace_blast(nearest)


# What things do in a mishap: 'when a lift cable snapped', 'after the roof caved in'.
_MISHAPS = frozenset(
    {
        "snap",
        "collapse",
        "crash",
        "derail",
        "capsize",
        "overturn",
        "sink",
        "cave",
        "topple",
        "flip",
        "skid",
        "plunge",
        "fail",
        "malfunction",
        "leak",
    }
)
# Conjunctions that tell a clause as the harm's cause: 'when the wall collapsed'.
_WHEN = frozenset({"when", "as", "after"})


def _forceless(t: Token, *, skip: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether no word of the subtree of ``t`` is a word of force ('after an air strike'; a
    verb read among the verbs, a noun among the nouns: 'a lift cable' lifts nothing), leaving
    out the words ``skip`` and ``t`` itself where it names a mishap."""
    for x in t.subtree:
        lemma = x.lemma_.lower()
        if x.i in skip or (x.i == t.i and lemma in _MISHAPS):
            continue
        if lemma in (triggers.VERBS if x.pos_ == "VERB" else triggers.NOUNS):
            return False
    return True


def accidental_harm(t: Token) -> bool:
    """Whether the verb of harm ``t`` tells harm by a mishap, no one's act: it has no doer
    ('were injured', not 'injured by gunmen') and its cause is a mishap with no word of force
    in it ('when a lift cable snapped', 'in a road accident', 'when a tunnel wall
    collapsed')."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _HARM:
        return False
    doers = [c for c in t.children if c.dep_ in {"agent", "nsubj"}]
    if doers:
        # 'injured by gunmen', 'the blast injured seven'; but 'a blast at a mine injured seven'
        return all(c.dep_ == "nsubj" and workplace_blast(c) for c in doers)
    for x in t.subtree:
        if (
            x.pos_ == "VERB"
            and x.lemma_.lower() in _MISHAPS
            # 'when a cable snapped' (the parser may hang it on 'on Tuesday')
            and any(m.dep_ in {"mark", "advmod"} and m.lower_ in _WHEN for m in x.children)
            and _forceless(x)
        ):
            return True
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in _CAUSES:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _ACCIDENTS and _forceless(g):
                    return True
                if g.dep_ == "pobj" and workplace_blast(g):
                    return True  # 'injured in an explosion at a coal mine'
    return False


def harm_denied(t: Token) -> bool:
    """Whether the verb of harm ``t`` tells harm that did not happen or is not told: its
    subject denies it ('none of its soldiers had been killed', 'no civilians were hurt'), or
    it stands in a question left open ('did not say how many fighters had been wounded')."""
    if t.lemma_.lower() not in _HARM:
        return False
    for c in t.children:
        if c.dep_ not in _SUBJECTS:
            continue
        if c.lower_ in _NONE:
            return True
        if any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True  # 'no soldiers were killed', 'no one was hurt'
        if c.lower_ in {"many", "much"} and any(g.lower_ == "how" for g in t.children):
            return True  # 'how many ... had been wounded'
        if c.lower_ in {"many", "much"} and any(g.lower_ == "how" for g in c.children):
            return True
    return False


# Who an act's toll counts: 'among the dead', 'the victims included'.
_THE_HARMED = frozenset(
    {"dead", "victim", "casualty", "fatality", "killed", "wounded", "injured", "body"}
)


def toll_figure(sent: Span) -> bool:
    """Whether the sentence only tells who were among those an act told before harmed
    ('Eleven women were among the dead', 'The victims included four children'): a figure of
    that act, no act of its own."""
    root = sent.root
    # 'Eleven women were among the dead, a doctor told reporters': the told clause
    told = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
    return any(_figure(verb) for verb in (root, *told))


def _figure(root: Token) -> bool:
    lemma = root.lemma_.lower()
    if lemma == "be":
        return any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and any(g.lemma_.lower() in _THE_HARMED or g.lower_ in _THE_HARMED for g in c.children)
            for c in root.children
        )
    if lemma == "include":
        return any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in _THE_HARMED or c.lower_ in _THE_HARMED)
            for c in root.children
        )
    return False


# What burns of itself once set: a fire, not anyone's act.
_FIRES = frozenset({"fire", "blaze", "flame", "inferno"})


def fire_burning(t: Token) -> bool:
    """'a huge fire that was still burning on Tuesday', 'flames burned for hours': a fire
    burning on, with nothing burned by anyone, is the outcome of an act, no act of its own."""
    if t.lemma_.lower() not in {"burn", "rage", "spread"}:
        return False
    if any(c.dep_ in {"dobj", "agent"} for c in t.children):
        return False  # 'militants burned houses'
    for c in t.children:
        if c.dep_ != "nsubj":
            continue
        # 'a fire that was still burning': the relative word stands for the fire
        subject = t.head if c.lower_ in {"that", "which"} and t.dep_ == "relcl" else c
        return subject.lemma_.lower() in _FIRES
    return False


# Verbs of taking in the harmed: a hospital, a morgue or a clinic.
_RECEIVING = frozenset({"receive", "treat", "admit", "tend"})
# How a harm word hangs on what is received: a participle of the number or the people
# ('14 wounded', 'wounded people'), a second object ('bodies and 30 wounded').
_HARMED = frozenset({"wounded", "injured", "dead", "hurt"})
_HELD = frozenset(
    {"advcl", "acl", "amod", "dobj", "conj", "nummod", "compound", "appos", "nsubjpass"}
)
# Verbs of carrying the harmed to care ('the wounded were taken to the hospital', 'medics
# rushed the injured to a clinic'), told with where they were carried, and of evacuating them.
_CARRYING = frozenset(
    {"take", "bring", "rush", "transfer", "move", "carry", "ferry", "transport", "drive", "fly"}
)
_EVACUATING = frozenset({"evacuate", "airlift", "medevac"})
_CARE = frozenset(
    {
        "hospital",
        "hospitals",
        "clinic",
        "clinics",
        "infirmary",
        "morgue",
        "mortuary",
        "medical",
        "health",
        "treatment",
        "ambulance",
        "ambulances",
    }
)


def _carried_to_care(verb: Token) -> bool:
    """'were taken to El Obeid Teaching Hospital', 'rushed to a clinic', 'were evacuated'."""
    lemma = verb.lemma_.lower()
    if lemma in _EVACUATING:
        return True
    if lemma not in _CARRYING:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "into", "by"}
        and any(w.lower_ in _CARE for w in c.subtree)
        for c in verb.children
    )


def casualties_received(t: Token) -> bool:
    """'had received 16 bodies and more than 30 wounded', 'received 14 wounded', 'was treating
    55 wounded people': the harmed as those who took them in count them, no act where they
    were received (the act that harmed them is told elsewhere). Not a gerund of what was done
    to them ('treated the prisoners harshly, killing two')."""
    if not (t.lemma_.lower() in HARM or t.lower_ in _HARMED) or t.tag_ == "VBG":
        return False
    node = t
    for _ in range(4):
        if node.dep_ not in _HELD or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _RECEIVING:
            return node.pos_ == "VERB"
        if node.pos_ == "VERB" and _carried_to_care(node):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return False
    return False


# Who flees when civilians do: people named as such, or counted ('thousands').
_CIVILIANS = frozenset(
    {
        "civilian",
        "resident",
        "villager",
        "people",
        "person",
        "family",
        "household",
        "child",
        "woman",
        "refugee",
        "inhabitant",
        "citizen",
        "population",
        "farmer",
        "herder",
        "migrant",
        "patient",
        "student",
        "worker",
        "thousand",
        "hundred",
        "dozen",
        "million",
    }
)
_FLEEING = frozenset({"flee"})
_RELATIVE = frozenset({"who", "that", "which"})


def _who_flees(verb: Token) -> Token | None:
    """The noun naming who flees: the verb's subject, the noun a relative 'who' stands for
    ('civilians who fled'), the object of the verb that made them ('forced residents to
    flee'), or the noun the verb tells of ('civilians fleeing the fighting')."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in {"xcomp", "ccomp"}:
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subject is None and verb.head.pos_ in {"NOUN", "PRON"} and verb.head.i < verb.i:
        # 'civilians fleeing the fighting'; a headline's 'thousands flee', which the parser
        # may hang on the noun
        return verb.head
    return subject


def civilians_fleeing(t: Token) -> bool:
    """'civilians who fled its crimes', 'more than 2,000 people fled the fighting', 'forced
    thousands of residents to flee': civilians' flight, not an armed side's retreat."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _FLEEING:
        return False
    who = _who_flees(t)
    if who is None:
        return False
    # 'thousands of residents': the counted noun names them as well as the count
    named = [
        who,
        *(
            g
            for c in who.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ),
    ]
    return any(n.lemma_.lower() in _CIVILIANS or n.lower_ in _CIVILIANS for n in named)
