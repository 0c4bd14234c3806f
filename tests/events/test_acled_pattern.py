"""The ACLED patterns' prefilter (anchors) never changes what a pattern or a rule finds."""

from __future__ import annotations

import re

import pytest

from sitrep.events.acled import RULES, sub_event, sub_events
from sitrep.events.acled.pattern import anchors, any_of, lowered, matches, may_match
from sitrep.events.acled.rules import _as_told, first_rule

SENTENCES = [
    "Jets bombed a fuel depot on the edge of the city before dawn.",
    "Gunmen on motorbikes opened fire on a bus, killing four passengers.",
    "Police fired tear gas and rubber bullets at students marching on parliament.",
    "Villagers lynched a suspected cattle thief and burnt his hut.",
    "Rebels seized two border posts after a night of heavy fighting.",
    "Troops pushed the insurgents back and retook the market town.",
    "A car bomb went off outside the governor's office; nobody claimed it.",
    "Traders closed their shops to protest against the new market levy.",
    "The two factions signed a truce and agreed to exchange prisoners.",
    "Soldiers arrested twelve people at a checkpoint north of the river.",
    "Mortar rounds and machine-gun fire were exchanged across the front line.",
    "Armed men abducted a priest and demanded a ransom.",
    "Protesters hurled stones at the police, who dispersed them with water cannon.",
    "A drone strike hit a convoy of the militia near the airport.",
    "Engineers defused an IED planted under a culvert.",
    "Youths barricaded the highway with burning tyres.",
    "The KILLING of two herders sparked clashes between rival clans.",
    "Officials said the talks would resume next week in the capital.",
    "A new militia announced its formation and recruited fighters in the valley.",
    # characters that re.IGNORECASE folds to ASCII letters (Kelvin sign, long s)
    "Gunmen \u212aILLED three guards and \u017fhot a driver.",
]


def _patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for rule in RULES:
        for p in (*rule.needs, *((rule.unless,) if rule.unless else ())):
            found[id(p)] = p
    return list(found.values())


def test_anchors_are_what_every_match_holds() -> None:
    p = any_of(r"attack(?:ed|s)?", r"shot (?:\w+ )?dead", r"(?:police|troops) (?:\w+ ){0,3}fired")
    found = anchors(p)
    assert found is not None
    assert set(found) == {"attack", "shot ", "police", "troops"}
    assert not may_match(p, lowered("They met in the capital."))
    assert may_match(p, lowered("Troops later FIRED on the crowd."))


def test_an_optional_part_or_a_lookaround_gives_no_anchor() -> None:
    assert anchors(re.compile(r"(?:shell)?s?", re.IGNORECASE)) is None
    found = anchors(any_of(r"(?<!warning )shots?"))
    assert found == ("shot",)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_prefilter_never_hides_a_match(text: str) -> None:
    told = _as_told(text)
    for p in _patterns():
        assert matches(p, told) == (p.search(told) is not None), p.pattern[:60]


def test_folding_characters_are_always_searched() -> None:
    text = SENTENCES[-1]
    assert lowered(text) is None
    assert matches(any_of(r"killed"), text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_rules_read_as_without_a_prefilter(text: str) -> None:
    told = _as_told(text)
    every = [
        i
        for i, rule in enumerate(RULES)
        if all(p.search(told) for p in rule.needs)
        and not (rule.unless and rule.unless.search(told))
    ]
    assert first_rule(text) == next(iter(every), None)
    assert sub_event(text) == (RULES[every[0]].sub_event if every else None)
    assert sub_events(text) == list(dict.fromkeys(RULES[i].sub_event for i in every))
