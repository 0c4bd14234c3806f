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
