"""TIMEX3 modifiers the grammar takes into an expression, on sentences we wrote; no spaCy.

Published on Sunday 2020-11-01.
"""

from __future__ import annotations

import datetime as dt

from sitrep.records import Span, TimeExpression
from sitrep.temporal.anchoring import annotate

SUNDAY = dt.date(2020, 11, 1)


def tag(text: str) -> dict[str, TimeExpression]:
    found = annotate(text, sentences=[Span(0, len(text))], published=SUNDAY).expressions
    return {text[t.span.start : t.span.end]: t for t in found}


def test_a_date_hedged_with_around_is_approximate() -> None:
    found = tag("The ceasefire should begin around Nov. 10, officials said.")
    assert (found["around Nov. 10"].value, found["around Nov. 10"].mod) == ("2020-11-10", "APPROX")
    found = tag("Shelling resumed approximately Oct. 27 near the town.")
    assert found["approximately Oct. 27"].mod == "APPROX"


def test_about_before_a_date_stays_a_preposition() -> None:
    found = tag("Reporters asked about Monday's vote.")
    assert "Monday" in found and found["Monday"].mod is None


def test_a_date_left_open_on_one_side_takes_its_open_end() -> None:
    found = tag("The mission will last until 2025 or later.")
    assert (found["2025 or later"].value, found["2025 or later"].mod) == ("2025", "ON_OR_AFTER")
    assert tag("Plans for 2030 and beyond were discussed.")["2030 and beyond"].mod == "ON_OR_AFTER"
    found = tag("The village fell in 2014 or earlier, residents said.")
    assert found["2014 or earlier"].mod == "ON_OR_BEFORE"


def test_or_later_before_a_time_of_its_own_is_left_to_it() -> None:
    found = tag("Troops left on Monday or later that week.")
    assert found["Monday"].mod is None
    found = tag("The attack came in March or before April.")
    assert set(found) == {"March", "April"}


def test_a_season_inside_a_name_is_no_season() -> None:
    assert tag("Protests spread after the Arab Spring toppled rulers.") == {}
    assert tag("Veterans of the Winter War gathered in the capital.") == {}
    assert tag("The rebels' Spring Offensive stalled near the river.") == {}
    assert tag("The group staged Spring of Hope marches.") == {}


def test_a_capitalised_season_alone_or_with_its_year_stays_a_season() -> None:
    assert tag("The offensive stalled in the Spring, officials said.")["the Spring"].value == (
        "2020-SP"
    )
    assert tag("Fighting resumed in Spring 2021.")["Spring 2021"].value == "2021-SP"
    assert tag("Spring rains slowed the convoys.")["Spring"].value == "2020-SP"
