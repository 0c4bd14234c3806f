"""Ordinary English words among capitalised names, on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.geo.lexicon import english_adjective, english_word, mere_adjective, ordinary_word
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "ordinary"),
    [
        ("Artillery fire struck the market on Monday.", "Artillery", True),
        ("Heavy rain flooded the valley.", "Heavy", True),
        ("Baku said the talks would go on.", "Baku", False),
        ("Terter came under fire again.", "Terter", False),
        ("The shells fell near Artillery.", "The", False),  # 'the' is no noun or adjective
    ],
)
def test_ordinary_word_in_its_sentence(
    make_doc: DocBuilder, text: str, word: str, ordinary: bool
) -> None:
    doc = make_doc(text).parse.doc
    tok = next(t for t in doc if t.text == word)
    assert ordinary_word(tok) is ordinary


def test_lower_case_words_are_not_asked_about(make_doc: DocBuilder) -> None:
    doc = make_doc("artillery fire struck the market.").parse.doc
    assert ordinary_word(doc[0]) is False


def test_english_word_for_spelling_variants() -> None:
    assert english_word("Artillery")
    assert not english_word("Terter")
    assert not english_word("New York")


def test_adjectives_are_words_and_towns_are_not() -> None:
    assert english_adjective("Federal") and english_adjective("western")
    assert not english_adjective("Gainesville") and not english_adjective("Police")
    assert mere_adjective("Olympic") and not mere_adjective("Pacific")
