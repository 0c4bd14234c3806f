"""The corpus store's interface: what ingest writes and the query commands read.

Every backend (SQLite, PostgreSQL) answers the same contract, tested by one suite
(``tests/store``). Writes go through :meth:`Store.put` and :meth:`Store.record_failure` only,
each in its own transaction, so an interrupted ingest keeps every article already written and
never leaves half of one.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitrep.records import Article, Failure, Report


class Outcome(enum.StrEnum):
    """What storing one article did."""

    ADDED = "added"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRef:
    """The article a stored record came from."""

    content_hash: str
    article_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "content_hash": self.content_hash,
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One stored record: its report-1 JSON (``data``), the names it refers to resolved
    (``fields``: place name, actor names, figures ...), the words it rests on and its article."""

    kind: str
    article: ArticleRef
    record_id: str | None
    data: dict[str, Any]
    fields: dict[str, Any] = field(default_factory=dict)
    quote: str | None = None

    def flat(self) -> dict[str, Any]:
        """One flat row for CSV: the resolved fields, the quote, then the article."""
        row: dict[str, Any] = {"id": self.record_id, **self.fields, "quote": self.quote}
        for key, value in self.article.to_dict().items():
            row[key if key.startswith("article_") else f"article_{key}"] = value
        return row

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "record": self.data,
            "fields": self.fields,
            "quote": self.quote,
            "article": self.article.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """A full-text search match: an article's text or a claim."""

    kind: str
    article: ArticleRef
    record_id: str | None
    snippet: str
    rank: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "record_id": self.record_id,
            "snippet": self.snippet,
            "rank": self.rank,
            "article": self.article.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredFailure:
    origin: str
    reason: str
    at: dt.datetime
    stage: str | None = None
    article_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "reason": self.reason,
            "stage": self.stage,
            "article_id": self.article_id,
            "at": self.at.isoformat(),
        }


class Store(Protocol):
    """The corpus: analysed articles, their records, and the articles that failed."""

    @property
    def location(self) -> str:
        """Where the store lives, for messages (no password)."""
        ...

    # --- writing (the one writer) ---
    def status(self, article: Article) -> Outcome:
        """What :meth:`put` would do with this article, without analysing it first."""
        ...

    def put(self, report: Report) -> Outcome:
        """Store one article's analysis in one transaction; idempotent by content."""
        ...

    def record_failure(self, failure: Failure) -> None: ...

    # --- reading ---
    def counts(self) -> dict[str, int]: ...

    def articles(self) -> Iterator[ArticleRef]: ...

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        type: str | None = None,
        actor: str | None = None,
        limit: int | None = None,
    ) -> list[Found]: ...

    def claims(
        self,
        *,
        speaker: str | None = None,
        stance: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]: ...

    def casualties(
        self,
        *,
        side: str | None = None,
        group: str | None = None,
        figure: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]: ...

    def contradictions(
        self,
        *,
        kind: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]: ...

    def search(self, text: str, *, kind: str | None = None, limit: int = 20) -> list[Hit]: ...

    def failures(self, *, limit: int | None = None) -> list[StoredFailure]: ...

    def close(self) -> None: ...
