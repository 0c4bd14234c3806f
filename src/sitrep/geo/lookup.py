"""Which gazetteer entries a name may denote: the name as written, its codes ('CA', 'NSW',
'S.C.'), the name without the unit word around it ('Toungup Township', 'the town of Groton'), and
spelling variants among the places of the countries in focus."""

from __future__ import annotations

import dataclasses
import math
import re

from sitrep.geo.gazetteer import Gazetteer, code_key
from sitrep.geo.names import name_key
from sitrep.geo.sources import Entry, Kind

__all__ = ["candidates", "distance_km", "spelling_variant"]

# Broader kinds first: a variant spelling names the unit before its namesake town.
_BREADTH = {
    Kind.COUNTRY: 5,
    Kind.REGION: 4,
    Kind.ADMIN1: 3,
    Kind.CAPITAL: 3,
    Kind.ADMIN2: 1,
    Kind.CITY: 0,
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# US states' two-letter abbreviations as news writes them with dots (AP style: "Charleston, S.C.",
# "D-N.Y."). Other dotted pairs are not state codes ("L.A." is Los Angeles, not Louisiana).
_DOTTED_STATE_CODES = frozenset(
    ["D.C.", "N.C.", "N.D.", "N.H.", "N.J.", "N.M.", "N.Y.", "R.I.", "S.C.", "S.D."]
)


_TOWN_OF = re.compile(r"^(?:the\s+)?(?:town|city|village|borough) of\s+", re.I)

_SETTLEMENT = (Kind.CITY, Kind.CAPITAL)
_FIRST_LEVEL = (Kind.ADMIN1, Kind.REGION)
_SECOND_LEVEL = (Kind.ADMIN2,)


def _tiers(kinds: tuple[Kind, ...]) -> tuple[tuple[Kind, ...], ...]:
    return tuple((k,) for k in kinds)


# A unit word written after a name ('Toungup Township', 'Kakamega County', 'Narok Town'): the kinds
# of entry it asks for, in tiers, most likely first (a township is its town or its unit alike).
# Counties are second-level units in the US and first-level ones elsewhere (Kenya, Liberia); the
# index holds them under their own names. Not 'state': 'Michigan State' is a university more
# often than the state.
_UNIT_WORDS: dict[str, tuple[tuple[Kind, ...], ...]] = {
    "town": (_SETTLEMENT,),
    "city": (_SETTLEMENT,),
    "village": (_SETTLEMENT,),
    "locality": (_SETTLEMENT,),
    "township": (_SECOND_LEVEL + _SETTLEMENT,),
    "twp": (_SECOND_LEVEL + _SETTLEMENT,),
    "district": _tiers(_SECOND_LEVEL),
    "subdistrict": _tiers(_SECOND_LEVEL),
    "sub-district": _tiers(_SECOND_LEVEL),
    "sub-county": _tiers(_SECOND_LEVEL),
    "subcounty": _tiers(_SECOND_LEVEL),
    "sub county": _tiers(_SECOND_LEVEL),
    "lga": _tiers(_SECOND_LEVEL),
    "regency": _tiers(_SECOND_LEVEL),
    "municipality": (_SECOND_LEVEL + _SETTLEMENT,),
    "commune": (_SECOND_LEVEL + _SETTLEMENT,),
    "department": _tiers(_SECOND_LEVEL + _FIRST_LEVEL),
    "county": _tiers(_FIRST_LEVEL + _SECOND_LEVEL),
    "province": _tiers(_FIRST_LEVEL),
    "governorate": _tiers(_FIRST_LEVEL),
    "region": _tiers(_FIRST_LEVEL + _SECOND_LEVEL),
}
_UNIT_AFTER = re.compile(
    r"^(?P<name>.+?)\s+(?P<word>"
    + "|".join(sorted((re.escape(w) for w in _UNIT_WORDS), key=len, reverse=True))
    + r")\.?$",
    re.I,
)
# A district, township or municipality that the gazetteer lacks is known by its seat, the town it
# is named after: its point stands for the unit (as the unit tables of conflict data code it).
_SEATED = frozenset(
    ["township", "twp", "district", "sub-county", "subcounty", "sub county", "lga", "regency"]
)


def candidates(gaz: Gazetteer, text: str) -> tuple[Entry, ...]:
    """The gazetteer entries a name may denote, codes included ('CA', 'NSW', 'S.C.')."""
    letters = text.replace(".", "")
    if letters.isupper() and len(letters) <= 3:
        found = gaz.lookup(text, key=code_key(text))
        if not found and text.replace(" ", "") in _DOTTED_STATE_CODES:
            found = tuple(e for e in gaz.lookup("", key=code_key(letters)) if e.country == "US")
        if found:
            return found
    found = gaz.lookup(text)
    if not found and text.isupper():
        found = gaz.lookup(text.title())
    if not found:
        found = unit_named(gaz, text)
    return found


def unit_named(gaz: Gazetteer, text: str) -> tuple[Entry, ...]:
    """The entries a name with its unit word denotes: 'Toungup Township', 'Kakamega County',
    'the town of Groton'. The kinds the word asks for, else (for a district, township...) the
    town it is named after, as a unit with that town's point; nothing when neither exists."""
    town_of = _TOWN_OF.match(text)
    if town_of is not None:
        return tuple(e for e in gaz.lookup(text[town_of.end() :]) if e.kind in _SETTLEMENT)
    m = _UNIT_AFTER.match(text)
    if m is None:
        return ()
    word = " ".join(m["word"].lower().split())
    if m["word"] == "City":
        return ()  # 'Paris City Council', 'Quezon City': a name of its own, not 'Ghazni city'
    named = gaz.lookup(m["name"])
    for kinds in _UNIT_WORDS[word]:
        found = tuple(e for e in named if e.kind in kinds)
        if found:
            return found
    if word not in _SEATED:
        return ()
    return tuple(
        dataclasses.replace(
            e,
            gid=f"sitrep:seat:{e.gid}",
            kind=Kind.ADMIN2,
            note=f"the point of its seat, {e.name} ({e.gid})",
        )
        for e in named
        if e.kind in _SETTLEMENT and name_key(e.name) == name_key(m["name"])
    )


def spelling_variant(gaz: Gazetteer, text: str, countries: list[str]) -> tuple[Entry, str] | None:
    """A spelling variant ('Aghjabedi' for 'Aghjabadi') among the places of the focus countries."""
    from rapidfuzz import fuzz, process

    from sitrep.geo.lexicon import english_word

    key = name_key(text)
    if len(key) < 5:
        return None  # short names have too many near neighbours to guess from
    if english_word(key):
        return None  # an English word is not a misspelt foreign name ('Artillery', 'Artillerie')
    best: tuple[float, str] | None = None
    for cc in countries:
        keys = gaz.keys_like(cc, key)
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=88)
        if hit is None:
            continue
        other = str(hit[0])
        # Guards: same first letter, similar length (surnames one suffix away from a town,
        # 'Pawlenty' and 'Pawlet', are not variants).
        if other[0] != key[0] or abs(len(other) - len(key)) > 1:
            continue
        if best is None or hit[1] > best[0]:
            best = (float(hit[1]), other)
    if best is None:
        return None
    entries = [e for e in gaz.lookup("", key=best[1]) if e.country in countries]
    if not entries:
        return None
    entry = max(entries, key=lambda e: (_BREADTH[e.kind], e.population))
    return entry, f"spelling variant of {entry.name} (similarity {best[0]:.0f})"
