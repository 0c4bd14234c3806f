"""Word patterns for ground taken, regained or handed over, and bases set up (ACLED codebook)."""

from __future__ import annotations

from sitrep.events.acled.pattern import any_of

REGAIN = any_of(
    r"recaptur",
    r"retook",
    r"retake",
    r"retaken",
    r"regain",
    # (not a group's name: 'National Liberation Army', 'Liberation Front')
    r"liberat(?!ion\b)",
    r"(?-i:liberation)",
    r"Liberation (?!(?-i:[A-Z]))",
    r"reclaim",
    r"took back",
    r"wrested",
    r"(?:seized|won|taken) back",
    r"(?:pushed|drove|driven|forced) (?:\w+ ){0,4}back\b",
    r"freed (?:\w+ ){0,3}(?:villages?|towns?|areas?|city|district|region|territory)",
    r"(?:established|restored|recovered|regained) (?:full |complete )?control",
)
# Pushing back an attack is repelling it (an armed clash), not regaining ground.
REPELLED = any_of(
    r"(?:pushed|drove|driven|forced|beat|beaten|fought) (?:\w+ ){0,3}back (?:\S+ ){0,3}?"
    r"(?:attacks?|assaults?|advances?|offensives?|incursions?|raids?)\b",
    r"(?:pushed|drove|driven|forced|beat|beaten|fought) (?:\S+ ){0,3}?"
    r"(?:attacks?|assaults?|advances?|offensives?|incursions?|raids?) back\b",
)
# Troops of a state taking ground: the codebook's government regaining territory (a state's
# forces take ground from non-state groups); the state's word must come before the taking.
# (not a name that ends in 'Army', 'the Arakan Army', 'the White Army': 'Army' alone, 'the
# Army', a state's: 'the Somali National Army', 'the Sudanese Army', 'the Israeli Army'; nor
# a state that tells of a group's taking: 'the government said the White Army, an armed
# youth group, had overrun')
_STATES_ARMY = (
    r"(?:(?<=\bthe )|(?<=National )|(?<=ian )|(?<=ese )|(?<=ish )|(?<=i )|(?<=dan )|^)"
    r"(?-i:Army)"
)
STATE_TAKES = any_of(
    r"\b(?:" + _STATES_ARMY + r"|(?-i:army)|troops|soldiers|government forces|"
    r"security forces|armed forces|military)\b"
    r"(?:(?!\b(?:rebels?|militants?|insurgents?|jihadists?|by)\b|"
    r"\barmed (?:\w+ ){0,2}groups?\b)[^.;]){0,100}?"
    r"\b(?:captur|seiz|took|taken|tak|overr[au]n|occup)\w*\s+(?:\w+\s+){0,5}?"
    r"(?:control|towns?|villages?|city|areas?|district|neighbou?rhoods?|bases?|hills?|"
    r"territory|region|province|outposts?|airport|strongholds?|hill posts?)\b",
)
OVERTAKE = any_of(
    r"seiz",
    r"captur",
    r"took (?:full )?control",
    r"(?:gained|seized|assumed|wrested) (?:full )?control",
    r"taken control",
    r"overr[au]n",
    r"overtook",
    r"took over",
    r"taken over",
    r"gained ground",
    # ground taken, read like 'seized': 'had taken the town', 'took two villages' (not 'taken
    # to hospital', 'took part', nor the town's people: 'took the town's elders hostage')
    r"(?:took|taken|tak(?:e|es|ing)) (?:the |a |an |two |three |several |\w+ )?"
    r"(?:strategic |key |border |nearby |eastern |western |northern |southern )?"
    r"(?:towns?|villages?|city|cities|military bases?|bases?)\b(?!')",
    r"stormed and (?:took|held)",
    r"fell to",
    # taking ground back: a government's regaining unless the group takes it (REGAIN)
    r"recaptur",
    r"retook",
    r"(?:seized|won|taken|took) back",
    # ground 'liberated' by a group (a state's is regaining, by the rule before this one)
    r"liberat(?!ion\b)",
)
STATE = any_of(
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
NON_STATE = any_of(
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
    r"armed (?:\w+ ){0,2}group",
    r"gunmen",
    r"resistance (?:forces|fighters|groups?|movement)",
    r"People['’]s Defen[cs]e Forces?",
)
# A non-state group taking ground back ('militants recaptured the village') overtakes it: the
# codebook's regaining is a government's; the group must be the one that takes it.
NON_STATE_REGAINS = (
    # no state force named before it in the sentence ('security forces in a crackdown on
    # Taliban militants recaptured ...' is the government's)
    r"(?:^|(?<=[.;] ))"
    r"(?:(?!\b(?:army|troops|soldiers|government|military|police|forces)\b)[^.;])*?"
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|ISIS|ISIL|Islamic State|Taliban|"
    r"Shabaab|Boko Haram|Houthis?|militias?|gunmen|resistance (?:forces|fighters|groups?)|"
    r"People['’]s Defen[cs]e Forces?)\b"
    r"(?:(?!\b(?:army|troops|soldiers|government|military|police|from)\b)[^.;]){0,60}?"
    r"\b(?:recaptur|retook|retake|regain|reclaim|took back|(?:seized|won|taken) back|"
    r"liberat(?!ion\b))"
)
GROUP_REGAINS = any_of(NON_STATE_REGAINS)
# Power seized in a state ('seized power in a coup', 'the junta that took power'): a change of
# government, no ground taken or regained (the codebook's other strategic developments).
POWER_SEIZED = any_of(
    r"(?:seiz|took|tak|grabb|assum|usurp)\w* (?:\w+ )?power\b",
    r"came to power in (?:a|the) (?:\w+ )?(?:coup|putsch)",
)
TRANSFER = any_of(
    r"handed over",
    r"hand(?:ed|s)? (?:control|over)",
    r"handover",
    r"hand(?:ed|s|ing)? (?:\w+ ){1,3}over to",
    r"withdr[ae]w",
    r"withdrawal",
    r"pulled out",
    r"took over (?:\w+ ){0,3}(?:positions|checkpoints|posts) (?:from|after)",
    r"deployed to replace",
)
HQ = any_of(
    r"(?:establish\w*|set up|buil[dt]\w*|open(?:ed|s)?|install\w*) (?:\w+ ){0,5}(?:base|post|headquarters|outpost|camp|checkpoint|position|observation point)s?\b",
    r"new (?:military )?(?:base|post|outpost|headquarters)",
)
# Ground that changed hands without a fight: handed over, entered after the other side left,
# taken without resistance (the codebook's non-violent transfer, before any taking of ground).
UNOPPOSED = any_of(
    r"hand(?:ed|s|ing)? (?:\w+ ){0,3}over\b",
    r"handover",
    r"without (?:\w+ ){0,4}(?:fighting|clash\w*|resistance|a shot|bloodshed)",
    r"(?:entered|took control|taken control|took over|seized) (?:\S+ ){0,12}?(?:after|as|when) "
    r"(?:\S+ ){0,6}?(?:pulled out|withdrew|withdrawn|retreated)",
)
