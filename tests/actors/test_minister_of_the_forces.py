"""A defence minister named with no state: the minister of the state whose forces the text
just before names."""

from __future__ import annotations

from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def _minister(doc: object) -> tuple[str | None, str | None]:
    actors = {a.id: a for a in doc.actors}  # type: ignore[attr-defined]
    minister = next(a for a in actors.values() if a.title == "Defence Minister")
    owner = actors[minister.affiliation].name if minister.affiliation else None
    return owner, minister.country


def test_a_defence_minister_after_one_states_forces_is_that_states(make_doc: DocBuilder) -> None:
    text = (
        "The Chilean army said it had shelled two rebel camps overnight. "
        '"We will answer every attack," Defence Minister Tomas Reyes said on Monday.'
    )
    assert _minister(make_doc(text, stages=STAGES)) == ("Chile", "CL")


def test_a_defence_minister_after_two_states_is_no_ones(make_doc: DocBuilder) -> None:
    text = (
        "The Chilean army said it had shelled Peru's border posts overnight. "
        '"We will answer every attack," Defence Minister Tomas Reyes said on Monday.'
    )
    assert _minister(make_doc(text, stages=STAGES)) == (None, None)


def test_a_defence_minister_far_from_the_forces_is_no_ones(make_doc: DocBuilder) -> None:
    text = (
        "The Chilean army said it had shelled two rebel camps overnight. "
        "Rain fell on the capital for a third day. "
        '"We will answer every attack," Defence Minister Tomas Reyes said on Monday.'
    )
    assert _minister(make_doc(text, stages=STAGES)) == (None, None)
