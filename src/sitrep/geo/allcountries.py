"""Gazetteer entries from a full GeoNames dump (``allCountries.txt``, tab-separated, 19 columns),
for users who have one (``SITREP_GEONAMES=/path/allCountries.txt``): populated places, admin
units and named regions, with our country table and our seas and world regions added."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import GazetteerError
from sitrep.geo.countries import country_by_iso2
from sitrep.geo.sources import Entry, Kind, alternate_names, country_entries

# allCountries.txt columns (GeoNames readme): the ones we read.
_GID, _NAME, _ASCII, _ALT, _LAT, _LON, _FCLASS, _FCODE, _CC = range(9)
_ADMIN1, _POP = 10, 14
_N_COLUMNS = 19


def allcountries_entries(path: Path) -> Iterator[Entry]:
    """Entries from a GeoNames dump: populated places, admin units and named regions.

    Raises :class:`GazetteerError` naming the file (and line) when it is missing or malformed.
    """
    if not path.is_file():
        raise GazetteerError(f"gazetteer file {path} does not exist (set by SITREP_GEONAMES?)")
    rows: list[list[str]] = []
    admin1_names: dict[tuple[str, str], str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < _N_COLUMNS - 1:
                    raise GazetteerError(
                        f"gazetteer file {path}, line {lineno}: expected {_N_COLUMNS} "
                        f"tab-separated GeoNames columns, found {len(cols)}"
                    )
                fclass, fcode = cols[_FCLASS], cols[_FCODE]
                if fclass not in ("P", "A", "L"):
                    continue
                try:
                    float(cols[_LAT]), float(cols[_LON]), int(cols[_GID])
                except ValueError:
                    raise GazetteerError(
                        f"gazetteer file {path}, line {lineno}: bad id or coordinates"
                    ) from None
                if fcode == "ADM1":
                    admin1_names[(cols[_CC], cols[_ADMIN1])] = cols[_NAME]
                rows.append(cols)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"gazetteer file {path} is not UTF-8 text: {exc}") from exc
    except OSError as exc:
        raise GazetteerError(f"gazetteer file {path} cannot be read: {exc}") from exc
    if not rows:
        raise GazetteerError(f"gazetteer file {path} holds no GeoNames places")

    countries_seen: set[str] = set()
    for cols in rows:
        fclass, fcode, cc = cols[_FCLASS], cols[_FCODE], cols[_CC]
        country = country_by_iso2(cc) if cc else None
        if fcode.startswith("PCL"):
            kind = Kind.COUNTRY
        elif fcode == "ADM1":
            kind = Kind.ADMIN1
        elif fcode in ("ADM2", "ADMD"):
            kind = Kind.ADMIN2
        elif fclass == "L":
            if fcode not in ("RGN", "AREA", "ISLS", "PRK", "CONT"):
                continue
            kind = Kind.REGION
        elif fclass == "P":
            kind = Kind.CAPITAL if fcode == "PPLC" else Kind.CITY
        else:
            continue
        if kind is Kind.COUNTRY:
            countries_seen.add(cc)
        region = admin1_names.get((cc, cols[_ADMIN1]))
        admin = tuple(x for x in (country.name if country else None, region) if x)
        if kind is Kind.ADMIN1:
            admin = tuple(x for x in (country.name if country else None, cols[_NAME]) if x)
        alt = cols[_ALT].split(",") if cols[_ALT] else []
        codes: tuple[str, ...] = ()
        if kind is Kind.ADMIN1 and cols[_ADMIN1].isalpha() and cols[_ADMIN1].isupper():
            codes = (cols[_ADMIN1],)  # 'SC', 'NY': US states' codes, as news writes them
        yield Entry(
            gid=f"geonames:{int(cols[_GID])}",
            name=cols[_NAME],
            kind=kind,
            country=cc or None,
            lat=float(cols[_LAT]),
            lon=float(cols[_LON]),
            population=int(cols[_POP] or 0),
            admin1=cols[_ADMIN1] or None,
            admin=admin,
            names=(cols[_NAME], cols[_ASCII], *alternate_names(alt), *codes),
        )
    # Countries the dump does not carry (a partial file) still resolve, from our country table.
    for entry in country_entries():
        if entry.country not in countries_seen:
            yield entry
    # Seas and world regions from our table (the dump's seas, class H, are not read).
    from sitrep.geo.features import world_features

    yield from world_features()
