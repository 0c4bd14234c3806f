"""A rank the NER tags as a name of its own before a titled name is no person:
'army spokesman Brigadier General X said'."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_a_rank_before_a_name_is_no_person_of_its_own(make_doc: DocBuilder) -> None:
    text = (
        '"The militia shelled the market on purpose," army spokesman Brigadier General Nabil '
        "Abdallah said on Wednesday."
    )
    doc = make_doc(text, stages=STAGES)
    people = [a.name for a in doc.actors if a.kind is ActorKind.PERSON]
    assert people == ["Nabil Abdallah"]


def test_a_rank_opening_a_tagged_name_stays_the_persons_title(make_doc: DocBuilder) -> None:
    text = "Colonel Naw Bu said the town was still held by his fighters."
    doc = make_doc(text, stages=STAGES)
    (person,) = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert person.name == "Naw Bu"


def test_a_hyphenated_rank_is_no_person_of_its_own(make_doc: DocBuilder) -> None:
    text = (
        "Army spokesman Lieutenant-Colonel Pascal Mbeki said the town was still held by "
        "government troops."
    )
    doc = make_doc(text, stages=STAGES)
    (person,) = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert person.name == "Pascal Mbeki"
    assert person.title == "spokesman"
