"""Seas, oceans, lakes, mountain ranges and world regions: our table (``data/features.tsv``).

GeoNames cities500 knows only the hamlets named after them ('Middle East', Maryland; 'Pacific',
Missouri), so without this table news about the Mediterranean or West Africa lands on a small
town. Each feature is one entry of kind region, with the point the table gives (its conventional
centre, written by hand) and, where it lies in one state, that state's code.

A name the table lists is read as the feature before any scoring (see
:func:`sitrep.geo.resolve.resolve_mentions`): the names are chosen to be what news means by them,
and a town of the same name is written with a place noun or a containing unit ('the town of
Pacific', 'Pacific, Mo.').
"""

from __future__ import annotations

import csv
import importlib.resources
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import GazetteerError
from sitrep.geo.countries import country_by_iso2
from sitrep.geo.names import name_key
from sitrep.geo.sources import Entry, Kind

__all__ = ["FEATURE_PREFIX", "is_world_feature", "read_features", "world_features"]

FEATURE_PREFIX = "sitrep:feature:"
_WHAT = frozenset(["ocean", "sea", "gulf", "lake", "mountains", "region"])


def features_path() -> Path:
    return Path(str(importlib.resources.files("sitrep.geo") / "data" / "features.tsv"))


def is_world_feature(entry: Entry) -> bool:
    """True for an entry of our table of seas and world regions."""
    return entry.gid.startswith(FEATURE_PREFIX)


def read_features(path: Path) -> Iterator[Entry]:
    """The entries of a features table; a malformed row is an error naming the file and line."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
    except OSError as exc:
        raise GazetteerError(f"features table {path} is unreadable: {exc}") from exc
    for n, row in enumerate(rows, start=1):
        if not row or row[0].startswith("#"):
            continue
        try:
            name, others, what, cc, lat_text, lon_text = row
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            raise GazetteerError(
                f"features table {path}, line {n}: expected name, other names, kind, country, "
                f"latitude, longitude (six tab-separated columns with numeric coordinates)"
            ) from None
        if what not in _WHAT or not -90 <= lat <= 90 or not -180 <= lon <= 180 or not name:
            raise GazetteerError(f"features table {path}, line {n}: bad kind or coordinates")
        if (lat, lon) == (0.0, 0.0):
            raise GazetteerError(f"features table {path}, line {n}: no feature lies at (0, 0)")
        country = country_by_iso2(cc) if cc else None
        if cc and country is None:
            raise GazetteerError(f"features table {path}, line {n}: unknown country code {cc!r}")
        yield Entry(
            gid=FEATURE_PREFIX + name_key(name).replace(" ", "-"),
            name=name,
            kind=Kind.REGION,
            country=cc or None,
            lat=lat,
            lon=lon,
            admin=(country.name, name) if country else (name,),
            note=f"{what}: its conventional centre (sitrep's table of seas and world regions)",
            names=(name, *(o for o in others.split("|") if o)),
        )


def world_features() -> Iterator[Entry]:
    """The packaged table's entries."""
    return read_features(features_path())
