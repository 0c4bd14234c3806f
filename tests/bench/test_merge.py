"""bench merge: the MEANTIME reader and the pair scores, on a document we wrote in its format."""

from __future__ import annotations

from pathlib import Path

from sitrep.bench.merge import Scores, _aligned, meantime_document
from sitrep.records import Event, EventType, Report, Span

DOC = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Ferry_sinks" lang="en" url="">
<token number="0" sentence="0" t_id="1">Ferry</token>
<token number="1" sentence="0" t_id="2">sinks</token>
<token number="2" sentence="1" t_id="3">A</token>
<token number="3" sentence="1" t_id="4">ferry</token>
<token number="4" sentence="1" t_id="5">sank</token>
<token number="5" sentence="1" t_id="6">on</token>
<token number="6" sentence="1" t_id="7">Monday</token>
<token number="7" sentence="1" t_id="8">.</token>
<Markables>
<EVENT_MENTION m_id="10" pred="sink"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="11" pred="sink"><token_anchor t_id="5"/></EVENT_MENTION>
<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2009-03-02">
<token_anchor t_id="7"/></TIMEX3>
<EVENT TAG_DESCRIPTOR="ferry sinks" class="OTHER" instance_id="OTH1" m_id="30"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="30"/></REFERS_TO>
</Relations>
</Document>
"""


def test_a_meantime_document_becomes_text_with_gold_mentions(tmp_path: Path) -> None:
    path = tmp_path / "1_Ferry_sinks.xml"
    path.write_text(DOC, encoding="utf-8")
    doc = meantime_document(path)
    assert doc.article.text == "Ferry sinks\n\nA ferry sank on Monday ."
    assert doc.article.title == "Ferry sinks"
    assert str(doc.article.published) == "2009-03-02"
    assert doc.cross == {"OTH1"}
    spans = sorted((s.text(doc.article.text), gold) for s, gold in doc.mentions)
    assert spans == [("sank", "OTH1"), ("sinks", "OTH1")]
    sank = doc.article.text.index("sank")
    event = Event(id="e1", type=EventType.OTHER, evidence=(Span(sank, sank + 4),))
    report = Report(article=doc.article, events=(event,))
    assert _aligned(report, doc)["e1"][0] == "OTH1"


def test_pair_scores() -> None:
    scores = Scores(predicted=4, correct=3, gold=6, found=3)
    assert (scores.precision, scores.recall) == (0.75, 0.5)
    assert round(scores.f1, 3) == 0.6
    assert "3/4 predicted pairs correct" in scores.line("x")
    assert Scores().f1 == 0.0
