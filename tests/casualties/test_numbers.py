from __future__ import annotations

import pytest

from sitrep.casualties.numbers import (
    Figure,
    count_of,
    is_number_word,
    qualifier_before,
    read_number,
)
from sitrep.records import Count, Qualifier


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["1,166"], Figure(1166)),
        (["45"], Figure(45)),
        (["three"], Figure(3)),
        (["a", "dozen"], Figure(12)),
        (["two", "dozen"], Figure(24)),
        (["twenty-one"], Figure(21)),
        (["one", "hundred", "and", "twenty"], Figure(120)),
        (["1.2", "million"], Figure(1_200_000)),
        (["dozens"], Figure(12, 99)),
        (["hundreds"], Figure(100, 999)),
        (["thousands"], Figure(1000, 9999)),
        (["tens", "of", "thousands"], Figure(10_000, 99_999)),
        (["several"], Figure(3, 9)),
        (["several", "hundred"], Figure(300, 900)),
    ],
)
def test_read_number(words: list[str], expected: Figure) -> None:
    assert read_number(words) == expected


@pytest.mark.parametrize("words", [["km"], ["September"], []])
def test_not_a_number(words: list[str]) -> None:
    assert read_number(words) is None


def test_number_words() -> None:
    assert is_number_word("1,166") and is_number_word("twelve") and is_number_word("hundreds")
    assert not is_number_word("a") and not is_number_word("troops")
    assert is_number_word("tens")  # 'tens of thousands'


@pytest.mark.parametrize(
    ("before", "qualifier", "width"),
    [
        (["killed", "at", "least"], Qualifier.AT_LEAST, 2),
        (["nearing"], Qualifier.NEARLY, 1),
        (["more", "than"], Qualifier.MORE_THAN, 2),
        (["as", "many", "as"], Qualifier.AT_MOST, 3),
        (["an", "estimated"], Qualifier.ABOUT, 2),
        (["was", "closer", "to"], Qualifier.ABOUT, 2),
    ],
)
def test_qualifier_before(before: list[str], qualifier: Qualifier, width: int) -> None:
    assert qualifier_before(before) == (qualifier, width)


def test_ranges_are_about_and_keep_their_top() -> None:
    assert count_of(Figure(100, 999), None) == Count(value=100, qualifier=Qualifier.ABOUT, high=999)
    assert count_of(Figure(91), Qualifier.AT_LEAST) == Count(value=91, qualifier=Qualifier.AT_LEAST)


def test_no_figure_of_people_past_a_billion() -> None:
    from sitrep.casualties.numbers import read_number

    assert read_number(["99999999999999999999999999999999999"]) is None  # no invented digits
    assert read_number(["20", "billion"]) is None
    assert read_number(["999,000,000"]) is not None
