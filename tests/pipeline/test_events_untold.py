"""The events stage on fighting a sentence names but tells as absent or ended (a place spared
it, a side halting its own), and on acts told again by their place's name. Sentences are our
own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.records import AcledSubEvent, EventType
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full
from tests.pipeline.events_support import said as _said

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The port city of Orr had been spared fighting since the war began in 2019.",
        "Kelso, home to most aid agencies, has been spared the violence so far.",
        "The capital has not seen fighting since the rebellion began three years ago.",
    ],
)
def test_fighting_a_place_was_spared_is_no_clash(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert not any(e.type is EventType.ASSAULT for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The army halted its offensive against the rebels near Kelso on Monday.",
        "The militia said on Friday it had suspended its attacks on the town of Orr.",
    ],
)
def test_a_side_halting_its_own_fighting_is_no_clash(make_doc: DocBuilder, text: str) -> None:
    doc, events = _full(make_doc, text)
    assert not any(e.type is EventType.ASSAULT for e in events)
    assert any(_said(doc, e) in {"halted", "suspended"} for e in events)


def test_another_sides_offensive_halted_is_no_concession(make_doc: DocBuilder) -> None:
    # the troops stopped the rebels' offensive: the rebels' fighting, no easing by the troops
    doc, events = _full(make_doc, "Troops halted the rebels' offensive near Kelso on Monday.")
    assert not any(e.type is EventType.CONCEDE for e in events)
    assert any(_said(doc, e) == "offensive" and e.type is EventType.ASSAULT for e in events)


def test_a_strike_that_came_after_a_capture_is_the_strike_told_before(make_doc: DocBuilder) -> None:
    # the capture is the other act, in the clause of time; the strike is the one told first
    doc, events = _full(
        make_doc,
        "Farland warplanes bombed a market in the village of Orr on Monday, killing nine people."
        "\n\nThe strike on Orr came a day after rebels said they had captured the nearby town of "
        "Kelso following weeks of fighting.",
    )
    assaults = [e for e in events if e.type is EventType.ASSAULT]
    assert [_said(doc, e) for e in assaults] == ["bombed", "captured"]
    assert assaults[0].acled is AcledSubEvent.AIR_DRONE_STRIKE
    assert len(assaults[0].evidence) >= 2


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "Rebels said they had liberated three villages near Kelso on Sunday.",
            AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "A spokesman for the Orr People's Defence Force said the town had been fully "
            "liberated on Sunday.",
            AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "The army said it had liberated the town of Orr from the rebels on Sunday.",
            AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_ground_liberated_by_a_group_is_taken_not_regained(
    make_doc: DocBuilder, text: str, sub_event: AcledSubEvent
) -> None:
    doc, events = _full(make_doc, text)
    liberated = next(e for e in events if _said(doc, e) == "liberated")
    assert liberated.acled is sub_event


@pytest.mark.parametrize(
    "follow_on",
    ["Another 19 people were wounded, he said.", "Nine others were wounded, the governor said."],
)
def test_more_harmed_told_alone_is_the_act_told_before(
    make_doc: DocBuilder, follow_on: str
) -> None:
    doc, events = _full(
        make_doc,
        "A car bomb exploded at a checkpoint in Kelso on Tuesday, killing at least 12 people, "
        f"police said. {follow_on}",
    )
    assaults = [e for e in events if e.type is EventType.ASSAULT]
    assert len(assaults) == 1
    assert any(doc.text[s.start : s.end].startswith(follow_on[:7]) for s in assaults[0].evidence)


def test_more_harmed_in_an_act_of_their_own_stays_an_act(make_doc: DocBuilder) -> None:
    _doc, events = _full(
        make_doc,
        "A car bomb exploded at a checkpoint in Kelso on Tuesday, killing at least 12 people. "
        "Another nine people were killed in a raid on the village of Orr on Wednesday.",
    )
    assert len([e for e in events if e.type is EventType.ASSAULT]) == 2


def test_fighters_of_a_named_group_are_the_group(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "KELSO, May 4 (Newswire) - Fighters of Farland's National Liberation Army (NLA) attacked "
        "a military base in the province of Orr early on Saturday, the army said.",
    )
    attack = next(e for e in events if _said(doc, e) == "attacked")
    assert attack.actor_span is not None
    words = doc.text[attack.actor_span.start : attack.actor_span.end]
    assert words.endswith("National Liberation Army")
    assert not words.startswith("Fighters")


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said on Tuesday that Farland remained open to talks but that Orr had shown "
        "no interest.",
        "The rebels said they were ready for negotiations with the government.",
    ],
)
def test_talks_a_side_is_open_to_are_no_meeting(make_doc: DocBuilder, text: str) -> None:
    _doc, events = _full(make_doc, text)
    assert not any(e.type in {EventType.CONSULT, EventType.AGREE} for e in events)
