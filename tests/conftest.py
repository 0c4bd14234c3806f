"""Shared fixtures. Stage tests build their documents by hand from sentences we wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from sitrep.pipeline.base import Document
from sitrep.pipeline.registry import create
from sitrep.records import Actor, ActorKind, Article, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "nagorno-karabakh-2020-11-01.txt"
SCHEMA = SHARED / "schema" / "report.schema.json"
DATA = SHARED / "data"
SAMPLES = ROOT / "samples" / "articles"


def shared_file(path: Path) -> Path:
    """The path, or skip the test with a clear reason when ../shared does not have it."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path


@pytest.fixture
def seed_text() -> str:
    return shared_file(SEED).read_text(encoding="utf-8")


DocBuilder = Callable[..., Document]


def span_of(text: str, words: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence (from 0) of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def actor_in(text: str, id_: str, name: str, kind: ActorKind, words: str) -> Actor:
    """A hand-made actor mentioned once, by the first ``words`` of ``text``."""
    return Actor(id=id_, name=name, kind=kind, mentions=(span_of(text, words),))


def with_layers(doc: Document, **layers: object) -> Document:
    """Put hand-made layers on a parsed document, in pipeline order ("times", "places", ...)."""
    for name, value in layers.items():
        doc.put(name, value)
    return doc


@pytest.fixture(scope="session")
def make_doc() -> DocBuilder:
    """Build a Document from hand-written text and run the named stages on it, in order.

    ``make_doc(text, published="2020-11-01", stages=("sentences.v1", "times.v1"))``
    """
    cache: dict[str, object] = {}

    def build(
        text: str,
        *,
        published: str | dt.date | None = "2020-11-01",
        stages: Iterable[str] = ("sentences.v1",),
        title: str | None = None,
    ) -> Document:
        date = dt.date.fromisoformat(published) if isinstance(published, str) else published
        doc = Document(Article(id="test", text=text, published=date, title=title))
        for name in stages:
            stage = cache.get(name)
            if stage is None:
                stage = cache[name] = create(name)
            doc.put(stage.provides, stage(doc))  # type: ignore[attr-defined, operator]
        return doc

    return build
