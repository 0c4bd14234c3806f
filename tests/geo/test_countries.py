"""Countries: names, demonyms, codes and capitals."""

from __future__ import annotations

import pytest

from sitrep.geo.countries import (
    _in_ring,
    all_countries,
    coordinate_source,
    country_by_capital,
    country_by_demonym,
    country_by_iso2,
    country_by_iso3,
    country_by_name,
)
from sitrep.geo.resolve import distance_km


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Azerbaijan's", "AZ"),
        ("Armenia’s", "AM"),
        ("Turkey", "TR"),
        ("Iran", "IR"),
        ("the Netherlands", "NL"),
        ("Ivory Coast", "CI"),
        ("Zaire", "CD"),
        ("Ceylon", "LK"),
        ("Burkina", "BF"),
        ("Burkina Faso", "BF"),
    ],
)
def test_country_by_name(text: str, iso2: str) -> None:
    country = country_by_name(text)
    assert country is not None and country.iso2 == iso2


def test_short_codes_only_in_upper_case() -> None:
    assert country_by_name("us") is None
    assert country_by_name("uk") is None
    assert country_by_name("nowhere-land") is None


def test_common_short_names() -> None:
    assert country_by_iso2("RU").name == "Russia"  # type: ignore[union-attr]
    assert country_by_iso2("us").name == "United States"  # type: ignore[union-attr]
    assert country_by_iso2("IR").name == "Iran"  # type: ignore[union-attr]
    assert country_by_iso3("AZE").iso2 == "AZ"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("word", "iso2"),
    [
        ("Azerbaijani", "AZ"),
        ("Azerbaijanis", "AZ"),
        ("Armenian", "AM"),
        ("Russian", "RU"),
        ("Turkish", "TR"),
        ("American", "US"),
        ("British", "GB"),
        ("Iranian", "IR"),
        ("Ukrainian", "UA"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("Gazan", "PS"),
        ("Gazans", "PS"),
        ("Syrian", "SY"),
        ("Swiss", "CH"),
    ],
)
def test_country_by_demonym(word: str, iso2: str) -> None:
    country = country_by_demonym(word)
    assert country is not None and country.iso2 == iso2


def test_demonyms_are_capitalised() -> None:
    assert country_by_demonym("turkish") is None
    assert country_by_demonym("Azerbaijan") is None


def test_country_by_capital() -> None:
    assert country_by_capital("Moscow").iso2 == "RU"  # type: ignore[union-attr]
    assert country_by_capital("Baku").iso2 == "AZ"  # type: ignore[union-attr]
    assert country_by_capital("Kiev").iso2 == "UA"  # type: ignore[union-attr]
    assert country_by_capital("Naypyitaw").iso2 == "MM"  # type: ignore[union-attr]
    assert country_by_capital("Kingston").iso2 == "JM"  # type: ignore[union-attr]
    assert country_by_capital("Springfield") is None


def test_every_country_has_a_point_and_none_at_zero() -> None:
    countries = all_countries()
    assert len(countries) > 240
    for c in countries:
        if c.lat is None:
            # Only uninhabited territories without a point may stay null; never a guess.
            assert c.capital is None, c
            continue
        assert (c.lat, c.lon) != (0.0, 0.0)
        assert coordinate_source(c.iso2)
    # The published point where it agrees with the centre of the largest landmass ...
    az = country_by_iso2("AZ")
    assert az is not None and az.lat == pytest.approx(40.5) and az.lon == pytest.approx(47.5)
    # ... and the contiguous United States' centre in Kansas, not pulled off by Alaska or Hawaii.
    us = country_by_iso2("US")
    assert us is not None and us.lat is not None and us.lon is not None
    assert distance_km(us.lat, us.lon, 39.83, -98.58) < 161
    # Where the largest landmass is not the country (an archipelago, a mainland without its
    # Arctic islands), the published point: Indonesia south of the equator, Canada at 60N.
    indonesia, canada = country_by_iso2("ID"), country_by_iso2("CA")
    assert indonesia is not None and indonesia.lat is not None and indonesia.lat < -2
    assert canada is not None and canada.lat is not None and canada.lat > 58
    # A landmass across the antimeridian keeps its centre on land, not at longitude 0.
    ru = country_by_iso2("RU")
    assert ru is not None and ru.lon is not None and 40 < ru.lon < 140
    # A bent country whose centroid falls outside it keeps its published point, on its land:
    # Vietnam's is not in Laos (west of 106E at that latitude), Norway's not in Sweden.
    vietnam, norway = country_by_iso2("VN"), country_by_iso2("NO")
    assert vietnam is not None and vietnam.lon is not None and vietnam.lon > 107
    assert norway is not None and norway.lon is not None and norway.lon < 12


def test_a_point_inside_a_ring() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]  # (lon, lat)
    assert _in_ring((5.0, 5.0), square)
    assert not _in_ring((5.0, 15.0), square)
    # A ring shifted across the antimeridian (longitudes past 180) still holds its points.
    fiji_like = [(177.0, -19.0), (181.0, -19.0), (181.0, -16.0), (177.0, -16.0)]
    assert _in_ring((-17.5, -179.5), fiji_like)
    assert _in_ring((-17.5, 178.0), fiji_like)


def test_demonym_table_has_one_line_per_inhabited_state() -> None:
    # The table is ours; every country with a capital and a demonym in common use is in it.
    for iso2, word in (
        ("FR", "French"),
        ("NG", "Nigerian"),
        ("NE", "Nigerien"),
        ("KR", "South Korean"),
    ):
        country = country_by_demonym(word)
        assert country is not None and country.iso2 == iso2
