"""The shipped ACLED sub-event classifier: TF-IDF word and character n-grams, a linear model.

Trained by ``scripts/train_events.py`` only on ``acled_examples.txt``, sentences the sitrep
developers wrote for each of the 25 ACLED sub-event types (never on ACLED or CASE text). It
settles what the rules of :mod:`sitrep.events.acled` leave open: whether the people attacked
fought back (Armed clash or Attack), whether a crowd was violent or was met with force, whether
an unarmed crowd or an armed group did it. Read with numpy; loaded once, lazily.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from sitrep.events import textmodel
from sitrep.events.textmodel import Block, arrays, probabilities, word_grams
from sitrep.records import AcledSubEvent

CHAR_NGRAMS = (2, 5)  # the character n-gram range the model was trained with
# How sure the model must be to name a sub-event the rules left open, and to overrule theirs.
# In 5-fold cross-validation on our own sentences (scripts/train_events.py) its answers were
# right about 94% of the time at p >= 0.4 and 96% at p >= 0.5 (889 sentences).
SUGGEST = 0.4
OVERRULE = 0.5

__all__ = ["CHAR_NGRAMS", "OVERRULE", "SUGGEST", "char_grams", "examples", "model", "word_grams"]


def char_grams(text: str) -> list[str]:
    """Character n-grams inside word boundaries, as the model was trained with."""
    return textmodel.char_grams(text, low=CHAR_NGRAMS[0], high=CHAR_NGRAMS[1])


@dataclass(frozen=True, slots=True)
class SubEventModel:
    words: Block
    chars: Block
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    classes: tuple[AcledSubEvent, ...]

    def scores(self, text: str) -> dict[AcledSubEvent, float]:
        """Probability of each ACLED sub-event type for a sentence or short text."""
        wc, ww = self.words.features(word_grams(text))
        cc, cw = self.chars.features(char_grams(text))
        p = probabilities(
            self.coef, self.intercept, np.concatenate([wc, cc]), np.concatenate([ww, cw])
        )
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


@functools.cache
def model() -> SubEventModel:
    data = arrays("acled_model.npz")
    words = data["word_vocabulary"]
    return SubEventModel(
        words=Block.of(words, data["word_idf"]),
        chars=Block.of(data["char_vocabulary"], data["char_idf"], len(words)),
        coef=data["coef"],
        intercept=data["intercept"],
        classes=tuple(AcledSubEvent(str(c)) for c in data["classes"]),
    )
