"""ACLED sub-event types from the words of a report, by rules written from ACLED's codebook.

ACLED's codebook defines each sub-event by what was done and with what: an air or drone strike
by aircraft, shelling by artillery, missiles or rockets, a remote explosive by an IED or mine, a
suicide bomb by an attacker who dies in it, and so on. The rules below follow those definitions
in the codebook's own order of precedence (the weapon decides before the target; a protest met
with force is not a peaceful protest). Each rule is a set of word patterns; the first rule that
matches wins. These are domain rules, not fitted to any corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.records import AcledSubEvent, EventType

S = AcledSubEvent


@dataclass(frozen=True, slots=True)
class Rule:
    sub_event: AcledSubEvent
    # every group must match (a group is an alternation of patterns)
    needs: tuple[re.Pattern[str], ...]
    # none of these may match
    unless: re.Pattern[str] | None = None


def _p(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


_PROTEST = _p(
    r"protest",
    r"demonstrat",
    r"rall(?:y|ies|ied)\b",
    r"(?-i:march(?:ed|es|ing)?)\b",  # not the month
    r"sit-in",
    r"picket",
    r"strik(?:e|ing) (?:workers|teachers|doctors|nurses)",
    r"went on strike",
    r"on strike",
    r"boycott",
    r"petition",
    r"marchers",
    r"rioters?",
    r"(?<!anti-)riot(?:s|ed|ing)?\b(?! police| gear| squad| control| unit)",
    r"hunger strike",
    # a crowd that gathers or blocks a road to demand something is protesting
    r"(?:gathered|assembled|blocked|closed|blockaded|padlocked|occupied) (?:\S+ ){0,16}"
    r"(?:demand|chant|against|reject|denounc|oppos|to protest|voic)",
    # so is one that burns, throws or fights for a stated cause ('burned tyres to demand food')
    r"(?:burn|burnt|set fire|pelt|threw|hurl|vandali)\w* (?:\S+ ){0,16}"
    r"(?:demand|denounc|agitat|to protest|in protest|to demonstrate)",
    r"sit-ins?\b",
)
_FORCE_ON_CROWD = _p(
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
    # anyone arrested in the protest's story by the forces there ('one woman was arrested')
    r"(?<!who )(?<!had )(?:were|was|got) (?:later )?(?:arrested|detained|beaten)",
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
    r"by force",
    r"forcibly",
)
_LETHAL_ON_CROWD = _p(
    r"live (?:ammunition|rounds|bullets)",
    r"(?:shot|shoot(?:s|ing)? (?:at|into)|killed|opened fire on|fired (?:on|at|into)) "
    r"(?:\w+ ){0,3}(?:protesters|demonstrators|crowd|marchers)",
    r"(?:protesters|demonstrators) (?:\w+ ){0,3}(?:were|was) (?:shot|killed)",
    r"violently (?:suppress|dispers|broke up|crush|crack)",
    r"excessive force",
    r"(?<!rubber )(?<!plastic )\bbullets\b",
    r"(?:killed|died|dead) (?:\w+ ){0,6}(?:protest|demonstration|crackdown)",
    r"(?:protest|demonstration)s? crackdown",
)
_CROWD_VIOLENCE = _p(
    r"pelt",
    r"threw (?:stones|rocks|petrol|molotov)",
    r"stone[- ]pelting",
    r"burn(?:ed|t|ing)? (?:\w+ ){0,2}"
    r"(?:tyres|tires|vehicles|cars|buildings|a police|dorm\w*|librar\w*|school|shacks|shops)",
    r"beat up",
    r"torch",
    r"vandali[sz]",
    r"set fire",
    r"set ablaze",
    r"clash(?:ed|es)? with (?:police|security)",
    r"(?<!no )(?<!non-)(?<!without )violent",
    r"rampag",
    r"running battles?",
    r"burn(?:ed|t|ing)? down",
    r"burn(?:ed|t) (?:the|a|an|their|several|two|three) ",
    r"burn(?:ed|t|ing)? (?:\w+ ){0,2}(?:objects|material|papers|documents|mattresses|ballot)",
    r"setting fire",
    r"destroy(?:ed|ing)? (?:\w+ ){0,3}(?:property|ballot|windows|furniture|vehicles?|offices?|shops?)",
    r"property destruction",
    r"broke (?:\w+ ){0,2}(?:ballot|windows|police lines?|gates?|into)",
    r"brawl",
    r"battl(?:ed|ing) (?:\w+ ){0,2}(?:police|security|officers)",
    r"stealing",
    r"chased (?:\w+ ){0,3}(?:away|off|out)",
    r"disrupt",
    r"looted",
    r"smash",
    r"attacked (?:police|security)",
    # ACLED's riots: a crowd that fights, throws, burns or barricades
    r"(?<!anti-)riot(?:s|ed|ing|ers?)?\b(?! police| gear| squad| control| unit)",
    r"rioting",
    r"clash(?:ed|es|ing)?\b",
    r"fought",
    r"ston(?:ed|es|ing)\b",
    r"rocks",
    r"hurl",
    r"threw",
    r"petrol bombs?",
    r"molotov",
    r"lit (?:\w+ )?(?:fires?|bonfires?)",
    r"(?:barricades?|tyres|tires) (?:\w+ ){0,2}(?:on fire|ablaze|alight)",
    r"barricad",
    r"arson",
    r"(?<!no )(?<!without )violence",
    r"ablaze",
    r"attacked (?:\w+ ){0,3}(?:officers|policem[ae]n|journalists|vehicles|shops|offices)",
)
_MOB = _p(
    r"\bmobs?\b",
    r"lynch",
    r"vigilante",
    r"angry (?:crowd|residents|villagers)",
    r"jungle justice",
    r"mob justice",
    r"beat(?:en)? to death by",
    r"residents (?:attacked|beat|killed)",
)
# ACLED's mob violence: violence by a disorganised, unarmed crowd (not a protest)
_CROWD = (
    r"(?:youths|residents|villagers|locals|supporters|crowds?|traders|vendors|sellers|hawkers|"
    r"students|mourners|fans|passers-by|members of the public|voters|community members|"
    r"worshippers|congregants|group of (?:\S+ )?(?:people|men|persons|"
    r"youths|residents|villagers)|(?<!armed )(?<!militia )(?<!rebel )(?<!militant )groups|"
    r"activists|labou?rers|workers|citizens|families|neighbou?rs|camps)\b"
)
_CROWD_ATTACK = _p(
    _CROWD + r" (?:\w+ ){0,7}(?:attack|beat|assault|clash|ston|pelt|threw|hurl|torch|burn|lynch|"
    r"chas|set fire|set alight|vandali|stormed|injur|kill|hack)\w*",
    r"(?:attacked|beaten|assaulted|lynched|stoned|killed)(?: up)? by (?:\w+ ){0,2}" + _CROWD,
    r"clash\w* (?:\w+ ){0,3}between (?:\w+ ){0,6}" + _CROWD,
)
# Who fights with guns, whatever the crowd around them: a battle, not a mob.
_ARMED_MEN = (
    r"armed (?:men|group|individuals|gangs?)|criminal groups?|gangs\b|gunfights?|"
    r"gun ?battles?|firefights?|shoot-?outs?|security forces"
)
_RIVALS = _p(
    r"(?:rival|opposing|two) (?:\w+ ){0,3}(?:groups|camps|factions|supporters)"
    r"(?: \w+){0,8} (?:clash|fought|fight|brawl)",
    r"supporters of (?:\w+ ){1,6}(?:and|clash\w*|fought) (?:\w+ ){0,6}(?:clash|fought|fight)",
    r"(?:clash|fight|fighting|brawl)\w* between (?:\w+ ){0,3}(?:rival|opposing) ",
)
_AIR = _p(
    r"air ?strikes?",
    r"airstrikes?",
    r"air raids?",
    r"drones?\b",
    r"warplanes?",
    r"fighter jets?",
    r"jets\b",
    r"helicopters?",
    r"aircraft",
    r"aviation",
    r"aerial",
    r"bombers?\b(?! )",
    r"(?:air|aerial) bombardment",
    r"UAVs?",
    r"gunships?",
)
_SHELL = _p(
    r"shell(?:s|ed|ing)?\b",
    r"artillery",
    r"mortars?",
    r"missiles?",
    r"rockets?",
    r"howitzers?",
    r"bombard",
    r"grad\b",
    r"MLRS",
    r"projectiles?",
    r"katyusha",
    r"tank fire",
    r"heavy weapons",
    # many blasts from afar, no bomb or aircraft named: long-range fire
    r"(?:series|total|number|dozens|several|multiple|scores) of (?:\w+ ){0,2}explosions",
    r"\d+ explosions",
)
# Fire both ways: an exchange.
_BOTH_SIDES = _p(
    r"in both directions",
    r"exchange(?:d)? (?:of )?(?:\w+ )?(?:fire|gunfire|shelling|shells|artillery)",
    r"shelling exchange",
    r"(?:fatalities|casualties|losses) (?:\w+ ){0,2}(?:from|on) both sides",
)
_IED = _p(
    r"\bIEDs?\b",
    r"VBIEDs?",
    r"improvised explosive",
    r"landmines?",
    r"land mines?",
    r"\bmines?\b",
    r"roadside bomb",
    r"car bomb",
    r"explosive device",
    r"bomb (?:blast|explosion|exploded|went off)",
    r"bombs? (?:exploded|went off|detonated)",
    r"remote(?:ly)?[- ]detonat",
    r"booby[- ]trap",
    r"explosives?[- ]laden",
    r"\bexplosion\b",
    r"\bblast\b",
    r"planted (?:a|an) (?:bomb|explosive)",
    r"magnetic bomb",
    r"sticky bomb",
    r"parcel bomb",
    r"bomb attack",
    r"bombing",
)
_SUICIDE = _p(
    r"suicide",
    r"blew (?:himself|herself|themselves) up",
    r"blow (?:himself|herself|themselves) up",
    r"detonated (?:his|her|their) (?:vest|belt|explosives)",
    r"self-detonat",
    r"kamikaze",
)
_GRENADE = _p(r"grenades?\b(?! launcher)", r"hand grenade")
_CHEM = _p(
    r"chemical",
    r"chlorine",
    r"sarin",
    r"toxic gas",
    r"\bmustard\b",
    r"nerve agent",
    r"poison(?:ous)? gas",
    r"toxic (?:chemicals?|substances?|agents?)",
    r"gas attack",
)
_SEXUAL = _p(r"\brap(?:e|ed|es|ing|ist)\b", r"sexual", r"sexually", r"molest", r"gang-rap")
_ABDUCT = _p(
    r"abduct",
    r"kidnap",
    r"hostages?",
    r"disappear",
    r"taken captive",
    r"held captive",
    r"seized (?:\w+ ){0,2}(?:civilians|people|men|women|villagers)",
)
_ARREST = _p(
    r"arrest",
    r"detain",
    r"apprehend",
    r"taken into custody",
    r"in custody",
    r"rounded up",
    r"nabbed",
)
_REGAIN = _p(
    r"recaptur",
    r"retook",
    r"retake",
    r"retaken",
    r"regain",
    r"liberat",
    r"reclaim",
    r"took back",
    r"wrested",
    r"(?:seized|won|taken) back",
    r"(?:pushed|drove|driven|forced) (?:\w+ ){0,4}back\b",
    r"freed (?:\w+ ){0,3}(?:villages?|towns?|areas?|city|district|region|territory)",
    r"(?:established|restored|recovered|regained) (?:full |complete )?control",
)
# Pushing back an attack is repelling it (an armed clash), not regaining ground.
_REPELLED = _p(
    r"(?:pushed|drove|driven|forced|beat|beaten|fought) (?:\w+ ){0,3}back (?:\S+ ){0,3}?"
    r"(?:attacks?|assaults?|advances?|offensives?|incursions?|raids?)\b",
    r"(?:pushed|drove|driven|forced|beat|beaten|fought) (?:\S+ ){0,3}?"
    r"(?:attacks?|assaults?|advances?|offensives?|incursions?|raids?) back\b",
)
# Troops of a state taking ground: the codebook's government regaining territory (a state's
# forces take ground from non-state groups); the state's word must come before the taking.
_STATE_TAKES = _p(
    r"\b(?:army|troops|soldiers|government forces|security forces|armed forces|military)\b"
    r"(?:(?!\b(?:rebels?|militants?|insurgents?|jihadists?|by)\b)[^.;]){0,100}?"
    r"\b(?:captur|seiz|took|taken|tak|overr[au]n|occup)\w*\s+(?:\w+\s+){0,5}?"
    r"(?:control|towns?|villages?|city|areas?|district|neighbou?rhoods?|bases?|hills?|"
    r"territory|region|province|outposts?|airport|strongholds?|hill posts?)\b",
)
_OVERTAKE = _p(
    r"seiz",
    r"captur",
    r"took (?:full )?control",
    r"taken control",
    r"overr[au]n",
    r"overtook",
    r"took over",
    r"taken over",
    r"gained ground",
    r"stormed and (?:took|held)",
    r"fell to",
    # taking ground back: a government's regaining unless the group takes it (_REGAIN)
    r"recaptur",
    r"retook",
    r"(?:seized|won|taken|took) back",
)
_STATE = _p(
    r"army",
    r"military",
    r"government",
    r"troops",
    r"soldiers",
    r"security forces",
    r"armed forces",
    r"police",
    r"\bSAA\b",
    r"\bSDF\b",
    r"forces? of",
)
_NON_STATE = _p(
    r"militants?",
    r"rebels?",
    r"insurgents?",
    r"jihadists?",
    r"\bISIS\b",
    r"\bISIL\b",
    r"Islamic State",
    r"al-Shabaab",
    r"Shabaab",
    r"Boko Haram",
    r"Taliban",
    r"Houthis?",
    r"fighters",
    r"militias?",
    r"armed group",
    r"gunmen",
)
# A non-state group taking ground back ('militants recaptured the village') overtakes it: the
# codebook's regaining is a government's; the group must be the one that takes it.
_NON_STATE_REGAINS = (
    # no state force named before it in the sentence ('security forces in a crackdown on
    # Taliban militants recaptured ...' is the government's)
    r"(?:^|(?<=[.;] ))"
    r"(?:(?!\b(?:army|troops|soldiers|government|military|police|forces)\b)[^.;])*?"
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|ISIS|ISIL|Islamic State|Taliban|"
    r"Shabaab|Boko Haram|Houthis?|militias?|gunmen)\b"
    r"(?:(?!\b(?:army|troops|soldiers|government|military|police|from)\b)[^.;]){0,60}?"
    r"\b(?:recaptur|retook|retake|regain|reclaim|took back|(?:seized|won|taken) back)"
)
_TRANSFER = _p(
    r"handed over",
    r"hand(?:ed|s)? (?:control|over)",
    r"handover",
    r"withdr[ae]w",
    r"withdrawal",
    r"pulled out",
    r"took over (?:\w+ ){0,3}(?:positions|checkpoints|posts) (?:from|after)",
    r"deployed to replace",
)
_HQ = _p(
    r"(?:establish|set up|built|opened|install)\w* (?:\w+ ){0,5}(?:base|post|headquarters|outpost|camp|checkpoint|position|observation point)s?\b",
    r"new (?:military )?(?:base|post|outpost|headquarters)",
)
_DISRUPT = _p(
    r"defus",
    r"cache",
    r"(?:seized|confiscated|recovered) (?:\w+ ){0,4}(?:weapons|arms|ammunition|explosives|firearms|rifles|guns|rounds)",
    r"(?:weapons|arms|ammunition|explosives|firearms) (?:\w+ ){0,3}(?:were|was) (?:seized|found|recovered|confiscated)",
    r"intercept",
    r"shot down",
    r"dismantl",
    r"(?:found|cleared) (?:\w+ ){0,3}(?:mines|IEDs|explosives)",
    r"bomb disposal",
    r"controlled explosion",
    r"neutrali[sz]ed (?:a|an|the) (?:bomb|IED|device)",
)
_WEAPONS = (
    r"(?:weapons|arms|ammunitions?|explosives?|explosive devices?|IEDs?|VBIEDs?|firearms|rifles|"
    r"guns|pistols|rounds|bullets|cartridges|grenades|landmines|mines|rockets|missiles|mortars|"
    r"caches?|arsenal|depot|bomb-making)\b"
)
_FOUND = (
    r"(?:seiz|confiscat|recover|captur|discover|found|destroy|defus|clear|intercept|dismantl|"
    r"unearth|impound)\w*"
)
# Weapons taken, found or made safe before use: the codebook's disrupted weapons use, which
# comes before the weapon's own sub-event (a landmine found is no landmine attack).
_SEIZED_WEAPONS = _p(
    _FOUND + r" (?:\w+ ){0,8}" + _WEAPONS,
    _WEAPONS + r" (?:\w+ ){0,6}(?:were|was|have been|has been|had been|being) (?:\w+ )?" + _FOUND,
)
_LOOT = _p(
    r"loot",
    r"ransack",
    r"torch",
    r"set (?:on )?fire",
    r"set ablaze",
    r"burn(?:ed|t) (?:down )?(?:\w+ ){0,3}(?:houses|homes|shops|property|properties|vehicles|buildings|school|church|mosque|crops|village)",
    r"destroy",
    r"vandali[sz]",
    r"demolish",
    r"stole",
    r"stolen",
    r"raz(?:ed|ing)",
    r"damag",
)
_AGREE = _p(
    r"agree",
    r"agreement",
    r"ceasefire",
    r"cease-fire",
    r"truce",
    r"accord\b",
    r"peace deal",
    r"signed",
    r"prisoner (?:exchange|swap)",
    r"exchange of prisoners",
    r"exchange (?:\w+ ){0,3}of prisoners",
    r"exchanged (?:\w+ ){0,2}prisoners",
    r"surrender",  # the codebook counts surrenders among agreements
    r"repatriat",
    r"evacuation deal",
    r"released (?:\w+ ){0,3}(?:prisoners|hostages|detainees)",
    r"negotiat",
)
_CHANGE = _p(
    r"recruit",
    r"(?:announced|declared) (?:\w+ ){0,4}(?:formation|dissolution|merger|alliance)",
    r"formed (?:a|an) (?:new )?(?:group|militia|alliance)",
    r"relocat",
    r"defected",
    r"deploy",
    r"reinforce",
    r"dispatch",
    r"mobili[sz]",
    r"stationed",
    r"pull(?:ed|s|ing)? back",
    r"(?:formed|set up|established) (?:\w+ ){0,4}(?:organi[sz]ation|unit|brigade|wing|entity)",
    r"curfew",
    r"banned",
    r"ban on",
    r"state of emergency",
    r"suspend",
    # forces moving or digging in
    r"joint patrols?",
    r"(?:conduct|carri)\w* (?:out )?(?:\w+ ){0,3}patrols?",
    r"(?:military|army) (?:columns?|convoys?)",
    r"(?:columns?|convoys?) (?:of|with|carrying) (?:\w+ ){0,4}(?:vehicles|equipment|troops|reinforcements)",
    r"fortifications?",
)
# Force against armed, organised people is a battle in ACLED's terms, not violence against
# civilians: soldiers, police, militants and their posts and convoys.
_ARMED = (
    r"(?:soldiers?|troops|policem[ae]n|police(?: officers?| station| post| patrol| reservists?)?|"
    r"rangers|gendarmes?|"
    r"officers|servicem[ae]n|jawans|militants?|fighters?|insurgents?|rebels?|militiam[ae]n|"
    r"militias?|gunm[ae]n|bandits?|raiders?|terrorists?|gang members?|gangsters?|"
    r"security forces|forces|army|positions?|convoy|patrol|"
    r"checkpoint|military base|army base|outpost|barracks|guards?|al[- ]?Shabaa?b|Boko Haram|"
    r"Taliban|ISIS|ISIL|Islamic State|Houthis?)\b"
)
_CLASH = _p(
    # force against armed people, not 'attacks by militants' (who made it, not who took it)
    r"(?:attack|ambush|kill|shot|shoot|fired|opened fire|target|raid|storm)\w* "
    r"(?!by\b)(?:(?!by\b)\w+ ){0,6}" + _ARMED,
    _ARMED + r" (?:\w+ ){0,4}(?:is|were|was|has been|have been|had been|are) (?:\w+ ){0,3}?"
    r"(?:killed|shot|injured|wounded|ambushed|attacked|gunned down)",
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
    r"repulsed",
    r"offensive",
    r"fired (?:on|at) (?:the )?positions",
    r"opened fire on (?:\w+ ){0,3}(?:positions|troops|soldiers|forces|police)",
    r"counter-?attack",
    r"(?:thwart|foil|repel|repuls)\w* (?:\S+ ){0,3}(?:attack|incursion|assault|advance|infiltration)",
    _REPELLED.pattern,
    r"(?:leav\w*|left) (?:\w+ ){0,3}" + _ARMED + r" (?:dead|injured|wounded)",
    r"armed confrontation",
    _BOTH_SIDES.pattern,
    r"shootout",
    r"shoot-out",
    r"crossfire",
    r"sniper",
    r"small arms",
)
_STATE_FORCES = r"(?:police(?: officers)?|policemen|security forces|soldiers|troops|the army)\b"
_STATE_SHOOTS = _p(
    r"(?:killed|shot|gunned down)(?: dead)? by (?:\w+ ){0,2}" + _STATE_FORCES,
    _STATE_FORCES + r" (?:\w+ ){0,3}(?:shot|shoot|kill|gunned)\w*",
)
_UNARMED = _p(
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
_ATTACK = _p(
    r"attack",
    r"kill",
    r"shot",
    r"shoot",
    r"gunned down",
    r"murder",
    r"stabb",
    r"hacked",
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
    r"(?:body|bodies|corpses?|remains) (?:\w+ ){0,8}(?:was|were|had been|have been) (?:\w+ )?found",
    r"found (?:\w+ ){0,3}(?:body|bodies|corpses?)",
    r"mutilat",
    r"dismember",
    r"hijack",
)

RULES: tuple[Rule, ...] = (
    Rule(S.CHEMICAL_WEAPON, (_CHEM,)),
    Rule(S.SUICIDE_BOMB, (_SUICIDE,)),
    Rule(S.DISRUPTED_WEAPONS_USE, (_SEIZED_WEAPONS,), unless=_p(r"killed", r"wounded")),
    Rule(S.EXCESSIVE_FORCE, (_PROTEST, _LETHAL_ON_CROWD)),
    Rule(S.MOB_VIOLENCE, (_MOB,)),
    # rival crowds fighting each other, at a rally or not, are a mob (not demonstrators)
    # (clans, ethnic or communal militias fight battles)
    Rule(
        S.MOB_VIOLENCE,
        (_RIVALS,),
        unless=_p(
            r"firearms",
            r"guns?\b",
            r"gunfire",
            r"rifles",
            r"clans?",
            r"ethnic",
            r"militias?",
            r"tribes?",
            r"communit",
            _ARMED_MEN,
        ),
    ),
    # a crowd, not armed (communal militias with guns fight battles)
    Rule(
        S.MOB_VIOLENCE,
        (_CROWD_ATTACK,),
        unless=_p(_PROTEST.pattern, r"firearms", r"guns?\b", r"gunfire", r"rifles", _ARMED_MEN),
    ),
    Rule(S.VIOLENT_DEMONSTRATION, (_PROTEST, _CROWD_VIOLENCE)),
    Rule(S.PROTEST_WITH_INTERVENTION, (_PROTEST, _FORCE_ON_CROWD)),
    Rule(S.PEACEFUL_PROTEST, (_PROTEST,), unless=_p(r"killed", r"shelling", r"air ?strike")),
    Rule(S.AIR_DRONE_STRIKE, (_AIR,), unless=_p(r"shot down", r"intercept")),
    Rule(S.GRENADE, (_GRENADE,)),
    Rule(
        S.REMOTE_EXPLOSIVE,
        (_IED,),
        unless=_p(r"defus", r"disposal", r"controlled explosion", r"cleared"),
    ),
    # fire from both sides is a battle, whatever the weapons (ACLED codebook: shelling is
    # one-sided long-range fire; an exchange is an armed clash)
    Rule(
        S.SHELLING_ARTILLERY_MISSILE,
        (_SHELL,),
        unless=_p(r"intercept", r"shot down", r"clash", _BOTH_SIDES.pattern),
    ),
    Rule(S.SEXUAL_VIOLENCE, (_SEXUAL,)),
    # an attack pushed back is repelled, no ground regained ('pushed back an attack')
    Rule(
        S.GOVERNMENT_REGAINS_TERRITORY, (_REGAIN,), unless=_p(_REPELLED.pattern, _NON_STATE_REGAINS)
    ),
    Rule(S.GOVERNMENT_REGAINS_TERRITORY, (_STATE_TAKES,)),
    Rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        (_OVERTAKE, _NON_STATE),
        unless=_p(r"weapons", r"ammunition", r"arms\b"),
    ),
    Rule(S.DISRUPTED_WEAPONS_USE, (_DISRUPT,)),
    Rule(S.ABDUCTION, (_ABDUCT,)),
    Rule(S.HEADQUARTERS_ESTABLISHED, (_HQ,)),
    Rule(S.NON_VIOLENT_TRANSFER, (_TRANSFER,), unless=_p(r"killed", r"clash", r"fight")),
    # state forces killing people who are not told to be civilians: ACLED files police
    # and troops shooting suspects, gang members or raiders as a battle
    Rule(S.ARMED_CLASH, (_STATE_SHOOTS,), unless=_UNARMED),
    Rule(S.ARMED_CLASH, (_CLASH,)),
    Rule(S.ATTACK, (_ATTACK,)),
    Rule(S.ARRESTS, (_ARREST,)),
    Rule(S.AGREEMENT, (_AGREE,)),
    Rule(S.LOOTING, (_LOOT,)),
    Rule(S.CHANGE_TO_GROUP, (_CHANGE,)),
)

# ACLED event types of each sub-event, and the PLOVER type each falls under.
EVENT_TYPE: dict[AcledSubEvent, str] = {
    S.ARMED_CLASH: "Battles",
    S.GOVERNMENT_REGAINS_TERRITORY: "Battles",
    S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: "Battles",
    S.CHEMICAL_WEAPON: "Explosions/Remote violence",
    S.AIR_DRONE_STRIKE: "Explosions/Remote violence",
    S.SUICIDE_BOMB: "Explosions/Remote violence",
    S.SHELLING_ARTILLERY_MISSILE: "Explosions/Remote violence",
    S.REMOTE_EXPLOSIVE: "Explosions/Remote violence",
    S.GRENADE: "Explosions/Remote violence",
    S.SEXUAL_VIOLENCE: "Violence against civilians",
    S.ATTACK: "Violence against civilians",
    S.ABDUCTION: "Violence against civilians",
    S.PEACEFUL_PROTEST: "Protests",
    S.PROTEST_WITH_INTERVENTION: "Protests",
    S.EXCESSIVE_FORCE: "Protests",
    S.VIOLENT_DEMONSTRATION: "Riots",
    S.MOB_VIOLENCE: "Riots",
    S.AGREEMENT: "Strategic developments",
    S.ARRESTS: "Strategic developments",
    S.CHANGE_TO_GROUP: "Strategic developments",
    S.DISRUPTED_WEAPONS_USE: "Strategic developments",
    S.HEADQUARTERS_ESTABLISHED: "Strategic developments",
    S.LOOTING: "Strategic developments",
    S.NON_VIOLENT_TRANSFER: "Strategic developments",
    S.OTHER: "Strategic developments",
}
PLOVER_TYPE: dict[AcledSubEvent, EventType] = {
    **{
        s: EventType.ASSAULT
        for s, t in EVENT_TYPE.items()
        if t in {"Battles", "Explosions/Remote violence"}
    },
    S.SEXUAL_VIOLENCE: EventType.ASSAULT,
    S.ATTACK: EventType.ASSAULT,
    S.ABDUCTION: EventType.ASSAULT,
    S.PEACEFUL_PROTEST: EventType.PROTEST,
    S.PROTEST_WITH_INTERVENTION: EventType.PROTEST,
    S.EXCESSIVE_FORCE: EventType.COERCE,
    S.VIOLENT_DEMONSTRATION: EventType.PROTEST,
    S.MOB_VIOLENCE: EventType.ASSAULT,
    S.AGREEMENT: EventType.AGREE,
    S.ARRESTS: EventType.COERCE,
    S.CHANGE_TO_GROUP: EventType.MOBILIZE,
    S.DISRUPTED_WEAPONS_USE: EventType.COERCE,
    S.HEADQUARTERS_ESTABLISHED: EventType.MOBILIZE,
    S.LOOTING: EventType.COERCE,
    S.NON_VIOLENT_TRANSFER: EventType.RETREAT,
    S.OTHER: EventType.OTHER,
}


def sub_events(text: str) -> list[AcledSubEvent]:
    """Every ACLED sub-event type a rule finds in the text, in the rules' order of precedence."""
    found: list[AcledSubEvent] = []
    for rule in RULES:
        if (
            rule.sub_event not in found
            and all(p.search(text) for p in rule.needs)
            and not (rule.unless and rule.unless.search(text))
        ):
            found.append(rule.sub_event)
    return found


def sub_event(text: str) -> AcledSubEvent | None:
    """The ACLED sub-event type the text describes, or None when no rule applies."""
    for rule in RULES:
        if all(p.search(text) for p in rule.needs) and not (
            rule.unless and rule.unless.search(text)
        ):
            return rule.sub_event
    return None
