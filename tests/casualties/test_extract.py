"""Casualty mentions in sentences we wrote: who counts, how many, and who does not."""

from __future__ import annotations

import pytest

from sitrep.casualties.extract import Mention, mentions
from sitrep.casualties.totals import article_totals
from sitrep.pipeline.base import Document
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _found(make_doc: DocBuilder, text: str) -> list[list[Mention]]:
    doc: Document = make_doc(text)
    return [mentions(s) for s in doc.parse.doc.sents]


def _figures(make_doc: DocBuilder, text: str) -> list[tuple[str, int]]:
    return [(m.kind, m.count.value) for found in _found(make_doc, text) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt in the blast.", []),
        ("Both were taken to the hospital with minor injuries.", [("injured", 2)]),
        ("A man with a gunshot wound was found near the park.", [("injured", 1)]),
        ("One man was killed and a second was injured.", [("killed", 1), ("injured", 1)]),
        ("Police arrested a suspect in the death of 40-year-old Tom Reed.", [("killed", 1)]),
        ("He walked over, shot him twice and killed him.", [("killed", 1)]),
        ("One of two passengers was killed on the bus.", [("killed", 1)]),
        ("It ended with 14 people dead and 17 more wounded.", [("killed", 14), ("injured", 17)]),
        ("3 killed, 5 wounded in shooting at Lakeside park", [("killed", 3), ("injured", 5)]),
        ("Man shot and killed on the north side | Valley News", [("killed", 1)]),
    ],
)
def test_figures(make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(make_doc, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was shot in the right side of his body.",  # where he was hit, not a dead body
        "It was the most killings since 2009, when 28 were killed.",  # another year's figure
        "It was the first homicide of 2016 in the city.",  # a year is nobody
    ],
)
def test_no_death(make_doc: DocBuilder, text: str) -> None:
    assert "killed" not in {kind for kind, _ in _figures(make_doc, text)}


def test_weak_and_strong_injuries(make_doc: DocBuilder) -> None:
    (found,) = _found(make_doc, "A man with a gunshot wound was found near the park.")
    assert found[0].weak  # carrying a wound says nothing of the outcome yet
    (found,) = _found(make_doc, "3 killed, 5 wounded in shooting at Lakeside park")
    assert not any(m.weak for m in found)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # people first told hurt who die later move to the dead
        ("Two men were wounded in the shooting. The older victim died at the hospital.", 1, 1),
        ("A woman was found with a gunshot wound. She died later at the hospital.", 1, 0),
        # a death the article already counted moves nobody
        (
            "A man was shot and killed and two women were wounded. The man died at the scene.",
            1,
            2,
        ),
        # someone besides the dead: the other man is not one of them
        ("One man was killed. The other man was found with a gunshot wound.", 1, 1),
    ],
)
def test_article_totals(make_doc: DocBuilder, text: str, killed: int, injured: int) -> None:
    totals = article_totals(_found(make_doc, text))
    assert (totals.killed, totals.injured) == (killed, injured)
