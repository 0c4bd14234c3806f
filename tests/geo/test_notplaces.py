"""Names that are no place where they stand."""

from __future__ import annotations

import pytest

from sitrep.geo.mention import Mention
from sitrep.geo.notplaces import weapon_system


def _at(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name)


@pytest.mark.parametrize(
    "text",
    [
        "Both shells were stopped by the Copper Shield aerial defense near the border.",
        "The navy fired four Tomahawk missiles at the radar site.",
        "A second Patriot battery was moved north.",
    ],
)
def test_a_name_before_a_weapon_noun_is_a_weapon_system(text: str) -> None:
    name = next(n for n in ("Copper Shield", "Tomahawk", "Patriot") if n in text)
    assert weapon_system(text, _at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Kharkiv missile strike left two dead.", "Kharkiv"),
        ("Inspectors toured Iran missile defenses last spring.", "Iran"),
        ("The Odesa port was shut.", "Odesa"),
    ],
)
def test_a_place_before_a_strike_or_a_country_stays_a_place(text: str, name: str) -> None:
    assert not weapon_system(text, _at(text, name))
