"""Clause shapes the parse gets wrong, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.clauses import appositive_speaker, misattached_conjunct
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def test_past_verb_coordinated_with_a_perfect_goes_with_the_reporting_verb(
    make_doc: DocBuilder,
) -> None:
    parsed = make_doc(
        "The envoy said the rebels had not crossed the river and described the reports as false."
    ).parse.doc
    described = next(t for t in parsed if t.text == "described")
    crossed = next(t for t in parsed if t.text == "crossed")
    assert misattached_conjunct(described) and not misattached_conjunct(crossed)


def test_speaker_in_apposition(make_doc: DocBuilder) -> None:
    parsed = make_doc(
        "Two farmers were wounded near the village of Dorn, the province's governor said, "
        "and a barn burned down."
    ).parse.doc
    said = next(t for t in parsed if t.text == "said")
    speaker = appositive_speaker(said)
    assert speaker is None or speaker.text == "governor"
