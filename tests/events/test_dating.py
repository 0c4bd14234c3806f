"""Event dates from attached times and framing dates, on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.pipeline.base import Document
from sitrep.pipeline.events import EventsStage
from sitrep.records import DatePrecision, Event
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _dates(make_doc: DocBuilder, text: str) -> dict[str, str | None]:
    """Each event's trigger word and date, the text analysed as published on 6 March 2021."""
    doc: Document = make_doc(text, published="2021-03-06", stages=("sentences.v1", "times.v1"))
    for layer in ("places", "actors", "claims"):
        doc.put(layer, ())
    events: tuple[Event, ...] = EventsStage()(doc)
    out = {}
    for e in events:
        assert e.trigger is not None
        out[doc.text[e.trigger.start : e.trigger.end]] = e.date
    return out


def test_an_opening_date_frames_its_sentence(make_doc: DocBuilder) -> None:
    # 'attack' hangs from 'in', which no time expression is attached to
    text = "On 2 March 2021, two guards were wounded in an attack on a police post in Kelso."
    assert set(_dates(make_doc, text).values()) == {"2021-03-02"}


def test_a_frame_carries_on_through_its_paragraph(make_doc: DocBuilder) -> None:
    text = (
        "Around 1 March 2021 (as reported), militiamen attacked the market of Dorran. "
        "Shots were fired during the attack and shops were looted.\n\n"
        "Troops shelled the hills."
    )
    dates = _dates(make_doc, text)
    assert dates["attacked"] == dates["fired"] == dates["looted"] == "2021-03-01"
    assert dates["shelled"] is None


def test_a_date_alone_on_its_line_frames_the_next_sentence(make_doc: DocBuilder) -> None:
    assert _dates(make_doc, "3 March. Two traders were shot dead in Kelso.") == {
        "shot": "2021-03-03"
    }
    assert _dates(make_doc, "Looting: 4 March: rioters burned a bank.")["burned"] == "2021-03-04"


def test_reported_speech_takes_the_statements_frame_not_the_pluperfect(
    make_doc: DocBuilder,
) -> None:
    # as ACLED dates what a source reports, when nothing closer dates it
    dates = _dates(make_doc, "On 2 March, police said that gunmen shot a farmer.")
    assert dates["shot"] == "2021-03-02"
    dates = _dates(
        make_doc, "On 2 March, troops clashed with rebels. The rebels had ambushed a convoy."
    )
    assert dates["clashed"] == "2021-03-02" and dates["ambushed"] is None


def test_an_attached_time_wins_over_the_frame(make_doc: DocBuilder) -> None:
    doc: Document = make_doc(
        "On 3 March, rebels shelled Kelso. They had been freed on 1 March.",
        published="2021-03-06",
        stages=("sentences.v1", "times.v1"),
    )
    for layer in ("places", "actors", "claims"):
        doc.put(layer, ())
    (shelled, *_) = EventsStage()(doc)
    assert (shelled.date, shelled.date_precision) == ("2021-03-03", DatePrecision.DAY)


def test_an_abbreviated_opening_date_and_a_purpose_are_dated(make_doc: DocBuilder) -> None:
    assert _dates(make_doc, "4 Mar. Rioters burned a bank.")["burned"] == "2021-03-04"
    dates = _dates(make_doc, "Police fired tear gas on Tuesday to disperse the crowd.")
    assert dates["disperse"] == "2021-03-02"


def test_a_date_hung_in_the_subject_before_the_verb_dates_it(make_doc: DocBuilder) -> None:
    dates = _dates(make_doc, "Villagers of Kelso on Tuesday night lynched a thief.")
    assert dates["lynched"] == "2021-03-02"
    dates = _dates(make_doc, "Farmers who were robbed on Monday burned a depot.")
    assert dates.get("burned") is None


def test_a_label_line_during_and_a_split_passive_share_the_date(make_doc: DocBuilder) -> None:
    dates = _dates(make_doc, "Arson:\nOn 3 March 2021, rioters burned a depot.")
    assert set(dates.values()) == {"2021-03-03"}
    dates = _dates(make_doc, "Ten people were hurt on Tuesday during a protest over land.")
    assert dates["protest"] == "2021-03-02"
    assert _dates(make_doc, "A trader was on Tuesday shot dead.")["shot"] == "2021-03-02"


def test_a_date_line_frames_the_next_sentence_and_on_needs_no_comma(
    make_doc: DocBuilder,
) -> None:
    text = "Alert: 4 March. Police warned traders ahead of the fair that opens on 20 March."
    assert _dates(make_doc, text)["warned"] == "2021-03-04"
    assert _dates(make_doc, "On 3 March 2021 rebels burned a depot.")["burned"] == "2021-03-03"


def test_a_report_made_or_not_is_dated_by_the_sentences_frame(make_doc: DocBuilder) -> None:
    text = "On 2 March 2021, in Kelso, it was reported that a shoot-out took place in the market."
    assert _dates(make_doc, text)["shoot-out"] == "2021-03-02"
    text = "On 2 March 2021, in Kelso, the police reported that gunmen shot a farmer."
    assert _dates(make_doc, text)["shot"] == "2021-03-02"


def test_a_report_date_opening_a_note_frames_it(make_doc: DocBuilder) -> None:
    # no one makes the report: the note's own news, dated by the day it was reported
    dates = _dates(make_doc, "As reported on 2 March 2021, gunmen raided a clinic in Kelso.")
    assert dates["raided"] == "2021-03-02"
    dates = _dates(make_doc, "Reported on 3 March 2021, a bomb wounded two soldiers near Dorran.")
    assert set(dates.values()) == {"2021-03-03"}


def test_acts_told_together_share_the_time_after_the_last(make_doc: DocBuilder) -> None:
    dates = _dates(make_doc, "Gunmen attacked the village and burned dozens of houses on Thursday.")
    assert dates["attacked"] == dates["burned"] == "2021-03-04"


def test_a_frame_on_or_before_a_day_or_on_its_evening(make_doc: DocBuilder) -> None:
    dates = _dates(make_doc, "On or before 2 March 2021, bandits raided a farm near Kelso.")
    assert dates["raided"] == "2021-03-02"
    dates = _dates(make_doc, "On the evening of 3 March 2021 gunmen shot a trader in Dorran.")
    assert dates["shot"] == "2021-03-03"


def test_a_time_told_as_hours_or_on_the_act_named(make_doc: DocBuilder) -> None:
    # 'during the morning hours': the expression is 'the morning', a modifier of 'hours'
    dates = _dates(make_doc, "Gunmen attacked a police camp during the morning hours.")
    assert dates["attacked"] == "2021-03-06"
    dates = _dates(make_doc, "A herder was killed in Thursday night clashes near Kelso.")
    assert dates["killed"] == "2021-03-04"
