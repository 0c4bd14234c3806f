from __future__ import annotations

import pytest

from sitrep.events.plover import model
from sitrep.records import EventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president threatened to retake the region by force.", EventType.THREATEN),
        ("The opposition rejected the offer outright.", EventType.REJECT),
    ],
)
def test_shipped_model_classifies(text: str, expected: EventType) -> None:
    kind, confidence = model().classify(text)
    assert kind is expected and 0 < confidence <= 1


def test_scores_are_a_distribution() -> None:
    scores = model().scores("no known words zzzz")
    assert abs(sum(scores.values()) - 1) < 1e-6 and len(scores) == 16
