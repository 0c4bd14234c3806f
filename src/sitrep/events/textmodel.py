"""What the shipped text classifiers share: n-gram features, TF-IDF blocks, the arrays file.

Both classifiers (:mod:`sitrep.events.plover`, :mod:`sitrep.events.subevents`) were fitted with
scikit-learn by ``scripts/train_events.py`` and are read here with numpy alone: the
tokenisers below make the same n-grams as scikit-learn's analyzers (a test checks), a
:class:`Block` holds one vectoriser's vocabulary and idf weights, and :func:`arrays` reads a
model's ``.npz`` file from the package once.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_SPACES = re.compile(r"\s\s+")


def word_grams(text: str) -> list[str]:
    """Word 1- and 2-grams, as scikit-learn's word analyzer makes them."""
    words = _TOKEN.findall(text.lower())
    return [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]


def char_grams(text: str, *, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, as scikit-learn's ``char_wb`` analyzer."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        w = f" {word} "
        size = len(w)
        for n in range(low, high + 1):
            if size <= n:
                grams.append(w)  # a word shorter than n counts once, whole
                break
            grams.extend([w[i : i + n] for i in range(size - n + 1)])
    return grams


@dataclass(frozen=True, slots=True)
class Block:
    """One TF-IDF vectoriser's vocabulary and weights (sublinear tf, l2 norm)."""

    index: dict[str, int]
    idf: npt.NDArray[np.float32]
    offset: int = 0  # where its columns start in the model's coefficients

    @classmethod
    def of(cls, vocabulary: Iterable[Any], idf: npt.NDArray[np.float32], offset: int = 0) -> Block:
        return cls({str(v): i for i, v in enumerate(vocabulary)}, idf, offset)

    def features(
        self, grams: Iterable[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        # (counted by gram first, in C; distinct grams have distinct columns, so the columns
        # keep the order of their first gram)
        counts: dict[int, int] = {}
        index = self.index
        for g, k in Counter(grams).items():
            j = index.get(g)
            if j is not None:
                counts[j] = k
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter(counts, dtype=np.int64)
        weights = (1 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[
            cols
        ].astype(np.float64)
        weights /= np.linalg.norm(weights)
        return cols + self.offset, weights


def probabilities(
    coef: npt.NDArray[np.float32],
    intercept: npt.NDArray[np.float32],
    cols: npt.NDArray[np.int64],
    weights: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """The softmax of a linear model over sparse features (columns and their weights)."""
    logits = intercept.astype(np.float64) + coef[:, cols] @ weights
    p: npt.NDArray[np.float64] = np.exp(logits - logits.max())
    p /= p.sum()
    return p


@functools.cache
def arrays(name: str) -> dict[str, npt.NDArray[Any]]:
    """The arrays of a model file shipped in ``sitrep.events``, read once."""
    source = resources.files("sitrep.events").joinpath(name)
    with resources.as_file(source) as path, np.load(path) as data:
        return {k: data[k] for k in data.files}
