"""Units the ISO 3166-2 list leaves out or names in a form news does not use.

ISO names many first-level units with their designators in the local language ("Dagestan,
Respublika", "Guangdong Sheng"), and lists second-level units (Lancashire, Zambales) only under a
parent we do not index. The unit-name table of :mod:`sitrep.geo.units` (GeoNames cities1000 with
each town's first- and second-level units) names them as English news mostly does; a unit's point
is the centre of the extent of its towns.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import SequenceMatcher

from sitrep.geo.countries import country_by_iso2
from sitrep.geo.names import name_key
from sitrep.geo.sources import Entry, Kind
from sitrep.geo.units import unit_centre, unit_towns

__all__ = ["english_names", "iso_subdivision_name", "short_names", "unit_entries"]

# Designators that ISO and GeoNames attach to a unit's name and English news drops.
_DESIGNATOR = re.compile(
    r"(?:,\s*|\s+)(?:respublika|sheng|shi|zizhiqu|huizu zizhiqu|zhuangzu zizhiqu|uygur zizhiqu|"
    r"oblast'?|oblys[iy]|kray|krai|avtonomnyy okrug|province|region|governorate|prefecture|"
    r"district|muhafazat|ostan|vilayeti|ili)$",
    re.IGNORECASE,
)
_LEADING_DESIGNATOR = re.compile(
    r"^(?:respublika|provincia de|province of|state of|région|region|departamento de|"
    r"muhafazat|wilayat)\s+",
    re.IGNORECASE,
)


_ISO_QUALIFIER = re.compile(r"\s*[\[(]([^\])]*)[\])]\s*$")


def iso_subdivision_name(name: str) -> tuple[str, tuple[str, ...]]:
    """ISO 3166-2's name of a subdivision without its bracketed part, and the other names that
    part gives: 'Wales [Cymru GB-CYM]' -> ('Wales', ('Cymru',)); 'Lleida [Lérida]' -> ('Lleida',
    ('Lérida',)); 'Aousserd (EH)' -> ('Aousserd', ()). News writes the name alone, and a
    namesake village must not outrank the unit for want of it."""
    m = _ISO_QUALIFIER.search(name)
    if m is None or m.start() == 0:
        return name, ()
    base = name[: m.start()].strip()
    if m.group(0).lstrip().startswith("("):
        return base, ()  # '(EH)', '(stolitsa)', '(française)': a note, not a name
    other = re.sub(r"(?:^|\s+)[A-Z]{2}-[A-Z0-9]+$", "", m.group(1)).strip()
    if not other[:1].isupper() or other == base:
        return base, ()  # 'Amānat al ‘Āşimah [city]': a note too
    return base, (other,)


def short_names(name: str) -> tuple[str, ...]:
    """The unit's name without its designators: 'Dagestan, Respublika' -> ('Dagestan',)."""
    out: list[str] = []
    current = name.strip()
    for _ in range(2):  # 'Ningxia Huizu Zizhiqu': the longest designator first, then again
        shorter = _LEADING_DESIGNATOR.sub("", _DESIGNATOR.sub("", current)).strip(" ,")
        if not shorter or shorter == current:
            break
        out.append(shorter)
        current = shorter
    return tuple(out)


# French direction words in units' names, and how English news writes them ('Sud-Kivu' is South
# Kivu, 'Kasai-Occidental' West Kasai, 'Haut-Katanga' Upper Katanga).
_FRENCH_BEFORE = {
    "nord": ("North",),
    "sud": ("South",),
    "haut": ("Upper",),
    "haute": ("Upper",),
    "bas": ("Lower",),
    "basse": ("Lower",),
}
_FRENCH_AFTER = {
    "occidental": ("West", "Western"),
    "occidentale": ("West", "Western"),
    "oriental": ("East", "Eastern"),
    "orientale": ("East", "Eastern"),
    "ouest": ("West", "Western"),
    "est": ("East", "Eastern"),
    "nord": ("North", "Northern"),
    "sud": ("South", "Southern"),
    "central": ("Central",),
    "centrale": ("Central",),
}


_NOT_A_BASE = frozenset([*_FRENCH_BEFORE, *_FRENCH_AFTER, "centre", "extreme", "extrême", "moyen"])


def english_names(name: str) -> tuple[str, ...]:
    """English forms of a unit's name written with a French direction word: 'Kasai-Occidental'
    -> ('West Kasai', 'Western Kasai'); 'Sud-Kivu' -> ('South Kivu',); others: ()."""
    parts = re.split(r"[-\s]+", name.strip(), maxsplit=1)
    if len(parts) == 2:
        first, rest = parts
        base_ok = rest[:1].isupper() and rest.casefold() not in _NOT_A_BASE
        if first.casefold() in _FRENCH_BEFORE and base_ok:
            return tuple(f"{w} {rest}" for w in _FRENCH_BEFORE[first.casefold()])
    parts = re.split(r"[-\s]+", name.strip())
    if (
        len(parts) == 2
        and parts[1].casefold() in _FRENCH_AFTER
        and parts[0][:1].isupper()
        and parts[0].casefold() not in _NOT_A_BASE
    ):
        return tuple(f"{w} {parts[0]}" for w in _FRENCH_AFTER[parts[1].casefold()])
    return ()


# How alike two spellings of one name are when one is the other's older transliteration
# ('Brjansk' / 'Bryansk', 'Voronezj' / 'Voronezh', 'Odessa' / 'Odesa').
_ALIKE = 0.75
# Endings of a unit's name that make an adjective of its chief town's ('Krasnodarskiy',
# 'Tverskaya', 'Arkhangelskaya'); the designator ('kray', 'oblast') is already gone.
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skii", "skyi", "sky", "ska", "aya", "iy")


def _spelled_alike(a: str, b: str) -> bool:
    """``a`` spells ``b`` another way, not as a shorter or longer name ('Odes' is not 'Odessa',
    'Kievka' not 'Kiev')."""
    if not a or not b or a[0] != b[0]:
        return False
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) >= 2:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= _ALIKE and matcher.ratio() >= _ALIKE


def _adjective_of(unit: str, town: str) -> bool:
    return len(town) >= 4 and unit.startswith(town) and unit[len(town) :] in _ADJECTIVE_ENDINGS


def chief_town_names(
    unit: str, towns: Iterable[str], town_names: Callable[[str], tuple[str, ...]]
) -> tuple[str, ...]:
    """The names news gives a unit named for its chief town, where GeoNames spells the unit in
    an older transliteration or as an adjective: 'Brjansk' -> ('Bryansk',), 'Voronezj' ->
    ('Voronezh',), 'Krasnodarskiy' -> ('Krasnodar',), 'Odessa' -> ('Odesa',).

    ``towns`` are the unit's towns; ``town_names(name)`` gives a town's own name first, then
    its other Latin names. The chief town is one of the unit's towns with a name spelled like
    the unit's or of which the unit's name is the adjective. The unit takes the town's own name
    and the town's other names spelled like both ('Zaporizhzhia' beside 'Zaporizhzhya' for
    'Zaporizhia'); nothing when the town's own name is the unit's ('Kursk'), and no name of
    another town or word that only looks alike ('Ismaili' for 'Ismayilli')."""
    key = name_key(unit)
    if not key:
        return ()
    for town in dict.fromkeys(towns):
        town_key = name_key(town)
        if not town_key or town_key[0] != key[0]:
            continue  # (every spelling below starts as the unit's does)
        names = town_names(town) or (town,)
        keys = [name_key(n) for n in names]
        if not any(_spelled_alike(k, key) or _adjective_of(key, k) for k in keys):
            continue
        own = keys[0]
        if own == key:
            return ()  # 'Kursk', 'Ismayilli': news writes the unit as the town's own name
        if not (_spelled_alike(own, key) or _adjective_of(key, own)):
            return ()  # 'New York City' for 'New York': another name than the unit's
        out = [names[0]]
        out += [
            n
            for n, k in zip(names[1:], keys[1:], strict=True)
            if k not in (key, own) and _spelled_alike(k, key) and _spelled_alike(k, own)
        ]
        return tuple(dict.fromkeys(out))
    return ()


def _extent_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def unit_entries(
    codes_by_name: dict[tuple[str, str], str],
    covered: set[tuple[str, str]],
    *,
    population: Mapping[tuple[str, str], int] | None = None,
    town_names: Callable[[str, str], tuple[str, ...]] | None = None,
) -> Iterator[Entry]:
    """First-level units not yet ``covered`` ((country, name key) pairs), and second-level units
    outside the US (whose counties come from ZIP codes), from the unit-name table.

    ``population`` (by country and GeoNames admin1 code: the people of the unit's towns) gives a
    first-level unit its prior against namesake towns ('Bali' is the island's province, not the
    town of Bāli in India; 'Chechnya' the republic, not a Ukrainian village).

    ``town_names`` (by country and town name: the town's name and its other Latin names) gives
    a unit named for its chief town the names news uses for it (:func:`chief_town_names`)."""
    people = population or {}
    first: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    second: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    towns_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for town in unit_towns():
        if not town.country or not town.admin1:
            continue
        first[(town.country, town.admin1)].append((town.lat, town.lon))
        towns_of[(town.country, town.admin1)].append(town.name)
        if town.admin2 and town.country != "US":
            second[(town.country, town.admin1, town.admin2)].append((town.lat, town.lon))
    for (cc, unit), points in sorted(first.items()):
        names = (unit, *short_names(unit))
        if any((cc, name_key(n)) in covered for n in names):
            continue
        name = names[-1]
        names = (*names, *english_names(name))
        if any((cc, name_key(n)) in covered for n in names[1:]):
            continue
        if town_names is not None and cc != "US":  # (US states are entries of their own)
            chief = chief_town_names(name, towns_of[(cc, unit)], functools.partial(town_names, cc))
            chief = tuple(n for n in chief if (cc, name_key(n)) not in covered)
            if chief and all(name_key(t) != name_key(name) for t in towns_of[(cc, unit)]):
                name = chief[0]  # 'Bryansk', the town's own name, not 'Brjansk'
            names = (*names, *chief)
        country = country_by_iso2(cc)
        if country is None:
            continue
        lat, lon = unit_centre(points) or _extent_centre(points)
        code = codes_by_name.get((cc, name_key(unit)))
        yield Entry(
            gid=f"sitrep:unit:{cc}:{unit}",
            name=name,
            kind=Kind.ADMIN1,
            country=cc,
            lat=lat,
            lon=lon,
            admin1=code,
            # (US states are entries of their own; a US duplicate here keeps no prior)
            population=people.get((cc, code), 0) if code is not None and cc != "US" else 0,
            admin=(country.name, name),
            note="centre of the extent of the GeoNames towns of the unit of that name",
            names=names,
        )
    for (cc, unit1, unit2), points in sorted(second.items()):
        if name_key(unit2) == name_key(unit1):
            continue  # a city that is its own unit ('Beijing') is the city
        country = country_by_iso2(cc)
        if country is None:
            continue
        names = (unit2, *short_names(unit2))
        name = names[-1]
        names = (*names, *english_names(name))
        lat, lon = _extent_centre(points)
        region = short_names(unit1)[-1:] or (unit1,)
        yield Entry(
            gid=f"sitrep:unit2:{cc}:{unit1}:{unit2}",
            name=name,
            kind=Kind.ADMIN2,
            country=cc,
            lat=lat,
            lon=lon,
            admin1=codes_by_name.get((cc, name_key(unit1))),
            admin=(country.name, region[0], name),
            note="centre of the extent of the GeoNames towns of the unit of that name",
            names=names,
        )
