"""A state's air force named in lower case after its first word: 'Air force spokesman X said'."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_air_force_opening_a_sentence_is_no_organisation_air(make_doc: DocBuilder) -> None:
    for text in (
        "LVIV, May 2 (Wire) - Drones struck a fuel depot overnight, Poland's air force said on "
        "Friday.\n\nAir force spokesman Marek Zielny said the main target was the east.",
        "Drones struck a fuel depot overnight, Poland's air force said on Friday. The air force "
        "spokesman Marek Zielny said the main target was the east.",
    ):
        doc = make_doc(text, stages=STAGES)
        names = {a.name for a in doc.actors}
        assert "Air" not in names, text
        by_id = {a.id: a for a in doc.actors}
        spokesman = next(a for a in doc.actors if a.name == "Marek Zielny")
        forces = by_id[spokesman.affiliation or ""]
        assert (forces.kind, forces.country) == (ActorKind.ARMED_GROUP, "PL")


def test_air_force_with_no_state_before_gives_no_owner(make_doc: DocBuilder) -> None:
    text = "Air force spokesman Marek Zielny said two drones fell near a village on Friday."
    doc = make_doc(text, stages=STAGES)
    assert "Air" not in {a.name for a in doc.actors}
    assert next(a for a in doc.actors if a.name == "Marek Zielny").affiliation is None


def test_a_name_in_capitals_stays_an_organisation(make_doc: DocBuilder) -> None:
    text = "The Royal Air Force said two jets were sent to the border on Friday."
    doc = make_doc(text, stages=STAGES)
    assert any("Air Force" in a.name for a in doc.actors)
