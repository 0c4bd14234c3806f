"""A state's military named by its demonym and "Defense Forces" is that state's forces, while
groups whose names open with a toponym ("the Syrian Democratic Forces") stay groups of no state."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")

TEXT = (
    "JERUSALEM, Dec 9 (Wire) - The Israeli Defense Forces said on Tuesday that its aircraft had "
    "struck a depot near Khan Younis. The Israel Defense Forces (IDF) added that two soldiers "
    "were wounded. Further north, the Syrian Democratic Forces said they had repelled an attack "
    "near Raqqa, and the Sudan People's Liberation Army said it had left a village."
)


def test_demonym_defense_forces_are_the_state_s_forces(make_doc: DocBuilder) -> None:
    doc = make_doc(TEXT, stages=STAGES)
    israel = [a for a in doc.actors if a.name == "Military Forces of Israel"]
    assert len(israel) == 1
    said = {TEXT[s.start : s.end] for s in israel[0].mentions}
    assert "The Israeli Defense Forces" in said
    assert israel[0].country == "IL"
    assert israel[0].kind is ActorKind.ARMED_GROUP


def test_groups_named_with_a_toponym_stay_their_own(make_doc: DocBuilder) -> None:
    doc = make_doc(TEXT, stages=STAGES)
    groups = {a.name: a for a in doc.actors if a.kind is ActorKind.ARMED_GROUP}
    assert groups["Syrian Democratic Forces"].country is None
    assert groups["Sudan People's Liberation Army"].country is None
