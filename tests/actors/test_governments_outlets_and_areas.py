"""Who acts, end to end: a government named with the man who leads it, outlets named before
their medium's words, areas and formations named before their common nouns, and an article the
tagger took into a person's name."""

from __future__ import annotations

from typing import Any

import pytest

import sitrep

pytestmark = pytest.mark.slow


def _report(text: str) -> dict[str, Any]:
    return sitrep.analyze(text, published="2025-09-14").to_dict()


def _speakers(text: str) -> list[str | None]:
    report = _report(text)
    names = {a["id"]: a["name"] for a in report["actors"]}
    return [names.get(c.get("speaker")) for c in report["claims"]]


def _actors(text: str) -> dict[str, str]:
    return {a["name"]: a["kind"] for a in _report(text)["actors"]}


def test_a_military_government_of_a_named_leader_is_the_states_government() -> None:
    text = (
        "NIAMEY, March 3 (Wire) - The military government of General Amadou Sanda, which took "
        "power last year, has promised to hold elections. It denies that rebels control the "
        "area around Agadez. The government rejected the report."
    )
    assert _speakers(text) == ["Government of Niger"] * 3


def test_the_body_a_person_leads_speaks_not_the_person() -> None:
    text = (
        "LIMA, May 4 (Wire) - The interim government of President Rosa Quispe said on Monday "
        "that the curfew in Cusco would end."
    )
    assert _speakers(text) == ["Government of Peru"]


def test_a_name_before_a_mediums_words_is_an_outlet() -> None:
    text = (
        "The militia said in a statement on its Nasr radio station that it had shelled the "
        "base. He told the Kavir television channel that the talks had failed."
    )
    actors = _actors(text)
    assert actors.get("Nasr") == "media"
    assert actors.get("Kavir") == "media"


def test_a_states_demonym_before_a_medium_is_no_outlets_name() -> None:
    actors = _actors("Chilean television said the fire had been put out.")
    assert "Chilean" not in actors


def test_a_group_speaks_through_its_own_outlet() -> None:
    text = "The Dawn Brigade's Sahm news agency claimed the attack, saying five soldiers died."
    speakers = _speakers(text)
    assert speakers and all(s == "Dawn Brigade" for s in speakers), speakers


def test_a_name_before_neighbourhood_is_an_area_not_an_actor() -> None:
    text = "The council said the bodies were recovered in the Hay Thawra neighbourhood."
    actors = _actors(text)
    assert not any("Thawra" in name for name in actors), actors


def test_a_formation_of_a_states_forces_is_no_actor_of_its_own() -> None:
    text = (
        '"Units of the Dnepr group of forces have taken the village of Marivka," Russia\'s '
        "defence ministry said."
    )
    actors = _actors(text)
    assert "Dnepr" not in actors, actors


def test_an_article_is_no_part_of_a_persons_name() -> None:
    text = (
        "The opposition said at least 50 protesters had been hurt. The Public Defender, "
        "Moldova's human rights ombudsman, said her staff had seen detainees with visible "
        "injuries."
    )
    names = [n for n in _actors(text) if "Defender" in n]
    assert names == ["Public Defender"], names


def test_a_states_agency_of_some_kind_is_its_body_not_an_outlet() -> None:
    text = (
        "A cargo ship was hit by a drone off the coast on Friday, Norway's shipping agency "
        "NORSHIP said. State news agency TASSO said the drone was launched by rebels."
    )
    report = _report(text)
    actors = {a["name"]: a for a in report["actors"]}
    assert actors["NORSHIP"]["kind"] == "organization", actors
    assert actors["NORSHIP"]["country"] == "NO", actors
    assert actors["TASSO"]["kind"] == "media", actors
    assert _speakers(text)[0] == "NORSHIP"
