"""Stage registry: versioned names to factories, imported lazily so nothing loads at import time."""

from __future__ import annotations

import importlib
import importlib.util

from sitrep.errors import PipelineError
from sitrep.pipeline.base import Stage

# name -> "module:factory". Factories take no arguments and return a Stage.
_BUILTIN: dict[str, str] = {
    "sentences.v1": "sitrep.pipeline.sentences:SentencesStage",
    "times.v1": "sitrep.pipeline.times:TimesStage",
    "places.v1": "sitrep.pipeline.places:PlacesStage",
    "actors.v1": "sitrep.pipeline.actors:ActorsStage",
    "claims.v1": "sitrep.pipeline.claims:ClaimsStage",
    "events.v1": "sitrep.pipeline.events:EventsStage",
    "casualties.v1": "sitrep.pipeline.casualties:CasualtiesStage",
    "contradictions.v1": "sitrep.pipeline.contradictions:ContradictionsStage",
}

# The default pipeline, in order. A stage whose module does not exist yet is left out with a
# note in the report's meta, so sections not built yet are present and empty.
DEFAULT_PIPELINE: tuple[str, ...] = tuple(_BUILTIN)

_registered: dict[str, str] = dict(_BUILTIN)


def register(name: str, target: str) -> None:
    """Register a stage factory ('module:attribute') under a versioned name ('mystage.v1')."""
    if "." not in name:
        raise PipelineError(f"stage names are versioned like 'places.v1', got {name!r}")
    _registered[name] = target


def names() -> tuple[str, ...]:
    return tuple(_registered)


def is_available(name: str) -> bool:
    target = _registered.get(name)
    if target is None:
        return False
    module = target.split(":", 1)[0]
    return importlib.util.find_spec(module) is not None


def create(name: str) -> Stage:
    try:
        target = _registered[name]
    except KeyError:
        raise PipelineError(
            f"unknown stage {name!r}; registered: {', '.join(sorted(_registered))}"
        ) from None
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    factory = getattr(module, attr)
    stage = factory()
    if not isinstance(stage, Stage):
        raise PipelineError(f"{target} did not build a Stage")
    if stage.name != name:
        raise PipelineError(f"{target} calls itself {stage.name!r}, registered as {name!r}")
    return stage
