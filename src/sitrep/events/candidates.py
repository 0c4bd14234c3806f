"""Which PLOVER types a trigger word may have, from its lemma and the words around it
('launched a strike' is an attack, 'staged a strike' a walkout; ties established or severed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.events import reference, triggers
from sitrep.records import EventType

if TYPE_CHECKING:
    from spacy.tokens import Token

_IDIOMS = frozenset({"deal", "agreement", "balance", "tone", "chord", "note", "bargain", "pose"})

_BLASTS = frozenset(
    {
        "bomb",
        "mine",
        "landmine",
        "device",
        "ied",
        "explosive",
        "shell",
        "grenade",
        "charge",
        "vest",
        "belt",
        "car",
        "kamikaze",
        "bomber",
        "rocket",
        "mortar",
        "booby-trap",
    }
)

_STRIKE_CALLS = frozenset({"stage", "hold", "declare", "begin", "start"})
# Ground that is taken or freed.
_GROUND = frozenset(
    {
        "village",
        "town",
        "city",
        "area",
        "district",
        "region",
        "territory",
        "neighborhood",
        "neighbourhood",
        "locality",
        "hill",
        "base",
    }
)
# Verbs whose subject suffers what the sentence tells of.
SUFFERED = frozenset({"die", "suffer", "sustain", "lose", "receive", "perish", "succumb"})
# What is given as help, given as relief, or eased as a concession.
_HELP = frozenset({"asylum", "refuge", "aid", "assistance", "visa", "loan", "supply", "funding"})
_RELIEF = frozenset({"amnesty", "pardon", "autonomy", "independence", "access", "clemency"})
_RESTRICTIONS = frozenset({"curfew", "restriction", "ban", "blockade", "sentence", "lockdown"})
# Nouns of asking: what they ask for is not given ('a request for aid', 'an appeal for help').
_PLEAS = frozenset({"request", "appeal", "plea", "call", "demand"})
# What is accepted when accepting concedes: another side's demands or terms.
_CONCESSIONS = frozenset({"demand", "condition", "term", "ultimatum", "request"})

# Verbs of standing by a side: 'rebels backed by Iran' tells a tie, not an act.
_BACKING = frozenset({"back", "support", "sponsor", "arm", "fund", "finance", "ally"})
# What two sides exchange when they fight.
_FIRE = frozenset({"fire", "gunfire", "shelling", "shell", "artillery", "shot", "mortar"})
# Verbs that meet a demand ('met their demands') or, negated, turn it down.
_MEET = frozenset({"meet", "satisfy", "heed", "fulfil", "fulfill"})
# Diplomatic ties opened (PLOVER SUPPORT) or ended (SANCTION).
_TIES = frozenset({"tie", "ties", "relation", "relations"})
_OPEN_TIES = frozenset({"establish", "restore", "resume", "normalize", "normalise", "upgrade"})
_END_TIES = frozenset({"sever", "break", "downgrade", "suspend"})
# What is defended when defending is approval: a right, a decision, a policy.
_STANCES = frozenset({"right", "decision", "policy", "action", "move", "plan", "stance"})
# Sending what helps: aid, supplies, arms.
_SENDING = frozenset({"send", "ship", "airlift", "fly", "dispatch"})
_SUPPLIES = _HELP | frozenset(
    {"material", "food", "medicine", "equipment", "weapon", "arm", "ammunition", "relief"}
)
_OUT = frozenset({"out", "back"})
# Verbs that end or pause what they are done to, and the fighting words they may end.
_HALTING = frozenset({"halt", "suspend"})
_HOSTILITIES = frozenset({"hostility", "hostilities"})
_OF_WAR = frozenset({"offensive", "military", "combat", "ground", "armed"})


def _fighting(x: Token) -> bool:
    """An object that names fighting: 'attacks', 'the offensive', 'hostilities', 'military
    operations' (an aid group's 'operations' are none)."""
    lemma = x.lemma_.lower()
    if lemma in {"operation", "operations"}:
        return any(c.dep_ == "amod" and c.lower_ in _OF_WAR for c in x.children)
    return triggers.NOUNS.get(lemma) == triggers.VIOLENT or lemma in _HOSTILITIES


def eases_fighting(t: Token) -> bool:
    """'halt offensive operations', 'suspend attacks': a verb that ends fighting, which it
    names as its object."""
    return t.lemma_.lower() in _HALTING and any(
        c.dep_ == "dobj" and _fighting(c) and _owned_by_none_else(c) for c in t.children
    )


# Owners of an act that are the halting side's own: 'halted its offensive'.
_OWN = frozenset({"its", "their", "his", "her", "our"})


def _owned_by_none_else(x: Token) -> bool:
    """Fighting the halting side may own: unowned ('halted offensive operations') or its own
    ('its offensive'); 'halted the rebels' advance' stops another side's fighting."""
    return all(c.lower_ in _OWN for c in x.children if c.dep_ == "poss")


# Closing down what publishes: ordered the paper to suspend publication (PLOVER COERCE).
_CLOSING = frozenset({"suspend", "close", "shut", "stop", "cease", "halt"})
_MEDIA = frozenset(
    {"publication", "newspaper", "paper", "broadcast", "broadcasting", "station", "website"}
)
# Verbs that give a welcome (a host receiving a visitor) or order patrols.
_RECEIVING = frozenset({"give", "extend", "accord", "receive"})
_ORDERING = frozenset({"order", "send", "step", "increase", "intensify", "launch", "begin"})


# People or forces whose future acts a warning can threaten: 'warned that troops would enter'.
_WHO_ACT = frozenset(
    {"troop", "force", "army", "soldier", "fighter", "militant", "rebel", "police", "military"}
)


def _by_form(form: str) -> tuple[EventType, ...] | None:
    """A regular verb the tagger lemmatised wrongly ('raped' as 'rap'): its form's stems."""
    stems: list[str] = []
    if form.endswith("ed"):
        stems = [form[:-1], form[:-2]]
    elif form.endswith("ing"):
        stems = [form[:-3] + "e", form[:-3]]
    elif form.endswith("es"):
        stems = [form[:-1], form[:-2]]
    return next((triggers.VERBS[s] for s in stems if s in triggers.VERBS), None)


def _foretold(t: Token) -> bool:
    """'warned that rolling blackouts would continue': what a warning foretells of things (no
    one named who would act, no act of force) is a forecast, no one's threat."""
    told = [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    if not told or any(c.dep_ in {"dobj", "nsubj"} for c in t.children if c.i > t.i):
        return False
    verb = told[0]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        bool(subjects)
        and all(c.pos_ == "NOUN" and not c.ent_type_ for c in subjects)
        and all(c.lemma_.lower() not in _WHO_ACT for c in subjects)
        and plover_candidates(verb) is None
    )


# Verbs that tell the interception itself, whatever is told falling.
_INTERCEPTING = frozenset({"intercept", "shoot", "down", "destroy"})


def _done_by_an_attack(verb: Token) -> bool:
    """What an attack did: 'a drone strike cut power to the city', 'the shelling halted the
    water supply', 'a drone struck the station, setting tanks ablaze and cutting electricity'."""
    if any(
        c.dep_ == "nsubj" and EventType.ASSAULT in triggers.NOUNS.get(c.lemma_.lower(), ())
        for c in verb.children
    ):
        return True
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    return (
        verb.tag_ == "VBG"
        and first.dep_ == "advcl"
        and first.tag_ == "VBG"
        and EventType.ASSAULT in triggers.VERBS.get(first.head.lemma_.lower(), ())
    )


# Verbs of cutting a service off, and the services a place may lose with no one named who cut
# them: 'communications have been cut', 'power and water were halted'.
_CUTTING = frozenset({"cut", "halt", "suspend"})
_SERVICES = frozenset(
    {"communication", "communications", "telecommunication", "telecommunications", "power"}
    | {"electricity", "water", "internet", "phone", "telephone", "landline", "network"}
    | {"signal", "gas", "heating", "service", "connection", "line", "supply", "mobile"}
)


def _service_lost(verb: Token) -> bool:
    """'Communications in the city have been cut', 'power and water were also cut': a service
    told as cut in the passive with no one named who cut it. A loss the place suffered, no
    sanction (PLOVER SANCTION is one side's measure against another: 'the EU cut aid to the
    government', 'Russia cut gas supplies to Moldova', 'was cut by the authorities' stay)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return False
    said = [s for subject in subjects for s in (subject, *subject.conjuncts)]
    return all(s.lemma_.lower() in _SERVICES or s.lower_ in _SERVICES for s in said)


# Words of talks an accord may name the subject of: 'ceasefire talks', 'truce negotiations'.
TALKS = frozenset({"talks", "negotiations"})


def talks_on_an_accord(t: Token) -> bool:
    """'ceasefire talks', 'Truce negotiations resume': talks named by the accord they are on
    (a headline's 'Ceasefire talks open' is parsed with 'talks' a verb)."""
    return (
        t.lower_ in TALKS
        and t.i > 0
        and t.doc[t.i - 1].lemma_.lower() in triggers.ACCORDS
        and t.doc[t.i - 1].dep_ in {"compound", "nsubj", "amod"}
        and t.doc[t.i - 1].head.i == t.i
    )


def plover_candidates(t: Token) -> tuple[EventType, ...] | None:
    lemma = t.lemma_.lower()
    if t.is_title and t.ent_type_ == "ORG" and t.ent_iob_ == "I" and not t.is_sent_start:
        return None  # a word of a name: 'the Group to Support Islam and Muslims'
    if talks_on_an_accord(t):
        # 'Ceasefire talks open in Doha': talks, whatever the parser made of the word
        return (EventType.CONSULT,)
    if t.pos_ == "VERB":
        if t.dep_ == "pcomp" and t.head.lower_ == "without":
            return None  # 'entered the town without fighting'
        if _forgone(t):
            return None  # 'to refrain from attacking civilians': a pledge, no attack
        if reference.debris_fell(t) and t.lemma_.lower() not in _INTERCEPTING:
            return None  # 'wreckage of a downed drone hit a warehouse': no strike of its own
        if any(c.dep_ == "neg" for c in t.children):
            if lemma in _MEET and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CONCESSIONS for c in t.children
            ):
                return (EventType.REJECT,)  # 'would not meet the kidnappers' demands'
            return None  # 'did not attack' reports no attack
        if (
            lemma == "meet"
            and any(c.dep_ == "nsubjpass" for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
        ):
            return None  # 'was met with protests', 'would be met with force': a response
        if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_ in _IDIOMS for c in t.children):
            return None  # 'strike a deal', 'strike a balance'
        if lemma == "strike" and any(c.dep_ in {"dobj", "nsubjpass"} for c in t.children):
            # 'struck a cargo ship', 'the ship was struck': something hit, never a walkout
            # (workers strike, with no object)
            return triggers.VIOLENT
        if triggers.VERBS.get(lemma) == (EventType.REQUEST,) and _charged(t):
            return None  # 'accused Israel of seeking pretexts': what is charged, no request
        if lemma == "call" and not any(
            c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in t.children
        ):
            return None  # 'so-called', 'a town called Kelso': only 'called for/on' asks
        objects = [c for c in t.children if c.dep_ == "dobj"]
        if no_act(t):
            return None  # 'the wounded', 'gathered for a church holiday', 'released a report'
        if lemma in _RELEASING and (_freed_in_a_raid(t, objects) or _freed_by_force(t)):
            return None  # 'overran the town, freeing 500 inmates': the raid's outcome
        if lemma in _RELEASING and _freed_in_an_operation(t):
            return (EventType.AID,)  # 'freed 30 captives during a rescue mission': a rescue
        if lemma in {"free", "liberate"} and any(c.lemma_.lower() in _GROUND for c in objects):
            return triggers.VIOLENT  # 'freed three villages from the militants'
        if lemma in _TAKING and any(_held_ground(c) for c in objects):
            return triggers.VIOLENT  # 'seized dozens of military posts': ground taken by force
        if lemma in _SEIZING and any({o.lemma_.lower(), o.lower_} & _ABDUCTEES for o in objects):
            return triggers.VIOLENT  # 'seized the captives': people taken, an abduction
        if lemma == "evacuate" and any({o.lemma_.lower(), o.lower_} & _EVACUEES for o in objects):
            return (EventType.AID,)  # 'evacuated 300 civilians': people brought to safety
        if _driven_out(t, objects):
            return triggers.VIOLENT  # 'drove the militants out of the town': force
        if lemma in _PROMISING and any(_threatened(x) for x in t.children if x.dep_ == "xcomp"):
            return (EventType.THREATEN,)  # 'promised to drive the forces out': a threat
        if lemma in _ASKING_FOR and _anonymity(t):
            return None  # 'who asked not to be named': a source's terms, no request
        if lemma == "commit" and (
            any(c.lemma_.lower() in _MISDEEDS for c in objects)
            or (t.dep_ == "acl" and t.head.lemma_.lower() in _MISDEEDS)
            or any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _MISDEEDS for c in t.children)
        ):
            # 'committing war crimes', 'a crime committed by the regime', 'atrocities were
            # committed': a deed named, no commitment
            return None
        if lemma == "warn" and _foretold(t):
            return None  # 'warned that blackouts would continue': a forecast, no threat
        if lemma == "threaten" and _no_agent(t):
            return None  # 'the escalation threatened the truce': a risk, no one's threat
        if triggers.VERBS.get(lemma) == (EventType.SANCTION,) and _done_by_an_attack(t):
            return None  # 'a drone strike cut power to the city': no one's sanction
        if lemma in _CUTTING and _service_lost(t):
            return None  # 'communications in the city have been cut': no one's sanction
        if t.dep_ == "amod" and triggers.VERBS.get(lemma, triggers.VIOLENT) != triggers.VIOLENT:
            return None  # 'the allied forces', 'Turkish-backed rebels': no act of its own
        if (
            t.dep_ == "acl"
            and t.tag_ == "VBN"
            and triggers.VERBS.get(lemma, triggers.VIOLENT) != triggers.VIOLENT
            and (lemma in _BACKING or (t.head.pos_ == "NOUN" and plover_candidates(t.head)))
        ):
            # 'forces backed by Armenia': a standing tie; 'a truce brokered by Russia',
            # 'talks mediated by Qatar': who made the event the noun tells, no act of its own
            return None
        if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
            # 'a bomb went off'; 'the alarm went off' is no event
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            return triggers.VIOLENT if any(c.lemma_.lower() in _BLASTS for c in subjects) else None
        if lemma == "return" and not objects:
            return None  # 'returned home': only giving something back concedes
        if lemma == "accept" and any(c.lemma_.lower() in _CONCESSIONS for c in objects):
            return (EventType.CONCEDE,)  # 'accepted the rebels' demands'
        given = {c.lemma_.lower() for c in objects}
        if lemma == "order" and any(
            x.dep_ == "xcomp"
            and x.lemma_.lower() in _CLOSING
            and any(o.dep_ == "dobj" and o.lemma_.lower() in _MEDIA for o in x.children)
            for x in t.children
        ):
            return (EventType.COERCE,)  # 'ordered the paper to suspend publication': censorship
        if lemma == "protest" and any(c.dep_ in {"ccomp", "parataxis"} for c in t.children):
            return (EventType.ACCUSE,)  # '..., a rights group protested': a complaint, no march
        if lemma in _MEET and given & _CONCESSIONS:
            return (EventType.CONCEDE,)  # 'met the strikers' demands'
        if lemma in _OPEN_TIES and given & _TIES:
            return (EventType.SUPPORT,)  # 'established diplomatic ties' (PLOVER SUPPORT)
        if lemma in _END_TIES and given & _TIES:
            return (EventType.SANCTION,)  # 'severed relations'
        if (
            lemma == "pull"
            and any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in _OUT for c in t.children)
            and any(c.lemma_.lower() in _WHO_ACT for c in objects)
        ):
            return (EventType.RETREAT,)  # 'pulled its fighters out of the town'
        if eases_fighting(t):
            # 'would halt offensive operations', 'suspended its attacks': fighting eased
            # (PLOVER CONCEDE; a pledge to, AGREE), no hostile act
            return (EventType.CONCEDE,)
        if lemma == "defend" and given & _STANCES:
            return (EventType.SUPPORT,)  # 'defended the right of ...', 'defended the decision'
        if lemma in _SENDING and given & _SUPPLIES:
            return (EventType.AID,)  # 'send medical supplies', 'shipped arms to the rebels'
        if lemma == "grant" and given & _HELP:
            return (EventType.AID,)  # 'granted asylum'
        if lemma == "grant" and given & _RELIEF:
            return (EventType.CONCEDE,)  # 'granted an amnesty'
        if lemma in {"shorten", "relax", "reduce"} and given & _RESTRICTIONS:
            return (EventType.CONCEDE,)  # 'shortened the curfew'
        if lemma in {"reduce", "withhold", "curtail"} and given & _HELP:
            return (EventType.SANCTION,)  # 'reduced food supplies to the camp'
        if lemma in _GATHERING and _armed_gatherers(t):
            return (EventType.MOBILIZE,)  # 'fighters who had gathered in the area': no protest
        return triggers.VERBS.get(lemma) or _by_form(t.lower_)
    if t.pos_ == "NOUN":
        if _denied(t):
            return None  # 'no attack was reported', 'no reports of violence or clashes'
        if open_to(t):
            return None  # 'Russia remained open to talks': a stance, no talks held
        if lemma == "threat" and _danger_judged(t):
            return None  # 'a gunman who posed an imminent threat to troops': no threat made
        if lemma == "march" and (t.ent_type_ == "DATE" or t.text == "March"):
            return None  # the month ('on March 14'), never a march
        if lemma in triggers.ACCORDS and talks_on_an_accord(
            t.doc[t.i + 1] if t.i + 1 < len(t.doc) else t
        ):
            return None  # 'ceasefire talks': what the talks are on, no accord made
        if lemma in triggers.ACCORDS and _broken_by_fire(t):
            return triggers.VIOLENT  # 'broke the ceasefire and subjected the village to fire'
        if standing_accord(t):
            return None  # 'threatened a fragile truce': an accord in force, none made now
        if lemma == "fire" and t.dep_ == "dobj" and t.head.lemma_.lower() == "open":
            return triggers.VIOLENT  # 'opened fire'
        if lemma == "fire" and any(c.lower_ in {"open", "opens"} for c in t.children):
            return triggers.VIOLENT  # a headline's 'Police open fire on ...' parsed as a noun
        if lemma == "welcome" and t.dep_ == "dobj" and t.head.lemma_.lower() in _RECEIVING:
            return (EventType.CONSULT,)  # 'gave the visiting president a warm welcome'
        if lemma == "patrol" and t.dep_ == "dobj" and t.head.lemma_.lower() in _ORDERING:
            return (EventType.MOBILIZE,)  # 'ordered patrols by police and soldiers'
        if lemma == "exchange" and any(_exchanged(c) for c in t.subtree if c.i != t.i):
            return triggers.VIOLENT  # 'an exchange of fire', 'a shelling exchange'
        if _exchanged(t):
            return None  # the fire exchanged is the exchange's, no event of its own
        if lemma == "attack" and any(c.lower_ in {"cyber", "cyber-"} for c in t.children):
            return (EventType.COERCE,)  # 'a cyber attack' (PLOVER COERCE)
        if lemma == "riot" and t.dep_ == "compound":
            return None  # 'riot police', 'riot gear'
        if t.dep_ == "compound" and t.head.lemma_.lower() in _WHO_DO_IT:
            return None  # 'aid workers said', 'rescue teams': people named by their work
        if lemma == "strike" and (
            # 'went on strike', bare: 'relied on drone strikes' are attacks
            (
                t.dep_ == "pobj"
                and t.head.lower_ == "on"
                and t.tag_ == "NN"
                and not any(c.dep_ in {"compound", "det", "poss"} for c in t.children)
            )
            or (t.dep_ == "dobj" and t.head.lemma_.lower() in _STRIKE_CALLS)
        ):
            return (EventType.PROTEST,)  # 'went on strike', 'staged a strike'
        if lemma == "strike" and any(c.lower_ in triggers.STRIKE_BY_WORKERS for c in t.children):
            return (EventType.PROTEST,)
        if (
            lemma in _HELP
            and t.dep_ == "pobj"
            and t.head.lower_ == "for"
            and t.head.head.lemma_.lower() in _PLEAS
        ):
            return None  # 'renewed a request for aid': the request's, no aid given
        if _headline_verb(t):
            return triggers.VIOLENT
        return triggers.NOUNS.get(lemma) or hyphenated(t)
    return None


def no_act(t: Token) -> bool:
    """A verb whose words tell of no act, nor make one of its sentence: 'eleven of the
    wounded were children' (the harmed), 'as residents gathered for a church holiday' (a
    gathering with no cause), 'a statement released on Monday' (something made public)."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    objects = [c for c in t.children if c.dep_ == "dobj"]
    return (
        _the_harmed(t)
        or (lemma in _GATHERING and _gathered_for_no_cause(t, objects))
        or (lemma in _RELEASING and _published(t, objects))
    )


# Participles of harm that, with a determiner, name the harmed: 'the wounded', 'the injured'.
_HARMED_PEOPLE = frozenset({"wound", "injure", "kill", "hurt", "maim"})


def _the_harmed(t: Token) -> bool:
    """'Eleven of the wounded were children', 'the injured were taken away': a participle of
    harm used as a noun (with a determiner of its own) names the people harmed, not the act
    that harmed them."""
    return (
        t.tag_ == "VBN"
        and t.lemma_.lower() in _HARMED_PEOPLE
        and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in t.children)
    )


_GATHERING = frozenset({"gather", "assemble"})
# What a crowd gathers to protest: the words of a protest, or an aim that is one.
_PROTESTING = frozenset(
    {
        "protest",
        "demonstrate",
        "demonstration",
        "rally",
        "march",
        "demand",
        "denounce",
        "condemn",
        "oppose",
        "reject",
        "chant",
        "call",
        "express",
        "voice",
        "decry",
        "support",
        "sit-in",
        "vigil",
        "strike",
        "picket",
        "slogan",
        "anger",
        "outrage",
    }
)
# Occasions people gather for with no cause: worship, a feast, a funeral, a market.
_OCCASIONS = frozenset(
    {
        "church",
        "mosque",
        "temple",
        "synagogue",
        "worship",
        "prayer",
        "prayers",
        "mass",
        "service",
        "sermon",
        "holiday",
        "festival",
        "feast",
        "celebration",
        "ceremony",
        "wedding",
        "funeral",
        "burial",
        "market",
        "bazaar",
        "match",
        "game",
        "concert",
        "pilgrimage",
        "easter",
        "christmas",
        "eid",
        "ramadan",
        "iftar",
        "meal",
        "lunch",
        "dinner",
        "breakfast",
        "distribution",
        "school",
        "class",
    }
)
# Aims of a gathering with no cause: 'gathered to pray', 'to collect water'.
_PEACEFUL_AIMS = frozenset(
    {
        "pray",
        "worship",
        "celebrate",
        "mourn",
        "bury",
        "watch",
        "shop",
        "buy",
        "sell",
        "collect",
        "receive",
        "fetch",
        "eat",
        "play",
        "attend",
        "listen",
        "honour",
        "honor",
        "commemorate",
        "mark",
    }
)
# Who gathers for worship or a rite.
_WORSHIPPERS = frozenset(
    {
        "worshipper",
        "worshiper",
        "mourner",
        "pilgrim",
        "parishioner",
        "congregant",
        "believer",
        "faithful",
        "shopper",
        "fan",
        "guest",
        "spectator",
    }
)
# Who is gathered when gathering is massing people: troops, supporters, a crowd (anything
# else gathered, 'evidence', '900 tips', 'firewood', is collected).
_MASSED = frozenset(
    {
        "troop",
        "force",
        "soldier",
        "fighter",
        "militant",
        "militiaman",
        "militia",
        "man",
        "unit",
        "reinforcement",
        "supporter",
        "follower",
        "protester",
        "demonstrator",
        "people",
        "crowd",
        "member",
        "worker",
        "student",
        "resident",
        "thousand",
        "hundred",
        "dozen",
        "army",
        "tank",
        "vehicle",
    }
)


_GROUPS = frozenset({"NORP", "ORG", "PERSON"})
# Armed men, who gather to fight, never to protest.
_ARMED = frozenset(
    {"troop", "soldier", "fighter", "militant", "militiaman", "rebel", "insurgent", "gunman"}
    | {"jihadist", "combatant", "paramilitary"}
)


def _armed_gatherers(t: Token) -> bool:
    """Whether those who gather at ``t`` are armed men: its subject ('rebels gathered near the
    border'), or the noun a relative clause tells of ('fighters who had gathered there')."""
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ in {"WP", "WDT"} and t.dep_ == "relcl":
        subject = t.head
    # 'hundreds of rebels': the people counted
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if counted is not None and subject.lemma_.lower() in {"hundred", "thousand", "dozen"}:
        subject = counted
    if subject.lemma_.lower() not in _ARMED and subject.lower_ not in _ARMED:
        return False
    # 'soldiers gathered to protest unpaid wages': armed men may protest too
    return not any(x.lemma_.lower() in _PROTESTING or x.lower_ in _PROTESTING for x in t.subtree)


def _gathered_for_no_cause(t: Token, objects: list[Token]) -> bool:
    """'as residents gathered for a church holiday', 'worshippers assembled to pray',
    'gathered evidence': people gathering for worship, a feast, a funeral or a market, or
    something collected, with no word of a protest ('gathered outside parliament to demand
    ...' is one)."""
    if any(
        o.pos_ == "NOUN" and o.lemma_.lower() not in _MASSED and o.ent_type_ not in _GROUPS
        for o in objects
    ):
        return True  # 'gathered evidence', 'gathered 900 tips': something collected
    words = [x for x in t.subtree if x.i != t.i]
    if any(x.lemma_.lower() in _PROTESTING or x.lower_ in _PROTESTING for x in words):
        return False
    if any(x.dep_ == "prep" and x.lower_ == "against" for x in words):
        return False  # 'gathered against the new law'
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _WORSHIPPERS for c in t.children):
        return True
    for x in words:
        if x.head.dep_ == "prep" and x.head.lower_ in {"for", "at"} and x.dep_ in {"pobj"}:
            named = [x, *(c for c in x.children if c.dep_ == "compound")]
            if any(n.lemma_.lower() in _OCCASIONS for n in named):
                return True
        if (
            x.dep_ in {"xcomp", "advcl"}
            and x.head.i == t.i
            and x.lemma_.lower() in _PEACEFUL_AIMS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        ):
            return True
    return False


_RELEASING = frozenset({"release", "free"})
# What is released when releasing is publishing: a statement, a report, a video, figures.
_PUBLISHED = frozenset(
    {
        "statement",
        "report",
        "video",
        "footage",
        "figure",
        "data",
        "datum",
        "opinion",
        "order",
        "ruling",
        "rule",
        "regulation",
        "detail",
        "document",
        "image",
        "photo",
        "photograph",
        "picture",
        "recording",
        "audio",
        "transcript",
        "list",
        "finding",
        "result",
        "memo",
        "letter",
        "budget",
        "record",
        "file",
        "statistic",
        "estimate",
        "map",
        "study",
        "survey",
        "analysis",
        "guidance",
        "guideline",
        "communique",
        "communiqué",
        "update",
        "information",
        "tape",
        "clip",
        "summary",
        "poll",
        "bulletin",
        "assessment",
        "evidence",
        "album",
        "song",
        "film",
        "book",
        "paper",
        "text",
        "note",
        "declaration",
        "announcement",
        "video-statement",
    }
)


def _published(t: Token, objects: list[Token]) -> bool:
    """'released a statement', 'a report released on Monday', 'the figures were released':
    something made public, no captives let go."""
    given = [*objects, *(c for c in t.children if c.dep_ == "nsubjpass")]
    if t.dep_ in {"acl", "relcl"} and t.tag_ == "VBN":
        given.append(t.head)  # 'a statement released on Monday'
    return any(g.lemma_.lower() in _PUBLISHED for g in given)


# Who is held until freed: prisoners, inmates, detainees, hostages.
_CAPTIVES = frozenset(
    {"prisoner", "inmate", "detainee", "convict", "hostage", "captive", "prison", "jail"}
)


def _freed_in_a_raid(t: Token, objects: list[Token]) -> bool:
    """'Gangs overran the town, freeing more than 500 inmates', 'stormed the jail and freed
    200 prisoners': captives freed as the outcome of an attack told with the same verb
    chain are part of that attack, no concession (a government releasing prisoners is
    one)."""
    # 'dozens of prisoners': the counted noun names them
    named = [
        *objects,
        *(g for o in objects for p in o.children if p.lower_ == "of" for g in p.children),
    ]
    if not any(o.lemma_.lower() in _CAPTIVES for o in named):
        return False
    head = t.head
    return (
        t.dep_ in {"advcl", "conj"}
        and head.i != t.i
        and head.pos_ == "VERB"
        and triggers.VERBS.get(head.lemma_.lower()) == triggers.VIOLENT
    )


# Acts of force captives may be freed in: 'freed four pupils in an operation'.
_FORCIBLE = frozenset({"operation", "raid", "assault", "offensive", "attack", "rescue"})


def _freed_by_force(t: Token) -> bool:
    """'freed the hostages in a raid on the camp', 'freed them in an assault': captives
    freed in an act of force that is an event of its own (the raid), part of it, no
    concession by those who held them (nor by the rescuers)."""
    return any(triggers.NOUNS.get(n.lemma_.lower()) == triggers.VIOLENT for n in _freed_in(t))


def _freed_in_an_operation(t: Token) -> bool:
    """'soldiers had freed four of the pupils in an operation', 'freed 30 captives during a
    rescue mission': captives freed by force in an operation no other word makes an event:
    the freeing is the event, a rescue (PLOVER AID, as 'rescued'), no concession."""
    return any(n.lemma_.lower() in _FORCIBLE for n in _freed_in(t)) and not _freed_by_force(t)


def _freed_in(t: Token) -> list[Token]:
    """The nouns naming what captives were freed in ('in a raid', 'during a rescue
    mission'): the object of 'in' or 'during' and its compounds and adjectives."""
    return [
        n
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in {"in", "during"}
        for g in c.children
        if g.dep_ == "pobj"
        for n in (g, *(x for x in g.children if x.dep_ in {"compound", "amod"}))
    ]


# Verbs of being a danger: 'posed a threat', 'constitutes a threat'.
_POSING = frozenset({"pose", "present", "constitute", "represent", "remain", "become"})


def _danger_judged(t: Token) -> bool:
    """'a man who posed an imminent threat to troops', 'the group is a threat', 'seen as a
    threat': a danger someone or something is judged to be, no threat anyone made."""
    head = t.head
    if t.dep_ == "dobj" and head.lemma_.lower() in _POSING:
        return True
    if t.dep_ == "pobj" and head.lower_ == "as":
        return True
    return t.dep_ in {"attr", "oprd"}


# What one commits that is no commitment: 'committed war crimes', 'committed suicide'.
_MISDEEDS = frozenset(
    {"crime", "atrocity", "abuse", "violation", "massacre", "genocide", "murder", "offence"}
    | {"offense", "suicide", "fraud", "act", "error", "mistake", "sin", "felony"}
)


# People or bodies named by what they do: 'aid workers', 'aid agencies', 'protest leaders'.
_WHO_DO_IT = frozenset(
    {"worker", "agency", "group", "official", "organisation", "organization", "charity"}
    | {"staff", "team", "leader", "organiser", "organizer", "volunteer", "coordinator"}
)


def _headline_verb(t: Token) -> bool:
    """A headline's present-tense verb of force the tagger took for a noun between its subject
    and object ('Residents lynch man ...', 'A mob lynches and kills ...'): a verb form of a
    violent trigger that is no event noun, right after a noun that agrees with it."""
    if t.i <= t.sent.start or t.lemma_.lower() in triggers.NOUNS or t.lower_ in triggers.NOUNS:
        return False
    if t.dep_ not in {"compound", "ROOT"} or (t.dep_ == "compound" and t.head.i < t.i):
        return False
    subject = t.doc[t.i - 1]
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    plural = subject.tag_ in {"NNS", "NNPS"} or subject.lower_.endswith("s")
    if plural:
        return triggers.VERBS.get(t.lower_) == triggers.VIOLENT
    return t.lower_.endswith("s") and _by_form(t.lower_) == triggers.VIOLENT


# Taking by force: what is taken tells whether it is ground ('seized two villages') or goods.
_TAKING = frozenset({"seize", "take", "grab"})
# People brought to safety when evacuated ('evacuated civilians'); forces that evacuate a
# town or their posts leave them (PLOVER RETREAT).
_EVACUEES = frozenset(
    {
        "civilian",
        "resident",
        "people",
        "person",
        "child",
        "woman",
        "family",
        "villager",
        "patient",
        "wounded",
        "injured",
        "refugee",
        "citizen",
        "national",
        "worker",
        "student",
    }
)
# People whose seizing is an abduction ('seized the captives', 'seized 20 villagers'), not
# ground or goods taken ('took the wounded to hospital' takes no one by force).
_SEIZING = frozenset({"seize", "grab"})
_ABDUCTEES = _EVACUEES | frozenset(
    {
        "captive",
        "hostage",
        "passenger",
        "crew",
        "crewman",
        "sailor",
        "girl",
        "boy",
        "pupil",
        "farmer",
        "herder",
        "fisherman",
        "worshipper",
        "tourist",
        "journalist",
        "missionary",
    }
)
# Verbs that, with 'out', force people from a place: 'drove the rebels out of the town'.
_DRIVING = frozenset({"drive", "push", "force", "chase", "kick", "throw", "flush"})


def _driven_out(t: Token, objects: list[Token]) -> bool:
    """'drove the militants out of the town', 'pushed Russian forces out': an armed side
    forced from a place (no event: 'drove the car out of the garage', 'pushed out a rival')."""
    out = any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out" for c in t.children)
    return (
        t.lemma_.lower() in _DRIVING
        and out
        and any(o.lemma_.lower() in _WHO_ACT or o.ent_type_ in {"NORP", "ORG"} for o in objects)
    )


# Verbs of promising whose promised act tells what the promise is: 'pledged to rebuild' is
# a pledge (AGREE), 'promised to drive the forces out' a threat (PLOVER THREATEN).
_PROMISING = frozenset({"promise", "pledge"})


# Verbs of defeating an enemy that report no act of their own ('crushed the bill'), but that,
# promised against an armed side or a people, tell a threat: 'pledged to crush the rebels'.
_VANQUISHING = frozenset(
    {
        "crush",
        "defeat",
        "smash",
        "rout",
        "annihilate",
        "eliminate",
        "exterminate",
        "eradicate",
        "wipe",
        "punish",
        "destroy",
        "hunt",
    }
)


def _threatened(x: Token) -> bool:
    """A promised act that is hostile: 'to attack Kyiv', 'to drive Ukrainian forces out',
    'to crush the rebels'."""
    if x.lemma_.lower() in _VANQUISHING and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _WHO_ACT | _FOES or c.ent_type_ in _SIDES)
        for c in x.children
    ):
        return True
    if x.lemma_.lower() in _ASPECTUAL:
        # 'to keep striking energy sites', 'to continue attacking': the act kept up (the
        # gerund parsed as the object's modifier too: 'keep [striking] sites')
        if any(_threatened(c) for c in x.children if c.dep_ == "xcomp"):
            return True
        gerunds = (
            triggers.VERBS.get(m.lemma_.lower())
            for o in x.children
            if o.dep_ == "dobj"
            for m in o.children
            if m.dep_ == "amod" and m.tag_ == "VBG" and m.i == x.i + 1
        )
        return any(g is not None and all(c in triggers.HOSTILE for c in g) for g in gerunds)
    candidates = plover_candidates(x)
    return candidates is not None and all(c in triggers.HOSTILE for c in candidates)


# Verbs of going on with an act: what is promised is the act kept up.
_ASPECTUAL = frozenset({"keep", "continue"})


# Enemies named as such, beyond armed forces: 'crush the insurgents', 'punish the traitors'.
_FOES = frozenset(
    {"insurgent", "militia", "jihadist", "terrorist", "enemy", "traitor", "separatist", "gang"}
)
_SIDES = frozenset({"NORP", "ORG", "GPE"})


# Ground held by an armed side, beyond settlements: its posts and positions.
_HELD = _GROUND | frozenset(
    {"post", "outpost", "position", "checkpoint", "camp", "barrack", "barracks", "garrison"}
)


def _held_ground(o: Token) -> bool:
    """'two villages', 'dozens of military posts': ground or a holding of an armed side."""
    if o.lemma_.lower() in _HELD:
        return True
    return any(
        p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _HELD for g in p.children)
        for p in o.children
        if p.dep_ == "prep"
    )


_ASKING_FOR = frozenset({"ask", "request", "demand", "seek"})
_NAMING = frozenset({"name", "identify", "quote", "cite"})


def _anonymity(t: Token) -> bool:
    """'asked not to be named', 'requested anonymity': a source's terms for speaking."""
    return any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING)
        or (c.dep_ == "dobj" and c.lemma_.lower() == "anonymity")
        for c in t.children
    )


# Subjects that can threaten no one: events, states of affairs and acts, not agents.
_NO_AGENTS = frozenset(
    {
        "escalation",
        "crisis",
        "situation",
        "violence",
        "tension",
        "instability",
        "insecurity",
        "unrest",
        "conflict",
        "war",
        "dispute",
        "standoff",
        "development",
        "move",
        "decision",
        "plan",
        "policy",
        "law",
        "bill",
        "spread",
        "surge",
        "rise",
        "shortage",
        "drought",
        "flood",
        "flooding",
        "famine",
        "disease",
        "outbreak",
        "incident",
        "deadlock",
        "impasse",
        "stalemate",
    }
)


def _no_agent(t: Token) -> bool:
    """'the escalation threatened a fragile truce', 'the fighting threatens the harvest': the
    subject is an event or a state of affairs (a risk told), no one who threatens."""
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return lemma in _NO_AGENTS or lemma in triggers.NOUNS


# Verbs that tell an accord already in force (put at risk, kept or broken), not one made (its
# collapse is an event of the accord itself, which ACLED files as an agreement's news).
_AT_STAKE = frozenset(
    {
        "threaten",
        "jeopardize",
        "jeopardise",
        "endanger",
        "imperil",
        "undermine",
        "test",
        "strain",
        "derail",
        "violate",
        "breach",
        "hold",
        "respect",
        "observe",
        "uphold",
    }
)
# What says an accord stands already: 'a fragile truce', 'the existing ceasefire'.
_STANDING = frozenset(
    {"fragile", "shaky", "tenuous", "uneasy", "precarious", "existing", "current", "fraying"}
)


# What one stays bound to: 'remains committed to the agreement', 'abide by the truce',
# 'keeping to the truce'.
_BOUND = frozenset({"commit", "committed", "adhere", "abide", "stick", "bound", "loyal", "keep"})


def _broken_by_fire(t: Token) -> bool:
    """An accord broken by fire the sentence tells ('broke the ceasefire by opening fire'):
    the event is the fire, not the accord's news."""
    from sitrep.events.acled.violence import TRUCE_BROKEN_BY_FIRE
    from sitrep.events.place import doc_text

    if t.dep_ != "dobj" or t.head.lemma_.lower() not in {"break", "violate", "breach"}:
        return False
    sent = t.sent
    return TRUCE_BROKEN_BY_FIRE.search(doc_text(t.doc)[sent.start_char : sent.end_char]) is not None


# An accord told as failing: 'Ceasefire collapses', 'the truce frayed', 'the deal has broken
# down', 'the collapse of the ceasefire'. Its news is the accord's end, no accord made.
_FAILING = (
    r"(?:collaps|fray|falter|crumbl|unravel|founder|disintegrat|wobbl|teeter|lapse|expire|"
    r"fail|stall|deadlock|break(?:s|ing)? down|broke down|broken down|fell apart|falls? apart|"
    r"falling apart)"
)
_FAILING_AFTER = re.compile(
    r"(?:s|'s)?\s+(?:(?:has|had|have|is|was|were|are|appears? to|seems? to|appeared to|"
    r"seemed to|looks? to|began to|begins? to)\s+)?(?:(?:been|being)\s+)?(?:\w+ly\s+)?" + _FAILING,
    re.IGNORECASE,
)
_FAILING_BEFORE = re.compile(
    r"\b(?:collapse|breakdown|break-down|unravell?ing|fraying|failure|demise|end|expiry|lapse)"
    r"\s+of\s+(?:the\s+|a\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_FAILING_LEMMAS = frozenset(
    {"collapse", "fray", "falter", "crumble", "unravel", "founder", "disintegrate", "fail"}
    | {"wobble", "teeter", "lapse", "expire", "stall", "deadlock"}
)
# 'broke down', 'fell apart': a verb and its particle
_FAILING_PARTICLES = {"break": "down", "fall": "apart"}


def _fails(verb: Token) -> bool:
    """'collapsed', 'broke down', 'appeared to be faltering': a verb (or the verb it is the
    complement of) telling of failing."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        lemma = v.lemma_.lower()
        if lemma in _FAILING_LEMMAS:
            return True
        particle = _FAILING_PARTICLES.get(lemma)
        if particle is not None and any(
            c.dep_ == "prt" and c.lower_ == particle for c in v.children
        ):
            return True
    return False


def failing_accord(t: Token) -> bool:
    """'Ceasefire collapses', 'Truce frays in Sudan' (parsed as any word class), 'the collapse
    of the truce': an accord word told as failing or failed; or as what failing talks were on
    ('talks on a ceasefire agreement collapsed')."""
    if t.lemma_.lower() not in triggers.ACCORDS and t.lower_ not in triggers.ACCORDS:
        return False
    return _told_failing(t) or _on_failing_talks(t)


# Talks' nouns, read by their lemma too ('talk', 'negotiation').
_TALKS_LEMMAS = frozenset({"talk", "negotiation"})
# What talks are on: 'talks on a prisoner exchange', 'negotiations over a truce'.
_TALKS_ON = frozenset({"on", "over", "about", "for", "toward", "towards"})


def failing_talks(t: Token) -> bool:
    """'Talks on a prisoner exchange had stalled', 'negotiations broke down', 'the collapse of
    the talks': talks told as failing or stalled. Their news is no accord made: what they were
    on (an exchange, a truce) is not agreed. ('talks' is read whatever the parser made of it:
    'that talks on a prisoner exchange had stalled' may parse it a verb.)"""
    if t.lower_ not in TALKS and not (t.pos_ == "NOUN" and t.lemma_.lower() in _TALKS_LEMMAS):
        return False
    return _told_failing(t)


def _on_failing_talks(t: Token) -> bool:
    """An accord noun that failing talks were on ('talks on a ceasefire agreement collapsed')."""
    node = t
    while node.dep_ in {"compound", "conj", "amod"} and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _TALKS_ON and failing_talks(node.head.head)


def _told_failing(t: Token) -> bool:
    """A noun told as failing or failed: followed by a verb of failing ('collapses', 'had
    stalled'), the subject of one, or after 'the collapse of'."""
    from sitrep.events.place import doc_text

    text = doc_text(t.doc)
    end = t.idx + len(t.text)
    if _FAILING_AFTER.match(text, end) or (t.dep_ == "nsubj" and _fails(t.head)):
        return True
    return bool(_FAILING_BEFORE.search(text[max(0, t.idx - 60) : t.idx]))


def standing_accord(t: Token) -> bool:
    """An accord noun told as in force, refused or failing, not as made (:func:`_standing`,
    :func:`failing_accord`)."""
    if failing_accord(t):
        return True
    return t.pos_ == "NOUN" and t.lemma_.lower() in triggers.ACCORDS and _standing(t)


def _standing(t: Token) -> bool:
    """An accord told as in force or refused, not as made: at risk, kept or broken ('threatened
    a fragile truce', 'the ceasefire has largely held', 'remains committed to the agreement'),
    named fragile or existing, or the object of a refusal ('would not accept any deal')."""
    if any(c.dep_ == "amod" and c.lower_ in _STANDING for c in t.children):
        return True
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in {"to", "by"}:
        return head.head.lemma_.lower() in _BOUND or head.head.lower_ in _BOUND
    if t.dep_ == "dobj" and any(c.dep_ == "neg" for c in head.children):
        return True
    return t.dep_ in {"dobj", "nsubj", "nsubjpass"} and head.lemma_.lower() in _AT_STAKE


def _denied(t: Token) -> bool:
    """A noun told as absent: 'no attack', 'no reports of violence or clashes', 'no sign of
    fighting' (the noun, its conjuncts, or what 'no' denies word of), or done 'without' it
    ('took the towns without any armed clashes')."""
    if any(a.lower_ == "without" and a.dep_ == "prep" for a in list(t.ancestors)[:4]):
        return True
    if _forgone(t) or _spared(t) or _own_halted(t):
        return True
    node = t
    for _ in range(4):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head
        else:
            return False
    return False


# Verbs of being kept from an act, by form too: the tagger lemmatises 'spared' as 'spar'.
_SPARING = frozenset({"spare", "spared", "spares", "sparing"})
# Verbs of living through an act, which negated tell it did not happen there: 'has not seen
# fighting since the war began'.
_WITNESSING = frozenset({"see", "witness", "experience"})


def fighting_untold(t: Token) -> bool:
    """Fighting a place was spared or a side halted: the sentence's words of force tell no act
    either ('had been spared fighting since the war began')."""
    return t.pos_ == "NOUN" and (_spared(t) or _own_halted(t))


# What a side says it is ready for: 'remained open to talks', 'ready for negotiations'.
_READY = frozenset({"open", "ready", "willing", "receptive", "amenable"})


def open_to(t: Token) -> bool:
    """'Russia remained open to talks', 'is ready for negotiations': talks a side is ready
    for, no meeting that happened (a truce it is ready for is an offer, and stays)."""
    head = t.head
    return (
        triggers.NOUNS.get(t.lemma_.lower()) == (EventType.CONSULT,)
        and t.dep_ == "pobj"
        and head.lower_ in {"to", "for"}
        and head.head.pos_ == "ADJ"
        and head.head.lower_ in _READY
    )


def _spared(t: Token) -> bool:
    """Fighting a place was spared ('had been spared fighting since the war began') or has not
    seen ('has not seen fighting'): told as absent there, no event."""
    if t.dep_ not in {"dobj", "xcomp", "oprd", "attr"}:
        return False
    head = t.head
    lemma = head.lemma_.lower()
    if lemma in _SPARING or head.lower_ in _SPARING:
        return True
    return lemma in _WITNESSING and any(c.dep_ == "neg" for c in head.children)


def _own_halted(t: Token) -> bool:
    """'The army halted its offensive': the fighting the halting side ends (its own, or
    unowned) is the halt's object, no clash told (another side's offensive halted, 'halted the
    rebels' advance', stays a clash)."""
    return t.dep_ == "dobj" and eases_fighting(t.head)


# Verbs of holding back from an act: what follows 'from' is not done.
_REFRAIN = frozenset({"refrain", "abstain", "desist"})
# Verbs of ending or preventing an act: their object is asked or promised, not reported.
_STOPPING = frozenset({"avoid", "halt", "stop", "cease", "prevent", "suspend", "pause"})


# Verbs whose 'of' or 'for' names what someone is charged with: 'accused X of seeking'.
_CHARGING = triggers.CHARGING_VERBS | {"criticize", "criticise", "condemn", "fault"}


def _charged(t: Token) -> bool:
    """A verb that tells what an accusation charges ('accused Israel of seeking pretexts',
    'blamed the rebels for demanding ransom'): the accuser's charge, no act the text tells."""
    head = t.head
    return (
        t.dep_ == "pcomp" and head.lower_ in {"of", "for"} and head.head.lemma_.lower() in _CHARGING
    )


def _forgone(t: Token) -> bool:
    """An act held back from, stopped or avoided ('to refrain from attacks on civilians',
    'refrain from attacking', 'urged both sides to halt the shelling'): a pledge or a demand,
    no act that happened."""
    head = t.head
    if t.dep_ in {"pobj", "pcomp"} and head.lower_ == "from":
        return head.head.lemma_.lower() in _REFRAIN
    # asked or promised ('to halt the shelling', 'must stop attacks'), not told as done
    # ('troops stopped the attack' after it began)
    return t.dep_ == "dobj" and head.lemma_.lower() in _STOPPING and head.tag_ == "VB"


def _exchanged(t: Token) -> bool:
    """'shelling' in 'an exchange of shelling' or 'a shelling exchange'."""
    if t.lemma_.lower() not in _FIRE:
        return False
    if t.dep_ == "compound":
        return t.head.lemma_.lower() == "exchange"
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "exchange"


def hyphenated(t: Token) -> tuple[EventType, ...] | None:
    """A hyphenated event noun the tokenizer split ('shoot-out' as 'shoot', '-', 'out'): the
    whole word, read at its last piece (the head of the noun phrase)."""
    if t.i < 2 or t.doc[t.i - 1].text != "-" or t.doc[t.i - 1].whitespace_:
        return None
    first = t.doc[t.i - 2]
    if first.whitespace_:
        return None
    return triggers.NOUNS.get(f"{first.lower_}-{t.lower_}")


# Verbs that only say an event noun happened, and whose subject is its actor: 'students staged
# demonstrations', 'Peru issued an ultimatum', 'rebels launched an offensive'.
LIGHT_VERBS = frozenset(
    {
        "stage",
        "hold",
        "organize",
        "organise",
        "launch",
        "begin",
        "start",
        "continue",
        "resume",
        "conduct",
        "carry",
        "mount",
        "issue",
        "impose",
        "reimpose",
        "tighten",
        "extend",
        "declare",
        "announce",
        "lead",
        "make",
        "step",
        "escalate",
        "intensify",
        "reach",
        "conclude",
        "renew",
        "undertake",
        "open",
        "initiate",
        "give",
        "grant",
        "provide",
        "pursue",
        "wage",
        "speed",
        "accelerate",
        "deliver",
        "send",
        "pay",
    }
)
# the regular forms too: the tagger's lemma of 'staged' is 'stag'
LIGHT_FORMS = frozenset(
    f
    for v in LIGHT_VERBS
    for f in (v, v + "s", v.removesuffix("e") + "ed", v.removesuffix("e") + "ing")
)
# Who a noun's modifier names: 'Israeli airstrikes', 'US drone attacks', 'Houthi shelling'.
