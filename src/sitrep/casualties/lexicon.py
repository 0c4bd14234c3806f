"""Domain words for casualty reports: what kills, what wounds, who the victims are.

Lemmas, lower-cased. Kept here, apart from the rules that use them, so that a reader can check
the vocabulary at a glance and extend it without touching the grammar.
"""

from __future__ import annotations

from sitrep.records import CasualtyGroup

KILLED = "killed"
INJURED = "injured"
MISSING = "missing"
# Driven from their homes: not casualties, but what humanitarian monitors count beside them.
DISPLACED = "displaced"
ABDUCTED = "abducted"

# Verbs whose counted object, in the active voice, are dead: 'we buried 52 people'.
BURY_VERBS = frozenset({"bury"})
# Verbs whose counted object is a side's dead: 'the militia has lost 500 fighters'.
LOSS_VERBS = frozenset({"lose"})
# Transitive verbs whose object (or passive subject) is the victim.
KILL_VERBS = frozenset(
    {
        "kill",
        "slay",
        "murder",
        "execute",
        "behead",
        "massacre",
        "assassinate",
        "slaughter",
        "lynch",
        "martyr",  # 'six people were martyred' (as the reports of one side put it)
        # armies' words for killing enemy fighters: 'troops neutralised 11 of them'
        "neutralise",
        "neutralize",
        "eliminate",
        "stab",  # refined below: stabbed to death
    }
)
# Armies' words for killing enemy fighters: what they count are combatants.
COMBATANT_KILL_VERBS = frozenset({"neutralise", "neutralize", "eliminate"})
INJURE_VERBS = frozenset(
    {"wound", "injure", "hurt", "maim", "hospitalize", "hospitalise", "graze", "beat"}
)
# Shot people are wounded unless the sentence says they died ('shot dead', 'fatally shot').
SHOOT_VERBS = frozenset({"shoot", "gun", "stab"})
# Verbs of carrying someone to a hospital: 'was rushed to the hospital' (hurt, outcome untold).
TRANSPORT_VERBS = frozenset({"take", "rush", "transport", "send", "airlift", "carry", "drive"})
HOSPITAL_WORDS = frozenset({"hospital", "infirmary"})
# Reasons to see a doctor that say nobody was hurt: 'taken to the hospital for a clearance'.
CHECKUPS = frozenset({"clearance", "evaluation", "examination", "check", "checkup", "observation"})
# Verbs of being driven from home: 'displaced 5,000 people', '5,000 were uprooted'.
DISPLACE_VERBS = frozenset({"displace", "uproot"})
# Verbs of taking people away by force: 'abducted dozens of villagers', '40 were kidnapped'.
ABDUCT_VERBS = frozenset({"abduct", "kidnap"})
# Intransitive verbs whose counted subject left their homes: '5,000 people fled'.
FLEE_VERBS = frozenset({"flee"})
# Verbs that make their object flee: 'forced 5,000 people to flee'.
FORCING_VERBS = frozenset({"force", "compel", "drive", "push"})
# Intransitive verbs whose subject is the victim.
DIE_VERBS = frozenset({"die", "perish", "succumb", "drown"})
# Adjectives and participles that say what became of the people they describe.
STATE_WORDS: dict[str, str] = {
    "dead": KILLED,
    "killed": KILLED,
    "lifeless": KILLED,
    "injured": INJURED,
    "wounded": INJURED,
    "hurt": INJURED,
    "hospitalized": INJURED,
    "missing": MISSING,
    "unaccounted": MISSING,
    "displaced": DISPLACED,
    "abducted": ABDUCTED,
    "kidnapped": ABDUCTED,
}
# Nouns that count casualties themselves: '12 deaths', 'three injuries'.
CASUALTY_NOUNS: dict[str, str] = {
    "death": KILLED,
    "fatality": KILLED,
    "dead": KILLED,
    "body": KILLED,
    "life": KILLED,
    "injury": INJURED,
    "injured": INJURED,
    "wounded": INJURED,
    "missing": MISSING,
    "martyr": KILLED,  # '6 martyrs in the shelling': the dead as one side counts them
}
# Nouns of a wound that a person carries: 'with a gunshot wound', 'treated for injuries'.
WOUND_NOUNS = frozenset({"wound", "injury"})
# Verbs of medical care: 'treated for gunshot wounds'.
TREAT_VERBS = frozenset({"treat", "hospitalize", "hospitalise", "admit", "airlift", "fly"})
# Verbs whose active subject harms someone: their subject carries no wound of their own.
HARM_VERBS = frozenset({"shoot", "stab", "hit", "strike", "attack", "kill", "wound", "injure"})
# Nouns of a death with its victim: 'the death of Tom Reed', "Larry's murder".
DEATH_NOUNS = frozenset({"death", "murder", "killing", "slaying", "homicide", "execution"})
# Verbs that carry a toll to a figure: 'the toll rose to 12', 'the toll reached 30'.
TOLL_NOUNS = frozenset({"toll", "tally", "count"})
# Verbs that put a number on losses ('put its losses at five dead'), and the losses they count.
ESTIMATE_VERBS = frozenset({"put", "estimate", "place", "set"})
LOSS_NOUNS = frozenset({"loss", "casualty", "number", "death"})  # lemmas
# Nouns of an attack that a 'fatal' or 'deadly' makes a death: 'the fatal shooting of a man'.
ATTACK_NOUNS = frozenset({"shooting", "stabbing", "attack", "assault", "beating"})
# Verbs whose small clause tells of someone found hurt: 'found Tom Moody shot to death'.
FINDING_VERBS = frozenset({"find", "discover", "leave", "see"})
# Words saying the figure adds to earlier ones: 'two more', 'another three', 'additional'.
INCREMENT_WORDS = frozenset({"more", "another", "additional", "further", "other", "new"})
# Adverbs that say a harm did not happen: 'nearly killed', 'could possibly kill'.
UNREALISED = frozenset({"possibly", "potentially", "nearly", "almost", "narrowly"})
# Modals that make a harm a possibility: 'could have struck the child', 'would have died'.
UNREALISED_MODALS = frozenset({"could", "would", "should"})
# Words that make a shooting or stabbing fatal.
FATAL_WORDS = frozenset({"dead", "death", "fatally", "fatal", "kill", "die", "lifeless"})

# Who the victims are. Nationality and possessives decide `side`; these decide `group`.
MILITARY_NOUNS = frozenset(
    {
        "soldier",
        "troop",
        "serviceman",
        "servicemen",
        "servicemember",
        "officer",
        "fighter",
        "militant",
        "rebel",
        "insurgent",
        "combatant",
        "militiaman",
        "militia",
        "guerrilla",
        "jihadist",
        "terrorist",
        "commander",
        "personnel",
        "marine",
        "sailor",
        "airman",
        "pilot",
        "paratrooper",
        "sniper",
        "gunman",
        "deputy",
        "trooper",
        "sergeant",
        "detective",
        "lieutenant",
        "agent",
        "constable",
        "attacker",
        "bomber",
        "policeman",
        "policemen",
        "police",
        "guard",
        "gendarme",
        "recruit",
        "conscript",
        "mercenary",
        "army",
        "force",
        # the armed of a conflict as news names them: 'two Taleban', 'three securitymen',
        # 'nine ultras', 'five separatists'
        "taliban",
        "taleban",
        "separatist",
        "extremist",
        "islamist",
        "ultra",
        "jawan",
        "cop",
        "securityman",
        "securitymen",
        "paramilitary",
        "peacekeeper",
        "loyalist",
        "gunmen",
        "assailant",
        "raider",
        "bandit",
        "cadre",
        "operative",
        "major",
        "colonel",
        "captain",
        "general",
        "corporal",
        "brigadier",
        "mujahid",
        "mujahideen",
    }
)
CIVILIAN_NOUNS = frozenset(
    {
        "civilian",
        "child",
        "children",
        "woman",
        "women",
        "girl",
        "boy",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "teen",
        "resident",
        "villager",
        "student",
        "pupil",
        "teacher",
        "worker",
        "farmer",
        "worshipper",
        "worshiper",
        "pilgrim",
        "passenger",
        "shopper",
        "journalist",
        "reporter",
        "doctor",
        "nurse",
        "patient",
        "refugee",
        "migrant",
        "protester",
        "demonstrator",
        "bystander",
        "pedestrian",
        "driver",
        "employee",
        "customer",
        "clerk",
        "aid",
        "volunteer",
        "family",
        "elderly",
        "noncombatant",
        "activist",
        "herder",
        "fisherman",
        "miner",
        "trader",
        "shopkeeper",
        "vendor",
        "tourist",
        "mourner",
        "guest",
        "monk",
        "priest",
        "imam",
        "cleric",
        "politician",
        "lawmaker",
        "candidate",
        "mayor",
        "councillor",
        "councilor",
        "elder",
        "director",
        "minister",
        "governor",
        "senator",
        "legislator",
        "judge",
        "lawyer",
        "diplomat",
        "ambassador",
        "envoy",
        "vaccinator",
        "contractor",
        "engineer",
        "tribesman",
        "tribesmen",
        "headman",
    }
)
# People whose group the noun does not tell.
PEOPLE_NOUNS = frozenset(
    {
        "people",
        "person",
        "persons",
        "man",
        "men",
        "individual",
        "victim",
        "casualty",
        "adult",
        "youth",
        "male",
        "female",
        "suspect",
        "friend",
        "relative",
        "son",
        "daughter",
        "father",
        "mother",
        "brother",
        "sister",
        "husband",
        "wife",
        "neighbor",
        "neighbour",
        "occupant",
        "other",
        "others",
        "citizen",
        "national",
        "hostage",
        "prisoner",
        "inmate",
        "detainee",
        "official",
        "leader",
        "member",
        "one",
        # more people a shooting report names by role or relation
        "owner",
        "homeowner",
        "tenant",
        "roommate",
        "boyfriend",
        "girlfriend",
        "partner",
        "spouse",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "stepfather",
        "stepson",
        "kid",
        "gentleman",
        "lady",
        "acquaintance",
        "coworker",
        "co-worker",
        "stranger",
        "motorist",
        "cyclist",
        "jogger",
        "player",
        "rapper",
        "singer",
        "actor",
        "actress",
        "musician",
        "cashier",
        "manager",
        "bouncer",
        "teammate",
        "classmate",
        "survivor",
        "shooter",
        "juvenile",
        "minor",
        "aide",
        "bodyguard",
    }
)
# Nouns for several people that a singular form does not make one person: 'the family'.
COLLECTIVE_NOUNS = frozenset(
    {
        "family",
        "police",
        "personnel",
        "army",
        "force",
        "militia",
        "crowd",
        "group",
        "elderly",
        "taliban",
        "taleban",
        "mujahideen",
    }
)
# Verbs of saying that a headline puts before what was done: 'Rebels say kill 42 soldiers'.
SAYING_VERBS = frozenset({"say", "claim", "report", "confirm", "admit"})
# Animals, which a headline capitalises like names: 'Dog shot by burglars dies'.
ANIMALS = frozenset({"dog", "cat", "horse", "puppy", "kitten", "cow", "deer", "bear", "k-9"})
# Words that say a person came to no harm: 'the child, unharmed by the gunfire'.
UNHARMED = frozenset({"unharmed", "uninjured", "unhurt", "unscathed"})
# Words that count nobody: 'no one was hurt', 'none of them was injured'.
NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
# Words for people besides those met so far: 'the other man', 'a second victim', 'another'.
OTHER_WORDS = frozenset({"other", "another", "second", "third"})
# Ordinals that stand for one more person: 'a second was injured'.
ORDINAL_PEOPLE = frozenset({"second", "third", "fourth", "fifth"})
# Relative pronouns whose antecedent is the victim: 'Jon Reed, who was shot'.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself"})
# Verbs whose subject suffers what their object names: 'suffered gunshot wounds'.
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive", "have"})
# What a person suffers that hurts them: 'suffered a cut to the head', 'had gunshot wounds'.
HARM_NOUNS = frozenset({"wound", "injury", "cut", "laceration", "burn", "fracture", "graze"})
# Adjectives that mark a group: 'civilian casualties', 'military losses'.
GROUP_ADJECTIVES: dict[str, CasualtyGroup] = {
    "civilian": CasualtyGroup.CIVILIAN,
    "military": CasualtyGroup.MILITARY,
    "army": CasualtyGroup.MILITARY,
    # members of an armed group, counted as fighters: 'three gang members', 'militia members'
    "gang": CasualtyGroup.MILITARY,
    "militia": CasualtyGroup.MILITARY,
}


def group_of(lemma: str) -> CasualtyGroup | None:
    """The group a victim noun names, or None when the word does not name people."""
    word = lemma.lower()
    if word in CIVILIAN_NOUNS:
        return CasualtyGroup.CIVILIAN
    if word in MILITARY_NOUNS:
        return CasualtyGroup.MILITARY
    if word in PEOPLE_NOUNS:
        return CasualtyGroup.ALL
    return None


# Guards who are no soldiers: a firm's, a school's or a bank's ('two security guards').
PRIVATE_GUARDS = frozenset({"security", "private", "school", "bank", "night", "hotel", "mall"})


# 'In critical condition': words that say a person is hurt.
HURT_CONDITIONS = frozenset({"critical", "serious", "stable", "grave", "fair", "life-threatening"})
