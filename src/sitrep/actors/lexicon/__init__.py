"""Domain lexicons for finding actors: role titles, institutions, forces, groups, media.

Everything here is general knowledge of how news about conflict names its actors, never a name
taken from one article. Words are matched lower-cased, on token lemmas or texts; multi-word
entries are tuples of lower-cased tokens.

- :mod:`.phrases`: the read-only tables and multi-word phrases the others are built from;
- :mod:`.roles`: role titles and ministries;
- :mod:`.bodies`: institutions, forces, populations and news outlets named by common nouns;
- :mod:`.known`: organisations known by name (news media, international bodies, armed groups);
- :mod:`.places`: words that make a country a place rather than an actor.
"""

from __future__ import annotations

from sitrep.actors.lexicon.bodies import (
    ARMED_WORDS,
    BODY_HEADS,
    CONTROLLED,
    ETHNIC_MARKERS,
    INSTITUTIONS,
    IRREGULAR_FORCE_NOUNS,
    MEDIA_NAME_WORDS,
    MEDIA_NOUNS,
    POPULATION_NOUNS,
    SITE_STAFF_NOUNS,
    STATE_FORCE_NOUNS,
    WEAPON_VERBS,
    WEAPONS,
)
from sitrep.actors.lexicon.known import (
    ARMED_GROUPS,
    GOVERNMENT_SEATS,
    INTERNATIONAL_ORGANISATIONS,
    NEWS_MEDIA,
    KnownOrganisation,
)
from sitrep.actors.lexicon.phrases import Phrases
from sitrep.actors.lexicon.places import (
    LOCATIVE_PREPOSITIONS,
    LOCATIVE_VERBS,
    PLACE_NOUNS,
    PLACE_OBJECT_VERBS,
    PLACE_REFERENCES,
    RELATION_NOUNS,
    SITE_NOUNS,
)
from sitrep.actors.lexicon.roles import (
    MINISTRIES,
    RANKS,
    SERVING_TITLES,
    SHARED_TITLES,
    SPOKESPEOPLE,
    TITLE_PREFIXES,
    TITLES,
)

__all__ = [
    "ARMED_GROUPS",
    "ARMED_WORDS",
    "BODY_HEADS",
    "CONTROLLED",
    "ETHNIC_MARKERS",
    "GOVERNMENT_SEATS",
    "INSTITUTIONS",
    "INTERNATIONAL_ORGANISATIONS",
    "IRREGULAR_FORCE_NOUNS",
    "LOCATIVE_PREPOSITIONS",
    "LOCATIVE_VERBS",
    "MEDIA_NAME_WORDS",
    "MEDIA_NOUNS",
    "MINISTRIES",
    "NEWS_MEDIA",
    "PLACE_NOUNS",
    "PLACE_OBJECT_VERBS",
    "PLACE_REFERENCES",
    "POPULATION_NOUNS",
    "RANKS",
    "RELATION_NOUNS",
    "SERVING_TITLES",
    "SHARED_TITLES",
    "SITE_NOUNS",
    "SITE_STAFF_NOUNS",
    "SPOKESPEOPLE",
    "STATE_FORCE_NOUNS",
    "TITLES",
    "TITLE_PREFIXES",
    "WEAPONS",
    "WEAPON_VERBS",
    "KnownOrganisation",
    "Phrases",
]
