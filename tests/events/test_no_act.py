"""Words of harm, gathering or release that tell of no act (sitrep.events.candidates.no_act),
on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.events.extract import Found, events_in
from sitrep.records import EventType
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _found(make_doc: DocBuilder, text: str) -> list[Found]:
    parsed = make_doc(text).parse.doc
    return [f for sent in parsed.sents for f in events_in(sent)]


def _types(make_doc: DocBuilder, text: str) -> set[EventType]:
    return {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nine of the wounded were women, the health office said.",
        "The injured were taken to a hospital in the city.",
    ],
)
def test_the_harmed_named_by_a_participle_are_no_act(make_doc: DocBuilder, text: str) -> None:
    assert _found(make_doc, text) == []


def test_harm_done_by_a_participle_is_still_an_act(make_doc: DocBuilder) -> None:
    text = "Gunmen wounded six villagers in an ambush on the road to the market."
    assert EventType.ASSAULT in _types(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the square as families gather for a spring festival",
        "Worshippers gathered at the mosque for Friday prayers.",
        "Villagers assembled to mourn the elder who had died.",
        "Investigators said they had gathered evidence against the suspects.",
    ],
)
def test_a_gathering_with_no_cause_is_no_protest(make_doc: DocBuilder, text: str) -> None:
    assert EventType.PROTEST not in _types(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses gathered outside the ministry to demand higher pay.",
        "Students gathered at the university for a rally against the new fees.",
    ],
)
def test_a_gathering_to_protest_is_a_protest(make_doc: DocBuilder, text: str) -> None:
    assert EventType.PROTEST in _types(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits stormed the town on Friday, freeing more than 200 inmates from its jail.",
        "Fighters overran the garrison and freed dozens of prisoners.",
    ],
)
def test_captives_freed_in_a_raid_are_the_raid(make_doc: DocBuilder, text: str) -> None:
    types = _types(make_doc, text)
    assert EventType.ASSAULT in types
    assert EventType.CONCEDE not in types


def test_prisoners_released_by_a_government_are_a_concession(make_doc: DocBuilder) -> None:
    text = "The government released 150 political prisoners on Tuesday."
    assert EventType.CONCEDE in _types(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said in a statement released on Monday that the road had reopened.",
        "The ministry released new figures on the harvest on Thursday.",
        "The report was released on Friday.",
        "Cases rose in July, according to data released on Friday by the health agency.",
        "The board has until August to release new rules for the schools.",
    ],
)
def test_something_made_public_is_no_concession(make_doc: DocBuilder, text: str) -> None:
    assert EventType.CONCEDE not in _types(make_doc, text)


def test_a_crowd_word_with_no_cause_gives_no_sub_event(make_doc: DocBuilder) -> None:
    # the lawmakers' request is no protest for the complaints the ministry gathered
    text = (
        "Lawmakers are seeking explanations after the ministry admitted it gathered some 900 "
        "complaints."
    )
    found = _found(make_doc, text)
    assert [f.type for f in found] == [EventType.REQUEST]
    assert found[0].acled is None


@pytest.mark.parametrize(
    "text",
    [
        "Drone strike cuts power in the port city",
        "The shelling halted the water supply to the eastern districts.",
        "A drone struck the power station, setting tanks ablaze and cutting electricity.",
    ],
)
def test_what_an_attack_cut_or_halted_is_no_sanction(make_doc: DocBuilder, text: str) -> None:
    assert EventType.SANCTION not in _types(make_doc, text)


def test_a_government_cutting_aid_is_still_a_sanction(make_doc: DocBuilder) -> None:
    text = "The government cut aid to the rebel-held province after the attack."
    assert EventType.SANCTION in _types(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "The truce would allow aid convoys to reach the besieged city.",
        "The deal lets displaced families return to their villages.",
    ],
)
def test_what_a_deal_provides_for_is_no_act(make_doc: DocBuilder, text: str) -> None:
    # at most 'the truce' told before, nothing it would let happen
    assert all(f.back for f in _found(make_doc, text))


def test_a_deal_lifting_a_siege_is_still_told(make_doc: DocBuilder) -> None:
    text = "The army allowed aid convoys to reach the besieged city on Monday."
    assert _found(make_doc, text)


def test_harm_in_a_blast_at_a_workplace_hung_on_the_verb_is_no_act(make_doc: DocBuilder) -> None:
    # the parse hangs 'at a refinery' on the verb of harm, not on the blast
    text = "Three workers were hurt in a blast at a refinery outside the city on Tuesday."
    assert _found(make_doc, text) == []
    struck = "Three workers were hurt in a blast at a refinery after a drone strike on Tuesday."
    assert EventType.ASSAULT in _types(make_doc, struck)
