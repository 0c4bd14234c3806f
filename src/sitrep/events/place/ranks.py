"""How specific a place is on the map, the order an event's candidate places are ranked in."""

from __future__ import annotations

from sitrep.records import Place, PlaceLevel

LEVEL_RANK = {
    PlaceLevel.POINT: 0,
    PlaceLevel.LOCALITY: 0,
    PlaceLevel.REGION: 1,
    PlaceLevel.OTHER: 2,
    None: 2,
    PlaceLevel.COUNTRY: 3,
}
UNRESOLVED_RANK = 2
# The levels a place at each level may contain, an unknown level among them.
FINER: dict[PlaceLevel | None, frozenset[PlaceLevel | None]] = {
    PlaceLevel.REGION: frozenset({PlaceLevel.LOCALITY, PlaceLevel.POINT, PlaceLevel.OTHER, None}),
    PlaceLevel.LOCALITY: frozenset({PlaceLevel.POINT, PlaceLevel.OTHER, None}),
}


def rank(place: Place) -> int:
    """How specific a place is on the map: a name without coordinates ranks after every
    resolved place below a country, whatever its level."""
    level = LEVEL_RANK.get(place.level, UNRESOLVED_RANK)
    if place.lat is None and level < UNRESOLVED_RANK:
        return UNRESOLVED_RANK
    return level
