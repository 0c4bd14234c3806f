"""Statement nouns whose content follows a copula, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import CueKind
from sitrep.records import Stance
from tests.attribution.conftest import words

pytestmark = pytest.mark.slow


def test_possessed_response_after_a_copula(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The ministry's response was that the strike hit only military posts.")
    assert a.kind is CueKind.NOUN and a.stance is Stance.ASSERT
    assert words(text, a.source) == "The ministry's" or words(text, a.source) == "The ministry"
    assert words(text, a.content) == "the strike hit only military posts"


def test_an_open_question_is_no_ones_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The question now is whether the corridor will stay open.")
    assert a.source is None and a.impression
    assert words(text, a.content) == "whether the corridor will stay open"


def test_a_noun_that_says_nothing_is_no_cue(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The problem is that the road is closed.")
    assert found == []
