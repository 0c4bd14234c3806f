"""The article and its characters: spans (Python str offsets, end exclusive), the article
itself, and its sentences. A record drawn from text cannot be built without its span."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitrep.errors import RecordError


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``text[start:end]`` of the article (Python str offsets, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise RecordError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise RecordError(f"malformed span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


def _spans(value: Iterable[Span], *, what: str, allow_empty: bool = False) -> tuple[Span, ...]:
    spans = tuple(value)
    if not spans and not allow_empty:
        raise RecordError(f"{what} needs at least one evidence span")
    for s in spans:
        if not isinstance(s, Span):
            raise RecordError(f"{what}: {s!r} is not a Span")
    return spans


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    published_inferred: bool = False
    # Where the article came from (a path, 'stdin', 'file.jsonl:12'), for error messages.
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_inferred": self.published_inferred,
            "text": self.text,
        }

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of the article; ``index`` counts from 0 in reading order."""

    index: int
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.span.to_dict()}
