"""The shipped ACLED sub-event classifier: TF-IDF word and character n-grams, a linear model.

Trained by ``scripts/train_events.py`` only on ``acled_examples.txt``, sentences the sitrep
developers wrote for each of the 25 ACLED sub-event types (never on ACLED or CASE text). It
settles what the rules of :mod:`sitrep.events.acled` leave open: whether the people attacked
fought back (Armed clash or Attack), whether a crowd was violent or was met with force, whether
an unarmed crowd or an armed group did it. Read with numpy; loaded once, lazily.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from sitrep.records import AcledSubEvent

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_SPACES = re.compile(r"\s\s+")
CHAR_NGRAMS = (2, 5)  # the character n-gram range the model was trained with
# How sure the model must be to name a sub-event the rules left open, and to overrule theirs.
# In 5-fold cross-validation on our own sentences (scripts/train_events.py) its answers were
# right about 94% of the time at p >= 0.4 and 96% at p >= 0.5 (889 sentences).
SUGGEST = 0.4
OVERRULE = 0.5


def word_grams(text: str) -> list[str]:
    """Word 1- and 2-grams, as scikit-learn's word analyzer makes them."""
    words = _TOKEN.findall(text.lower())
    return [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]


def char_grams(text: str, *, low: int = CHAR_NGRAMS[0], high: int = CHAR_NGRAMS[1]) -> list[str]:
    """Character n-grams inside word boundaries, as scikit-learn's ``char_wb`` analyzer."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        w = f" {word} "
        for n in range(low, high + 1):
            grams.extend(w[i : i + n] for i in range(max(len(w) - n + 1, 1)))
            if len(w) <= n:
                break  # a word shorter than n counts once
    return grams


@dataclass(frozen=True, slots=True)
class _Block:
    """One TF-IDF vectoriser's vocabulary and weights (sublinear tf, l2 norm)."""

    index: dict[str, int]
    idf: npt.NDArray[np.float32]
    offset: int  # where its columns start in the model's coefficients

    def features(
        self, grams: Iterable[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        counts: dict[int, int] = {}
        for g in grams:
            j = self.index.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter(counts, dtype=np.int64)
        weights = (1 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[
            cols
        ].astype(np.float64)
        weights /= np.linalg.norm(weights)
        return cols + self.offset, weights


@dataclass(frozen=True, slots=True)
class SubEventModel:
    words: _Block
    chars: _Block
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    classes: tuple[AcledSubEvent, ...]

    def scores(self, text: str) -> dict[AcledSubEvent, float]:
        """Probability of each ACLED sub-event type for a sentence or short text."""
        wc, ww = self.words.features(word_grams(text))
        cc, cw = self.chars.features(char_grams(text))
        cols, weights = np.concatenate([wc, cc]), np.concatenate([ww, cw])
        logits = self.intercept.astype(np.float64) + self.coef[:, cols] @ weights
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def classify(self, text: str) -> tuple[AcledSubEvent, float]:
        scores = self.scores(text)
        best = max(scores, key=scores.__getitem__)
        return best, scores[best]


def examples() -> list[tuple[AcledSubEvent, str]]:
    """The written example sentences the model is trained on, with their sub-event types."""
    text = resources.files("sitrep.events").joinpath("acled_examples.txt").read_text("utf-8")
    found: list[tuple[AcledSubEvent, str]] = []
    current: AcledSubEvent | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = AcledSubEvent(line[1:-1])
        elif current is None:
            raise ValueError(f"acled_examples.txt line {n}: an example before any [type] line")
        else:
            found.append((current, line))
    return found


_lock = threading.Lock()
_model: SubEventModel | None = None


def model() -> SubEventModel:
    global _model
    with _lock:
        if _model is None:
            source = resources.files("sitrep.events").joinpath("acled_model.npz")
            with resources.as_file(source) as path, np.load(path) as data:
                words = [str(v) for v in data["word_vocabulary"]]
                chars = [str(v) for v in data["char_vocabulary"]]
                _model = SubEventModel(
                    words=_Block({v: i for i, v in enumerate(words)}, data["word_idf"], 0),
                    chars=_Block({v: i for i, v in enumerate(chars)}, data["char_idf"], len(words)),
                    coef=data["coef"],
                    intercept=data["intercept"],
                    classes=tuple(AcledSubEvent(str(c)) for c in data["classes"]),
                )
        return _model
