"""Reading the packaged sources: ISO 3166-2's names as news writes them."""

from __future__ import annotations

import pytest

from sitrep.geo.sources import _iso_subdivision_name


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
    assert _iso_subdivision_name(iso) == (name, others)
