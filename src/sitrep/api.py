"""The facade that the CLI, batch jobs and later the web app call. No domain logic of its own."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from sitrep.errors import InputError
from sitrep.ingest import ArticleDefaults, parse_date
from sitrep.ingest.feeds import read_sources
from sitrep.ingest.readers import article_from_exact_text
from sitrep.pipeline.runner import Pipeline
from sitrep.records import Article, Failure, Report

__all__ = ["analyze", "analyze_article", "analyze_many", "default_pipeline", "read_inputs"]


@functools.cache
def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process (stages load their models lazily)."""
    return Pipeline.from_names()


def _date(value: dt.date | str | None) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError("published", f"expected a date or a str, got {type(value).__name__}")
    return parse_date(value, origin="published")


def read_inputs(
    paths: Iterable[str],
    *,
    defaults: ArticleDefaults | None = None,
    kind: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles from files, folders (walked), feed files and ``-`` (standard input), in order.

    Nothing is fetched: a URL becomes a Failure saying so. An input that cannot be read becomes
    a Failure naming it and the reason; the others go on.
    """
    return read_sources(paths, defaults=defaults, fetcher=None, kind=kind, stdin=stdin)


def analyze(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Report:
    """Analyse one article's text. ``published`` anchors relative dates ("on Saturday").

    Raises InputError for empty text, text longer than ``sitrep.ingest.readers.MAX_CHARS``, text
    plainly not in English, or an unreadable date; StageError if a stage fails. The report's
    offsets index ``text`` itself: only control characters are changed (to spaces).
    """
    if not isinstance(text, str):
        raise InputError("text", f"expected a str, got {type(text).__name__}")
    fields: dict[str, str] = {}
    if article_id:
        fields["id"] = article_id
    if url:
        fields["url"] = url
    article = article_from_exact_text(
        text,
        origin=article_id or "text",
        defaults=ArticleDefaults(published=_date(published), source=source, title=title),
        **fields,
    )
    return analyze_article(article, pipeline=pipeline)


def analyze_article(article: Article, *, pipeline: Pipeline | None = None) -> Report:
    return (pipeline or default_pipeline()).analyze(article)


def analyze_many(
    items: Iterable[Article | Failure], *, pipeline: Pipeline | None = None
) -> Iterator[Report | Failure]:
    """Analyse a stream of articles; failures pass through and are added to, never raised."""
    return (pipeline or default_pipeline()).analyze_many(items)
