"""Clock times and parts of days, on sentences we wrote (no spaCy)."""

from __future__ import annotations

import datetime as dt

from sitrep.temporal.anchoring import annotate

TUESDAY = dt.date(2009, 12, 15)


def values(text: str, published: dt.date | None = TUESDAY) -> dict[str, str]:
    found = annotate(text, published=published).expressions
    return {text[t.span.start : t.span.end]: t.value for t in found}


def test_a_clock_time_in_utc_ends_with_z() -> None:
    assert values("The jet took off at 18:00 UTC and landed at 21:30 GMT.") == {
        "18:00 UTC": "2009-12-15T18:00Z",
        "21:30 GMT": "2009-12-15T21:30Z",
    }
    assert values("The ceasefire began at 9 a.m. GMT Tuesday.") == {
        "9 a.m. GMT Tuesday": "2009-12-15T09:00Z"
    }


def test_a_local_zone_is_part_of_the_expression_but_not_of_the_value() -> None:
    assert values("Polls close at 8 p.m. EST.") == {"8 p.m. EST": "2009-12-15T20:00"}
