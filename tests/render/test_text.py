"""The readable report: every section, claims by speaker, contradictions side by side."""

from __future__ import annotations

import io

import pytest

import sitrep
from sitrep.records import DatePrecision, Report, Span
from sitrep.render.text import as_precise, evidence_line, render_report

pytestmark = pytest.mark.slow

ARTICLE = """Shelling hits border town

KAPAN, Oct 12 (Northwire) - The regional governor said on Sunday that Valley forces shelled the
town of Goris overnight, killing at least four civilians and wounding 11.

The Valley defence ministry denied the allegation and said its troops had not fired at civilian
areas. A hospital official said three civilians had been killed.
"""


@pytest.fixture(scope="module")
def report() -> Report:
    return sitrep.analyze(ARTICLE, published="2020-10-12", title="Shelling hits border town")


def _render(report: Report) -> str:
    out = io.StringIO()
    render_report(report, out=out, color=False, width=160)
    return out.getvalue()


def test_every_section_with_records_is_shown(report: Report) -> None:
    text = _render(report)
    assert "Shelling hits border town" in text
    for title, records in (
        ("Actors", report.actors),
        ("Places", report.places),
        ("Times", report.times),
        ("Claims", report.claims),
        ("Events", report.events),
        ("Casualty reports", report.casualties),
        ("Contradictions", report.contradictions),
    ):
        assert (title in text) == bool(records), title
    assert report.claims and report.casualties


def test_claims_are_grouped_under_their_speaker(report: Report) -> None:
    text = _render(report)
    speakers = {c.speaker for c in report.claims if c.speaker}
    for speaker in speakers:
        actor = report.actor(speaker)
        assert actor is not None
        assert actor.name in text


def test_evidence_line_flattens_line_breaks_and_marks_the_span(report: Report) -> None:
    start = ARTICLE.index("Goris")
    line = evidence_line(report, Span(start, start + len("Goris")))
    plain = line.plain
    assert "\n" not in plain
    assert "the\ntown" not in plain and "the town of Goris" in plain
    assert plain.startswith("“") and plain.endswith("”")
    highlighted = [plain[s.start : s.end] for s in line.spans if "bold" in str(s.style)]
    assert highlighted == ["Goris"]


def test_long_sentences_are_trimmed_around_the_span() -> None:
    long_text = "The monitors said " + "that the road stayed closed, " * 30 + "near Goris."
    report = sitrep.analyze(long_text, published="2020-10-12")
    start = long_text.index("Goris")
    plain = evidence_line(report, Span(start, start + 5)).plain
    assert "Goris" in plain
    assert "…" in plain
    assert len(plain) < 260


def test_unresolved_sources_are_named_by_their_own_words(report: Report) -> None:
    text = _render(report)
    casualties = text[text.index("Casualty reports") :].split("Contradictions")[0]
    reporters = " ".join(
        line.split("│")[1].strip() for line in casualties.splitlines() if line.startswith("│")
    )
    assert "“A hospital official”" in reporters
    assert "the article" not in reporters


def test_an_event_shows_the_site_the_map_could_not_place() -> None:
    from sitrep.render.text import _event_place

    assert _event_place("Kakamega", "Kuvasali village") == "Kakamega (at Kuvasali village)"
    assert _event_place(None, "Kuvasali village") == "Kuvasali village (not on the map)"
    assert _event_place("Kakamega", None) == "Kakamega"
    assert _event_place(None, None) == ""


def test_event_dates_are_written_no_finer_than_known() -> None:
    assert as_precise("2023-01-01", DatePrecision.YEAR) == "2023"
    assert as_precise("2023-04-01", DatePrecision.MONTH) == "2023-04"
    assert as_precise("2020-10-26", DatePrecision.WEEK) == "2020-W44"
    assert as_precise("2020-10-31", DatePrecision.DAY) == "2020-10-31"
    assert as_precise(None, None) == ""
    assert as_precise("2020-W44", None) == "2020-W44"


def test_the_header_counts_speak_english() -> None:
    report = sitrep.analyze("Two soldiers were killed near Kapan on Friday, the army said.")
    text = _render(report)
    assert "1 place ·" in text and "0 contradictions" in text and "1 places" not in text
