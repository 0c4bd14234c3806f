"""Derive and check attribution cue lexicons on the PolNeAR TRAIN split (development tool).

The issue's rule: build and check lexicons and rules on train, measure on dev. This script
never writes corpus text into the repository: it prints candidate cue words (lemma and part of
speech of the cue's head, and the multi-word cues), how often annotators marked them as a cue,
and their precision on train (the share of the word's occurrences that lie in a gold cue). The
words and their stances are then curated by hand into ``src/sitrep/attribution/*.tsv``.

    .venv/bin/python scripts/attribution_lexicon.py parse --split train   # once, ~5 min
    .venv/bin/python scripts/attribution_lexicon.py candidates --min 4
    .venv/bin/python scripts/attribution_lexicon.py score --split train --errors 40

Parses are cached (spaCy DocBin) under ``$TMPDIR/sitrep-polnear`` so that scoring a rule
change takes seconds; ``sitrep bench attribution`` remains the measurement of record.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from sitrep import nlp
from sitrep.attribution.extract import extract_attributions
from sitrep.attribution.lexicon import lexicon
from sitrep.bench.attribution import (
    GoldAttribution,
    Predicted,
    Score,
    _pairs,
    discarded_regions,
    read_brat,
    univocal,
)
from sitrep.records import Span

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear"
CACHE = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "sitrep-polnear"


def _cache(split: str) -> Path:
    return CACHE / f"{split}.spacy"


def parse(data: Path, split: str) -> None:
    pairs = _pairs(data, split)
    language, label = nlp.load()
    texts = [p.read_text(encoding="utf-8") for p, _ in pairs]
    bin_ = DocBin(store_user_data=False)
    for doc in language.pipe(texts, batch_size=16):
        bin_.add(doc)
    CACHE.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(_cache(split))
    print(f"{len(texts)} articles parsed with {label} -> {_cache(split)}")


def load(data: Path, split: str) -> list[tuple[str, Doc, list[list[GoldAttribution]]]]:
    return [
        (name, doc, [gold for gold, _ in annotated]) for name, doc, annotated in _load(data, split)
    ]


def _load(
    data: Path, split: str
) -> list[tuple[str, Doc, list[tuple[list[GoldAttribution], tuple[Span, ...]]]]]:
    """Each article's parse, and per annotation its attributions and its 'Discard' regions."""
    pairs = _pairs(data, split)
    language, _ = nlp.load()
    docs = list(DocBin().from_disk(_cache(split)).get_docs(language.vocab))
    if len(docs) != len(pairs):
        raise SystemExit(f"cache {_cache(split)} is stale: run 'parse --split {split}'")
    return [
        (p.stem, d, [(read_brat(a), discarded_regions(a)) for a in anns])
        for (p, anns), d in zip(pairs, docs, strict=True)
    ]


def _head(doc: Doc, spans: tuple[Span, ...]) -> tuple[int, list[int]]:
    """The head token of a (possibly discontinuous) gold cue, and all its tokens."""
    ids: list[int] = []
    for s in spans:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None:
            ids.extend(range(span.start, span.end))
    if not ids:
        return -1, []
    inside = set(ids)
    heads = [i for i in ids if doc[i].head.i not in inside or doc[i].head.i == i]
    content = [i for i in heads if not doc[i].is_punct]
    return (content or heads or ids)[0], ids


def candidates(data: Path, minimum: int) -> None:
    lex = lexicon()
    gold_heads: Counter[tuple[str, str]] = Counter()
    phrases: Counter[str] = Counter()
    occurrences: Counter[tuple[str, str]] = Counter()
    in_cue: Counter[tuple[str, str]] = Counter()
    for _, doc, gold_sets in load(data, "train"):
        gold = gold_sets[0]
        cue_tokens: set[int] = set()
        for g in gold:
            head, ids = _head(doc, g.cue)
            if head < 0:
                continue
            cue_tokens.update(ids)
            t = doc[head]
            gold_heads[(t.lemma_.lower(), t.pos_)] += 1
            if len(ids) > 1:
                phrases[" ".join(doc[i].lemma_.lower() for i in ids)] += 1
        for t in doc:
            key = (t.lemma_.lower(), t.pos_)
            occurrences[key] += 1
            in_cue[key] += t.i in cue_tokens
    print("head lemma, POS, gold cues (first annotator), occurrences, precision, in lexicon")
    for (lemma, pos), n in gold_heads.most_common():
        if n < minimum:
            break
        key = (lemma, pos)
        print(
            f"{lemma:18} {pos:6} {n:5} {occurrences[key]:6} "
            f"{in_cue[key] / occurrences[key]:5.2f} {'yes' if lemma in lex else ''}"
        )
    print("\nmulti-word cues")
    for phrase, n in phrases.most_common():
        if n < minimum:
            break
        print(f"{n:5}  {phrase}")


def score(data: Path, split: str, errors: int, show: str | None = None) -> None:
    loaded = _load(data, split)
    s = Score()
    unprojected = Score()
    t0 = time.perf_counter()
    found = 0
    by_cue: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for name, doc, annotated in loaded:
        found_here = extract_attributions(doc)
        everything = [Predicted(a.cue, a.source, a.content) for a in found_here]
        predicted = univocal(everything)
        kept = {p.cue for p in predicted}
        found += len(predicted)
        gold_cues = [c for gold, _ in annotated for g in gold for c in g.cue]
        for a in found_here:
            if a.cue not in kept:
                continue
            key = f"{a.kind.value}:{a.lemma}"
            by_cue[key] += 1
            right[key] += any(a.cue.overlaps(c) for c in gold_cues)
        for gold, discarded in annotated:
            s.add(name, gold, predicted, discarded=discarded)
            unprojected.add(name, gold, everything, discarded=discarded)
    seconds = time.perf_counter() - t0
    for line in s.lines():
        print(line)
    print(f"nothing set aside   {unprojected.headline()}")
    print(
        f"counts              predicted {s.predicted}, matched {s.matched}, source right "
        f"{s.source_correct}, content overlapping {s.content_overlapping}, full {s.full}"
    )
    print(f"extraction {1000 * seconds / len(loaded):.1f} ms per article")
    if not errors:
        return
    print("\ncue precision (kind:lemma predicted matched precision), most false alarms first:")
    worst = sorted(by_cue, key=lambda k: right[k] - by_cue[k])[:errors]
    print(", ".join(f"{k} {by_cue[k]} {right[k]} {right[k] / by_cue[k]:.2f}" for k in worst))
    docs = {name: doc for name, doc, _ in loaded}
    missed: Counter[str] = Counter()
    for name, g in s.misses:
        head, _ = _head(docs[name], g.cue)
        if head >= 0:
            t = docs[name][head]
            missed[f"{t.lemma_.lower()}/{t.pos_}"] += 1
    print("\nmissed cue heads:", ", ".join(f"{w} {n}" for w, n in missed.most_common(errors)))
    alarms: Counter[str] = Counter()
    for name, p in s.false_alarms:
        alarms[docs[name].text[p.cue.start : p.cue.end].lower()] += 1
    print("\nfalse alarm cues:", ", ".join(f"{w} {n}" for w, n in alarms.most_common(errors)))
    if show is not None:
        _show(docs, s, show, errors)


def _show(docs: dict[str, Doc], s: Score, show: str, limit: int) -> None:
    """Misses whose cue head is ``show`` ('be/AUX'), or false alarms with that cue ('+said')."""
    n = 0
    if show.startswith("+"):
        for name, p in s.false_alarms:
            doc = docs[name]
            if doc.text[p.cue.start : p.cue.end].lower() == show[1:] and n < limit:
                n += 1
                print("FA", _context(doc, p.cue.start, p.cue.end, p.source))
        return
    for name, g in s.misses:
        doc = docs[name]
        head, _ = _head(doc, g.cue)
        t = doc[head]
        if head >= 0 and f"{t.lemma_.lower()}/{t.pos_}" == show and n < limit:
            n += 1
            cue = g.cue[0]
            print(
                "MISS", _context(doc, cue.start, g.cue[-1].end, g.source[0] if g.source else None)
            )


def _context(doc: Doc, start: int, end: int, source: Span | None) -> str:
    text = doc.text
    lo, hi = max(0, start - 110), min(len(text), end + 110)
    src = text[source.start : source.end] if source is not None else None
    return " ".join(f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}".split()) + f"  <{src}>"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["parse", "candidates", "score"])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=["train", "dev"], default="train")
    parser.add_argument("--min", type=int, default=4, dest="minimum")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--show", default=None, help="print misses with this head, e.g. be/AUX")
    args = parser.parse_args()
    if args.action == "parse":
        parse(args.data, args.split)
    elif args.action == "candidates":
        candidates(args.data, args.minimum)
    else:
        score(args.data, args.split, args.errors, args.show)


if __name__ == "__main__":
    main()
