"""The shipped PLOVER classifier: TF-IDF word 1-2-grams and a linear model, read with numpy.

Trained by ``scripts/train_events.py`` on MIT-licensed data only (synthetic PLOVER stories and
the PLOVER codebook). Loaded once, lazily, on first use; the arrays are about 2 MB.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from sitrep.events.textmodel import Block, arrays, probabilities, word_grams
from sitrep.records import EventType


@dataclass(frozen=True, slots=True)
class PloverModel:
    words: Block
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    classes: tuple[EventType, ...]

    def scores(self, text: str) -> dict[EventType, float]:
        """Probability of each PLOVER type for a sentence or short text."""
        cols, weights = self.words.features(word_grams(text))
        p = probabilities(self.coef, self.intercept, cols, weights)
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def classify(self, text: str) -> tuple[EventType, float]:
        scores = self.scores(text)
        best = max(scores, key=scores.__getitem__)
        return best, scores[best]


@functools.cache
def model() -> PloverModel:
    data = arrays("plover_model.npz")
    return PloverModel(
        words=Block.of(data["vocabulary"], data["idf"]),
        coef=data["coef"],
        intercept=data["intercept"],
        classes=tuple(EventType(str(c)) for c in data["classes"]),
    )
