"""Unnamed people news quotes together ("residents said", "witnesses said") are populations."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

CLAIMS = ("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1")


def test_witnesses_medics_and_rescuers_speak_like_residents(make_doc: DocBuilder) -> None:
    text = (
        "Witnesses said gunmen stormed the market at dawn. Paramedics said six people were "
        "wounded. Rescuers said two bodies were pulled from a burned shop. Residents said the "
        "town was quiet by noon."
    )
    doc = make_doc(text, stages=CLAIMS)
    names = {a.id: a.name for a in doc.actors if a.kind is ActorKind.POPULATION}
    assert [names.get(c.speaker or "") for c in doc.claims] == [
        "witnesses",
        "paramedics",
        "rescuers",
        "residents",
    ]


def test_medics_at_a_named_hospital_are_its_staff(make_doc: DocBuilder) -> None:
    text = "Medics at Al-Amal hospital said they had treated 12 people."
    doc = make_doc(text, stages=CLAIMS)
    assert not [a for a in doc.actors if a.kind is ActorKind.POPULATION]
