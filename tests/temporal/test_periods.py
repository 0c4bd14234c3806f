"""Reporting periods and the stretch the story is at, on sentences we wrote (no spaCy)."""

from __future__ import annotations

import datetime as dt

from sitrep.records import TimeExpression
from sitrep.temporal.anchoring import annotate

SUNDAY = dt.date(2020, 11, 1)


def tag(text: str, published: dt.date | None = SUNDAY) -> dict[str, TimeExpression]:
    found = annotate(text, published=published).expressions
    return {text[t.span.start : t.span.end]: t for t in found}


def test_the_end_of_the_month_is_the_month_the_story_is_at() -> None:
    found = tag("The ministry wants the convoy home by the end of the month.")
    month = found["the end of the month"]
    assert (month.value, month.mod) == ("2020-11", "END")
    week = tag("Aid should arrive at the start of the week.")["the start of the week"]
    assert (week.value, week.mod) == ("2020-W44", "START")
    middle = tag("Prices climbed in the middle of the month.")["the middle of the month"]
    assert (middle.value, middle.mod) == ("2020-11", "MID")
    decade = tag("They hope to rebuild the bridge by the end of the decade.")
    assert decade["the end of the decade"].value == "202"


def test_the_month_follows_the_date_the_story_fixed() -> None:
    found = tag("The siege began on March 3 and lasted until the end of the month.")
    assert found["the end of the month"].value == "2020-03"


def test_later_in_the_day_is_that_day() -> None:
    found = tag("The envoy landed on Friday and met the mayor later in the day.")
    assert found["the day"].value == "2020-10-30"


def test_the_month_alone_or_as_an_idiom_is_no_date() -> None:
    assert tag("At the end of the day, voters decide.") == {}
    assert tag("The month was a hard one for the farmers.") == {}
    assert "the end of the month" not in tag("It was the end of the month of fasting.")
