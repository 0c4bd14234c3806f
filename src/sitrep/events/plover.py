"""The shipped PLOVER classifier: TF-IDF word 1-2-grams and a linear model, read with numpy.

Trained by ``scripts/train_events.py`` on MIT-licensed data only (synthetic PLOVER stories and
the PLOVER codebook). Loaded once, lazily, on first use; the arrays are about 2 MB.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from sitrep.records import EventType

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@dataclass(frozen=True, slots=True)
class PloverModel:
    index: dict[str, int]
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    classes: tuple[EventType, ...]

    def scores(self, text: str) -> dict[EventType, float]:
        """Probability of each PLOVER type for a sentence or short text."""
        words = _TOKEN.findall(text.lower())
        counts: dict[int, int] = {}
        for gram in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]:
            j = self.index.get(gram)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        logits = self.intercept.astype(np.float64)
        if counts:
            cols = np.fromiter(counts, dtype=np.int64)
            tf = 1 + np.log(np.fromiter(counts.values(), dtype=np.float64))
            weights = tf * self.idf[cols]
            weights /= np.linalg.norm(weights)
            logits = logits + self.coef[:, cols] @ weights
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def classify(self, text: str) -> tuple[EventType, float]:
        scores = self.scores(text)
        best = max(scores, key=scores.__getitem__)
        return best, scores[best]


_lock = threading.Lock()
_model: PloverModel | None = None


def model() -> PloverModel:
    global _model
    with _lock:
        if _model is None:
            source = resources.files("sitrep.events").joinpath("plover_model.npz")
            with resources.as_file(source) as path, np.load(path) as data:
                vocabulary = [str(v) for v in data["vocabulary"]]
                _model = PloverModel(
                    index={v: i for i, v in enumerate(vocabulary)},
                    idf=data["idf"],
                    coef=data["coef"],
                    intercept=data["intercept"],
                    classes=tuple(EventType(str(c)) for c in data["classes"]),
                )
        return _model
