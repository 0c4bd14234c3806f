from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.events import reference
from tests.conftest import DocBuilder

if TYPE_CHECKING:
    from spacy.tokens import Token

pytestmark = pytest.mark.slow


def _word(make_doc: DocBuilder, text: str, word: str) -> Token:
    parsed = make_doc(text).parse.doc
    found: Token = next(t for t in parsed if t.text == word)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The militia said 212 of its fighters had been killed so far.",
        "Forty teachers have been killed since the siege began.",
        "The war has killed 900 villagers.",
        "They returned the bodies of soldiers killed in the war.",
        "Three herders were killed in the fighting.",
        "Aid is scarce in the long civil war, which has killed thousands of farmers.",
    ],
)
def test_casualty_totals(make_doc: DocBuilder, text: str) -> None:
    assert reference.casualty_total(_word(make_doc, text, "killed"))


def test_one_killing_is_no_total(make_doc: DocBuilder) -> None:
    killed = _word(make_doc, "Two farmers were killed near Kelso on Monday.", "killed")
    assert not reference.casualty_total(killed)


@pytest.mark.parametrize(
    "text",
    [
        "Two herders killed in clan fighting near the wells.",
        "Five traders killed in ethnic violence.",
    ],
)
def test_killed_in_fighting_with_no_determiner_is_one_event(
    make_doc: DocBuilder, text: str
) -> None:
    assert not reference.casualty_total(_word(make_doc, text, "killed"))


def test_habit_and_the_war(make_doc: DocBuilder) -> None:
    mediate = _word(make_doc, "The council, which tries to mediate the dispute, met.", "mediate")
    assert reference.habit(mediate)
    fighting = _word(make_doc, "Envoys meet in Oslo as fighting continues.", "fighting")
    assert reference.the_war(fighting)
    strike = _word(make_doc, "The minister called the strike a crime.", "strike")
    assert reference.refers_back(strike) and not reference.the_war(strike)


def test_fighting_as_background(make_doc: DocBuilder) -> None:
    text = "The rebels left the town after two weeks of fighting."
    assert reference.background(_word(make_doc, text, "fighting"))
    text = "The pact that ended the fighting was signed in Oslo."
    assert reference.the_war(_word(make_doc, text, "fighting"))
    text = "Heavy fighting broke out near the dam on Monday."
    assert not reference.the_war(_word(make_doc, text, "fighting"))


def test_a_charged_act_at_a_thing_named_before_is_retold(make_doc: DocBuilder) -> None:
    text = (
        "Shelling hit a busy market in Velsk. The rebels accused the army of shelling "
        "the market to frame them."
    )
    shelling = _word(make_doc, text, "shelling")
    assert reference.charged(shelling) and reference.retold_at_its_site(shelling)
    fresh = "Shelling hit a busy market in Velsk. The rebels accused the army of shelling a school."
    assert not reference.retold_at_its_site(_word(make_doc, fresh, "shelling"))


def test_a_time_that_fixes_no_hour_is_no_time_of_its_own(make_doc: DocBuilder) -> None:
    first = "Shells hit a crowded market in Velsk on Monday. "
    aimed = (
        first + '"The rebels targeted the market deliberately at the busiest hour," the army said.'
    )
    assert reference.retold_at_its_site(_word(make_doc, aimed, "targeted"))
    at_dawn = first + '"The rebels targeted the market at 6 a.m.," the army said.'
    assert not reference.retold_at_its_site(_word(make_doc, at_dawn, "targeted"))


def test_a_ship_named_after_its_kind_was_struck_is_the_strike_retold(
    make_doc: DocBuilder,
) -> None:
    first = "The rebels said they had struck a freighter off the coast with a missile. "
    named = (
        first + 'A spokesman said the group had targeted the Panama-flagged freighter "Blue Heron".'
    )
    assert reference.retold_at_its_site(_word(make_doc, named, "targeted"))
    # a ship of another kind than the one struck is no retelling
    other = first + 'A spokesman said the group had targeted the tanker "Blue Heron".'
    assert not reference.retold_at_its_site(_word(make_doc, other, "targeted"))
