"""Train the PLOVER sentence classifier that sitrep ships (src/sitrep/events/plover_model.npz).

Training data, all of it licensed for shipping the result:
- ../shared/data/ngec_plover/gpt_synthetic_events_2023-10-19_19.csv (MIT): 4,500 synthetic
  stories with PLOVER labels; the title and the first two sentences of each story are used,
  because the labelled event is told there;
- ../shared/data/ngec_plover/PLOVER_structured_codebook_updated.csv (MIT): each type's
  definition and its modes' definitions, as extra short examples.
ACLED and CASE data are never used here: they are for evaluation only.

Model: TF-IDF over word 1-2-grams, multinomial logistic regression (scikit-learn, a development
dependency only). The fitted weights are written as plain arrays so that sitrep reads them with
numpy at run time, with no pickle and no scikit-learn.

    .venv/bin/python scripts/train_events.py [--data ../shared/data/ngec_plover]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "events" / "plover_model.npz"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data" / "ngec_plover"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
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
