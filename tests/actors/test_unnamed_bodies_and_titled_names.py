"""A titled name the tagger called an organisation, a platform one writes on, towns named after
"the cities of", and bodies the article describes without naming them."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_a_titled_name_opening_a_paragraph_is_a_person(make_doc: DocBuilder) -> None:
    text = (
        "The rebels denied breaking their word.\n\n"
        "President Tomas Arevalo said on Sunday that the talks were over. "
        '"Peace needs two sides," Arevalo wrote on X.'
    )
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in people] == [("Tomas Arevalo", "President")]
    assert not [a for a in doc.actors if a.name.strip(".\n ") == "X"]
    assert [c.speaker for c in doc.claims][-2:] == [people[0].id] * 2


def test_towns_after_the_cities_of_are_no_actors(make_doc: DocBuilder) -> None:
    text = (
        "The militia took the western cities of Goma and Bukavu earlier this year, the army said."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert not names & {"Goma", "Bukavu"}, names
