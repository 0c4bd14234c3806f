from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.events.syntax import Mood, mood, own_clause, words
from tests.conftest import DocBuilder

if TYPE_CHECKING:
    from spacy.tokens import Token

pytestmark = pytest.mark.slow


def _token(make_doc: DocBuilder, text: str, word: str) -> Token:
    parsed = make_doc(text).parse.doc
    return next(t for t in parsed if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The minister said the army would attack the town at dawn.", "attack", Mood.PROMISED),
        ("The rebels vowed to retake the valley before winter.", "retake", Mood.PROMISED),
        ("The envoy said the militia must release the hostages.", "release", Mood.DEMANDED),
        ("The talks will resume if the shelling stops.", "shelling", Mood.UNREAL),
        ("Diplomats renewed their efforts to broker a truce in the south.", "broker", Mood.UNREAL),
        ("Observers fear the rebels could attack the dam.", "attack", Mood.UNREAL),
        ("The group said it had no intention of advancing on Orsk.", "advancing", Mood.UNREAL),
        ("The army said it had no plan to attack the city.", "attack", Mood.UNREAL),
        ("Rebel fighters attacked a police post on Monday.", "attacked", Mood.REAL),
        ("The governor said troops had shelled the market.", "shelled", Mood.REAL),
        ("Police fired tear gas to disperse the crowd.", "fired", Mood.REAL),
        ("Gunmen tried to storm the prison overnight.", "storm", Mood.REAL),
        ("The court decided to free the two journalists.", "free", Mood.REAL),
        ("The envoy said the allies must be ready to mediate.", "mediate", Mood.DEMANDED),
        ("The agency called for an immediate ceasefire.", "ceasefire", Mood.UNREAL),
        ("The minister vowed to press on with or without a deal.", "deal", Mood.UNREAL),
        ("Mediators urged a truce before the holiday.", "truce", Mood.UNREAL),
        ("The two sides agreed a truce on Friday.", "truce", Mood.REAL),
        ("The governor ordered patrols after the riots.", "patrols", Mood.REAL),
        ("The minister called the strike a war crime.", "strike", Mood.REAL),
        (
            "The general vowed to fight on until the rebels agreed to a truce.",
            "agreed",
            Mood.UNREAL,
        ),
        ("The siege lasted until the rebels agreed to a truce.", "agreed", Mood.REAL),
    ],
)
def test_mood(make_doc: DocBuilder, text: str, word: str, expected: Mood) -> None:
    assert mood(_token(make_doc, text, word)) is expected


def test_own_clause_leaves_out_a_relative_clause(make_doc: DocBuilder) -> None:
    text = "The soldiers, who had relied on drone strikes for weeks, recaptured the bridge."
    clause = words(own_clause(_token(make_doc, text, "recaptured")))
    assert "drone" not in clause and "bridge" in clause and "soldiers" in clause


def test_an_act_s_own_clause_starts_and_ends_with_no_separator(make_doc: DocBuilder) -> None:
    text = "Strike hits port; army blames rebels, which deny involvement"
    parsed = make_doc(text).parse.doc
    verb = next(t for t in parsed if t.lower_ == "blames")
    own = own_clause(verb)
    assert own[0].text == "army" and own[-1].text != ","
