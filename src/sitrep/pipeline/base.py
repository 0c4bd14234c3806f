"""The Stage interface and the analysed document that stages read from.

A stage is a small callable with a versioned name, the layers it reads (``requires``) and the one
layer it writes (``provides``). It receives the :class:`Document` and returns its own records; the
runner stores them on the document. Stages never write into another stage's layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from sitrep.errors import PipelineError
from sitrep.records import (
    Actor,
    Article,
    Casualty,
    Claim,
    Contradiction,
    Event,
    Place,
    Sentence,
    Span,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The layers a document can hold, in the order the default pipeline fills them.
LAYERS = (
    "parse",
    "times",
    "places",
    "actors",
    "claims",
    "events",
    "casualties",
    "contradictions",
)


@dataclass(frozen=True, slots=True)
class Parse:
    """The linguistic base: spaCy's analysis of ``article.text`` and its sentences."""

    doc: Doc
    sentences: tuple[Sentence, ...]
    model: str

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.span.start <= offset < s.span.end:
                return s
        return None


@dataclass(frozen=True, slots=True)
class Timeline:
    """The times layer: every time expression, and the reference date they were anchored to.

    ``published`` is the article's date as given or, when none was given and the text allows,
    as inferred from it (``inferred`` true, with a ``confidence`` in [0, 1] and the evidence).
    """

    expressions: tuple[TimeExpression, ...]
    published: dt.date | None = None
    inferred: bool = False
    confidence: float | None = None
    evidence: Span | None = None


@dataclass(slots=True)
class Document:
    """One article under analysis. Layers are filled by stages, in pipeline order."""

    article: Article
    _layers: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def has(self, layer: str) -> bool:
        return layer in self._layers

    def put(self, layer: str, value: Any) -> None:
        if layer not in LAYERS:
            raise PipelineError(f"unknown layer {layer!r}; known layers: {', '.join(LAYERS)}")
        if layer in self._layers:
            raise PipelineError(f"layer {layer!r} was already written for {self.article.id}")
        self._layers[layer] = value

    def _get(self, layer: str) -> Any:
        try:
            return self._layers[layer]
        except KeyError:
            raise PipelineError(
                f"layer {layer!r} has not been computed for {self.article.id}: "
                "a stage asked for it without declaring it in `requires`"
            ) from None

    @property
    def parse(self) -> Parse:
        value: Parse = self._get("parse")
        return value

    @property
    def timeline(self) -> Timeline:
        value: Timeline = self._get("times")
        return value

    @property
    def times(self) -> tuple[TimeExpression, ...]:
        return self.timeline.expressions

    @property
    def reference_date(self) -> dt.date | None:
        """The publication date as given, else as inferred by the times stage, else None."""
        if self.article.published_date is not None:
            return self.article.published_date
        if self.has("times"):
            return self.timeline.published
        return None

    @property
    def places(self) -> tuple[Place, ...]:
        value: tuple[Place, ...] = self._get("places")
        return value

    @property
    def actors(self) -> tuple[Actor, ...]:
        value: tuple[Actor, ...] = self._get("actors")
        return value

    @property
    def claims(self) -> tuple[Claim, ...]:
        value: tuple[Claim, ...] = self._get("claims")
        return value

    @property
    def events(self) -> tuple[Event, ...]:
        value: tuple[Event, ...] = self._get("events")
        return value

    @property
    def casualties(self) -> tuple[Casualty, ...]:
        value: tuple[Casualty, ...] = self._get("casualties")
        return value

    @property
    def contradictions(self) -> tuple[Contradiction, ...]:
        value: tuple[Contradiction, ...] = self._get("contradictions")
        return value

    def layer_or_empty(self, layer: str) -> tuple[Any, ...]:
        """A records layer if it was computed, else ``()``: for sections not built yet."""
        value = self._layers.get(layer, ())
        if isinstance(value, Timeline):
            return value.expressions
        return value if isinstance(value, tuple) else ()

    def span_text(self, span: Span) -> str:
        return self.article.text[span.start : span.end]


@runtime_checkable
class Stage(Protocol):
    """One pipeline stage. ``name`` is versioned ('places.v1')."""

    name: ClassVar[str]
    provides: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Any: ...


StageFactory = Callable[[], Stage]
