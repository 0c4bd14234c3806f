from __future__ import annotations

import pytest

from sitrep.bench.casualties import gvdb_articles
from sitrep.casualties.totals import article_totals
from sitrep.pipeline.base import Document
from tests.conftest import DATA, DocBuilder, shared_file


@pytest.mark.slow
def test_article_totals_take_the_largest_sentence(make_doc: DocBuilder) -> None:
    from sitrep.casualties.extract import mentions

    doc: Document = make_doc(
        "Two men were shot on Friday night. One of them, a 31-year-old man, died in hospital. "
        "A woman was killed and a boy was wounded in a second shooting."
    )
    totals = article_totals([mentions(s) for s in doc.parse.doc.sents])
    assert (totals.killed, totals.injured) == (1, 1)


@pytest.mark.shared
def test_gvdb_reader_counts_victims() -> None:
    path = shared_file(DATA / "gvdb" / "dev.tsv")
    first = next(gvdb_articles(path))
    assert first.killed >= 0 and first.injured >= 0 and first.text


def test_ucdp_headlines_quoted_and_unquoted() -> None:
    from sitrep.bench.casualties import _headlines

    quoted = {"source_article": '"Wire Agency,2011-03-04,Four killed in market blast"'}
    assert _headlines(quoted) == ["Four killed in market blast"]
    dated = {"source_article": "Wire, 3/4/1999 Two guards killed in raid. Source: Radio X"}
    assert _headlines(dated) == ["Two guards killed in raid."]
    numbered = {"source_article": "(1) Three shot dead at a checkpoint\n4 May 2010\nWire"}
    assert _headlines(numbered) == ["Three shot dead at a checkpoint"]
    assert _headlines({"source_article": "Wire 2010-05-04"}) == []
