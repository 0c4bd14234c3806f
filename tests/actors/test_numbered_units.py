"""Numbered units of a force: 'the 33rd Front', 'the 4th Brigade'."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_a_rank_before_a_unit_word_names_an_armed_group_not_a_place(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Guerrillas said they had attacked the 33rd Front, a splinter group, near the border. "
        "Fighters of the 4th Brigade stormed the 2nd Battalion's base."
    )
    doc = make_doc(text, stages=STAGES)
    units = {a.name: a.kind for a in doc.actors}
    assert units["33rd Front"] is ActorKind.ARMED_GROUP
    assert units["4th Brigade"] is ActorKind.ARMED_GROUP
    assert units["2nd Battalion"] is ActorKind.ARMED_GROUP
    assert "Front" not in {p.name for p in doc.places}


def test_a_units_capitalised_words_between_rank_and_unit_word_are_its_name(
    make_doc: DocBuilder,
) -> None:
    doc = make_doc("The 82nd Airborne Division flew to the region on Monday.", stages=STAGES)
    unit = next(a for a in doc.actors if a.name == "82nd Airborne Division")
    assert unit.kind is ActorKind.ARMED_GROUP


def test_a_rank_before_other_words_names_no_unit(make_doc: DocBuilder) -> None:
    doc = make_doc("The Second World War ended and the First Lady spoke.", stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.ARMED_GROUP]
