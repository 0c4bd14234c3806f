"""The geo bench's corpus reader and scorer, on a tiny file the test writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.bench.geo import MAX_ERROR_KM, Score, is_demonym, read_corpus
from sitrep.errors import InputError
from sitrep.records import Place, Span

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Floods closed roads in Springfield and Dover on Tuesday.]]></text>
    <toponyms>
      <toponym><start>23</start><end>34</end><phrase>Springfield</phrase>
        <gaztag geonameid="4409896"><lat>37.21</lat><lon>-93.29</lon></gaztag></toponym>
      <toponym><start>39</start><end>44</end><phrase>Dover</phrase>
        <gaztag geonameid="4142290"><lat>39.16</lat><lon>-75.52</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS_STYLE = """<articles><article><source>x</source>
<text>A fever outbreak was reported in Lagos.</text>
<locations><location><name>Lagos</name><start>33</start><end>38</end>
<lat>6.45</lat><lon>3.39</lon></location></locations></article></articles>
"""


def test_reads_both_formats(tmp_path: Path) -> None:
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    (art,) = read_corpus(lgl)
    assert [t.name for t in art.toponyms] == ["Springfield", "Dover"]
    assert art.text[art.toponyms[0].start : art.toponyms[0].end] == "Springfield"
    gv = tmp_path / "gv.xml"
    gv.write_text(GEOVIRUS_STYLE, encoding="utf-8")
    (art,) = read_corpus(gv)
    assert art.toponyms[0].lat == pytest.approx(6.45)


def test_bad_corpus_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.xml"):
        read_corpus(bad)


def test_scores(tmp_path: Path) -> None:
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    (art,) = read_corpus(lgl)
    places = [
        Place(id="p1", name="Springfield", mentions=(Span(23, 34),), lat=37.2, lon=-93.3),
        Place(id="p2", name="Tuesday", mentions=(Span(48, 55),), lat=10.0, lon=10.0),
    ]
    score = Score()
    score.add(art.toponyms, places)
    r = score.report()
    assert r["precision"] == pytest.approx(50.0)
    assert r["recall"] == pytest.approx(50.0)
    assert r["acc161"] == pytest.approx(50.0)
    assert score.errors[1] == MAX_ERROR_KM  # Dover was missed
    assert 0 < r["auc"] < 1


def test_offsets_counted_from_one_are_realigned(tmp_path: Path) -> None:
    shifted = GEOVIRUS_STYLE.replace(
        "<start>33</start><end>38</end>", "<start>34</start><end>39</end>"
    )
    gv = tmp_path / "gv.xml"
    gv.write_text(shifted, encoding="utf-8")
    (art,) = read_corpus(gv)
    top = art.toponyms[0]
    assert art.text[top.start : top.end] == "Lagos"


def test_demonym_spans_can_be_left_out_of_the_score(tmp_path: Path) -> None:
    assert is_demonym("Sudanese") and is_demonym("Israeli")
    assert not is_demonym("Sudan") and not is_demonym("Springfield")
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    (art,) = read_corpus(lgl)
    springfield, dover = art.toponyms
    places = [
        Place(id="p1", name="Springfield", mentions=(Span(23, 34),), lat=37.2, lon=-93.3),
        Place(id="p2", name="Dover", mentions=(Span(39, 44),), lat=1.0, lon=1.0),
    ]
    score = Score()
    score.add([springfield], places, ignore=[dover])  # as if "Dover" were a demonym span
    r = score.report()
    assert score.gold == 1 and score.predicted == 1
    assert r["precision"] == pytest.approx(100.0) and r["acc161"] == pytest.approx(100.0)


def test_accuracy_over_recognised_gold_leaves_out_misses(tmp_path: Path) -> None:
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    (art,) = read_corpus(lgl)
    places = [Place(id="p1", name="Springfield", mentions=(Span(23, 34),), lat=37.2, lon=-93.3)]
    score = Score()
    score.add(art.toponyms, places)
    r = score.report()
    assert r["acc161"] == pytest.approx(50.0)
    assert r["acc161_recognised"] == pytest.approx(100.0)
