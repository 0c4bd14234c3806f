"""Quotations signed with a dash and a name, on lines written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import CueKind
from tests.attribution.conftest import words

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "dash", "source"),
    [
        (
            "Residents of the valley told us what they saw.\n\n"
            "“We have nothing left to go back to.” ― Amina Yusuf, 34\n"
            "“The river carried the bridge away in one night.”\xa0― Tomas Berg\n",
            "―",
            "Amina Yusuf",
        ),
        (
            "The candidates in their own words.\n\n"
            '"The shelling did not stop for three days."\n\n'
            "- Brig. Gen. Jane Doe.\n\nMore text here.",
            "-",
            "Brig. Gen. Jane Doe",
        ),
    ],
)
def test_signed_quotation(extract, text: str, dash: str, source: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    signed = [a for a in found if a.kind is CueKind.HEADLINE and words(text, a.cue) == dash]
    assert signed, found
    a = signed[0]
    assert words(text, a.source) == source
    assert a.quoted
    assert words(text, a.content).startswith(("“We have", '"The shelling'))  # type: ignore[union-attr]


def test_every_signed_line_has_its_own_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "“We have nothing left to go back to.” ― Amina Yusuf, 34\n"
        "“The river carried the bridge away in one night.” ― Tomas Berg\n"
    )
    assert [words(text, a.source) for a in found if a.kind is CueKind.HEADLINE] == [
        "Amina Yusuf",
        "Tomas Berg",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A byline after an ordinary paragraph that ends with a quotation.
        'The minister called the plan "a step toward peace."\n\n- Wire Service.\n',
        # The quotation does not open its line.
        'Talks resumed, and the envoy was "hopeful about the outcome." - Staff Writer\n',
        # A dash that goes on with a clause, not a name.
        '"The shelling did not stop for three days." - So he said: “never again.”\n',
    ],
)
def test_no_signature(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    assert [a for a in found if a.kind is CueKind.HEADLINE and "-" in words(text, a.cue)] == []  # type: ignore[operator]
