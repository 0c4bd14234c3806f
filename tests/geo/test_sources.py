from __future__ import annotations

from sitrep.geo.sources import alternate_names


def test_a_name_with_the_arabic_article_hyphenated_counts_without_it() -> None:
    names = alternate_names(["Al Hudaydah", "El-Hodeidah", "GVA"])
    assert names == ("Al Hudaydah", "El-Hodeidah", "Hodeidah")


def test_the_article_is_not_dropped_before_an_english_word() -> None:
    assert alternate_names(["El-Wadi"]) == ("El-Wadi",)
