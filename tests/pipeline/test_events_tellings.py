"""The events stage on what is no act or another act: a war's toll, a truce failing, a country
accused of sending troops, an act told as one more, a headline's state and the lede's forces.
Sentences are our own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind, EventType
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full
from tests.pipeline.events_support import said as _said

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The war between the junta and the Valley Front, which broke out in March 2021, has "
        "killed thousands of people and driven half a million from their homes.",
        "Ruritania's war erupted in 2019 and has killed tens of thousands of people.",
        "The insurgency has killed more than 9,000 people and uprooted a million since 2015.",
    ],
)
def test_a_whole_wars_toll_is_no_act(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert [e for e in events if e.type is EventType.ASSAULT] == []


def test_an_attacks_toll_is_still_an_act(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "The attack on the Kelso barracks killed 14 soldiers on Monday.")
    assert EventType.ASSAULT in [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire collapses\n\nGunmen attacked the village of Tarn on Sunday, residents said.",
        "Truce frays in the east\n\nGunmen attacked the village of Tarn on Sunday.",
        "The truce between the two militias broke down on Sunday when gunmen attacked Tarn.",
        "The ceasefire appeared to be faltering on Sunday as gunmen attacked Tarn.",
        "The collapse of the ceasefire on Sunday left residents of Tarn fearful.",
    ],
)
def test_a_truce_failing_is_no_agreement(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert EventType.AGREE not in [e.type for e in events]


def test_a_truce_made_is_an_agreement(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "The two militias agreed to a truce in Tarn on Sunday.")
    assert EventType.AGREE in [e.type for e in events]


@pytest.mark.parametrize(
    "accusation",
    [
        "The president accused Rwanda of sending troops to back the rebels.",
        "He said Rwanda had sent soldiers to fight alongside the rebels.",
    ],
)
def test_a_country_sending_troops_is_no_scene(make_doc: DocBuilder, accusation: str) -> None:
    doc, events = _full(
        make_doc,
        f"Heavy fighting broke out on Monday, residents said. {accusation} "
        "The rebels shelled the town again on Tuesday.",
    )
    rwanda = {p.id for p in doc.places if p.name == "Rwanda"}
    assert rwanda
    assert events
    assert all(e.place not in rwanda for e in events)


def test_troops_sent_to_a_place_keep_it(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc, "Rwanda sent troops to Goma, where they clashed with the army on Monday."
    )
    goma = {p.id for p in doc.places if p.name == "Goma"}
    assert goma
    assert [e.place for e in events if _said(doc, e) == "clashed"] == [next(iter(goma))]


@pytest.mark.parametrize(
    "second",
    [
        "The jets also bombed a school.",
        "The jets bombed the market again.",
        "A second air strike hit the town's hospital.",
    ],
)
def test_an_act_told_as_one_more_is_another(make_doc: DocBuilder, second: str) -> None:
    _doc, events = _full(
        make_doc,
        f"Jets bombed a market in Idlib on Monday, killing nine people. "
        f"Residents fled the town. {second}",
    )
    strikes = [e for e in events if e.acled is not None and e.acled.value == "Air/drone strike"]
    assert len(strikes) == 2


def test_harm_told_as_also_done_is_the_same_act(make_doc: DocBuilder) -> None:
    _doc, events = _full(
        make_doc, "Jets bombed a market in Idlib on Monday. The bombing also wounded 12 people."
    )
    strikes = [e for e in events if e.acled is not None and e.acled.value == "Air/drone strike"]
    assert len(strikes) == 1


def test_a_headlines_state_is_the_ledes_forces(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Israel strikes Gaza\n\nIsraeli jets struck a house in Rafah on Tuesday, killing five "
        "people, medics said.",
    )
    strikes = [e for e in events if e.type is EventType.ASSAULT]
    assert len(strikes) == 1
    (strike,) = strikes
    assert strike.evidence[0].start == 0  # the headline's telling is its evidence
    forces = next(a for a in doc.actors if a.id == strike.actor)
    assert forces.kind is ActorKind.ARMED_GROUP


def test_a_headlines_state_is_not_the_others_side(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Israel strikes Gaza\n\nHamas fighters fired rockets at Sderot on Tuesday, the army said.",
    )
    assert "strikes" in [_said(doc, e) for e in events]
