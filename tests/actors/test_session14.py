"""Places joined by "and", a body's title inside a longer body name, and named hospitals."""

from __future__ import annotations

from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_two_villages_joined_by_and_are_no_organisation(make_doc: DocBuilder) -> None:
    text = (
        "Drones struck two hamlets near the border on Monday. The council said the strikes on "
        "Marun and Tebnine killed three men."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert not any("Marun" in n or "Tebnine" in n for n in names), names
