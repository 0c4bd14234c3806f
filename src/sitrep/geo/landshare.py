"""The middle of a large first-level unit's land, from its country's borders and its towns.

GeoNames gives towns, not the shapes of units; and a large unit's towns crowd where people live
(southern Ontario, the Queensland coast), so neither their mean nor the centre of their extent is
the middle of its land (the extent follows a long arm: Cape York, the Torres Strait islands). We
share the country's land (its borders from ``countryinfo``, as for the country's own point) among
its units: each cell of a grid over the country goes to the unit of the nearest town, and a unit's
point is the centre of its cells (weighted by their area). Borders drawn this way are rough, but
a large unit's middle moves little when its border does: the outback and the north go to the
units whose towns are there.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["land_centres"]

# At most this many grid cells over a country's extent (finer for a small country).
_CELLS = 8_000
# A town with no other town of its unit this close (in degrees, each way) is miscoded or a far
# islet (GeoNames files a few Sichuan villages under Jiangsu): it would claim land far from its
# unit. Only for units of at least ``_FEW`` towns.
_LONE_DEG = 3.0
_FEW = 5
# Entries of a distance matrix computed at a time (about 16 MB of floats): bounds the memory.
_BLOCK = 2_000_000


@functools.cache
def _rings(iso2: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The outer rings of the country's polygons, as (lon, lat) points; () when unknown."""
    from countryinfo import CountryInfo

    try:
        shape: Any = CountryInfo(iso2).info().get("geoJSON")
    except (LookupError, ValueError, AttributeError):  # CountryNotFoundError is a LookupError
        return ()
    if not isinstance(shape, dict):
        return ()
    out: list[tuple[tuple[float, float], ...]] = []
    for feature in shape.get("features") or ():
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        for polygon in coords if geometry.get("type") == "MultiPolygon" else [coords]:
            if polygon and len(polygon[0]) >= 3:
                out.append(tuple((float(x), float(y)) for x, y, *_ in polygon[0]))
    return tuple(out)


def _inside(lons: np.ndarray, lats: np.ndarray, ring: Sequence[tuple[float, float]]) -> np.ndarray:
    """Which points lie inside the ring (even-odd rule), vectorised over the points."""
    inside = np.zeros(lons.shape, dtype=bool)
    for (x0, y0), (x1, y1) in zip(ring, (*ring[1:], ring[0]), strict=True):
        if y0 == y1:
            continue
        crosses = (y0 > lats) != (y1 > lats)
        x_at = (x1 - x0) * (lats - y0) / (y1 - y0) + x0
        inside ^= crosses & (lons < x_at)
    return inside


def _without_lone_towns(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    if len(points) < _FEW:
        return list(points)
    arr = np.array(points)
    keep = np.zeros(len(arr), dtype=bool)
    chunk = max(1, _BLOCK // len(arr))
    for start in range(0, len(arr), chunk):
        part = arr[start : start + chunk]
        near = (np.abs(part[:, None, 0] - arr[None, :, 0]) < _LONE_DEG) & (
            np.abs(part[:, None, 1] - arr[None, :, 1]) < _LONE_DEG
        )
        keep[start : start + chunk] = near.sum(axis=1) > 1  # itself, and one more
    if 2 * keep.sum() < len(arr):
        return list(points)  # a sparse unit, not stray towns
    return [p for p, k in zip(points, keep, strict=True) if k]


def land_centres(
    iso2: str, towns: Mapping[str, Sequence[tuple[float, float]]]
) -> dict[str, tuple[float, float]]:
    """(lat, lon) of the middle of each unit's share of the country's land.

    ``towns`` maps each unit (its GeoNames admin1 code) to its towns' (lat, lon) points: all the
    units of the country, so that each takes only its own share. Empty where the country's
    borders are unknown or span more than half the globe: the caller keeps its own point.
    """
    rings = _rings(iso2)
    towns = {u: _without_lone_towns(pts) for u, pts in towns.items()}
    units = [u for u, pts in towns.items() if pts]
    if not rings or not units:
        return {}
    xs = [x for ring in rings for x, _ in ring]
    turn = max(xs) - min(xs) > 180
    if turn:
        # Across the antimeridian (the Aleutians, Chukotka): western longitudes a turn on.
        rings = tuple(tuple((x + 360 if x < 0 else x, y) for x, y in ring) for ring in rings)
        towns = {
            u: [(lat, lon + 360 if lon < 0 else lon) for lat, lon in pts]
            for u, pts in towns.items()
        }
        xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    if east - west > 180:
        return {}
    step = max(0.05, math.sqrt((east - west) * (north - south) / _CELLS))
    grid_lon, grid_lat = np.meshgrid(
        np.arange(west + step / 2, east, step), np.arange(south + step / 2, north, step)
    )
    lons, lats = grid_lon.ravel(), grid_lat.ravel()
    land = np.zeros(lons.shape, dtype=bool)
    for ring in rings:
        land |= _inside(lons, lats, ring)
    lons, lats = lons[land], lats[land]
    if not len(lons):
        return {}
    town_lat = np.array([p[0] for u in units for p in towns[u]])
    town_lon = np.array([p[1] for u in units for p in towns[u]])
    label = np.array([i for i, u in enumerate(units) for _ in towns[u]])
    scale = math.cos(math.radians((south + north) / 2))
    owner = np.empty(lons.shape, dtype=int)
    chunk = max(1, _BLOCK // len(town_lat))
    for start in range(0, len(lons), chunk):
        dx = (lons[start : start + chunk, None] - town_lon[None, :]) * scale
        dy = lats[start : start + chunk, None] - town_lat[None, :]
        owner[start : start + chunk] = label[np.argmin(dx * dx + dy * dy, axis=1)]
    weight = np.cos(np.radians(lats))  # a cell's area shrinks toward the poles
    out: dict[str, tuple[float, float]] = {}
    for i, unit in enumerate(units):
        mine = owner == i
        total = float(weight[mine].sum())
        if total > 0:
            lon = float((lons[mine] * weight[mine]).sum() / total)
            out[unit] = (
                float((lats[mine] * weight[mine]).sum() / total),
                (lon + 180) % 360 - 180 if turn else lon,
            )
    return out
