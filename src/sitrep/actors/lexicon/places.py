"""Words that make a country or place a place, not an actor."""

from __future__ import annotations

from collections.abc import Mapping

from sitrep.actors.lexicon.phrases import frozen
from sitrep.records import PlaceLevel

# Where a country is only a place: its head noun makes it one ("Azerbaijan's capital").
PLACE_NOUNS = frozenset(
    {
        "capital",
        "territory",
        "territories",
        "border",
        "borders",
        "region",
        "regions",
        "city",
        "cities",
        "town",
        "towns",
        "village",
        "villages",
        "province",
        "part",
        "soil",
        "airspace",
        "land",
        "lands",
        "north",
        "south",
        "east",
        "west",
        "coast",
        "outskirts",
        "centre",
        "center",
        "interior",
        "mountains",
        "side",
        "frontier",
        "map",
        "population",
        "people",
        "districts",
        "district",
        "settlements",
        # administrative units: "the department of Arauca", "Idlib governorate"
        "department",
        "departments",
        "county",
        "municipality",
        "governorate",
        "prefecture",
        "commune",
        "oblast",
        "township",
    }
)

# Facilities and sites named after someone: "the Abu Shouk displacement camp", "the Al-Shifa
# hospital", "the King Fahd highway": the name there is the site's, not a person acting.
SITE_NOUNS = frozenset(
    {
        "camp",
        "camps",
        "hospital",
        "clinic",
        "school",
        "university",
        "mosque",
        "church",
        "market",
        "road",
        "street",
        "highway",
        "bridge",
        "square",
        "neighbourhood",
        "neighborhood",
        "district",
        "quarter",
        "village",
        "town",
        "airport",
        "airbase",
        "base",
        "crossing",
        "checkpoint",
        "prison",
        "stadium",
        "station",
        "port",
        "dam",
        "tower",
        "building",
        "complex",
        "compound",
        # industrial and military sites: "the Natanz enrichment plant", "the Bushehr reactor"
        "plant",
        "reactor",
        "facility",
        "site",
        "refinery",
        "terminal",
        "depot",
        "airfield",
        "harbour",
        "harbor",
    }
)

# Nouns that refer back to a place of one level ("the city's mayor", "the region's ombudsman").
PLACE_REFERENCES: Mapping[str, PlaceLevel] = frozen(
    {
        "city": PlaceLevel.LOCALITY,
        "town": PlaceLevel.LOCALITY,
        "village": PlaceLevel.LOCALITY,
        "region": PlaceLevel.REGION,
        "province": PlaceLevel.REGION,
        "district": PlaceLevel.REGION,
        "enclave": PlaceLevel.REGION,
        "governorate": PlaceLevel.REGION,
        "oblast": PlaceLevel.REGION,
        # a country's state only where the article calls the region one (Scan.place_referred_to)
        "state": PlaceLevel.REGION,
        "country": PlaceLevel.COUNTRY,
    }
)

# Verbs whose subject is a place, not an actor ("Nagorno-Karabakh lies within Azerbaijan").
LOCATIVE_VERBS = frozenset(
    {"lie", "sit", "border", "stretch", "locate", "situate", "neighbour", "neighbor", "span"}
)

# Verbs whose object is a place, not an actor ("visited Moscow", "shelled Stepanakert").
PLACE_OBJECT_VERBS = frozenset(
    {
        "visit",
        "enter",
        "leave",
        "reach",
        "travel",
        "tour",
        "cross",
        "capture",
        "take",
        "retake",
        "seize",
        "shell",
        "bomb",
        "strike",
        "hit",
        "target",
        "approach",
        "surround",
        "encircle",
        "liberate",
        "fly",
        "evacuate",
        "flee",
        "return",
        "control",
        "occupy",
        "storm",
        "overrun",
        "besiege",
    }
)

# Prepositions after which a country is where something happens, not who acts.
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "inside",
        "within",
        "into",
        "from",
        "to",
        "toward",
        "towards",
        "across",
        "near",
        "at",
        "onto",
        "through",
        "throughout",
        "around",
        "outside",
        "beyond",
        "over",
        "on",
        "via",
        "between",
        "along",
    }
)

# Relations that make the country after "of" or "with" a state ("an ally of Azerbaijan").
RELATION_NOUNS = frozenset(
    {
        "ally",
        "allies",
        "partner",
        "partners",
        "enemy",
        "enemies",
        "alliance",
        "talks",
        "relations",
        "ties",
        "war",
        "agreement",
        "deal",
        "treaty",
        "support",
        "backing",
        "request",
        "position",
        "stance",
        "citizens",
        "nationals",
        "co-chairs",
        "chairs",
        "behalf",
        "ministers",
        "leaders",
        "representatives",
        "delegation",
        "delegations",
    }
)
