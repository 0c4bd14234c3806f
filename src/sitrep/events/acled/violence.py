"""Word patterns for violence: who fought (armed on both sides: a battle), attacks, abductions, sexual violence."""

from __future__ import annotations

from sitrep.events.acled.pattern import any_of
from sitrep.events.acled.territory import REPELLED
from sitrep.events.acled.weapons import BOTH_SIDES

SEXUAL = any_of(
    r"\brap(?:e|ed|es|ing|ist)\b",
    r"sexual",
    r"sexually",
    r"molest",
    r"gang-rap",
    r"abused (?:\w+ ){0,2}(?:women|girls)",
)
# People taken by force: 'seized the captives', 'seized 20 villagers' (an abduction, no
# ground taken).
PEOPLE_SEIZED = any_of(
    r"(?:seiz|grabb)\w* (?:\w+ ){0,2}(?:civilians|people|men|women|villagers|captives|hostages|"
    r"children|girls|boys|students|pupils|passengers|crew|crewmen|sailors|workers|travell?ers|"
    r"farmers|herders|fishermen|residents|worshippers|tourists|journalists|engineers|"
    r"missionaries|priests?|nuns?)\b",
)
ABDUCT = any_of(
    r"abduct",
    r"kidnap",
    r"hostages?",
    r"disappear",
    r"taken captive",
    r"held captive",
    PEOPLE_SEIZED.pattern,
)
# Hostages freed by others, not taken: 'freed three hostages', 'rescuing the hostages',
# 'the hostages were rescued' (a rescue is no abduction; captors releasing them may bargain).
FREED_HOSTAGES = any_of(
    r"(?:frees?|freed|freeing|rescues?|rescued|rescuing|liberated|liberating) "
    r"(?:[\w-]+ ){0,4}?hostages?\b",
    r"hostages? (?:\w+ ){0,3}?(?:were|was|had been|have been|has been|being) "
    r"(?:\w+ ){0,2}?(?:freed|rescued|liberated)\b",
)
ARMED = (
    r"(?:soldiers?|troops|policem[ae]n|policewom[ae]n|"
    r"police(?: officers?| station| post| patrol| reservists?)?|"
    r"(?:army|military|police|security|intelligence|prison) (?:officers?|personnel|members?)|"
    r"personnel|commanders?|pirates|"
    r"rangers|gendarmes?|"
    r"officers|servicem[ae]n|jawans|militants?|(?<!fire )(?<!fire-)fighters?|insurgents?|rebels?|"
    r"militiam[ae]n|"
    r"militias?|gunm[ae]n|bandits?|raiders?|terrorists?|gang members?|gangsters?|"
    r"security forces|forces|army|positions?|convoy|patrol|"
    r"check ?points?|military base|army base|military|reservists?|outpost|barracks|guards?|"
    r"al[- ]?Shabaa?b|Boko Haram|"
    r"Taliban|ISIS|ISIL|Islamic State|Houthis?|"
    # members of a named group told as suspected ('a suspected Mungiki member'): the group
    # is one the forces fight
    r"suspected (?:(?-i:[A-Z])[\w-]* ){1,3}(?:members?|operatives?|elements|adherents))\b"
)
# Words after which the armed people named are not who the force was used against: its maker
# ('killed in an attack attributed to militants', 'killed when armed bandits raided') or
# where it happened ('killed outside a police post').
_NOT_THE_TARGET = (
    r"(?:by|when|as|after|attributed|blamed|suspected(?= (?:to|of|that)\b)|believed|claimed|"
    r"affiliated|linked|allud\w*|support\w*|sympathi\w*|accused|alleged\w*|"
    r"responsib\w*|outside|near|inside|in)\b"
)
ARMED_HIT = any_of(
    # force against armed people, not 'attacks by militants' (who made it, not who took it)
    r"(?:attack|ambush|kill|shot|shoot|fired|opened fire|target|raid|storm|gun(?:s|ned)? down|"
    r"wound|injur)\w* "
    r"(?!by\b)(?:(?!" + _NOT_THE_TARGET + r")[\w'’]+ ){0,6}" + ARMED,
    ARMED + r" (?:\w+ ){0,4}(?:is|were|was|has been|have been|had been|are) (?:\w+ ){0,3}?"
    r"(?:killed|shot|injured|wounded|ambushed|attacked|gunned down)",
    r"(?:leav\w*|left) (?:\w+ ){0,3}" + ARMED + r" (?:dead|injured|wounded)",
    # told as a headline, with no auxiliary ('two officers killed in an ambush', 'a police
    # reservist (KPR) shot dead'): the armed people are who was hit, not who hit
    ARMED + r" (?:\(\w+\) )?(?:killed|shot dead|gunned down)"
    r"(?= (?:in|at|by|during|when|after|as|on|near|while)\b|[.,;]|$)",
)
# Fire told as a ceasefire broken between forces ('broke the ceasefire and subjected the
# village to fire'): an exchange on the front line, a battle (codebook).
TRUCE_BROKEN_BY_FIRE = any_of(
    r"(?:broke|breaking|violated|violating|breach(?:ed|ing)?) (?:the |a )?(?:ceasefire|cease-fire|truce)"
    r" (?:\w+ ){0,8}(?:fire|firing|shooting|shots)\b",
)
CLASH = any_of(
    ARMED_HIT.pattern,
    r"clash",
    r"fight(?:ing)?\b",
    r"fought",
    r"exchange(?:d)? (?:of )?(?:fire|gunfire)",
    r"firefight",
    r"gun ?battle",
    r"gunfight",
    r"engag(?:ed|ement)",
    r"battle",
    r"skirmish",
    r"ambush",
    r"repelled",
    r"(?:fended|fought|beat|beaten|warded) off",
    r"repulsed",
    r"offensive",
    r"fired (?:on|at) (?:the )?positions",
    r"opened fire on (?:\w+ ){0,3}(?:positions|troops|soldiers|forces|police)",
    r"counter-?attack",
    TRUCE_BROKEN_BY_FIRE.pattern,
    r"(?:thwart|foil|repel|repuls)\w* (?:\S+ ){0,3}(?:attack|incursion|assault|advance|infiltration)",
    REPELLED.pattern,
    r"armed confrontation",
    BOTH_SIDES.pattern,
    r"shoot ?-?outs?",
    r"shoot-out",
    r"crossfire",
    r"sniper",
    r"small arms",
)
STATE_FORCES = r"(?:police(?: officers)?|policemen|security forces|soldiers|troops|the army)\b"
STATE_SHOOTS = any_of(
    r"(?:killed|shot|gunned down)(?: dead)? by (?:\w+ ){0,2}" + STATE_FORCES,
    STATE_FORCES + r" (?:\w+ ){0,4}(?:shot|shoot|kill|gunned)\w*",
)
UNARMED = any_of(
    r"civilians?",
    r"protest",
    r"demonstrat",
    r"villagers",
    r"residents",
    r"students",
    r"child",
    r"wom[ae]n",
    r"girls?\b",
    r"drivers?",
    r"vendors?",
    r"teachers?",
    r"reporters?",
    r"year-old",
    r"boys?\b",
    r"unarmed",
    r"innocent",
    r"bystanders?",
    r"passers?-by",
    r"journalists?",
    r"farmers?",
    r"worshippers",
    r"crowds?",
    r"mob\b",
    r"detainees?",
    r"prisoners?",
    r"custody",
    r"rubber bullets",
    r"tear ?gas",
)
ATTACK = any_of(
    r"attack",
    r"kill",
    # (not shots fired as a warning or into the air, which hit no one)
    r"(?<!warning )shot(?!s? (?:\w+ )?in(?:to)? the air)",
    r"shoot",
    r"gun(?:ned|s)? down",
    r"murder",
    r"stabb",
    r"hacked",
    r"slash(?:ed|ing)\b",
    r"beat(?:en|ing)?\b",
    r"assault",
    r"tortur",
    r"massacre",
    r"executed",
    r"behead",
    r"open(?:ed)? fire",
    r"injur",
    r"wound",
    r"machete",
    r"gunmen",
    r"assassinat",
    r"whipp",
    r"flogg",
    r"harass",
    r"threaten",
    r"burn(?:ed|t) alive",
    # a killing told by its victim's body
    r"found dead",
    r"(?:body|bodies|corpses?|remains) (?:\w+ ){0,8}(?:was|were|is|are|had been|have been) "
    r"(?:\w+ )?(?:found|discovered|recovered)",
    r"found (?:\w+ ){0,3}(?:body|bodies|corpses?)",
    r"mutilat",
    r"dismember",
    r"hijack",
    # raiding homes and herds: violence against the people raided
    r"raiders",
    r"cattle raids?",
    r"rustl(?:ers?|ing)",
    r"raid(?:s|ed)? (?:on )?(?:\w+ ){0,2}(?:villages?|homes|homesteads|houses|towns?|settlements?|farms?)",
    r"(?:steal|stole|stolen|drove away|made off with) (?:\w+ ){0,3}"
    r"(?:cattle|livestock|cows|goats|sheep|camels|animals)",
    r"petrol bombs?",
)
# Force told as done to people the words name as unarmed: an attack, whatever clash or ambush
# the story also tells ('ethnic clashes as militia attack civilians').
HIT_UNARMED = any_of(
    # (not an attack told as what came before: 'battled raiders following an attack on')
    r"(?<!following )(?<!following an )(?<!after )(?<!after an )(?:attack|kill|shot|shoot|gun(?:s|ned)? down|hack|stabb|slash|murder|massacre|injur|wound|"
    r"ambush)\w* (?:(?!by\b)\w+ ){0,3}(?<!armed )(?<!plain-clothes )"
    r"(?:civilians?|villagers|residents|fishermen|students?|teachers?|traders|businessm[ae]n|"
    r"citizens|women|children|passengers|worshippers|farmers|journalists?|(?:young )?m[ae]n\b|"
    r"youths?\b|persons\b|people\b|officials\b|pupils|drivers?\b|shopkeepers?|vendors)",
    r"(?:civilians?|villagers|residents|fishermen|teachers?|traders|businessm[ae]n|citizens|"
    r"passengers|worshippers|farmers|journalists?) (?:\w+ ){0,3}(?:were|was|are|is) (?:\w+ ){0,2}"
    r"(?:killed|shot|attacked|hacked|injured|wounded|murdered|massacred)",
    # people of a community, village or family: civilians ('killed seven members of the
    # herding community'); the unarmed told as left dead ('clashes leave civilians dead')
    r"(?:attack|kill|shot|shoot|hack|stabb|murder|massacre|injur|wound)\w* (?:\w+ ){0,2}"
    r"members of (?:the |a |an )?(?:[\w-]+ ){0,3}(?:community|communities|village|family|families)",
    r"(?:leav\w*|left) (?:\w+ ){0,2}(?:civilians|villagers|residents|women|children|"
    r"passengers|worshippers|farmers) (?:dead|injured|wounded)",
)
