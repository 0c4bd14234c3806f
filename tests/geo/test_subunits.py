"""Units from the unit-name table, and unit names without their designators."""

from __future__ import annotations

import pytest

from sitrep.geo.sources import Kind
from sitrep.geo.subunits import (
    chief_town_names,
    english_names,
    iso_subdivision_name,
    short_names,
    unit_entries,
)


def test_designators_are_dropped() -> None:
    assert short_names("Dagestan, Respublika") == ("Dagestan",)
    assert short_names("Guangdong Sheng") == ("Guangdong",)
    assert short_names("Ningxia Huizu Zizhiqu") == ("Ningxia",)
    assert short_names("Rift Valley Province") == ("Rift Valley",)
    assert short_names("Lancashire") == ()


def test_second_level_units_outside_the_us_are_entries() -> None:
    entries = {(e.country, e.name, e.kind): e for e in unit_entries({}, set())}
    lancashire = entries[("GB", "Lancashire", Kind.ADMIN2)]
    assert lancashire.lat is not None and 53 < lancashire.lat < 55
    assert lancashire.admin[:2] == ("United Kingdom", "England")
    assert not any(c == "US" and k is Kind.ADMIN2 for c, _, k in entries)  # US: ZIP counties


def test_covered_units_are_left_to_their_iso_entries() -> None:
    covered = {("AU", "queensland")}
    names = {(e.country, e.name) for e in unit_entries({}, covered) if e.kind is Kind.ADMIN1}
    assert ("AU", "Queensland") not in names
    assert ("AU", "Victoria") in names


@pytest.mark.parametrize(
    ("iso", "name", "others"),
    [
        ("Wales [Cymru GB-CYM]", "Wales", ("Cymru",)),
        ("Lleida [Lérida]", "Lleida", ("Lérida",)),
        ("Barcelona [Barcelona]", "Barcelona", ()),
        ("Stockholms län [SE-01]", "Stockholms län", ()),
        ("Amānat al ‘Āşimah [city]", "Amānat al ‘Āşimah", ()),
        ("Aousserd (EH)", "Aousserd", ()),
        ("Kasaï", "Kasaï", ()),
    ],
)
def test_a_subdivision_is_named_without_its_bracketed_part(
    iso: str, name: str, others: tuple[str, ...]
) -> None:
    # 'Wales' must be the unit's own name, or a namesake village outranks the unit.
    assert iso_subdivision_name(iso) == (name, others)


def test_french_direction_words_have_english_forms() -> None:
    assert english_names("Kasai-Occidental") == ("West Kasai", "Western Kasai")
    assert english_names("Sud-Kivu") == ("South Kivu",)
    assert english_names("Haut-Katanga") == ("Upper Katanga",)
    assert english_names("Cuvette-Ouest") == ("West Cuvette", "Western Cuvette")
    # two direction words, or none: no English form
    assert english_names("Nord-Ouest") == ()
    assert english_names("Extrême-Nord") == ()
    assert english_names("Orientale") == ()
    assert english_names("Kinshasa") == ()


def test_a_first_level_unit_carries_the_people_of_its_towns() -> None:
    codes = {("RU", "chechnya"): "12"}
    entries = unit_entries(codes, set(), population={("RU", "12"): 900_000})
    unit = next(e for e in entries if e.country == "RU" and e.name == "Chechnya")
    assert unit.kind is Kind.ADMIN1 and unit.population == 900_000


@pytest.mark.parametrize(
    ("unit", "towns", "names", "expected"),
    [
        # an older transliteration of the chief town's name
        (
            "Brjansk",
            ["Dyat'kovo", "Bryansk"],
            {"Bryansk": ("Bryansk", "Brjansk", "Briansk")},
            ("Bryansk", "Briansk"),
        ),
        # the chief town's own name is the unit's: nothing to add ('Kursk', 'Ismayilli'), not
        # even another name that only looks like it ('Ismaili')
        ("Ismayilli", ["Ismayilli"], {"Ismayilli": ("İsmayıllı", "Ismaili")}, ()),
        # the town named for the unit is not the unit ('New York City' for 'New York')
        ("New York", ["New York City"], {"New York City": ("New York City", "New York")}, ()),
        # the chief town's own name unlike the unit's: left alone ('Orël' for 'Orjol')
        ("Orjol", ["Orel", "Livny"], {"Orel": ("Orël", "Orel", "Orjol", "Oryol")}, ()),
        # an adjective of the town's name
        (
            "Krasnodarskiy",
            ["Sochi", "Krasnodar"],
            {"Krasnodar": ("Krasnodar", "Ekaterinodar")},
            ("Krasnodar",),
        ),
        # the unit's own spelling kept, the town's newer one added
        ("Odessa", ["Izmayil", "Odessa"], {"Odessa": ("Odesa", "Odessa", "Odes")}, ("Odesa",)),
        # no town of the unit like its name: nothing ('Primorskiy' is not 'Vladivostok')
        ("Primorskiy", ["Vladivostok", "Nakhodka"], {}, ()),
    ],
)
def test_a_unit_named_for_its_chief_town_takes_the_town_names_news_uses(
    unit: str, towns: list[str], names: dict[str, tuple[str, ...]], expected: tuple[str, ...]
) -> None:
    assert chief_town_names(unit, towns, lambda town: names.get(town, ())) == expected


def test_a_unit_is_not_named_for_a_town_whose_name_only_starts_like_it() -> None:
    # 'Kievka' is a village, not the chief town of a unit called 'Kiev'
    assert chief_town_names("Kiev", ["Kievka"], lambda town: (town,)) == ()
