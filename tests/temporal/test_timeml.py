"""Reading MEANTIME's CAT XML, on a small document written here, by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep.records import TimexType
from sitrep.temporal.timeml import read_cat, read_corpus

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Truce" lang="en">
<token number="0" sentence="0" t_id="1">Truce</token>
<token number="1" sentence="0" t_id="2">holds</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2020</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">truce</token>
<token number="8" sentence="2" t_id="9">held</token>
<token number="9" sentence="2" t_id="10">for</token>
<token number="10" sentence="2" t_id="11">two</token>
<token number="11" sentence="2" t_id="12">days</token>
<token number="12" sentence="2" t_id="13">(</token>
<token number="13" sentence="2" t_id="14">officials</token>
<token number="14" sentence="2" t_id="15">'</token>
<token number="15" sentence="2" t_id="16">count</token>
<token number="16" sentence="2" t_id="17">)</token>
<token number="17" sentence="2" t_id="18">.</token>
<token number="18" sentence="3" t_id="19">Unannotated</token>
<token number="19" sentence="3" t_id="20">today</token>
<token number="20" sentence="3" t_id="21">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2020-05-02">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DURATION" value="P2D">
<token_anchor t_id="11"/><token_anchor t_id="12"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2020-05-04" functionInDocument="NONE" m_id="3" type="DATE" value="2020-05-04"/>
</Markables>
</Document>
"""


def test_cat_document(tmp_path: Path) -> None:
    path = tmp_path / "1_Truce.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    # Tokens joined back into lines; the text ends with the last annotated sentence.
    assert doc.text == "Truce holds\nMay 2, 2020\nThe truce held for two days (officials' count)."
    assert doc.creation_date == dt.date(2020, 5, 2)
    assert [(doc.text[t.span.start : t.span.end], t.type, t.value) for t in doc.timexes] == [
        ("May 2, 2020", TimexType.DATE, "2020-05-02"),
        ("two days", TimexType.DURATION, "P2D"),
    ]
    assert [d.name for d in read_corpus(tmp_path)] == ["1_Truce"]
