"""Police officers are members of a police force: 'Kenyan police officers came under fire'."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_a_states_police_officers_are_its_police(make_doc: DocBuilder) -> None:
    doc = make_doc("Kenyan police officers came under fire in the capital.", stages=STAGES)
    police = next(a for a in doc.actors if a.name == "Police of Kenya")
    assert (police.kind, police.country) == (ActorKind.ORGANIZATION, "KE")


def test_a_named_force_is_not_split_into_place_and_police(make_doc: DocBuilder) -> None:
    for text, name in (
        ("U.S. Park Police officers cleared the square on Monday.", "U.S. Park Police"),
        ("Capitol Police officers were hurt in the riot on Monday.", "Capitol Police"),
    ):
        names = {a.name for a in make_doc(text, stages=STAGES).actors}
        assert name in names, text
        assert not any(n.startswith("Police of") for n in names), text


def test_a_force_named_by_a_place_word_gets_no_owner(make_doc: DocBuilder) -> None:
    text = "Park Police officers arrived later in the evening."
    names = {a.name for a in make_doc(text, stages=STAGES).actors}
    assert not any(n.startswith("Police of") for n in names)


def test_police_opening_the_text_is_the_police(make_doc: DocBuilder) -> None:
    text = "Police said two men were arrested in the capital on Monday."
    assert "police" in {a.name for a in make_doc(text, stages=STAGES).actors}
