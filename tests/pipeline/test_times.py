"""The times stage on sentences we wrote, and on the seed article when ../shared has it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import TimeExpression, TimexType
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow

STAGES = ("sentences.v1", "times.v1")


def _times(
    make_doc: DocBuilder, text: str, published: str | None = "2020-11-01"
) -> dict[str, TimeExpression]:
    doc = make_doc(text, published=published, stages=STAGES)
    return {doc.span_text(t.span): t for t in doc.times}


def test_stage_contract(make_doc: DocBuilder) -> None:
    doc = make_doc("Talks resumed on Friday.", stages=STAGES)
    assert doc.timeline.published == dt.date(2020, 11, 1)
    assert not doc.timeline.inferred
    (t,) = doc.times
    assert doc.span_text(t.span) == "Friday"
    assert (t.type, t.value, t.id) == (TimexType.DATE, "2020-10-30", "t1")


def test_seed_article(make_doc: DocBuilder, seed_text: str) -> None:
    doc = make_doc(seed_text, published="2020-11-01", stages=STAGES)
    by_text: dict[str, list[TimeExpression]] = {}
    for t in doc.times:
        by_text.setdefault(doc.span_text(t.span), []).append(t)

    def values(words: str) -> set[str]:
        return {t.value for t in by_text[words]}

    assert values("Sunday") == {"2020-11-01"}
    assert values("Saturday") == {"2020-10-31"}
    assert values("Friday") == {"2020-10-30"}
    assert values("Thursday") == {"2020-10-29"}
    assert values("September 27") == {"2020-09-27"}
    assert values("1994") == {"1994"}
    (overnight,) = by_text["overnight"]
    assert (overnight.type, overnight.value) == (TimexType.TIME, "2020-11-01TNI")
    morning = next(t for words, ts in by_text.items() for t in ts if words.endswith("morning"))
    assert morning.value == "2020-11-01TMO"
    (years,) = by_text["more than 25 years"]
    assert (years.type, years.value, years.mod) == (TimexType.DURATION, "P25Y", "MORE_THAN")
    # Counts are not years.
    assert not any(w in by_text for w in ("1,166", "5,000", "400", "91"))


def test_weekdays_follow_the_tense(make_doc: DocBuilder) -> None:
    found = _times(make_doc, "The ministers met on Friday and will meet again on Thursday.")
    assert found["Friday"].value == "2020-10-30"
    assert found["Thursday"].value == "2020-11-05"


def test_a_range_still_to_come_ends_after_it_starts(make_doc: DocBuilder) -> None:
    # Read on Wednesday 4 November: "Wednesday" alone would be today, "Monday" the one after.
    found = _times(make_doc, "The talks will run from Monday to Wednesday.", "2020-11-04")
    assert (found["Monday"].value, found["Wednesday"].value) == ("2020-11-09", "2020-11-11")
    found = _times(make_doc, "Talks were held between Sunday and Friday.")
    assert (found["Sunday"].value, found["Friday"].value) == ("2020-10-25", "2020-10-30")


def test_a_count_is_not_a_year(make_doc: DocBuilder) -> None:
    found = _times(make_doc, "The factory built 1994 cars in 1994.")
    assert [(w, t.value) for w, t in found.items()] == [("1994", "1994")]
    (t,) = found.values()
    assert t.span.start > 20


def test_publication_date_inferred_when_none_given(make_doc: DocBuilder) -> None:
    text = "YEREVAN, Oct 30, 2020 (AP) - Shelling resumed on Thursday."
    doc = make_doc(text, published=None, stages=STAGES)
    timeline = doc.timeline
    assert (timeline.published, timeline.inferred) == (dt.date(2020, 10, 30), True)
    assert timeline.confidence is not None and timeline.evidence is not None
    assert doc.reference_date == dt.date(2020, 10, 30)
    assert doc.times[-1].value == "2020-10-29"


def test_no_date_no_guess(make_doc: DocBuilder) -> None:
    doc = make_doc("Shelling resumed on Thursday.", published=None, stages=STAGES)
    assert doc.timeline.published is None
    assert [t.value for t in doc.times] == ["XXXX-WXX-4"]


def test_a_clock_time_paragraphs_on_is_the_storys_day_in_the_past_only(
    make_doc: DocBuilder,
) -> None:
    story = (
        "Drones hit a wedding party late on Friday, villagers said.\n\n"
        "The army said it had struck a column of fighters. It gave no figures.\n\n"
        "A local official said the drones struck shortly after 10 p.m. "
        "The main road is closed from 8 p.m., the police say. "
        "A curfew is in force from 9 p.m. until further notice."
    )
    found = {t.value for t in _times(make_doc, story).values()}
    # a curfew's hour is every night's (tests/temporal/test_guidelines.py)
    assert {"2020-10-30T22:00", "2020-11-01T20:00", "XXXX-XX-XXT21:00"} <= found


def test_a_clock_time_in_the_future_takes_a_day_to_come_only(make_doc: DocBuilder) -> None:
    found = _times(
        make_doc,
        "Fighting broke out on Friday. Officials will meet at 10 a.m. "
        "Talks will resume on Tuesday. They will start at 9 a.m.",
    )
    assert found["10 a.m."].value == "2020-11-01T10:00"
    assert found["9 a.m."].value == "2020-11-03T09:00"
