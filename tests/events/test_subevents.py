from __future__ import annotations

from collections import Counter

import pytest

from sitrep.events.subevents import CHAR_NGRAMS, char_grams, examples, model, word_grams
from sitrep.records import AcledSubEvent as S


def test_every_sub_event_type_has_written_examples() -> None:
    counts = Counter(s for s, _ in examples())
    assert set(counts) == set(S)
    assert min(counts.values()) >= 20


def test_examples_are_not_repeated() -> None:
    texts = [t for _, t in examples()]
    assert len(texts) == len(set(texts))


def test_n_grams_are_scikit_learns() -> None:
    text_module = pytest.importorskip("sklearn.feature_extraction.text")
    text = "Rebels  shelled the town of Ab, then  withdrew."
    chars = text_module.TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS)
    words = text_module.TfidfVectorizer(ngram_range=(1, 2))
    assert char_grams(text) == chars.build_analyzer()(text)
    assert word_grams(text) == words.build_analyzer()(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd of villagers lynched a man accused of stealing goats.", S.MOB_VIOLENCE),
        ("Protesters hurled stones at the police and burned a bus.", S.VIOLENT_DEMONSTRATION),
        ("Police lobbed tear gas to break up a sit-in by nurses.", S.PROTEST_WITH_INTERVENTION),
    ],
)
def test_shipped_model_classifies(text: str, expected: S) -> None:
    best, p = model().classify(text)
    assert best is expected and 0 < p <= 1


def test_scores_are_a_distribution() -> None:
    scores = model().scores("zzzz qqqq")
    assert abs(sum(scores.values()) - 1) < 1e-6 and len(scores) == len(S)
