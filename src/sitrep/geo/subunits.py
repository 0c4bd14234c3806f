"""Units the ISO 3166-2 list leaves out or names in a form news does not use.

ISO names many first-level units with their designators in the local language ("Dagestan,
Respublika", "Guangdong Sheng"), and lists second-level units (Lancashire, Zambales) only under a
parent we do not index. The unit-name table of :mod:`sitrep.geo.units` (GeoNames cities1000 with
each town's first- and second-level units) names them as English news mostly does; a unit's point
is the centre of the extent of its towns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping

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


def _extent_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def unit_entries(
    codes_by_name: dict[tuple[str, str], str],
    covered: set[tuple[str, str]],
    *,
    population: Mapping[tuple[str, str], int] | None = None,
) -> Iterator[Entry]:
    """First-level units not yet ``covered`` ((country, name key) pairs), and second-level units
    outside the US (whose counties come from ZIP codes), from the unit-name table.

    ``population`` (by country and GeoNames admin1 code: the people of the unit's towns) gives a
    first-level unit its prior against namesake towns ('Bali' is the island's province, not the
    town of Bāli in India; 'Chechnya' the republic, not a Ukrainian village)."""
    people = population or {}
    first: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    second: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for town in unit_towns():
        if not town.country or not town.admin1:
            continue
        first[(town.country, town.admin1)].append((town.lat, town.lon))
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
