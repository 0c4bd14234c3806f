"""Which gazetteer entries a name may denote: the name as written, its codes ('CA', 'NSW',
'S.C.'), the name without the unit word around it ('Toungup Township', 'the town of Groton'), and
spelling variants among the places of the countries in focus."""

from __future__ import annotations

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


_TOWN_WORDS = re.compile(r"^(?:town|city|village|borough) of\s+|\s+(?:township|twp\.?)$", re.I)


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
        # 'Readington Township', 'West Chester Twp.', 'Town of Groton': the town it is named for.
        bare = _TOWN_WORDS.sub("", text).strip()
        if bare and bare != text:
            found = tuple(e for e in gaz.lookup(bare) if e.kind in (Kind.CITY, Kind.ADMIN2))
    return found


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
