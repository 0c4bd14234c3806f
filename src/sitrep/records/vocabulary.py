"""The closed vocabularies of the report contract, defined once; their values are the contract's
strings."""

from __future__ import annotations

import enum


class _Vocabulary(enum.StrEnum):
    """A closed vocabulary; its values are the strings of the report contract."""


class ActorKind(_Vocabulary):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    ARMED_GROUP = "armed_group"
    POPULATION = "population"
    MEDIA = "media"
    OTHER = "other"


class PlaceLevel(_Vocabulary):
    COUNTRY = "country"
    REGION = "region"
    LOCALITY = "locality"
    POINT = "point"
    OTHER = "other"


class TimexType(_Vocabulary):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Stance(_Vocabulary):
    ASSERT = "assert"
    ACCUSE = "accuse"
    DENY = "deny"
    REJECT = "reject"
    THREATEN = "threaten"
    PROMISE = "promise"
    REQUEST = "request"
    AGREE = "agree"
    APPEAL = "appeal"
    OTHER = "other"


class EventType(_Vocabulary):
    """PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class AcledSubEvent(_Vocabulary):
    """ACLED sub-event types."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SHELLING_ARTILLERY_MISSILE = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    SUICIDE_BOMB = "Suicide bomb"
    GRENADE = "Grenade"
    CHEMICAL_WEAPON = "Chemical weapon"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    SEXUAL_VIOLENCE = "Sexual violence"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


class DatePrecision(_Vocabulary):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class ClaimLink(_Vocabulary):
    ASSERTS = "asserts"
    DENIES = "denies"


class Qualifier(_Vocabulary):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    AT_MOST = "at_most"
    NEARLY = "nearly"


class CasualtyGroup(_Vocabulary):
    MILITARY = "military"
    CIVILIAN = "civilian"
    ALL = "all"
    UNKNOWN = "unknown"


class ContradictionKind(_Vocabulary):
    DENIAL = "denial"
    FIGURES = "figures"
    ATTRIBUTION = "attribution"
    OTHER = "other"
