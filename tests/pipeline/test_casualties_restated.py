"""A headline's figure told in full by the body: linked with ``restates`` and counted once,
read end to end on sentences we wrote."""

from __future__ import annotations

from typing import Any

import pytest

from tests.attribution.conftest import analysed

pytestmark = pytest.mark.slow


def _casualties(text: str) -> list[dict[str, Any]]:
    return list(analysed(text, "2025-05-12")["casualties"])


def test_a_headline_figure_restates_the_body_figure_that_gives_it_with_its_qualifier() -> None:
    text = (
        "Drone strikes kill 12 in border villages, army says\n\n"
        "Drones struck two border villages on Sunday, killing at least 12 people, an army "
        "spokesman said. The rebels said the strikes killed 30 civilians."
    )
    head, lede, rebels = _casualties(text)
    assert head["killed"] == {"value": 12, "qualifier": "exact"}
    assert lede["killed"] == {"value": 12, "qualifier": "at_least"}
    assert head["restates"] == lede["id"]
    assert lede["restates"] is None and rebels["restates"] is None


def test_a_headline_with_no_source_restates_a_sourced_figure() -> None:
    text = (
        "Car bomb kills 18 at market\n\n"
        "A car bomb exploded at a crowded market on Sunday, and 18 people were killed, "
        "police said."
    )
    head, body = _casualties(text)
    assert head["reporter"] is None and body["reporter"] is not None
    assert head["restates"] == body["id"]


def test_a_headline_figure_the_body_does_not_give_restates_nothing() -> None:
    text = (
        "Drone strikes kill 12 in border villages, army says\n\n"
        "Drones struck two border villages on Sunday, killing 20 people, an army spokesman said."
    )
    assert [k["restates"] for k in _casualties(text)] == [None, None]


def test_a_restating_headline_is_not_a_second_side_of_a_contradiction() -> None:
    text = (
        "Militants say 40 killed in attack on army base\n\n"
        "The militants said their attack on the base on Sunday killed 40 people. The army said "
        "nine people were killed in the attack."
    )
    report = analysed(text, "2025-05-12")
    head, militants, army = report["casualties"]
    assert head["restates"] == militants["id"]
    (contradiction,) = report["contradictions"]
    assert contradiction["between"] == [militants["id"], army["id"]]
