"""Tense and attachment from spaCy's parse, on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.pipeline.base import Document
from sitrep.records import Span
from sitrep.temporal import attached_time
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow

STAGES = ("sentences.v1", "times.v1")


def _values(doc: Document) -> dict[str, str]:
    return {doc.span_text(t.span): t.value for t in doc.times}


def _time_of(doc: Document, word: str) -> str | None:
    start = doc.text.index(word)
    found = attached_time(doc.timeline, Span(start, start + len(word)), parsed=doc.parse.doc)
    return doc.span_text(found.span) if found else None


def test_verbs_that_look_ahead(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The rebels planned to attack on Thursday. The vote was postponed until Tuesday. "
        "The convoy is scheduled to leave Monday. Compensation is payable Jan. 2.",
        stages=STAGES,
    )
    assert _values(doc) == {
        "Thursday": "2020-11-05",
        "Tuesday": "2020-11-03",
        "Monday": "2020-11-02",
        "Jan. 2": "2021-01-02",
    }
    # A plan that was: "had been due to" looks back.
    doc = make_doc("The truce had been due to expire Friday evening.", stages=STAGES)
    assert _values(doc) == {"Friday evening": "2020-10-30TEV"}


def test_statement_and_event_times_are_told_apart(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Azerbaijan said Sunday that Armenian forces attacked the village on Friday.",
        stages=STAGES,
    )
    assert _time_of(doc, "said") == "Sunday"
    assert _time_of(doc, "attacked") == "Friday"
    doc = make_doc("The attack on Thursday killed four people, officials said.", stages=STAGES)
    assert _time_of(doc, "attack") == "Thursday"
    assert _time_of(doc, "said") is None
    doc = make_doc("Rebels shelled the city, the army said on Monday.", stages=STAGES)
    assert (_time_of(doc, "shelled"), _time_of(doc, "said")) == (None, "Monday")


def test_a_past_event_is_not_put_after_publication(make_doc: DocBuilder) -> None:
    doc = make_doc("The town fell on December 5.", stages=STAGES)
    assert _values(doc) == {"December 5": "XXXX-12-05"}
    doc = make_doc("The town fell on October 5.", stages=STAGES)
    assert _values(doc) == {"October 5": "2020-10-05"}
    # A date that names a deadline, not the past event, may lie ahead.
    doc = make_doc("The rebels rejected the December 5 deadline.", stages=STAGES)
    assert _values(doc) == {"December 5": "2020-12-05"}


def test_the_news_present_of_what_is_scheduled(make_doc: DocBuilder) -> None:
    doc = make_doc("The two foreign ministers meet Monday in Geneva.", stages=STAGES)
    assert _values(doc) == {"Monday": "2020-11-02"}
    # The present of a reporting verb still reports the past.
    doc = make_doc("The ministry says Monday's strike killed four.", stages=STAGES)
    assert _values(doc) == {"Monday": "2020-10-26"}


def test_a_unit_after_a_counted_plural_is_a_rate(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The airline will add 700 seats a week. Aid should arrive within a week.", stages=STAGES
    )
    assert _values(doc) == {"a week": "P1W"}
    (t,) = doc.times
    assert doc.text[t.span.start - 7 : t.span.start] == "within "


def test_an_ordinal_or_a_fraction_is_no_unit_of_time(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "A second convoy was shelled. Rebels hold more than a quarter of the province."
        " The guns fell silent for a second.",
        stages=STAGES,
    )
    assert _values(doc) == {"a second": "PT1S"}


def test_arrangements_and_be_to_look_ahead(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The bank announced an agreement to acquire the lender in January. "
        "Trading is to resume in Paris Tuesday.",
        stages=STAGES,
    )
    assert _values(doc) == {"January": "2021-01", "Tuesday": "2020-11-03"}


def test_arrangements_still_to_come(make_doc: DocBuilder) -> None:
    # Published on Sunday 1 November 2020.
    doc = make_doc("Talks are set for Monday. The ministers are meeting on Tuesday.", stages=STAGES)
    assert _values(doc) == {"Monday": "2020-11-02", "Tuesday": "2020-11-03"}
    # A plan told as past is no arrangement still to come.
    doc = make_doc("A rally planned for Saturday was called off.", stages=STAGES)
    assert _values(doc) == {"Saturday": "2020-10-31"}


def test_a_year_after_the_names_a_year_not_a_count(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Veterans of the 2008 protests marched again. The city counted 1994 cars at the border.",
        stages=STAGES,
    )
    assert _values(doc) == {"2008": "2008"}


def test_an_attempt_that_failed_is_past(make_doc: DocBuilder) -> None:
    # Published on Sunday 1 November 2020: "could" with a negation tells what did not happen.
    doc = make_doc(
        "The governor could not be reached Thursday. Neither brother could be found Friday."
        " The talks could resume Tuesday.",
        stages=STAGES,
    )
    assert _values(doc) == {
        "Thursday": "2020-10-29",
        "Friday": "2020-10-30",
        "Tuesday": "2020-11-03",
    }
    # A limit still ahead is no failed attempt.
    doc = make_doc("Aid convoys could not move before Thursday.", stages=STAGES)
    assert _values(doc) == {"Thursday": "2020-11-05"}


def test_would_counts_from_the_day_of_the_telling(make_doc: DocBuilder) -> None:
    # Published on Sunday 1 November 2020.
    doc = make_doc(
        "The ministry said on Monday that it would lift the siege by Friday.", stages=STAGES
    )
    assert _values(doc) == {"Monday": "2020-10-26", "Friday": "2020-10-30"}


def test_a_participle_takes_the_tense_of_its_clause(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The airline said two ferries would sail from Monday, the third one leaving from"
        " March 2. Observers counted the ballots issued October 3.",
        stages=STAGES,
    )
    values = _values(doc)
    assert values["March 2"] == "2021-03-02"
    # A past participle that tells what was done to its noun keeps to the past.
    assert values["October 3"] == "2020-10-03"


def test_a_deadline_extended_through_a_month_lies_ahead(make_doc: DocBuilder) -> None:
    doc = make_doc("The ministry has extended the curfew through February.", stages=STAGES)
    assert _values(doc) == {"February": "2021-02"}


def test_a_curfew_lifted_in_the_past_was_lifted_on_one_morning(make_doc: DocBuilder) -> None:
    doc = make_doc("The curfew was lifted at 6 a.m., officials said on Sunday.", stages=STAGES)
    assert _values(doc)["6 a.m."] == "2020-11-01T06:00"
    doc = make_doc("A curfew is in force from 6 p.m. until further notice.", stages=STAGES)
    assert _values(doc)["6 p.m."] == "XXXX-XX-XXT18:00"


def test_frequency_words_that_are_no_set_of_times(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Crowds gather daily at the gate, and the mayor holds a weekly briefing in his daily"
        " routine. The firm raised its quarterly dividend and declared an initial quarterly of"
        " ten cents. Output should grow 6% annually, about 4,000 tonnes annually. The party"
        " daily Pravda printed the decree.",
        stages=STAGES,
    )
    found = [(doc.span_text(t.span), t.value) for t in doc.times]
    assert found == [("daily", "P1D"), ("weekly", "P1W"), ("daily", "P1D")]


def test_a_quarter_without_its_year_takes_the_side_the_tense_gives(make_doc: DocBuilder) -> None:
    # Written in January: the fourth quarter that profits fell in is last year's.
    doc = make_doc(
        "The airline said profits fell in the fourth quarter.",
        published="2021-01-20",
        stages=STAGES,
    )
    assert _values(doc) == {"the fourth quarter": "2020-Q4"}
    doc = make_doc(
        "The airline said profits fell in the first quarter.", published="2021-01-20", stages=STAGES
    )
    assert _values(doc) == {"the first quarter": "2021-Q1"}
    # Written in November: a first quarter to come is next year's; a third quarter to be
    # reported is the one just ended.
    doc = make_doc("Output will recover in the first quarter.", stages=STAGES)
    assert _values(doc) == {"the first quarter": "2021-Q1"}
    doc = make_doc("The mine will report on the third quarter.", stages=STAGES)
    assert _values(doc) == {"the third quarter": "2020-Q3"}
