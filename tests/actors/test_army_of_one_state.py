"""A bare 'the army' in an article that names one state's army, and other states' troops or
forces: that state's army; never a guess when two states' armies are named."""

from __future__ import annotations

from sitrep.pipeline.base import Document
from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def _forces(doc: Document) -> list[str]:
    return sorted(a.name for a in doc.actors if a.kind is ActorKind.ARMED_GROUP)


def test_the_army_is_the_one_state_army_named_beside_another_state_s_forces(
    make_doc: DocBuilder,
) -> None:
    text = (
        "BAMAKO, June 2 (Wire) - A separatist alliance accused the army and allied militias of "
        "shelling its camps near Kidal on Sunday. Mali's army denied the charge. Algeria says "
        "its forces have closed the border."
    )
    doc = make_doc(text, stages=STAGES)
    army = next(
        a for a in doc.actors if any(text[s.start : s.end] == "the army" for s in a.mentions)
    )
    assert army.name == "Military Forces of Mali"


def test_two_states_armies_leave_the_army_unlinked(make_doc: DocBuilder) -> None:
    text = (
        "BAMAKO, June 2 (Wire) - A separatist alliance accused the army of shelling its camps "
        "near Kidal on Sunday. Mali's army denied the charge. Niger's army said it had sent "
        "troops to the border."
    )
    doc = make_doc(text, stages=STAGES)
    army = next(
        a for a in doc.actors if any(text[s.start : s.end] == "the army" for s in a.mentions)
    )
    assert army.name == "army" and army.country is None


def test_government_troops_are_the_forces_of_the_state_told_from(make_doc: DocBuilder) -> None:
    text = (
        "BAMAKO, June 2 (Wire) - Government troops clashed with rebels near Kidal on Sunday, "
        "residents said."
    )
    doc = make_doc(text, stages=STAGES)
    assert "Military Forces of Mali" in _forces(doc)


def test_government_troops_of_no_state_told_are_government_forces(make_doc: DocBuilder) -> None:
    text = "Government troops clashed with rebels near the border on Sunday, residents said."
    doc = make_doc(text, stages=STAGES)
    assert "government forces" in _forces(doc)


def test_pro_government_forces_are_no_state_s(make_doc: DocBuilder) -> None:
    text = "Pro-government forces clashed with rebels near the border on Sunday, residents said."
    doc = make_doc(text, stages=STAGES)
    assert "government forces" not in _forces(doc)
    assert not [n for n in _forces(doc) if n.startswith("Military Forces")]
