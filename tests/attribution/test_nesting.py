"""A statement's content ends where a second statement with its own speaker begins."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import words

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Several farmers said the minister had made a good case, while other farmers said "
        "they had heard nothing new.",
        "The mayor said the bridge was safe and engineers said it would need repairs.",
    ],
)
def test_a_side_statement_ends_the_first_content(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    first, second = found
    assert words(text, first.content) in {
        "the minister had made a good case",
        "the bridge was safe",
    }
    assert not first.content.contains(second.cue)


def test_a_reported_claim_stays_inside_the_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The envoy said the army claimed the town had fallen.")
    outer = next(a for a in found if a.lemma == "say")
    assert words(text, outer.content) == "the army claimed the town had fallen"


def test_according_to_at_the_end_is_a_statement_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor said the bridge had fallen, according to the radio.")
    said = next(a for a in found if a.lemma == "say")
    assert words(text, said.content) == "the bridge had fallen"


def test_a_participle_that_speaks_again_ends_the_first_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor argued that the bridge was safe, saying it had been repaired.")
    argued, saying = found
    assert words(text, argued.content) == "that the bridge was safe"
    assert words(text, saying.source) == "The mayor"
