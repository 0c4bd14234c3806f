"""The ACLED event type of each sub-event type, and the PLOVER type each falls under."""

from __future__ import annotations

from sitrep.records import AcledSubEvent, EventType

S = AcledSubEvent

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
