"""The pipeline runner: builds an ordered list of stages, checks it, runs it over articles."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sitrep import __version__
from sitrep.errors import (
    GazetteerError,
    ModelNotFoundError,
    PipelineError,
    SitrepError,
    StageError,
)
from sitrep.pipeline import registry
from sitrep.pipeline.base import Document, Parse, Stage
from sitrep.records import Article, Failure, Report

# Errors of the installation, not of one article: no article could be analysed, so they stop a
# batch with one message instead of becoming one identical failure per article.
SETUP_ERRORS = (ModelNotFoundError, GazetteerError, PipelineError)


class Pipeline:
    """An ordered, checked list of stages.

    The check happens here, when the pipeline is built: every layer a stage requires must be
    provided by an earlier stage, and no two stages may provide the same layer.
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        provided: dict[str, str] = {}
        for stage in stages:
            for need in stage.requires:
                if need not in provided:
                    raise PipelineError(
                        f"stage {stage.name} requires layer {need!r}, which no earlier stage "
                        f"provides (earlier: {', '.join(provided.values()) or 'none'})"
                    )
            if stage.provides in provided:
                raise PipelineError(
                    f"stages {provided[stage.provides]} and {stage.name} both provide "
                    f"{stage.provides!r}"
                )
            provided[stage.provides] = stage.name
        self.stages: tuple[Stage, ...] = tuple(stages)
        # Default stages left out because they are not built yet, and why (shown in report meta).
        self.skipped: tuple[str, ...] = ()

    @classmethod
    def from_names(cls, names: Iterable[str] | None = None) -> Pipeline:
        """Build from registered names.

        With explicit names, every one must exist and the order must hold. By default, every
        built-in stage that is installed and whose required layers an earlier stage provides:
        a stage not built yet leaves its section present and empty, and the others still run.
        """
        if names is not None:
            return cls([registry.create(n) for n in names])
        stages: list[Stage] = []
        provided: set[str] = set()
        skipped: list[str] = []
        for name in registry.DEFAULT_PIPELINE:
            if not registry.is_available(name):
                skipped.append(f"{name} (not installed)")
                continue
            stage = registry.create(name)
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                skipped.append(f"{name} (needs {', '.join(missing)})")
                continue
            stages.append(stage)
            provided.add(stage.provides)
        pipeline = cls(stages)
        pipeline.skipped = tuple(skipped)
        return pipeline

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def analyze(self, article: Article, *, prepared: Mapping[str, Any] | None = None) -> Report:
        """Run every stage on one article. Raises StageError naming the stage that failed
        (whatever the stage raised, sitrep's own errors included); a missing model or gazetteer
        (:data:`SETUP_ERRORS`) is raised as it is.

        ``prepared`` holds layers already computed for this article (the batched parse of
        :meth:`analyze_many`); the stages that provide them are not run again.
        """
        doc = Document(article)
        timings: dict[str, float] = {}
        for stage in self.stages:
            if prepared and stage.provides in prepared:
                doc.put(stage.provides, prepared[stage.provides])
                continue
            t0 = time.perf_counter()
            try:
                result = stage(doc)
            except SETUP_ERRORS:
                raise
            except Exception as exc:  # a stage bug must name the article and stage, not vanish
                raise StageError(stage.name, article.id, exc) from exc
            doc.put(stage.provides, result)
            timings[stage.name] = round(time.perf_counter() - t0, 4)
        return self._report(doc, timings)

    def analyze_many(
        self, articles: Iterable[Article | Failure], *, batch_size: int = 16
    ) -> Iterator[Report | Failure]:
        """Analyse a stream; an article that fails becomes a Failure and the stream goes on.

        Only :data:`SETUP_ERRORS` (no model, no gazetteer) and KeyboardInterrupt stop it: they
        are about the installation or the user, not about one article.

        When the first stage can parse many texts at once (spaCy's ``nlp.pipe``), articles are
        parsed in batches of ``batch_size``, then each goes through the other stages; results
        come out in input order, batch by batch.
        """
        first = self.stages[0] if self.stages else None
        parse_many: Callable[[list[str]], Iterable[Any]] | None = getattr(first, "parse_many", None)
        if first is None or parse_many is None or batch_size <= 1:
            for item in articles:
                yield item if isinstance(item, Failure) else self._analyze_or_fail(item)
            return
        iterator = iter(articles)
        while chunk := list(itertools.islice(iterator, batch_size)):
            texts = [item.text for item in chunk if isinstance(item, Article)]
            t0 = time.perf_counter()
            try:
                parses: list[Any] | None = list(parse_many(texts))
            except Exception:  # noqa: BLE001  a bad text in the batch: parse one by one instead
                parses = None
            share = round((time.perf_counter() - t0) / max(len(texts), 1), 4)
            position = 0
            for item in chunk:
                if isinstance(item, Failure):
                    yield item
                    continue
                prepared = None if parses is None else {first.provides: parses[position]}
                position += 1
                yield self._analyze_or_fail(
                    item, prepared=prepared, seconds={first.name: share} if prepared else None
                )

    def _analyze_or_fail(
        self,
        item: Article,
        *,
        prepared: Mapping[str, Any] | None = None,
        seconds: dict[str, float] | None = None,
    ) -> Report | Failure:
        origin = item.origin or item.id
        try:
            report = self.analyze(item, prepared=prepared)
        except SETUP_ERRORS:
            raise
        except StageError as exc:
            return Failure(
                origin=origin,
                reason=_reason(exc.__cause__ or exc),
                article_id=item.id,
                stage=exc.stage,
            )
        except SitrepError as exc:
            return Failure(origin=origin, reason=str(exc), article_id=item.id)
        except Exception as exc:  # noqa: BLE001  assembling the report: still this article's failure
            return Failure(
                origin=origin, reason=f"building the report: {_reason(exc)}", article_id=item.id
            )
        if seconds:
            report.meta["seconds"].update(seconds)
        return report

    def _report(self, doc: Document, timings: dict[str, float]) -> Report:
        parse: Parse | None = doc.parse if doc.has("parse") else None
        meta = {
            "sitrep": __version__,
            "pipeline": list(self.stage_names),
            "skipped": list(self.skipped),
            "model": parse.model if parse else None,
            "seconds": timings,
        }
        article = doc.article
        if article.published is None and doc.has("times") and doc.timeline.inferred:
            article = replace(article, published=doc.timeline.published, published_inferred=True)
        return Report(
            article=article,
            sentences=parse.sentences if parse else (),
            actors=doc.layer_or_empty("actors"),
            places=doc.layer_or_empty("places"),
            times=doc.layer_or_empty("times"),
            claims=doc.layer_or_empty("claims"),
            events=doc.layer_or_empty("events"),
            casualties=doc.layer_or_empty("casualties"),
            contradictions=doc.layer_or_empty("contradictions"),
            meta=meta,
        )


def _reason(exc: BaseException) -> str:
    """What went wrong, readable: sitrep's own errors say it; others also need their type."""
    if isinstance(exc, SitrepError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
