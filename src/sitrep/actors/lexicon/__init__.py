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
    ETHNIC_MARKERS as ETHNIC_MARKERS,
)
from sitrep.actors.lexicon.bodies import (
    INSTITUTIONS as INSTITUTIONS,
)
from sitrep.actors.lexicon.bodies import (
    IRREGULAR_FORCE_NOUNS as IRREGULAR_FORCE_NOUNS,
)
from sitrep.actors.lexicon.bodies import (
    MEDIA_NAME_WORDS as MEDIA_NAME_WORDS,
)
from sitrep.actors.lexicon.bodies import (
    MEDIA_NOUNS as MEDIA_NOUNS,
)
from sitrep.actors.lexicon.bodies import (
    POPULATION_NOUNS as POPULATION_NOUNS,
)
from sitrep.actors.lexicon.bodies import (
    STATE_FORCE_NOUNS as STATE_FORCE_NOUNS,
)
from sitrep.actors.lexicon.known import (
    ARMED_GROUPS as ARMED_GROUPS,
)
from sitrep.actors.lexicon.known import (
    INTERNATIONAL_ORGANISATIONS as INTERNATIONAL_ORGANISATIONS,
)
from sitrep.actors.lexicon.known import (
    NEWS_MEDIA as NEWS_MEDIA,
)
from sitrep.actors.lexicon.known import (
    KnownOrganisation as KnownOrganisation,
)
from sitrep.actors.lexicon.phrases import (
    Phrases as Phrases,
)
from sitrep.actors.lexicon.places import (
    LOCATIVE_PREPOSITIONS as LOCATIVE_PREPOSITIONS,
)
from sitrep.actors.lexicon.places import (
    LOCATIVE_VERBS as LOCATIVE_VERBS,
)
from sitrep.actors.lexicon.places import (
    PLACE_NOUNS as PLACE_NOUNS,
)
from sitrep.actors.lexicon.places import (
    PLACE_OBJECT_VERBS as PLACE_OBJECT_VERBS,
)
from sitrep.actors.lexicon.places import (
    PLACE_REFERENCES as PLACE_REFERENCES,
)
from sitrep.actors.lexicon.places import (
    RELATION_NOUNS as RELATION_NOUNS,
)
from sitrep.actors.lexicon.roles import (
    MINISTRIES as MINISTRIES,
)
from sitrep.actors.lexicon.roles import (
    SERVING_TITLES as SERVING_TITLES,
)
from sitrep.actors.lexicon.roles import (
    SHARED_TITLES as SHARED_TITLES,
)
from sitrep.actors.lexicon.roles import (
    TITLE_PREFIXES as TITLE_PREFIXES,
)
from sitrep.actors.lexicon.roles import (
    TITLES as TITLES,
)
