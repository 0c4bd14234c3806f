"""'the mission's commander, X': the one organisation named before by that noun."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.records import Actor
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def _affiliation(doc_actors: Sequence[Actor], name: str) -> str | None:
    by_id = {a.id: a for a in doc_actors}
    person = next(a for a in doc_actors if a.name == name)
    return by_id[person.affiliation].name if person.affiliation else None


def test_the_mission_s_commander_is_the_mission_s(make_doc: DocBuilder) -> None:
    text = (
        "A police officer was killed near the port on Sunday, the Joint Harbour Protection "
        'mission said in a statement. "We will stay," the mission\'s commander, Peter Lwanga, '
        "said."
    )
    doc = make_doc(text, stages=STAGES)
    assert _affiliation(doc.actors, "Peter Lwanga") == "Joint Harbour Protection mission"


def test_two_bodies_named_by_the_noun_give_none(make_doc: DocBuilder) -> None:
    text = (
        "A police officer was killed near the port on Sunday, the Joint Harbour Protection "
        "mission said. The European Union mission said its patrols would go on. "
        '"We will stay," the mission\'s commander, Peter Lwanga, said.'
    )
    doc = make_doc(text, stages=STAGES)
    assert _affiliation(doc.actors, "Peter Lwanga") is None


def _mentions(doc_actors: Sequence[Actor], text: str, name: str) -> list[str]:
    actor = next(a for a in doc_actors if a.name == name)
    return [text[m.start : m.end] for m in actor.mentions]


def test_the_force_is_the_armed_group_named_before(make_doc: DocBuilder) -> None:
    text = (
        "Fighters of the Rapid Support Forces shelled a market in the town on Monday. "
        "A spokesman for the force said the fighters had fired on army positions."
    )
    doc = make_doc(text, stages=STAGES)
    assert "the force" in _mentions(doc.actors, text, "Rapid Support Forces")


def test_the_force_is_the_state_police_named_before(make_doc: DocBuilder) -> None:
    text = (
        "Kenyan police officers were attacked near the port on Monday. "
        "A spokesman for the force said two officers were wounded."
    )
    doc = make_doc(text, stages=STAGES)
    assert "the force" in _mentions(doc.actors, text, "Police of Kenya")


def test_the_force_is_the_mission_named_before(make_doc: DocBuilder) -> None:
    text = (
        "The Multinational Security Support mission said an officer was wounded near the port. "
        "A spokesman for the force said the officer was stable."
    )
    doc = make_doc(text, stages=STAGES)
    assert "the force" in _mentions(doc.actors, text, "Multinational Security Support mission")


def test_the_force_with_no_force_named_before_is_no_one(make_doc: DocBuilder) -> None:
    text = (
        "Two officers were attacked near the port. A spokesman for the force said they were safe."
    )
    doc = make_doc(text, stages=STAGES)
    assert all("the force" not in _mentions(doc.actors, text, a.name) for a in doc.actors)


def test_a_body_named_with_its_state_before_a_title_is_that_states(make_doc: DocBuilder) -> None:
    text = (
        "Chad's government accused Sudan of arming the rebels. Sudanese government "
        "spokeswoman Ana Brel said the accusations were baseless."
    )
    doc = make_doc(text, stages=STAGES)
    assert _affiliation(doc.actors, "Ana Brel") == "Government of Sudan"


def test_the_force_is_the_one_un_mission_named_before(make_doc: DocBuilder) -> None:
    text = (
        "Rebels attacked a camp near Bunia on Sunday. The UN peacekeeping mission, MONUSCO, "
        "sent troops to the area. Its patrols were fired on, the force said."
    )
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1"))
    mission = next(a for a in doc.actors if a.name == "MONUSCO")
    assert [c.speaker for c in doc.claims] == [mission.id]


def test_the_force_after_two_missions_is_neither(make_doc: DocBuilder) -> None:
    text = (
        "The UN mission, UNMISS, and the African Union mission, AMISOM, sent troops to the "
        "area. Its patrols were fired on, the force said."
    )
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1"))
    assert [c.speaker for c in doc.claims] == [None]
