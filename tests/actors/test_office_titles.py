"""Office titles an organisation names: "the UN humanitarian coordinator in X", "the UN special
envoy for X" tie the holder to that organisation."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Amina Oduya, the UN humanitarian coordinator in Chad, said the convoys had stopped.",
            "Humanitarian Coordinator",
        ),
        (
            "UN humanitarian coordinator Amina Oduya said the convoys had stopped.",
            "Humanitarian Coordinator",
        ),
        (
            "Amina Oduya, the UN special envoy for Chad, said the talks would resume.",
            "Special Envoy",
        ),
    ],
)
def test_an_office_of_the_un_ties_its_holder_to_the_un(
    make_doc: DocBuilder, text: str, title: str
) -> None:
    doc = make_doc(text, stages=STAGES)
    by_id = {a.id: a for a in doc.actors}
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.title == title
    assert person.affiliation is not None
    assert by_id[person.affiliation].name == "United Nations"


def test_a_coordinator_of_no_body_is_of_no_one(make_doc: DocBuilder) -> None:
    text = "Amina Oduya, the coordinator of the relief effort, said the convoys had stopped."
    doc = make_doc(text, stages=STAGES)
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.title == "coordinator"
    assert person.affiliation is None
