"""Word patterns for crowds: protests, force met by protesters, riots and mobs (ACLED codebook)."""

from __future__ import annotations

from sitrep.events.acled.pattern import any_of

PROTEST = any_of(
    r"protest",
    # not 'demonstrate' meaning to show ('as demonstrated by the strikes', 'demonstrated that')
    r"demonstrat(?!(?:ed|es|ing) (?:that|by|how)\b)",
    r"rall(?:y|ies|ied)\b",
    r"(?-i:march(?:ed|es|ing)?)\b",  # not the month
    r"sit-in",
    r"picket",
    r"strik(?:e|ing) (?:workers|teachers|doctors|nurses)",
    r"went on strike",
    r"on strike\b",  # not 'comment on strikes'
    r"boycott",
    r"petition",
    r"marchers",
    r"rioters?",
    r"(?<!anti-)riot(?:s|ed|ing)?\b(?! police| gear| squad| control| unit)",
    r"hunger strike",
    # a crowd that gathers or blocks a road to demand something is protesting
    r"(?:gathered|assembled|blocked|closed|blockaded|padlocked|occupied) (?:\S+ ){0,16}"
    r"(?:demand|chant|against|reject|denounc|oppos|to protest|voic|complain|urg(?:e|ed|ing)\b|in solidarity|call(?:ed|ing)? for|"
    r"express\w* (?:\w+ )?(?:dissatisfaction|discontent|anger|outrage|frustration|displeasure))",
    # so is one that burns, throws or fights for a stated cause ('burned tyres to demand food')
    r"(?:burn|burnt|set fire|pelt|threw|hurl|vandali)\w* (?:\S+ ){0,16}"
    r"(?:demand|denounc|agitat|to protest|in protest|to demonstrate)",
    r"sit-ins?\b",
    r"(?:took to|walked|marched through|poured into|thronged|filled) the streets",
    r"die-ins?\b",
    r"human chains?",
)
FORCE_ON_CROWD = any_of(
    r"tear ?gas",
    r"teargas",
    r"water cannon",
    r"rubber bullets?",
    r"batons?",
    r"dispers",
    r"broke up",
    r"baton-charg",
    r"pepper spray",
    r"stun grenade",
    r"cracked down",
    r"lathi",
    # the protesters arrested, not the arrest they protest against
    r"(?:arrest|detain)\w* (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|participants|"
    r"activists|them|organi[sz]ers|students|people|workers)",
    r"(?:protesters|demonstrators|marchers|participants|activists|organi[sz]ers|students|people|"
    r"persons|workers|teachers|youths|\d+|dozens|several|some|many|two|three|four|five) "
    r"(?:\w+ ){0,3}(?:(?:were|was|are|been|got) (?:\w+ )?)?(?:arrested|detained)",
    r"(?:made|carried out|conducted) (?:\w+ ){0,2}(?:arrests|detentions)",
    r"(?:arrests|detentions) (?:were |was )?(?:made|reported|followed)",
    r"(?:several|many|dozens of|scores of|hundreds of|\d+) (?:arrests|detentions)\b",
    r"scatter(?:ed|ing)? (?:\w+ ){0,3}(?:crowds?|protesters|demonstrators|marchers|them)",
    r"removed by (?:the )?(?:\w+ )?(?:police|officers|security forces|troops|guards)",
    r"(?:police|officers|security forces|troops|forces|authorities) (?:\w+ ){0,4}"
    r"(?:re-?open|clear)\w* (?:the )?(?:roads?|highway|street|blockades?|barricades?)",
    r"confiscat\w* (?:\w+ ){0,2}(?:banners|placards|megaphones|flags|posters)",
    r"(?:police|officers|security forces|authorities|troops|gendarmes) (?:\w+ ){0,3}"
    r"(?:arrested|detained|beat|dragged)",
    r"(?:beaten|dragged) (?:\w+ ){0,6}by (?:\w+ ){0,3}(?:police|officers|security forces)",
    r"(?:arrests|detentions) (?:of|among) (?:\w+ ){0,2}(?:protesters|demonstrators|participants)",
    r"cut short",
    r"suppress",
    r"halt(?:ed)? (?:\w+ ){0,3}(?:event|march|rally|protest|demonstration|gathering)",
    r"drag(?:ged)? (?:them|protesters|demonstrators)",
    r"(?:police|officers|security forces|troops|gendarmes|guards|authorities) "
    r"(?:\w+ ){0,2}(?:interven|interfer|prevented|barred|sealed|blocked)",
    r"used force",
    r"(?:police|officers|security forces|troops|gendarmes) (?:\w+ ){0,2}(?:attacked|assaulted|charged|beat) "
    r"(?:\w+ ){0,3}(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|human chains?|"
    r"protesters|demonstrators|marchers)",
    r"by force",
    r"forcibly",
)
# Forces dispersing a gathering: a crowd was there, and force met it (codebook: protest with
# intervention), whether or not the words name it a protest ('police dispersed opposition
# supporters outside the tallying centre').
DISPERSED = any_of(
    r"(?:dispers|broke up|break(?:s|ing)? up|scatter)\w* (?:the |a |an )?(?:[\w'’-]+ ){0,4}?"
    r"(?:crowds?|supporters|voters|residents|youths?|labou?rers|workers|members|people|"
    r"gatherings?|meetings?|assembl(?:y|ies)|traders|students|followers|worshippers|mourners)\b",
)
# Anyone arrested in the protest's story by the forces there ('one woman was arrested') ...
ARRESTED_THERE = any_of(
    r"(?<!who )(?<!had )(?:were|was|got) (?:later )?(?:arrested|detained|beaten)"
)
# ... unless an arrest is what the crowd protests ('demanding the release of a blogger. The
# blogger was arrested on the same day')
ARREST_PROTESTED = any_of(
    r"release of",
    r"(?:demand|call|seek|urg)\w* (?:\w+ ){0,4}release",
    r"(?:against|over|denounc\w*|condemn\w*) (?:\w+ ){0,4}(?:arrests?|detentions?)",
    r"arrest of",
)
LETHAL_ON_CROWD = any_of(
    r"live (?:ammunition|rounds|bullets)",
    r"(?:shot|shoot(?:s|ing)? (?:at|into)|killed|open(?:s|ed)? fire on|fired (?:on|at|into)) "
    r"(?:\w+ ){0,3}(?:protesters|demonstrators|crowd|marchers)",
    r"(?:protesters|demonstrators) (?:\w+ ){0,3}(?:were|was) (?:shot|killed)",
    r"violently (?:suppress|dispers|broke up|crush|crack)",
    r"excessive force",
    r"opened fire (?:\w+ ){0,2}to (?:disperse|break up|scatter)",
    r"(?<!rubber )(?<!plastic )\bbullets\b",
    # (not the dead a protest is about: 'mothers of soldiers who had died ... held a protest')
    r"(?<!who )(?<!had )(?:killed|died|dead) (?:\w+ ){0,6}(?:protest|demonstration|crackdown)",
    r"(?:protest|demonstration)s? crackdown",
)
CROWD_VIOLENCE = any_of(
    r"pelt",
    r"threw (?:stones|rocks|petrol|molotov)",
    r"stone[- ]pelting",
    r"burn(?:ed|t|ing)? (?:\w+ ){0,2}"
    r"(?:tyres|tires|vehicles|cars|buildings|a police|dorm\w*|librar\w*|school|shacks|shops)",
    r"beat up",
    r"torch(?:ed|ing)\b",  # not torches carried
    r"vandali[sz]",
    r"set fire",
    r"set ablaze",
    r"clash(?:ed|es)? with (?:police|security)",
    # (not police acting violently: "violently dispersed")
    r"(?<!no )(?<!non-)(?<!without )violent(?!ly (?:suppress|dispers|broke|crush|crack|attack|beat))",
    r"running battles?",
    r"burn(?:ed|t|ing)? down",
    r"burn(?:ed|t) (?:the|a|an|their|several|two|three) ",
    r"burn(?:ed|t|ing)? (?:\w+ ){0,2}(?:objects|material|papers|documents|mattresses|ballot)",
    r"setting fire",
    r"destroy(?:ed|ing)? (?:\w+ ){0,3}(?:property|ballot|windows|furniture|vehicles?|offices?|shops?)",
    r"property destruction",
    r"broke (?:\w+ ){0,2}(?:ballot|windows|police lines?|gates?|into)",
    r"brawl",
    r"(?<!minor )scuffle",
    r"aggressive (?:demonstrations?|protests?|rall(?:y|ies)|crowds?)",
    r"trash(?:ed|ing)\b",
    r"battl(?:ed|ing) (?:\w+ ){0,2}(?:police|security|officers)",
    r"stealing",
    r"chased (?:\w+ ){0,3}(?:away|off|out)",
    r"looted",
    r"smash",
    r"attacked (?:police|security)",
    # ACLED's riots: a crowd that fights, throws, burns or barricades (not riots told as
    # what came before: 'after the recent riots')
    r"(?<!anti-)(?<!recent )(?<!previous )(?<!earlier )(?<!last week's )"
    r"riot(?:s|ed|ing|ers?)?\b(?! police| gear| squad| control| unit)",
    r"rioting",
    r"clash(?:ed|es|ing)?\b",
    r"fought",
    r"(?<!of )ston(?:ed|es|ing)\b",  # not 'the quarrying of stones'
    r"rocks",
    r"hurl",
    r"threw",
    r"petrol bombs?",
    r"molotov",
    r"(?:lit|light(?:ed|ing|s)?) (?:\w+ ){0,2}(?:fires?|bonfires?|tyres|tires)",
    r"damag(?:ed|ing) (?:\w+ ){0,3}(?:cars|vehicles|property|shops|buildings|windows|offices)",
    r"(?:barricades?|tyres|tires) (?:\w+ ){0,2}(?:on fire|ablaze|alight)",
    r"barricad(?!\w* (?:themselves|himself|herself|ourselves))",
    r"arson",
    # violence done, not violence protested against ('a march over police violence')
    r"(?<!no )(?<!without )(?<!over )(?<!against )(?<!about )(?<!domestic )"
    r"(?<!sexual )(?<!gender )(?<!police )(?<!recent )(?<!reports of )(?<!report of )"
    r"(?<!reported )(?<!signs of )(?<!sign of )(?<!mention of )violence",
    r"ablaze",
    r"attacked (?:\w+ ){0,3}(?:officers|policem[ae]n|journalists|vehicles|shops|offices)",
    # a crowd forcing its way into a building ('protesters stormed parliament')
    r"(?:protesters|demonstrators|crowds?|rioters|students|youths) (?:\w+ ){0,2}storm(?:ed|ing)\b",
)
MOB = any_of(
    r"\bmobs?\b",
    r"lynch",
    r"vigilante",
    r"angry (?:crowd|residents|villagers)",
    r"jungle justice",
    r"mob justice",
    r"beat(?:en)? to death by (?!(?:\w+ ){0,2}(?:police|officers|troopers|soldiers|guards))",
    r"residents (?:attacked|beat|killed)",
)
# Vigilante justice: people suspected of a crime or of witchcraft burnt, lynched, stoned or
# beaten (codebook: mob violence includes a crowd's punishment of suspects).
_SUSPECTS = (
    r"(?:suspected|alleged) (?:\w+ ){0,2}(?:thie(?:f|ves)|robbers?|criminals?|rustlers?|"
    r"kidnappers?|rapists?|witch(?:es)?|burglars?|murderers?|pickpockets?)\b"
)
_PUNISHED = r"(?:burnt|burned|lynched|beaten|stoned|set ablaze|set alight|set on fire|torched)"
VIGILANTE = any_of(
    _SUSPECTS + r"(?: \w+){0,4} " + _PUNISHED,
    _PUNISHED + r" (?:\w+ ){0,3}" + _SUSPECTS,
)
# ACLED's mob violence: violence by a disorganised, unarmed crowd (not a protest)
CROWD = (
    r"(?:youths|residents|villagers|locals|supporters|crowds?|traders|vendors|sellers|hawkers|"
    r"students|mourners|fans|passers-by|members of the public|voters|community members|"
    r"worshippers|congregants|group of (?:\S+ )?(?:people|men|persons|"
    r"youths|residents|villagers)|(?<!armed )(?<!militia )(?<!rebel )(?<!militant )groups|"
    r"activists|labou?rers|workers|citizens|families|neighbou?rs|camps|party members|members of (?:\S+ ){0,4}part(?:y|ies)|"
    r"squatters|parents|pupils|hawkers|fishermen|miners|inmates|prisoners|"
    r"(?:boda boda|motorbike|motorcycle|taxi|matatu|bus|truck) (?:operators|riders|drivers))\b"
)
# The words between a crowd and its deed. The crowd is the doer: no deed told after it
# ('residents fled after a grenade attack', 'residents accuse police of torching homes') nor
# one done to it ('youths were attacked and killed'; a crowd hurt in its own fray is still
# one: 'labourers were injured').
_NOT_AFTER = r"(?!(?:after|following|amid|during)\b)"
_NOT_DONE_TO = (
    r"(?!(?:were|was|been|being|are|is|got|get) (?:\w+ly )?(?:attack|beat|assault|ston|lynch|"
    r"kill|hack|chas|torch|burn|target))"
)
_CROWD_GAP = r" (?:" + _NOT_AFTER + _NOT_DONE_TO + r"[\w'’/-]+ ){0,9}(?<!\bof )"
CROWD_ATTACK = any_of(
    CROWD + _CROWD_GAP + r"(?:attack|beat|assault|clash|ston|pelt|threw|hurl|torch|burn|lynch|"
    r"chas|set fire|set alight|set ablaze|set on fire|vandali|storm|injur|kill|hack|fought|fight|"
    # (not the doers named: 'residents said the attackers crossed', 'fighters')
    r"destroy|damag|ransack|target)(?!ers?\b)\w*",
    r"(?:attacked|beaten|assaulted|lynched|stoned|killed|torched|burn(?:ed|t)|set ablaze)"
    r"(?: up| to death)? by (?:(?!armed\b)\w+ ){0,2}" + CROWD,
    r"clash\w* (?:\w+ ){0,3}between (?:\w+ ){0,6}" + CROWD,
)
# Who fights with guns, whatever the crowd around them: a battle, not a mob.
ARMED_MEN = (
    r"armed (?:men|group|individuals|gangs?)|criminal groups?|gangs\b|gunfights?|"
    r"gun ?battles?|firefights?|shoot-?outs?|security forces"
)
RIVALS = any_of(
    r"(?:rival|opposing|two) (?:\w+ ){0,3}(?:groups|camps|factions|supporters)"
    r"(?: \w+){0,8} (?:clash|fought|fight|brawl)",
    r"supporters of (?:\w+ ){1,6}(?:and|clash\w*|fought) (?:\w+ ){0,6}(?:clash|fought|fight)",
    r"(?:clash|fight|fighting|brawl)\w* between (?:\w+ ){0,3}(?:rival|opposing) ",
    # two camps named and fighting each other ('supporters of the senator and of the MP
    # clashed', 'party members fought one another', 'political parties clashed')
    r"supporters of (?:\S+ ){1,10}(?:clash|fought)",
    r"(?:supporters|members|activists|loyalists) (?:\S+ ){0,3}(?:fought|clashed with|attacked|"
    r"assaulted) (?:one another|each other)",
    r"(?:political )?parties (?:\w+ ){0,2}clash",
)
# Words of a crowd's unrest that tell no act ('chaos erupted at the tallying centre', 'went
# on the rampage', 'running battles'): ACLED's riots, a disorganised crowd's violence.
UNREST = any_of(
    r"(?<!the )(?<!of )(?<!and )(?<!on )(?<!over )(?<!against )(?:unrest",
    r"chaos",
    r"chaotic",
    r"mayhem",
    r"pandemonium",
    r"melee",
    r"fracas",
    r"commotion",
    r"rampag",
    r"running battles?",
    r"rowdy",
    r"hooligan)",
    r"rampag",
)
# Violence named as the cause or setting of something else ('linked to ongoing political
# violence', 'signs of violence', 'in the wake of the violence').
VIOLENCE_AS_SETTING = any_of(
    r"(?:linked|related|connected|due|owing|amid|amidst|victims?|signs?|part|wake|aftermath|"
    r"result|because|following|after|fear|fears|threat) (?:\S+ ){0,4}violence"
)
# Violence told bare ('post-election violence, details not specified'), read only where a
# sentence tells no act of its own; not violence suffered or protested against, nor violence
# of another kind before it ('linked to ongoing political violence').
BARE_VIOLENCE = any_of(
    # (not violence referred back to or named as a cause: 'the violence', 'linked to
    # ongoing violence', 'signs of violence')
    r"(?<!the )(?<!this )(?<!of )(?<!to )(?<!with )(?<!amid )(?<!no )(?<!without )(?<!over )(?<!against )(?<!about )(?<!domestic )(?<!sexual )"
    r"(?<!gender )(?<!gender-based )(?<!police )(?<!state )(?<!armed )(?<!gun )(?<!gang )"
    r"(?<!militia )(?<!jihadist )violence",
    UNREST.pattern,
)
# Who fights or kills: with these the violence is a battle or an attack, not a crowd's.
ARMED_OR_LETHAL = any_of(
    r"killed",
    r"kill(?:s|ing)\b",
    r"dead\b",
    r"death",
    r"murder",
    r"shot",
    r"shoot",
    r"gun",
    r"firearms?",
    r"rifles?",
    r"hacked",
    r"stabb",
    r"machetes?",
    r"arrows?",
    r"militia",
    r"militants?",
    r"rebels?",
    r"insurgen",
    r"jihad",
    r"terror",
    r"soldiers",
    r"troops",
    r"army",
    r"military",
    r"bandits?",
    r"raid",
    r"ethnic",
    r"tribal",
    r"tribes?\b",
    r"clans?\b",
    r"communal",
    r"inter-communal",
    r"sectarian",
    r"cattle",
    r"domestic",
    r"armed",
    r"peaceful",
    r"devoid",
    ARMED_MEN,
)
# A crowd's own arms: stones, sticks and bottles thrown or wielded, whoever at (codebook:
# riots are violence by a crowd with no firearms; 'pelted police with stones').
CROWD_ARMS = any_of(
    r"(?:threw|throw\w*|hurl\w*|pelt\w*) (?:\w+ ){0,3}(?:stones|rocks|bricks)",
    r"with (?:\w+ ){0,2}(?:sticks|stones|rocks|clubs|bottles|bricks)\b",
    r"stone[- ]throwing",
    r"stone[- ]pelting",
    # people hurt by what a crowd throws ('two officers were injured by stones')
    r"(?:injured|hurt|hit|wounded|struck|killed) (?:\w+ ){0,2}by (?:\w+ ){0,3}"
    r"(?:stones|rocks|bricks|bottles)\b",
)
# Police fighting people told with no weapon or armed group: a riot ('students clashed with
# police', 'police fought with market vendors'); with one, a battle.
FIGHT_WITH_POLICE = any_of(
    r"clash\w* (?:\w+ ){0,2}with (?:the )?(?:\w+ )?(?:police|security forces)",
    r"(?:police|security forces) (?:\w+ ){0,2}(?:clash\w*|fought|battl\w*) (?:with )?",
    r"clash\w* between (?:\w+ ){0,4}(?:police|security forces)",
)
ARMED_OR_CRIMINAL = any_of(
    r"firearms?",
    r"guns?\b",
    r"gunfire",
    r"rifles?",
    r"gunm[ae]n",
    r"militia",
    r"militants?",
    r"rebels?",
    r"insurgen",
    r"fighters",
    r"raiders",
    r"bandits?",
    r"armed",
    r"shoot-?outs?",
    r"gun ?battles?",
    r"gangs?",
    r"gangsters?",
    r"cartels?",
    r"suspects?",
    r"criminals?",
    r"robbers?",
    r"thugs",
    r"poachers",
    r"pirates",
    r"terrorists?",
    r"separatists?",
    r"cattle",
    r"rustl",
    r"herders",
    r"ethnic",
    r"clans?\b",
    r"tribes?\b",
    r"communit",
    r"military",
    r"army",
    r"soldiers",
    r"troops",
)
# Barricades and burning tyres: the codebook's own examples of a violent demonstration,
# whether or not the crowd's cause is told.
BARRICADES = any_of(
    r"barricad(?:ed|ing|es)\b(?! (?:themselves|himself|herself|ourselves))",
    r"burn(?:ed|t|ing|s)? (?:\w+ ){0,2}(?:tyres|tires)",
    r"(?:tyres|tires) (?:\w+ ){0,2}(?:on fire|ablaze|alight|burning)",
    r"(?:set|put|mounted|erected) up (?:\w+ ){0,2}road ?blocks",
)
# Violence named, not done: what a crowd protests, condemns or mourns ('condemning the
# militia's violence against civilians', 'over rising insecurity and violence'), violence
# the crowd answers ('in response to the clashes'), and violence told as
# absent ('no reports of violence or clashes with police'). Rules read these words as
# neutral ones.
_HARM = r"(?:violen(?:ce|t)|riot(?:s|ing)?|clash(?:es)?)\b"
NAMED_VIOLENCE = any_of(
    r"(?:condemn|denounc|decr[iy]|against|over|about)\w* (?:[\w'’-]+ ){0,5}?" + _HARM,
    r"in (?:response|reaction|retaliation) to (?:the |a |an )?(?:[\w'’-]+ ){0,3}?" + _HARM,
    r"\bno (?:reports? of |signs? of |mention of )?(?:[\w-]+ ){0,2}?"
    + _HARM
    + r"(?:,? (?:or|and|nor) (?:[\w-]+ ){0,2}?"
    + _HARM
    + r")*",
)
# Burning what stands for someone ('burned effigies of the governor', 'set fire to flags'):
# a protest's symbol, no violence (rules read the burning word as a neutral one).
SYMBOLIC_BURNING = any_of(
    r"(?:burn(?:ed|t|ing|s)?|torch(?:ed|ing)?|set (?:on )?fire to|set ablaze)"
    r"(?= (?:\w+ ){0,2}(?:effig\w*|flags?|banners?|placards?|posters?|portraits?|pictures?|"
    r"photos?|photographs?|copies|candles)\b)"
)
# Force done by state agents: an attack on the person hit, never a crowd's (mob) violence
# ('a trader was beaten to death by police', 'troopers baton-charged vendors').
STATE_FORCE = any_of(
    r"(?:beaten|attacked|assaulted|killed|shot|injured|tortured|slapped|whipped|flogged|"
    r"manhandled|baton-charged)(?: [\w-]+){0,3} by (?:[\w-]+ ){0,4}"
    r"(?:police|policem[ae]n|officers?|troopers|soldiers|guards|security|personnel|"
    r"constables?|gendarmes?)\b",
    r"(?:police|policem[ae]n|officers?|troopers|soldiers|guards|constables?|gendarmes?|personnel) "
    r"(?:[\w-]+ ){0,3}(?<!were )(?<!was )(?<!been )(?<!being )(?<!are )(?<!is )"
    r"(?:beat|assault|attack|baton|whip|flog|slap|tortur|manhandl)\w*",
)
