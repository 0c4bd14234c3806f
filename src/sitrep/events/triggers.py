"""Words that report an event, and the PLOVER types each can have.

A trigger with one type decides it; a trigger with several (a 'strike' by workers is PROTEST,
by aircraft ASSAULT) leaves the choice to the ACLED rules and the trained classifier, among its
candidates only. Lemmas, lower-cased. Speech verbs count: PLOVER codes a threat as THREATEN, an
accusation as ACCUSE, a request as REQUEST.
"""

from __future__ import annotations

from sitrep.records import EventType as E

VIOLENT = (E.ASSAULT,)
# Acts that, promised, are a threat (PLOVER THREATEN), not a pledge (AGREE).
HOSTILE = frozenset({E.ASSAULT, E.COERCE, E.SANCTION, E.MOBILIZE, E.PROTEST})

# Verbs of an accusation, whose 'of' or 'for' names the act charged: 'accused the army of
# shelling', 'blamed the rebels for attacking'.
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})

# Nouns of an accord between sides: 'the truce', 'a ceasefire deal'.
ACCORDS = frozenset({"truce", "ceasefire", "cease-fire", "agreement", "accord", "deal"})

VERBS: dict[str, tuple[E, ...]] = {
    # ASSAULT: force against people or places
    **dict.fromkeys(
        (
            "attack",
            "kill",
            "shell",
            "bomb",
            "bombard",
            "fire",
            "shoot",
            "clash",
            "fight",
            "battle",
            "slash",
            "target",
            "raid",
            "invade",
            "storm",
            "ambush",
            "massacre",
            "murder",
            "stab",
            "behead",
            "execute",
            "strike",
            "hit",
            "wound",
            "injure",
            "abduct",
            "kidnap",
            "rape",
            "torture",
            "assassinate",
            "blow",
            "explode",
            "detonate",
            "capture",
            "recapture",
            "retake",
            "reclaim",
            "overrun",
            "advance",
            "lynch",
            "loot",
            "burn",
            "destroy",
            "torch",
            "gun",
            "assault",
            "beat",
            "abuse",
        ),
        VIOLENT,
    ),
    # COERCE: force short of violence
    **dict.fromkeys(
        (
            "arrest",
            "detain",
            "seize",
            "ban",
            "deport",
            "expel",
            "confiscate",
            "impose",
            "censor",
            "jail",
            "imprison",
            "disperse",
            "besiege",
            "blockade",
            "demolish",
            "bulldoze",
            "hack",
        ),
        (E.COERCE,),
    ),
    **dict.fromkeys(
        (
            "meet",
            "visit",
            "host",
            "discuss",
            "negotiate",
            "consult",
            "telephone",
            "mediate",
            "broker",
        ),
        (E.CONSULT,),
    ),
    **dict.fromkeys(
        ("agree", "sign", "pledge", "promise", "commit", "accept", "ratify", "invite", "offer"),
        (E.AGREE,),
    ),
    **dict.fromkeys(
        ("ask", "request", "urge", "appeal", "demand", "seek", "plead", "petition", "call"),
        (E.REQUEST,),
    ),
    **dict.fromkeys(
        (
            "accuse",
            "blame",
            "allege",
            "condemn",
            "criticize",
            "criticise",
            "denounce",
            "charge",
            "fault",
            "complain",
            "indict",
            "investigate",
            "prosecute",
            "sue",
        ),
        (E.ACCUSE,),
    ),
    **dict.fromkeys(
        (
            "reject",
            "deny",
            "refuse",
            "dismiss",
            "veto",
            "rebuff",
            "decline",
            "oppose",
            "defy",
            "flout",
            "violate",
            "breach",
        ),
        (E.REJECT,),
    ),
    **dict.fromkeys(("threaten", "warn", "vow", "ultimatum"), (E.THREATEN,)),
    **dict.fromkeys(
        (
            "support",
            "praise",
            "endorse",
            "back",
            "welcome",
            "recognize",
            "recognise",
            "thank",
            "congratulate",
            "forgive",
        ),
        (E.SUPPORT,),
    ),
    **dict.fromkeys(
        (
            "aid",
            "assist",
            "provide",
            "supply",
            "donate",
            "deliver",
            "rescue",
            "contribute",
        ),
        (E.AID,),
    ),
    **dict.fromkeys(
        ("cooperate", "collaborate", "ally", "partner", "coordinate", "extradite"), (E.COOPERATE,)
    ),
    **dict.fromkeys(
        (
            "concede",
            "release",
            "free",
            "ease",
            "lift",
            "apologize",
            "apologise",
            "yield",
            "compromise",
            "pardon",
            "resign",
            "allow",
            "return",
        ),
        (E.CONCEDE,),
    ),
    **dict.fromkeys(
        ("withdraw", "retreat", "evacuate", "flee", "surrender", "disarm", "demobilize"),
        (E.RETREAT,),
    ),
    **dict.fromkeys(
        ("mobilize", "mobilise", "deploy", "reinforce", "mass", "recruit", "station", "amass"),
        (E.MOBILIZE,),
    ),
    **dict.fromkeys(("boycott",), (E.SANCTION, E.PROTEST)),
    **dict.fromkeys(
        (
            "sanction",
            "suspend",
            "embargo",
            "freeze",
            "halt",
            "cut",
            "recall",
            "downgrade",
            "cancel",
            "prohibit",
        ),
        (E.SANCTION,),
    ),
    **dict.fromkeys(("protest", "demonstrate", "rally", "march", "picket", "riot"), (E.PROTEST,)),
}
# A strike by workers is a protest: 'hunger strike', 'general strike' (see extract).
STRIKE_BY_WORKERS = frozenset(
    {"hunger", "general", "labour", "labor", "workers", "nationwide", "sit-down", "teachers"}
)
# 'Strike', 'fire' and 'call' are ambiguous; the clause decides.
VERBS["strike"] = (E.ASSAULT, E.PROTEST)
VERBS["call"] = (E.REQUEST, E.CONSULT)
VERBS["release"] = (E.CONCEDE, E.AID)
# A crowd that gathers or blocks a road may be protesting; troops that do are not.
VERBS["gather"] = (E.PROTEST, E.MOBILIZE)
VERBS["assemble"] = (E.PROTEST, E.MOBILIZE)
VERBS["block"] = (E.PROTEST, E.COERCE)
VERBS["blockade"] = (E.PROTEST, E.COERCE)

NOUNS: dict[str, tuple[E, ...]] = {
    **dict.fromkeys(
        (
            "attack",
            "strike",
            "airstrike",
            "shelling",
            "bombing",
            "bombardment",
            "raid",
            "clash",
            "fighting",
            "offensive",
            "assault",
            "ambush",
            "massacre",
            "explosion",
            "blast",
            "shooting",
            "invasion",
            "incursion",
            "killing",
            "hostilities",
            "skirmish",
            "battle",
            "firefight",
            "shootout",
            "shoot-out",
            "gunfight",
            "gunbattle",
            "gun-battle",
            "fire-fight",
        ),
        VIOLENT,
    ),
    **dict.fromkeys(
        ("talk", "meeting", "visit", "summit", "negotiation", "consultation", "mediation"),
        (E.CONSULT,),
    ),
    **dict.fromkeys(
        ("agreement", "ceasefire", "cease-fire", "truce", "deal", "accord", "consensus"),
        (E.AGREE,),
    ),
    **dict.fromkeys(
        ("protest", "demonstration", "rally", "march", "sit-in", "riot", "rioting"), (E.PROTEST,)
    ),
    **dict.fromkeys(
        ("arrest", "crackdown", "curfew", "blockade", "siege", "cyberattack", "hacking"),
        (E.COERCE,),
    ),
    **dict.fromkeys(("sanction", "embargo"), (E.SANCTION,)),
    **dict.fromkeys(("request", "appeal", "demand"), (E.REQUEST,)),
    **dict.fromkeys(
        (
            "accusation",
            "allegation",
            "investigation",
            "inquiry",
            "probe",
            "indictment",
            "hearing",
            "lawsuit",
        ),
        (E.ACCUSE,),
    ),
    "threat": (E.THREATEN,),
    "ultimatum": (E.THREATEN,),
    "aid": (E.AID,),
    "assistance": (E.AID,),
    "withdrawal": (E.RETREAT,),
    "deployment": (E.MOBILIZE,),
}
