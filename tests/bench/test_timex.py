"""The timex bench's reader and scorer on a tiny TimeML file written here, by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.bench.timex import Scores, report, run_documents, score_document
from sitrep.records import Span, TimeExpression, TimexType
from sitrep.temporal.timeml import read_corpus, read_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-11-01" temporalFunction="false" functionInDocument="CREATION_TIME">2020-11-01</TIMEX3></DCT>
<TEXT>
Shelling hit the town <TIMEX3 tid="t1" type="DATE" value="2020-10-31">Saturday</TIMEX3> &amp; went on for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, officials said <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "sub" / "test1.tml"
    path.parent.mkdir()
    path.write_text(TML, encoding="utf-8")
    return path


def test_reader(tml: Path) -> None:
    doc = read_timeml(tml)
    assert doc.creation_date == dt.date(2020, 11, 1)
    assert [doc.text[t.span.start : t.span.end] for t in doc.timexes] == [
        "Saturday",
        "two days",
        "now",
    ]
    assert "&" in doc.text and "<" not in doc.text
    assert [d.name for d in read_corpus(tml.parent.parent)] == ["test1"]


def test_scorer_counts_strict_relaxed_and_values(tml: Path) -> None:
    doc = read_timeml(tml)
    saturday, days, _ = doc.timexes
    found = (
        TimeExpression(span=saturday.span, type=TimexType.DATE, value="2020-10-31"),
        # "for two days": overlaps, wrong extent, right value
        TimeExpression(
            span=Span(days.span.start - 4, days.span.end), type=TimexType.DURATION, value="P2D"
        ),
        TimeExpression(span=Span(0, 8), type=TimexType.DATE, value="2020"),  # spurious
    )
    scores = Scores()
    score_document("test1", doc.text, doc.timexes, found, scores)
    assert (scores.gold, scores.found, scores.strict, scores.relaxed) == (3, 3, 1, 2)
    assert scores.value_accuracy == 1.0
    assert scores.error_counts() == {"missed": 1, "spurious": 1, "extent": 1}
    text = report(scores, expressions=3, seconds=0.01, examples=1)
    assert "strict" in text and "missed" in text
    only = report(scores, expressions=3, seconds=0.01, examples=1, kinds=("spurious",))
    assert "found '" in only and "gold 'now'" not in only  # the missed "now" has no example


@pytest.mark.slow
def test_bench_end_to_end(tml: Path) -> None:
    scores, expressions, _ = run_documents(read_corpus(tml.parent))
    assert expressions == 3
    assert scores.strict == 3 and scores.value_ok == 3
