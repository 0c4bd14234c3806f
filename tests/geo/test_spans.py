"""Span rules on documents built by hand (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.geo.spans import known_part

_VOCAB = spacy.blank("en").vocab
_KNOWN = frozenset(["Coast", "Texas", "West Bank", "North", "Oxford"])


def _known(text: str) -> bool:
    return text in _KNOWN


def test_a_direction_before_a_generic_noun_is_kept_whole() -> None:
    doc = Doc(_VOCAB, words=["a", "base", "on", "the", "East", "Coast", "of", "the", "U.S."])
    assert known_part(doc, 4, 6, _known) == (4, 6)  # not 'Coast', a region elsewhere


def test_a_direction_before_a_place_name_still_gives_the_place() -> None:
    doc = Doc(_VOCAB, words=["ranches", "in", "East", "Texas", "burned"])
    assert known_part(doc, 2, 4, _known) == (3, 4)
    doc = Doc(_VOCAB, words=["a", "village", "in", "the", "West", "Bank"])
    assert known_part(doc, 4, 6, _known) == (4, 6)
