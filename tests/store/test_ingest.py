"""Ingest into the store: analyse once, record failures, keep what was written when stopped."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from sitrep.ingest.readers import ArticleDefaults, article_from_text
from sitrep.records import Article, Casualty, Count, Failure, Report, Span
from sitrep.store import SqlStore
from sitrep.store.ingest import IngestSummary, ingest


def _article(text: str, **fields: str) -> Article:
    return article_from_text(text, origin="test", defaults=ArticleDefaults(), **fields)


def _bare(items: Iterable[Article | Failure]) -> Iterator[Report | Failure]:
    """An analyser with no stages: each article becomes a report with empty sections."""
    for item in items:
        yield item if isinstance(item, Failure) else Report(article=item)


ONE = "Ferry service resumes\n\nThe ferry to the island ran again on Monday."
TWO = "Market reopens\n\nTraders returned to the old market on Tuesday."


def test_ingest_counts_and_skips_what_is_stored(store: SqlStore) -> None:
    analysed: list[str] = []

    def counting(items: Iterable[Article | Failure]) -> Iterator[Report | Failure]:
        for result in _bare(items):
            if isinstance(result, Report):
                analysed.append(result.article.id)
            yield result

    first = ingest([_article(ONE), _article(TWO)], store, analyze_many=counting)
    assert (first.added, first.unchanged, first.failed) == (2, 0, 0)
    again = ingest([_article(ONE), _article(TWO)], store, analyze_many=counting)
    assert (again.added, again.unchanged) == (0, 2)
    assert len(analysed) == 2  # stored articles are not analysed again


def test_a_changed_article_at_the_same_url_is_replaced(store: SqlStore) -> None:
    ingest([_article(ONE, url="https://x.example/1")], store, analyze_many=_bare)
    summary = ingest([_article(TWO, url="https://x.example/1")], store, analyze_many=_bare)
    assert summary.replaced == 1 and store.counts()["articles"] == 1


def test_failures_are_recorded_and_the_run_goes_on(store: SqlStore) -> None:
    items: list[Article | Failure] = [Failure(origin="bad.html", reason="no article text")]
    items.append(_article(ONE))
    summary = ingest(items, store, analyze_many=_bare)
    assert summary.added == 1 and [f.origin for f in summary.failures] == ["bad.html"]
    assert [f.reason for f in store.failures()] == ["no article text"]


def test_an_interrupted_run_keeps_what_it_wrote(store: SqlStore) -> None:
    def interrupted(items: Iterable[Article | Failure]) -> Iterator[Report | Failure]:
        for n, result in enumerate(_bare(items)):
            if n == 1:
                raise KeyboardInterrupt
            yield result

    summary = IngestSummary()
    with pytest.raises(KeyboardInterrupt):
        ingest([_article(ONE), _article(TWO)], store, analyze_many=interrupted, summary=summary)
    assert summary.added == 1 and store.counts()["articles"] == 1
    resumed = ingest([_article(ONE), _article(TWO)], store, analyze_many=_bare)
    assert (resumed.unchanged, resumed.added) == (1, 1)


def test_a_report_the_store_refuses_is_that_articles_failure_and_the_run_goes_on(
    store: SqlStore,
) -> None:
    # A figure too large for an integer column, as a garbled number in a text could give.
    huge = "Huge figure\n\nThe agency said 99999999999999999999999 people were displaced."
    start = huge.index("The")

    def with_huge_figure(items: Iterable[Article | Failure]) -> Iterator[Report | Failure]:
        for result in _bare(items):
            if isinstance(result, Report) and result.article.text == huge:
                casualty = Casualty(
                    id="k1",
                    reporter=None,
                    evidence=(Span(start, len(huge)),),
                    missing=Count(value=10**23),
                )
                result = Report(article=result.article, casualties=(casualty,))
            yield result

    summary = ingest([_article(huge), _article(ONE)], store, analyze_many=with_huge_figure)
    assert summary.added == 1 and store.counts()["articles"] == 1
    (failure,) = summary.failures
    assert failure.stage == "store" and failure.reason.startswith("cannot be stored:")
    assert [f.stage for f in store.failures()] == ["store"]


def test_one_id_for_two_texts_in_one_run_keeps_the_first_and_names_the_clash(
    store: SqlStore,
) -> None:
    first = article_from_text(ONE, origin="a.jsonl:1", defaults=ArticleDefaults(), id="1")
    clash = article_from_text(TWO, origin="b.jsonl:1", defaults=ArticleDefaults(), id="1")
    again = article_from_text(ONE, origin="c.jsonl:4", defaults=ArticleDefaults(), id="1")
    summary = ingest([first, clash, again], store, analyze_many=_bare)
    assert (summary.added, summary.unchanged, summary.replaced) == (1, 1, 0)
    (failure,) = summary.failures
    assert failure.origin == "b.jsonl:1"
    assert failure.reason.startswith("id:1 already given to a different text in this run")
    assert "a.jsonl:1" in failure.reason
    # In a later run the same id with a new text is an update, as before.
    later = ingest([clash], store, analyze_many=_bare)
    assert later.replaced == 1
