"""The words around a name that say it is a place."""

from __future__ import annotations

import pytest

from sitrep.geo.cues import cue_of, small_place
from sitrep.geo.mention import Cue
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _placeish(make_doc: DocBuilder, text: str, name: str) -> bool:
    doc = make_doc(text).parse.doc
    start = next(t.i for t in doc if t.text == name)
    return cue_of(doc, start, start + 1)[1]


def test_what_a_state_or_a_force_strikes_or_takes_is_a_place(make_doc: DocBuilder) -> None:
    assert _placeish(make_doc, "Russia struck Odesa overnight with drones.", "Odesa")
    assert _placeish(make_doc, "Rebels captured Goma last year.", "Goma")


def test_whom_the_police_attack_is_no_place(make_doc: DocBuilder) -> None:
    assert not _placeish(make_doc, "Police attacked Johnson in the street.", "Johnson")


def test_a_name_before_a_hospital_is_marked_as_an_institutions(make_doc: DocBuilder) -> None:
    doc = make_doc("Doctors at Madina hospital treated the wounded.").parse.doc
    start = next(t.i for t in doc if t.text == "Madina")
    assert cue_of(doc, start, start + 1) == (Cue.INSTITUTION, True)


def test_a_town_or_village_introduced_as_such_is_a_small_place(make_doc: DocBuilder) -> None:
    doc = make_doc("Rebels took the river town of Kambala and the village Tessit.").parse.doc
    kambala = next(t.i for t in doc if t.text == "Kambala")
    tessit = next(t.i for t in doc if t.text == "Tessit")
    assert small_place(doc, kambala, kambala + 1)
    assert small_place(doc, tessit, tessit + 1)
    # 'the holy city of Mecca': a city may be great
    doc = make_doc("Pilgrims reached the holy city of Mecca.").parse.doc
    mecca = next(t.i for t in doc if t.text == "Mecca")
    assert not small_place(doc, mecca, mecca + 1)
