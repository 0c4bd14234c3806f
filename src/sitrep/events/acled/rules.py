"""ACLED sub-event types from the words of a report, by rules written from ACLED's codebook.

ACLED's codebook defines each sub-event by what was done and with what: an air or drone strike
by aircraft, shelling by artillery, missiles or rockets, a remote explosive by an IED or mine, a
suicide bomb by an attacker who dies in it, and so on. The rules below follow those definitions
in the codebook's own order of precedence (the weapon decides before the target; a protest met
with force is not a peaceful protest). Each rule is a set of word patterns; the first rule that
matches wins. These are domain rules, not fitted to any corpus.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sitrep.events.acled.crowds import (
    ARMED_MEN,
    ARMED_OR_CRIMINAL,
    ARMED_OR_LETHAL,
    ARREST_PROTESTED,
    ARRESTED_THERE,
    BARE_VIOLENCE,
    BARRICADES,
    CROWD_ARMS,
    CROWD_ATTACK,
    CROWD_VIOLENCE,
    DISPERSED,
    FIGHT_WITH_POLICE,
    FORCE_ON_CROWD,
    LETHAL_ON_CROWD,
    MOB,
    NAMED_VIOLENCE,
    PROTEST,
    RIVALS,
    STATE_FORCE,
    SYMBOLIC_BURNING,
    UNREST,
    VIGILANTE,
    VIOLENCE_AS_SETTING,
)
from sitrep.events.acled.pattern import any_of, lowered, matches, may_match
from sitrep.events.acled.strategic import AGREE, ARREST, CHANGE, LOOT
from sitrep.events.acled.territory import (
    HQ,
    NON_STATE,
    NON_STATE_REGAINS,
    OVERTAKE,
    POWER_SEIZED,
    REGAIN,
    REPELLED,
    STATE_TAKES,
    TRANSFER,
    UNOPPOSED,
)
from sitrep.events.acled.violence import (
    ABDUCT,
    ARMED_HIT,
    ATTACK,
    CLASH,
    FREED_HOSTAGES,
    HIT_UNARMED,
    PEOPLE_SEIZED,
    SEXUAL,
    STATE_SHOOTS,
    UNARMED,
)
from sitrep.events.acled.weapons import (
    AIR,
    BOTH_SIDES,
    CHEM,
    DISRUPT,
    GRENADE,
    IED,
    PREMATURE,
    SEIZED_WEAPONS,
    SHELL,
    SMALL_ARMS,
    SUICIDE,
)
from sitrep.records import AcledSubEvent

S = AcledSubEvent

# Words that make people armed, shared by the rules that ask whether a crowd was.
_GUNS = (r"firearms", r"guns?\b", r"gunfire", r"rifles")
_ARMED_GROUPS = (r"gunm[ae]n", r"militias?", r"militants?", r"rebels?", r"insurgents?")
# Armed men told as the people held ('police detain gunmen', 'arrested two gunmen'), and the
# acts of force that make such a text an attack or a clash whoever was held after it.
ARMED_MEN_HELD = any_of(
    r"(?:arrest|detain|apprehend|nab)\w* (?:\w+ ){0,2}gunm[ae]n",
    r"gunm[ae]n (?:\w+ ){0,2}(?:arrested|detained|apprehended|nabbed|held)",
)
FORCE_USED = any_of(
    r"kill",
    r"dead\b",
    r"shot",
    r"shoot",
    r"fired",
    r"fire\b",
    r"attack",
    r"ambush",
    r"wound",
    r"injur",
    r"clash",
    r"abduct",
    r"kidnap",
    r"storm",
)


@dataclass(frozen=True, slots=True)
class Rule:
    sub_event: AcledSubEvent
    # every group must match (a group is an alternation of patterns)
    needs: tuple[re.Pattern[str], ...]
    # none of these may match
    unless: re.Pattern[str] | None = None


RULES: tuple[Rule, ...] = (
    Rule(S.CHEMICAL_WEAPON, (CHEM,)),
    Rule(S.SUICIDE_BOMB, (SUICIDE,)),
    Rule(S.DISRUPTED_WEAPONS_USE, (PREMATURE,)),
    # (arms depots destroyed from the air are an air strike's target)
    Rule(
        S.DISRUPTED_WEAPONS_USE,
        (SEIZED_WEAPONS,),
        unless=any_of(
            r"killed", r"wounded", r"warplanes?", r"air ?strikes?", r"aircraft", r"jets\b"
        ),
    ),
    # lethal force on a crowd that was itself violent is a violent demonstration (codebook:
    # excessive force is against peaceful protesters)
    Rule(S.EXCESSIVE_FORCE, (PROTEST, LETHAL_ON_CROWD), unless=CROWD_VIOLENCE),
    Rule(S.MOB_VIOLENCE, (MOB,)),
    Rule(
        S.MOB_VIOLENCE,
        (VIGILANTE,),
        unless=any_of(STATE_FORCE.pattern, r"police", r"soldiers", r"troops", r"security forces"),
    ),
    # rival crowds fighting each other, at a rally or not, are a mob (not demonstrators)
    # (clans, ethnic or communal militias fight battles)
    Rule(
        S.MOB_VIOLENCE,
        (RIVALS,),
        unless=any_of(
            *_GUNS,
            r"clans?",
            r"ethnic",
            r"militias?",
            r"tribes?",
            r"communit",
            ARMED_MEN,
        ),
    ),
    # a crowd, not armed (communal militias with guns fight battles)
    Rule(
        S.MOB_VIOLENCE,
        (CROWD_ATTACK,),
        unless=any_of(
            PROTEST.pattern,
            *_GUNS,
            *_ARMED_GROUPS,
            ARMED_MEN,
            # soldiers, jihadists, raiders and bombs: not a crowd's doing
            r"soldiers",
            r"troops",
            r"defen[cs]e forces",
            r"al[- ]?Shabaa?b",
            r"Boko Haram",
            r"jihad",
            r"rustl",
            r"cattle",
            r"IEDs?\b",
            r"explosive",
            # strikes from the air or from afar: the weapon decides before the target ('a
            # drone strike on a camp for displaced families killed 40')
            r"air ?strikes?",
            r"air raids?",
            r"drones?\b",
            r"warplanes?",
            r"shell(?:s|ed|ing)\b",
            r"artillery",
            r"missiles?",
            r"rockets?\b",
            STATE_FORCE.pattern,
            # communities, clans and herders fighting each other: identity militias (codebook)
            r"herders",
            r"herdsmen",
            r"pastoralists",
            r"clans?\b",
            r"(?:two|rival|neighbou?ring) communities",
            r"(?-i:[A-Z])\w+ and (?-i:[A-Z])\w+ (?:groups|communities|clans|tribes)",
            r"between the (?-i:[A-Z])\w+ and (?:the )?(?-i:[A-Z])\w+",
        ),
    ),
    # stones, sticks and bottles with no firearm or armed group: a crowd's violence
    Rule(
        S.MOB_VIOLENCE,
        (CROWD_ARMS,),
        unless=any_of(
            PROTEST.pattern,
            *_GUNS,
            *_ARMED_GROUPS,
            r"fighters",
            r"raiders",
            r"bandits",
            ARMED_MEN,
            STATE_FORCE.pattern,
        ),
    ),
    Rule(S.VIOLENT_DEMONSTRATION, (PROTEST, CROWD_VIOLENCE)),
    # people fighting the police with no weapon, armed group or crime told: a riot, most
    # often a demonstration's (the crowd's cause may be told in another clause)
    Rule(S.VIOLENT_DEMONSTRATION, (FIGHT_WITH_POLICE,), unless=ARMED_OR_CRIMINAL),
    # barricades and burning tyres with no armed group: a violent demonstration (codebook)
    Rule(S.VIOLENT_DEMONSTRATION, (BARRICADES,), unless=ARMED_OR_CRIMINAL),
    # a crowd's unrest told with no weapon or armed group ('students went on the rampage',
    # 'engaged police in running battles'): a riot, a demonstration's most often
    Rule(S.VIOLENT_DEMONSTRATION, (UNREST,), unless=ARMED_OR_LETHAL),
    Rule(S.PROTEST_WITH_INTERVENTION, (PROTEST, FORCE_ON_CROWD)),
    Rule(S.PROTEST_WITH_INTERVENTION, (PROTEST, ARRESTED_THERE), unless=ARREST_PROTESTED),
    # a gathering dispersed by force: a crowd met with intervention, named a protest or not
    Rule(S.PROTEST_WITH_INTERVENTION, (DISPERSED,), unless=ARMED_OR_CRIMINAL),
    Rule(S.PEACEFUL_PROTEST, (PROTEST,), unless=any_of(r"killed", r"shelling", r"air ?strike")),
    Rule(S.AIR_DRONE_STRIKE, (AIR,), unless=any_of(r"shot down", r"intercept")),
    Rule(S.GRENADE, (GRENADE,)),
    Rule(
        S.REMOTE_EXPLOSIVE,
        (IED,),
        unless=any_of(r"defus", r"disposal", r"controlled explosion", r"cleared"),
    ),
    # long-range fire with small arms beside it: forces close enough to shoot at each
    # other, a battle (ACLED codebook), unless the heavy weapons are told as the main ones
    Rule(
        S.ARMED_CLASH,
        (SHELL, SMALL_ARMS),
        unless=any_of(r"(?:primarily|mainly|mostly|chiefly|largely) (?:with )?(?:heavy|artillery)"),
    ),
    # fire from both sides is a battle, whatever the weapons (ACLED codebook: shelling is
    # one-sided long-range fire; an exchange is an armed clash)
    Rule(
        S.SHELLING_ARTILLERY_MISSILE,
        (SHELL,),
        unless=any_of(r"intercept", r"shot down", r"clash", BOTH_SIDES.pattern),
    ),
    Rule(S.SEXUAL_VIOLENCE, (SEXUAL,)),
    Rule(
        S.NON_VIOLENT_TRANSFER,
        (UNOPPOSED,),
        unless=any_of(r"killed", r"bombard", r"shell", r"air ?strikes?", r"battles?\b"),
    ),
    # power seized in a coup: a change of government, no ground (before the ground taken,
    # that the sentence may tell of beside it: 'the junta, which seized power in a coup, has
    # vowed to retake the north')
    Rule(S.OTHER, (POWER_SEIZED,)),
    # an attack pushed back is repelled, no ground regained ('pushed back an attack')
    Rule(
        S.GOVERNMENT_REGAINS_TERRITORY,
        (REGAIN,),
        unless=any_of(REPELLED.pattern, NON_STATE_REGAINS),
    ),
    Rule(S.GOVERNMENT_REGAINS_TERRITORY, (STATE_TAKES,)),
    Rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        (OVERTAKE, NON_STATE),
        # (an attack to take ground that was fended off took none; people seized are
        # abducted, no ground taken)
        unless=any_of(
            PEOPLE_SEIZED.pattern,
            r"weapons",
            r"ammunition",
            r"arms\b",
            r"(?:fended|fought|beat|beaten|warded) off",
            r"repelled",
            r"repulsed",
        ),
    ),
    Rule(S.DISRUPTED_WEAPONS_USE, (DISRUPT,)),
    Rule(S.ABDUCTION, (ABDUCT,)),
    Rule(S.HEADQUARTERS_ESTABLISHED, (HQ,)),
    Rule(S.NON_VIOLENT_TRANSFER, (TRANSFER,), unless=any_of(r"killed", r"clash", r"fight")),
    # state forces killing people who are not told to be civilians: ACLED files police
    # and troops shooting suspects, gang members or raiders as a battle
    # force on people named as unarmed, with no armed people hit: an attack (codebook)
    Rule(S.ATTACK, (HIT_UNARMED,), unless=ARMED_HIT),
    Rule(S.ARMED_CLASH, (STATE_SHOOTS,), unless=UNARMED),
    Rule(S.ARMED_CLASH, (CLASH,)),
    # armed men told only as the people held ('police detain gunmen'), with no act of force
    # told beside it: arrests, not the attack the word 'gunmen' alone would tell
    Rule(S.ARRESTS, (ARMED_MEN_HELD,), unless=FORCE_USED),
    Rule(S.ATTACK, (ATTACK,)),
    Rule(S.ARRESTS, (ARREST,)),
    Rule(S.AGREEMENT, (AGREE,)),
    Rule(S.LOOTING, (LOOT,)),
    Rule(S.CHANGE_TO_GROUP, (CHANGE,)),
)


@functools.lru_cache(maxsize=2048)
def bare_unrest(text: str) -> AcledSubEvent | None:
    """A riot for a sentence that tells violence or unrest with no act, weapon, armed group or
    protest ('violence was reported during the elections'), else None: a violent
    demonstration, as for unrest in the rules. Read only on a whole sentence: the words that
    make it a battle or an attack may lie anywhere in it."""
    if matches(ARMED_OR_LETHAL, text):
        return None
    if may_match(VIOLENCE_AS_SETTING, lowered(text)):
        text = VIOLENCE_AS_SETTING.sub(" ", text)
    if matches(BARE_VIOLENCE, text):
        return S.VIOLENT_DEMONSTRATION
    return None


def _as_told(text: str) -> str:
    """The text with violence that is named, not done (:data:`NAMED_VIOLENCE`), the burning
    of a protest's symbols (:data:`SYMBOLIC_BURNING`), and hostages freed by others
    (:data:`FREED_HOSTAGES`: captives, none abducted), made neutral."""
    if may_match(FREED_HOSTAGES, lowered(text)):
        text = FREED_HOSTAGES.sub(lambda m: _HOSTAGE_WORD.sub("captive", m.group()), text)
    if may_match(SYMBOLIC_BURNING, lowered(text)):
        text = SYMBOLIC_BURNING.sub("displayed", text)
    if may_match(NAMED_VIOLENCE, lowered(text)):
        text = NAMED_VIOLENCE.sub(lambda m: _HARM_WORD.sub("harm", m.group()), text)
    return text


_HOSTAGE_WORD = re.compile(r"hostage", re.IGNORECASE)
_HARM_WORD = re.compile(r"violen(?:ce|t)|riot(?:s|ing)?|clash(?:es)?", re.IGNORECASE)


# Remembered: the same sentence or clause is read for each trigger word in it, by each of
# :func:`sub_event`, :func:`sub_events` and :func:`first_rule`.
@functools.lru_cache(maxsize=4096)
def matching_rules(text: str) -> tuple[int, ...]:
    """The places, in the rules' order of precedence, of every rule the text matches. Each
    pattern is searched at most once per text, and only where its anchors allow
    (:func:`~sitrep.events.acled.pattern.may_match`)."""
    text = _as_told(text)
    lower = lowered(text)
    seen: dict[int, bool] = {}  # by id: hashing a compiled pattern hashes all its code

    def hit(p: re.Pattern[str]) -> bool:
        known = seen.get(id(p))
        if known is None:
            known = seen[id(p)] = may_match(p, lower) and p.search(text) is not None
        return known

    return tuple(
        i
        for i, rule in enumerate(RULES)
        if all(hit(p) for p in rule.needs) and not (rule.unless and hit(rule.unless))
    )


def sub_events(text: str) -> list[AcledSubEvent]:
    """Every ACLED sub-event type a rule finds in the text, in the rules' order of precedence."""
    found: list[AcledSubEvent] = []
    for i in matching_rules(text):
        if RULES[i].sub_event not in found:
            found.append(RULES[i].sub_event)
    return found


def first_rule(text: str) -> int | None:
    """The place, in the rules' order of precedence, of the first rule the text matches."""
    return next(iter(matching_rules(text)), None)


def sub_event(text: str) -> AcledSubEvent | None:
    """The ACLED sub-event type the text describes, or None when no rule applies."""
    first = first_rule(text)
    return None if first is None else RULES[first].sub_event
