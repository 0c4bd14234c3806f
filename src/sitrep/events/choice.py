"""Which PLOVER type and ACLED sub-event a trigger takes, among those its word can have.

The ACLED rules (:mod:`sitrep.events.acled`) read the words around the trigger, nearest first;
the sub-event is the most specific one, by the rules' order of precedence, whose PLOVER type the
trigger can have. The shipped sub-event classifier (:mod:`sitrep.events.subevents`) fills in
what the rules leave open and overrules them only where it is sure and the codebook allows
(never the weapon or ground taken, never a violent crowd or lethal force made milder).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from sitrep.events.acled import EVENT_TYPE, PLOVER_TYPE, RULES, sub_event, sub_events
from sitrep.events.acled.rules import first_rule
from sitrep.events.acled.weapons import BOTH_SIDES, SMALL_ARMS
from sitrep.records import AcledSubEvent, EventType

# PLOVER types of words only, whose sub-events (an agreement) no act of force has.
_WORDS = frozenset(
    {EventType.AGREE, EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.CONSULT}
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Violent-sounding words whose ACLED sub-event the clause decides.
ACLED_TYPES = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.PROTEST,
        EventType.AGREE,
        EventType.MOBILIZE,
        EventType.RETREAT,
    }
)


FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})


def fits(se: AcledSubEvent, candidates: tuple[EventType, ...]) -> bool:
    return (
        PLOVER_TYPE.get(se) in candidates
        or (se in PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates)
        or any((c, se) in AKIN for c in candidates)
    )


def typed(
    t: Token, candidates: tuple[EventType, ...], texts: list[str], *, sentence: str
) -> tuple[EventType, AcledSubEvent | None]:
    """The trigger's PLOVER type among its candidates, and its ACLED sub-event if one applies.

    ``texts`` are the words around the trigger, nearest first (for a noun: its phrase, its
    verb's clause, its sentence). The sub-event is the most specific one, by the rules' order
    of precedence, whose PLOVER type the trigger can have; else the nearest one found. The
    shipped sub-event classifier reads ``sentence`` (the sentence, or for a protest the story
    the rules read) and overrules them when it is sure (:func:`classified`).
    """
    from sitrep.events.plover import model

    acled: AcledSubEvent | None = None
    if any(c in ACLED_TYPES for c in candidates):
        found = [se for se in map(sub_event, texts) if se is not None]
        # each by the rule that found it: 'explosions' alone is shelling, but 'explosions
        # and shots involving small arms' is a battle by a rule that comes before shelling
        ranked = sorted((i, RULES[i].sub_event) for i in map(first_rule, texts) if i is not None)
        fitting = [se for _, se in ranked if fits(se, candidates)]
        if EventType.PROTEST in candidates or (
            not fitting and not any(c in FORCE for c in candidates)
        ):
            # every rule that matches, not only the first: 'villagers protest over mob
            # justice' is a protest whose words also match mob violence (a violent word's
            # own sub-event stands: 'rioters clashed with troops')
            fitting = [se for text in texts for se in sub_events(text) if fits(se, candidates)]
            acled = min(fitting, key=PRECEDENCE.__getitem__) if fitting else None
        else:
            acled = fitting[0] if fitting else None
        acled = acled or next(iter(found), None)
    if acled in PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates:
        kind = EventType.PROTEST
    elif acled is not None and PLOVER_TYPE.get(acled) in candidates:
        kind = PLOVER_TYPE[acled]
    elif len(candidates) == 1:
        kind = candidates[0]
        if acled is not None and PLOVER_TYPE.get(acled) is not kind:
            # a sub-event of another kind: keep it only for force (an arrest is COERCE
            # in PLOVER and Arrests in ACLED; a strike that killed is Attack either way)
            # ('truce falters as strikes resume': an accord's sub-event is no strike's)
            acled = (
                acled
                if (
                    kind in {EventType.ASSAULT, EventType.COERCE}
                    and PLOVER_TYPE[acled] not in _WORDS
                )
                or (kind, acled) in AKIN
                else None
            )
    else:
        scores = model().scores(texts[0])
        kind = max(candidates, key=scores.__getitem__)
        acled = None
    if any(c in ACLED_TYPES for c in candidates):
        kind, acled = classified(sentence, candidates, kind, acled)
    if kind is EventType.ASSAULT and acled is None and t.lemma_ in KILLING:
        acled = AcledSubEvent.ATTACK
    return kind, acled


def classified(
    sentence: str,
    candidates: tuple[EventType, ...],
    kind: EventType,
    acled: AcledSubEvent | None,
) -> tuple[EventType, AcledSubEvent | None]:
    """The sub-event classifier's answer where it is sure and the trigger can have it.

    It fills in a sub-event the rules did not find when it is fairly sure, and overrules the
    rules' answer only when it is surer still (thresholds measured on our own held-out
    sentences, :mod:`sitrep.events.subevents`). Its type must be one the trigger word can have.
    """
    from sitrep.events.subevents import OVERRULE, SUGGEST

    best, p = classify(sentence)
    if best is AcledSubEvent.OTHER or best is acled or p < (SUGGEST if acled is None else OVERRULE):
        return kind, acled
    if acled is not None and best in FALLBACKS:
        # a peaceful protest is what a protest is when nothing else is told: the words that
        # made the rules find violence or force are not outweighed by its absence
        return kind, acled
    if (
        acled is AcledSubEvent.ARMED_CLASH
        and best in BY_WEAPON_OR_GROUND
        and (SMALL_ARMS.search(sentence) or BOTH_SIDES.search(sentence))
    ):
        # the codebook: small arms fired beside the heavy weapons, or fire exchanged, make a
        # battle of what the weapons alone would make shelling
        return kind, acled
    if acled is AcledSubEvent.DISRUPTED_WEAPONS_USE and best in BY_WEAPON_OR_GROUND:
        # the codebook: a weapon found, made safe or gone off in its makers' hands is
        # disrupted use before it is the weapon's own sub-event
        return kind, acled
    if acled in BY_WEAPON_OR_GROUND and best not in BY_WEAPON_OR_GROUND:
        # the codebook: the weapon decides before the target (mortars fired at a post are
        # shelling, whoever was there), and ground taken before the fighting for it
        return kind, acled
    if acled in FORCE_TOLD and best in MILDER[acled]:
        # the codebook: a demonstration its own crowd made violent stays a violent one,
        # whatever the police did; one met with lethal force is not merely dispersed
        return kind, acled
    if best in PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates:
        return EventType.PROTEST, best
    if PLOVER_TYPE[best] in candidates:
        return PLOVER_TYPE[best], best
    return kind, acled


def same_kind(ruled: AcledSubEvent | None, sentence: str) -> bool:
    """The classifier's best sub-event for the sentence is of the rules' ACLED event type, a
    violent or protest one ('a mob pelted stones at the police'): strategic developments
    (agreements, transfers) are too often what a statement is about to be taken on less than
    the same sub-event."""
    if ruled is None or EVENT_TYPE[ruled] == "Strategic developments":
        return False
    best, _ = classify(sentence)
    return FAMILY.get(EVENT_TYPE[best], EVENT_TYPE[best]) == FAMILY.get(
        EVENT_TYPE[ruled], EVENT_TYPE[ruled]
    )


# Crowds: whether a demonstration turned violent is the rules' to tell (they read the words of
# violence); the classifier need only see a crowd.
FAMILY = {"Riots": "Protests"}


@functools.lru_cache(maxsize=1024)
def classify(sentence: str) -> tuple[AcledSubEvent, float]:
    """The shipped sub-event classifier's best answer for a sentence and its probability,
    remembered: every trigger of a sentence asks it of the same words."""
    from sitrep.events.subevents import model

    return model().classify(sentence)


def sure_sub_event(sentence: str) -> AcledSubEvent | None:
    from sitrep.events.subevents import OVERRULE

    best, p = classify(sentence)
    return best if p >= OVERRULE else None


BY_WEAPON_OR_GROUND = frozenset(
    {
        *(s for s, t in EVENT_TYPE.items() if t == "Explosions/Remote violence"),
        AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY,
        AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    }
)
PROTESTS = frozenset(
    {
        AcledSubEvent.PEACEFUL_PROTEST,
        AcledSubEvent.PROTEST_WITH_INTERVENTION,
        AcledSubEvent.EXCESSIVE_FORCE,
    }
)
MILDER = {
    AcledSubEvent.VIOLENT_DEMONSTRATION: PROTESTS,
    AcledSubEvent.EXCESSIVE_FORCE: PROTESTS - {AcledSubEvent.EXCESSIVE_FORCE},
}
FORCE_TOLD = frozenset(MILDER)
FALLBACKS = frozenset({AcledSubEvent.PEACEFUL_PROTEST, AcledSubEvent.ATTACK})
PRECEDENCE = {r.sub_event: i for i, r in enumerate(RULES)}
# ACLED files a protest met with lethal force under the protest; PLOVER under COERCE.
PROTEST_MET_WITH_FORCE = frozenset({AcledSubEvent.EXCESSIVE_FORCE})


# Sub-events of another PLOVER type that a trigger's own type still reports: a surrender
# (RETREAT) and a release (CONCEDE) are agreements in the ACLED codebook, a handover agreed
# in a deal a transfer of territory.
AKIN = frozenset(
    {
        (EventType.RETREAT, AcledSubEvent.AGREEMENT),
        (EventType.CONCEDE, AcledSubEvent.AGREEMENT),
        (EventType.AGREE, AcledSubEvent.NON_VIOLENT_TRANSFER),
    }
)

KILLING = frozenset({"kill", "murder", "stab", "behead", "execute", "massacre"})
