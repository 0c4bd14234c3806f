"""Train the event classifiers that sitrep ships (src/sitrep/events/*_model.npz).

PLOVER types (plover_model.npz) are learned from
the following data, all of it licensed for shipping the result:
- ../shared/data/ngec_plover/gpt_synthetic_events_2023-10-19_19.csv (MIT): 4,500 synthetic
  stories with PLOVER labels; the title and the first two sentences of each story are used,
  because the labelled event is told there;
- ../shared/data/ngec_plover/PLOVER_structured_codebook_updated.csv (MIT): each type's
  definition and its modes' definitions, as extra short examples.
Model: TF-IDF over word 1-2-grams, multinomial logistic regression.

ACLED sub-event types (acled_model.npz) are learned from src/sitrep/events/acled_examples.txt
only: sentences we wrote ourselves for each of the 25 types. Model: TF-IDF over word 1-2-grams
and over character 2-5-grams within words, each block l2-normalised, logistic regression; its
accuracy and the precision of its confident answers are measured by cross-validation on those
sentences (never on a benchmark).

ACLED and CASE data are never used here: they are for evaluation only. scikit-learn is a
development dependency only: the fitted weights are written as plain arrays so that sitrep reads
them with numpy at run time, with no pickle and no scikit-learn.

    .venv/bin/python scripts/train_events.py [--only plover|acled] [--data ../shared/data/ngec_plover]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from sitrep.events import subevents, textmodel
from sitrep.events.subevents import CHAR_NGRAMS, examples
from sitrep.records import AcledSubEvent

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "events" / "plover_model.npz"
ACLED_OUT = ROOT / "src" / "sitrep" / "events" / "acled_model.npz"
ACLED_C = 10.0
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _lead(text: str, n: int = 2) -> str:
    return " ".join(_SENTENCE_END.split(text.strip())[:n])


def load(data: Path) -> tuple[list[str], list[str]]:
    csv.field_size_limit(sys.maxsize)
    texts: list[str] = []
    labels: list[str] = []
    with (data / "gpt_synthetic_events_2023-10-19_19.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            texts.append(_lead(row["text"]))
            labels.append(row["label"])
    with (data / "PLOVER_structured_codebook_updated.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for field in ("event_def", "mode_def"):
                if row.get(field):
                    texts.append(row[field])
                    labels.append(row["event"])
    return texts, labels


def _acled_vectorizers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, min_df=2
    )
    return words, chars


def _acled_fit(
    texts: list[str], labels: list[str]
) -> tuple[TfidfVectorizer, TfidfVectorizer, LogisticRegression]:
    words, chars = _acled_vectorizers()
    x = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    model = LogisticRegression(max_iter=3000, C=ACLED_C)
    model.fit(x, labels)
    return words, chars, model


def _acled_predict(
    fitted: tuple[TfidfVectorizer, TfidfVectorizer, LogisticRegression], texts: list[str]
) -> np.ndarray:
    words, chars, model = fitted
    x = hstack([words.transform(texts), chars.transform(texts)]).tocsr()
    return np.asarray(model.predict_proba(x))


def train_acled(out: Path) -> None:
    pairs = examples()
    texts = [t for _, t in pairs]
    labels = [s.value for s, _ in pairs]
    # held-out measure on our own sentences: 5-fold cross-validation
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    gold: list[str] = []
    best: list[str] = []
    confidence: list[float] = []
    for train, test in folds.split(texts, labels):
        fitted = _acled_fit([texts[i] for i in train], [labels[i] for i in train])
        p = _acled_predict(fitted, [texts[i] for i in test])
        classes = fitted[2].classes_
        gold += [labels[i] for i in test]
        best += [str(classes[k]) for k in p.argmax(axis=1)]
        confidence += [float(v) for v in p.max(axis=1)]
    right = np.array([g == b for g, b in zip(gold, best, strict=True)])
    conf = np.array(confidence)
    print(f"cross-validated accuracy on our sentences: {100 * right.mean():.1f}%")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6):
        sure = conf >= t
        print(
            f"  p >= {t:.1f}: {100 * sure.mean():5.1f}% of sentences, "
            f"{100 * right[sure].mean():5.1f}% right"
        )
    fitted = _acled_fit(texts, labels)
    words, chars, model = fitted
    # the numpy reader must give scikit-learn's probabilities
    shipped_order = [str(c) for c in model.classes_]
    sample = texts[::50]
    reference = _acled_predict(fitted, sample)
    np.savez_compressed(
        out,
        word_vocabulary=np.array(sorted(words.vocabulary_, key=words.vocabulary_.__getitem__)),
        word_idf=words.idf_.astype(np.float32),
        char_vocabulary=np.array(sorted(chars.vocabulary_, key=chars.vocabulary_.__getitem__)),
        char_idf=chars.idf_.astype(np.float32),
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        classes=np.array(shipped_order),
    )
    textmodel.arrays.cache_clear()
    subevents.model.cache_clear()
    ours = subevents.model()
    for text, row in zip(sample, reference, strict=True):
        scores = ours.scores(text)
        got = np.array([scores[AcledSubEvent(c)] for c in shipped_order])
        assert np.allclose(got, row, atol=1e-4), f"numpy reader disagrees on {text!r}"
    print(
        f"{len(texts)} examples, {len(words.vocabulary_)} + {len(chars.vocabulary_)} features, "
        f"{len(model.classes_)} classes -> {out}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data" / "ngec_plover"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--acled-out", type=Path, default=ACLED_OUT)
    parser.add_argument("--only", choices=("plover", "acled"), default=None)
    args = parser.parse_args()
    if args.only != "plover":
        train_acled(args.acled_out)
    if args.only == "acled":
        return
    texts, labels = load(args.data)
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=30000
    )
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(max_iter=2000, C=8.0, class_weight="balanced")
    model.fit(x, labels)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    np.savez_compressed(
        args.out,
        vocabulary=np.array(vocabulary),
        idf=vectorizer.idf_.astype(np.float32),
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        classes=np.array(model.classes_),
    )
    print(
        f"{len(texts)} examples, {len(vocabulary)} features, {len(model.classes_)} classes -> {args.out}"
    )


if __name__ == "__main__":
    main()
