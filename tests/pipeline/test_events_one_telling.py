"""The events stage on what is no violent act (nature's harm, harm denied or untold, a figure of
an act told before) and on one act told twice in a sentence or a headline, with its sides.
Sentences are our own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.pipeline.base import Document
from sitrep.records import AcledSubEvent, Event, EventType
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full
from tests.pipeline.events_support import said as _said

pytestmark = pytest.mark.slow


def _name(doc: Document, actor_id: str | None) -> str | None:
    return next((a.name for a in doc.actors if a.id == actor_id), None)


def _assaults(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type is EventType.ASSAULT]


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck the hills north of Kelso on Monday, damaging scores of homes.",
        "Aid flights resumed after a magnitude 6.1 earthquake struck the coast on Monday.",
        "Days of heavy flooding have killed 12 people and destroyed 900 houses in the valley.",
        "Torrential rains swept away two bridges and killed four herders on Tuesday.",
        "A cyclone hit the southern coast overnight, injuring dozens of fishermen.",
        "Six villagers were killed in a landslide after a week of rain.",
    ],
)
def test_natures_harm_is_no_act(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert _assaults(events) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four dockers were injured at the port on Friday when a crane cable snapped, "
        "the harbour authority said.",
        "Three other miners were injured at a second pit when a tunnel wall collapsed.",
        "Two farmers were killed in a road accident near the market town.",
        "Nine pickers injured at northern quarry, owner says\n\n"
        "Nine pickers were injured at a quarry on Monday when a conveyor belt snapped, the owner "
        "said.",
        "Four workers were hurt on Thursday in an explosion at a fertiliser plant.",
        "Blast at coal pit injures six workers\n\nSix workers were injured in an explosion at a "
        "coal mine on Monday, the company said.",
        # the mishap told again: 'the blast' is that blast, no act of its own
        "Three workers were injured in an explosion at a coal mine on Thursday. The blast "
        "damaged the main shaft.",
        "Two welders were hurt in an explosion at a refinery on Friday. The explosion shook "
        "nearby homes.",
    ],
)
def test_harm_by_a_mishap_is_no_act(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert _assaults(events) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when their lorry hit a landmine on the coast road.",
        "Four civilians were killed when a house collapsed after an air strike.",
        "Three guards were injured by gunmen at the quarry.",
        "Two soldiers were wounded in an explosion at a plant after rebels fired mortars at it.",
        # 'the blast' after a bombing, not after a mishap, is that bombing
        "A car bomb killed two soldiers at the market. The blast damaged nearby shops.",
    ],
)
def test_harm_by_an_act_stays_an_act(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert len(_assaults(events)) == 1


def test_weather_that_only_tells_when_leaves_the_act(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "Shelling killed five people in Kelso during heavy rain.")
    assert len(_assaults(events)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The navy said none of its sailors had been killed in the incident.",
        "Police said no officers were hurt.",
        "The militia did not say how many of its men had been wounded.",
    ],
)
def test_harm_denied_or_untold_is_no_act(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert _assaults(events) == []


def test_the_act_told_beside_denied_harm_stays(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "The garrison said it had repelled a raid on the depot and that none of its guards "
        "had been killed.",
    )
    assert [_said(doc, e) for e in _assaults(events)] == ["raid"]


def test_a_figure_of_an_act_told_before_is_no_act(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Gunmen attacked a bus station in Kelso on Monday, killing nine people, police said. "
        "Four teachers were among the dead, a nurse told reporters.",
    )
    assert [_said(doc, e) for e in _assaults(events)] == ["attacked"]


def test_harm_and_the_act_that_did_it_are_one_event(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "At least six farmers were killed when soldiers and Fano militiamen clashed near the "
        "town of Debre Tabor on Sunday.",
    )
    (clash,) = _assaults(events)
    assert _said(doc, clash) == "clashed"
    assert clash.acled is AcledSubEvent.ARMED_CLASH
    assert clash.target_span is not None
    assert doc.text[clash.target_span.start : clash.target_span.end] == "Fano militiamen"


def test_a_strike_that_killed_is_one_event_dated_by_its_verb(make_doc: DocBuilder) -> None:
    _doc, events = _full(
        make_doc, "A drone strike on a bus depot in Kelso killed at least seven people on Tuesday."
    )
    (strike,) = _assaults(events)
    assert strike.acled is AcledSubEvent.AIR_DRONE_STRIKE
    assert strike.date == "2026-11-17"
    assert strike.actor is None  # the strike names no one


def test_a_groups_initials_name_the_actor(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "The Rapid Support Forces (RSF) have besieged the city for a year. The army said it "
        "repelled an RSF attack on the northern gate of the city on Friday.",
    )
    attack = next(e for e in events if _said(doc, e) == "attack")
    assert _name(doc, attack.actor) == "Rapid Support Forces"


def test_a_place_in_the_target_words_is_no_target(make_doc: DocBuilder) -> None:
    _doc, events = _full(
        make_doc,
        "A shell hit a crowded clinic in the town of Kadugli in Sudan's South Kordofan state "
        "on Monday.",
    )
    (hit,) = _assaults(events)
    assert hit.target is None
    assert hit.actor is None


def test_government_troops_are_the_forces_of_the_only_state_named(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Ethiopian forces fought Fano fighters in Gondar on Monday. Fano said government troops "
        "had killed four shepherds in revenge.",
    )
    killed = next(e for e in events if _said(doc, e) == "killed")
    assert _name(doc, killed.actor) == "Military Forces of Ethiopia"


def test_a_headline_act_folds_into_the_ledes_act_in_a_town_of_its_country(
    make_doc: DocBuilder,
) -> None:
    _doc, events = _full(
        make_doc,
        "Drone strike on Sudan bus depot kills 11, medics say\n\n"
        "A drone strike on a bus depot in the town of Kadugli killed at least 11 people on "
        "Tuesday, medics said.",
    )
    (strike,) = _assaults(events)
    assert strike.evidence[0].start == 0


def test_an_act_undated_takes_the_time_of_the_harm_told_with_it(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Three porters were wounded in Kelso on Tuesday when a grenade exploded at a gate.",
    )
    (blast,) = _assaults(events)
    assert _said(doc, blast) == "exploded"
    assert blast.date == "2026-11-17"


def test_a_strike_that_killed_and_wounded_is_one_event(make_doc: DocBuilder) -> None:
    _doc, events = _full(
        make_doc,
        "A rocket strike on the port of Kelso on Monday killed five dockers and wounded 20.",
    )
    assert len(_assaults(events)) == 1


def test_harms_told_together_when_an_act_struck_are_one_act(make_doc: DocBuilder) -> None:
    # the parser hangs 'wounded' under 'said'; both harms are the shelling's
    text = (
        "At least 14 civilians were killed and 40 others wounded when shells struck a camp "
        "near the market, the health ministry said in a statement."
    )
    _doc, events = _full(make_doc, text)
    assert len(_assaults(events)) == 1
