from __future__ import annotations

from typing import ClassVar

import pytest

from sitrep.errors import GazetteerError, InputError, PipelineError, RecordError
from sitrep.pipeline.base import Document, Parse
from sitrep.pipeline.runner import Pipeline
from sitrep.records import Article, Failure, Report


class _Provides:
    name: ClassVar[str] = "first.v1"
    provides: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> object:
        return None


class _NeedsPlaces:
    name: ClassVar[str] = "needs.v1"
    provides: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("places",)

    def __call__(self, doc: Document) -> tuple[object, ...]:
        return ()


class _Broken:
    name: ClassVar[str] = "broken.v1"
    provides: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> tuple[object, ...]:
        raise RuntimeError("boom")


def test_order_is_checked_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="requires layer 'places'"):
        Pipeline([_Provides(), _NeedsPlaces()])


def test_two_stages_cannot_provide_one_layer() -> None:
    with pytest.raises(PipelineError, match="both provide"):
        Pipeline([_Provides(), _Provides()])


def test_a_failing_stage_becomes_a_failure_and_the_batch_goes_on() -> None:
    pipeline = Pipeline([_Broken()])
    items = [
        Article(id="a", text="One.", origin="a.txt"),
        Article(id="b", text="Two.", origin="b.txt"),
    ]
    results = list(pipeline.analyze_many(items))
    assert all(isinstance(r, Failure) for r in results)
    first = results[0]
    assert isinstance(first, Failure)
    assert first.origin == "a.txt" and first.stage == "broken.v1" and "boom" in first.reason


def test_default_pipeline_starts_with_sentences() -> None:
    assert Pipeline.from_names().stage_names[0] == "sentences.v1"


class _BatchParse:
    name: ClassVar[str] = "batch.v1"
    provides: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ()
    calls: ClassVar[list[int]] = []

    def __call__(self, doc: Document) -> object:
        raise AssertionError("a batched pipeline parses through parse_many")

    def parse_many(self, texts: list[str]) -> list[Parse]:
        self.calls.append(len(texts))
        return [Parse(doc=None, sentences=(), model=t.upper()) for t in texts]  # type: ignore[arg-type]


class _Echo:
    name: ClassVar[str] = "echo.v1"
    provides: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ("parse",)

    def __call__(self, doc: Document) -> tuple[object, ...]:
        if doc.parse.model == "BAD.":
            raise RuntimeError("bad article")
        return ()


def test_batches_keep_input_order_and_failures_in_place() -> None:
    pipeline = Pipeline([_BatchParse(), _Echo()])
    items: list[Article | Failure] = [
        Article(id="a", text="a."),
        Failure(origin="x.txt", reason="unreadable"),
        Article(id="b", text="bad."),
        Article(id="c", text="c."),
    ]
    results = list(pipeline.analyze_many(items, batch_size=2))
    kinds = [
        (type(r).__name__, getattr(r, "article_id", None) or getattr(r, "origin", None))
        for r in results
    ]
    assert [k for k, _ in kinds] == ["Report", "Failure", "Failure", "Report"]
    assert results[2].stage == "echo.v1"  # type: ignore[union-attr]
    assert _BatchParse.calls == [1, 2]


class _Raises:
    """A stage that fails on articles whose text starts with 'bad', with the error given."""

    name: ClassVar[str] = "raises.v1"
    provides: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ()

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __call__(self, doc: Document) -> tuple[object, ...]:
        if doc.text.startswith("bad"):
            raise self.error
        return ()


def _batch() -> list[Article | Failure]:
    return [
        Article(id="a", text="good one.", origin="a.txt"),
        Article(id="b", text="bad one.", origin="b.txt"),
        Article(id="c", text="good two.", origin="c.txt"),
    ]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (RecordError("span 9-4 is empty"), "span 9-4 is empty"),
        (InputError("b.txt", "odd text"), "b.txt: odd text"),
        (KeyError("speaker"), "KeyError: 'speaker'"),
        (ZeroDivisionError(), "ZeroDivisionError"),
    ],
)
def test_any_error_inside_a_stage_is_that_articles_failure_with_the_stage_name(
    error: Exception, reason: str
) -> None:
    results = list(Pipeline([_Raises(error)]).analyze_many(_batch()))
    assert [type(r).__name__ for r in results] == ["Report", "Failure", "Report"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.article_id, failure.stage) == ("b.txt", "b", "raises.v1")
    assert failure.reason == reason


def test_a_missing_gazetteer_stops_the_batch_with_one_error() -> None:
    pipeline = Pipeline([_Raises(GazetteerError("gazetteer file x.txt does not exist"))])
    results = pipeline.analyze_many(_batch())
    assert isinstance(next(results), Report)
    with pytest.raises(GazetteerError, match=r"x\.txt"):
        next(results)
