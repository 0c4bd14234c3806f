"""Unnamed persons news quotes by what they do and where, or by the thing they run."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_a_health_worker_at_an_unnamed_hospital_is_a_person(make_doc: DocBuilder) -> None:
    text = "A health worker at the district's main clinic said eight wounded men had arrived."
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == ["health worker at the district's main clinic"]
    assert people[0].title == "health worker"
    assert doc.claims and doc.claims[0].speaker == people[0].id


def test_a_doctor_at_a_named_hospital_is_attached_to_it(make_doc: DocBuilder) -> None:
    text = "A surgeon at Karim hospital said the operating rooms were full on Tuesday."
    doc = make_doc(text, stages=STAGES)
    hospital = next(a for a in doc.actors if a.name == "Karim Hospital")
    surgeon = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert surgeon.title == "surgeon"
    assert surgeon.affiliation == hospital.id


def test_a_teacher_taken_from_a_school_is_no_witness(make_doc: DocBuilder) -> None:
    text = "Gunmen abducted nine pupils and a teacher from a school in the hills on Monday."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]


def test_the_vessels_manager_is_an_unnamed_firm_that_says_it(make_doc: DocBuilder) -> None:
    text = (
        "Drones struck a tanker off the coast on Monday. The tanker's Cypriot manager said "
        "ten sailors were missing. Four were later found alive, it said."
    )
    doc = make_doc(text, stages=CLAIMS)
    manager = [a for a in doc.actors if a.name == "manager of the tanker"]
    assert len(manager) == 1 and manager[0].kind is ActorKind.ORGANIZATION
    assert len(manager[0].mentions) == 1
    assert [c.speaker for c in doc.claims] == [manager[0].id, manager[0].id]


def test_the_mayor_with_no_mayor_named_before_is_an_unnamed_holder(make_doc: DocBuilder) -> None:
    text = "Shells hit a market in the town overnight. The mayor said four people were killed."
    doc = make_doc(text, stages=STAGES)
    mayor = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in mayor] == [("Mayor", "Mayor")]


def test_the_governor_after_a_person_named_without_title_is_no_new_one(
    make_doc: DocBuilder,
) -> None:
    text = "Lena Marsh signed the budget on Monday. The governor said it would pass the senate."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.name == "Governor"]


def test_the_provincial_governor_is_an_unnamed_holder_that_speaks(make_doc: DocBuilder) -> None:
    text = "A dam burst upstream overnight. The provincial governor said six villages were flooded."
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in people] == [("Provincial Governor", "Provincial Governor")]
    assert [c.speaker for c in doc.claims] == [people[0].id]
