"""`sitrep bench attribution`: attribution extraction against PolNeAR (BRAT standoff).

PolNeAR annotates every attribution relation with a cue, a source (absent for 'Attribution-no-
source') and a content, each a possibly discontinuous character span. Some articles were
annotated by several annotators; every (article, annotator) pair is scored, each article parsed
once. A predicted attribution matches a gold one when their cues overlap (one to one, in text
order).

Two conventions of the corpus decide what is compared (PolNeAR's README and its ``.ann`` files):

- annotations are *univocal*: each token takes part in at most one attribution, so a statement
  reported inside another statement's content ("X said Y claimed ...") is never annotated (not
  once in the 22,466 train attributions, nor in the 2,319 of dev). sitrep keeps such nested
  statements, and the claims stage makes most of them claims of their own (on train, 1,508 of
  the 1,684 set aside here), for "the ministry said rebels claimed ..." carries the rebels'
  claim. For scoring they are set aside (:func:`univocal`, which looks at the predictions only),
  the outer statement standing for both, as an annotator would have marked it; the bench also
  prints the figures with nothing set aside, every statement the extractor produced scored
  against the same gold (an inner statement is then a false alarm unless the annotators made it
  a statement of its own because our outer content ran too far);
- 'Discard' spans mark text the annotators left out (bylines, captions, editors' notes, "Follow
  X on Twitter"): an attribution found there is neither a hit nor a false alarm.

Figures:

- cue precision, recall, F1 (span overlap);
- source accuracy on matched cues: both without a source, or the two sources overlap;
- content overlap on matched cues: mean character F1, and the share that overlap at all;
- full-attribution F1: cue matched, source correct and contents overlapping.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitrep.records import Span

DEFAULT_DATA = Path("../shared/data/polnear")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    cue: Span
    source: Span | None
    content: Span


def univocal(predicted: list[Predicted]) -> list[Predicted]:
    """The predictions as a univocal annotation: none whose cue lies in another's content."""
    return [
        p for p in predicted if not any(q is not p and q.content.contains(p.cue) for q in predicted)
    ]


@dataclass(frozen=True, slots=True)
class Annotation:
    """One annotator's BRAT .ann file: the attributions, and the regions marked 'Discard'."""

    attributions: list[GoldAttribution]
    discarded: tuple[Span, ...]


def read_annotation(path: Path) -> Annotation:
    """The attribution relations and the 'Discard' regions of one BRAT .ann file, in one read."""
    spans: dict[str, tuple[Span, ...]] = {}
    discarded: list[Span] = []
    relations: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        ident, body = parts[0], parts[1]
        if ident.startswith("T"):
            label, _, offsets = body.partition(" ")
            fragments = []
            for fragment in offsets.split(";"):
                start, end = fragment.split()
                fragments.append(Span(int(start), int(end)))
            spans[ident] = tuple(fragments)
            if label == "Discard":
                discarded.extend(fragments)
        elif ident.startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in body.split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            relations.append(roles)
    gold = []
    for roles in relations:

        def collect(role: str, roles: dict[str, list[str]] = roles) -> tuple[Span, ...]:
            return tuple(s for ref in roles.get(role, []) for s in spans.get(ref, ()))

        cue = collect("Cue")
        if cue:
            gold.append(GoldAttribution(cue, collect("Source"), collect("Content")))
    return Annotation(gold, tuple(discarded))


def read_brat(path: Path) -> list[GoldAttribution]:
    """The attribution relations of one BRAT .ann file."""
    return read_annotation(path).attributions


def discarded_regions(path: Path) -> tuple[Span, ...]:
    """The spans of one BRAT .ann file that its annotator marked 'Discard' (not annotated)."""
    return read_annotation(path).discarded


KINDS = ("quoted", "paraphrase", "no source")
# A gold content at least this share inside quotation marks is a direct quotation.
_QUOTED_SHARE = 0.6


def kind_of(gold: GoldAttribution, quotations: tuple[Span, ...]) -> str:
    """'no source' when the annotator marked none; else 'quoted' when the content lies mostly
    inside ``quotations``, 'paraphrase' otherwise."""
    if not gold.source:
        return "no source"
    if not gold.content:
        return "paraphrase"
    start, end = min(s.start for s in gold.content), max(s.end for s in gold.content)
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotations)
    return "quoted" if end > start and inside / (end - start) >= _QUOTED_SHARE else "paraphrase"


def _overlaps(a: Span, spans: tuple[Span, ...]) -> bool:
    return any(a.overlaps(s) for s in spans)


def _char_f1(predicted: Span, gold: tuple[Span, ...]) -> float:
    g = {i for s in gold for i in range(s.start, s.end)}
    p = set(range(predicted.start, predicted.end))
    if not g or not p:
        return 0.0
    inter = len(g & p)
    if inter == 0:
        return 0.0
    precision, recall = inter / len(p), inter / len(g)
    return 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    source_correct: int = 0
    content_overlapping: int = 0
    content_f1_sum: float = 0.0
    full: int = 0
    misses: list[tuple[str, GoldAttribution]] = field(default_factory=list)
    false_alarms: list[tuple[str, Predicted]] = field(default_factory=list)
    # Gold attributions and cues matched, by kind (quoted, paraphrase, no source).
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def add(
        self,
        name: str,
        gold: list[GoldAttribution],
        predicted: list[Predicted],
        *,
        discarded: tuple[Span, ...] = (),
        quotations: tuple[Span, ...] = (),
    ) -> None:
        predicted = [p for p in predicted if not any(r.contains(p.cue) for r in discarded)]
        self.gold += len(gold)
        self.predicted += len(predicted)
        free = list(range(len(gold)))
        for p in predicted:
            k = next((k for k in free if _overlaps(p.cue, gold[k].cue)), None)
            if k is None:
                self.false_alarms.append((name, p))
                continue
            free.remove(k)
            g = gold[k]
            self.matched += 1
            source_ok = (p.source is None and not g.source) or (
                p.source is not None and _overlaps(p.source, g.source)
            )
            content_ok = _overlaps(p.content, g.content)
            self.source_correct += source_ok
            self.content_overlapping += content_ok
            self.content_f1_sum += _char_f1(p.content, g.content)
            self.full += source_ok and content_ok
        self.misses.extend((name, gold[k]) for k in free)
        for k, g in enumerate(gold):
            tally = self.by_kind.setdefault(kind_of(g, quotations), [0, 0])
            tally[0] += 1
            tally[1] += k not in free

    @staticmethod
    def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def headline(self) -> str:
        """Cue and full-attribution P / R / F1 on one line."""
        cue = self._f1(self.matched, self.predicted, self.gold)
        full = self._f1(self.full, self.predicted, self.gold)
        return (
            "cue P {:5.1f}  R {:5.1f}  F1 {:5.1f};  full P {:5.1f}  R {:5.1f}  F1 {:5.1f}".format(
                *(100 * x for x in cue + full)
            )
        )

    def lines(self) -> Iterator[str]:
        p, r, f = self._f1(self.matched, self.predicted, self.gold)
        yield f"gold attributions {self.gold}, predicted {self.predicted}, cues matched {self.matched}"
        yield f"cue                 P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"
        m = self.matched or 1
        yield f"source accuracy     {100 * self.source_correct / m:5.1f}  (on matched cues)"
        yield (
            f"content overlap     char F1 {100 * self.content_f1_sum / m:5.1f}, "
            f"any overlap {100 * self.content_overlapping / m:5.1f}  (on matched cues)"
        )
        p, r, f = self._f1(self.full, self.predicted, self.gold)
        yield f"full attribution    P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"
        if self.by_kind:
            yield "cue recall by kind  " + ", ".join(
                f"{kind} {100 * self.by_kind[kind][1] / self.by_kind[kind][0]:.1f} "
                f"({self.by_kind[kind][0]})"
                for kind in KINDS
                if kind in self.by_kind
            )


def _pairs(data: Path, split: str) -> list[tuple[Path, list[Path]]]:
    texts = data / split / "text"
    annotations = data / split / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise click.ClickException(
            f"{data / split} does not look like PolNeAR (expected text/ and attributions/ in it)"
        )
    by_text: dict[str, list[Path]] = {}
    for ann in sorted(annotations.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        by_text.setdefault(stem, []).append(ann)
    return [(texts / f"{stem}.txt", anns) for stem, anns in sorted(by_text.items())]


@click.command("attribution")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="The PolNeAR folder (with train/ and dev/).",
)
@click.option("--split", type=click.Choice(["dev", "train"]), default="dev", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option(
    "--errors", "show_errors", type=int, default=0, help="Print N misses and N false alarms."
)
def command(data: Path, split: str, limit: int | None, show_errors: int) -> None:
    """Cue, source and content of attributions against PolNeAR (dev split by default)."""
    from sitrep import nlp
    from sitrep.attribution.extract import extract_attributions
    from sitrep.attribution.quotes import find_quotes

    pairs = _pairs(data, split)[:limit]
    language, label = nlp.load()
    texts = [path.read_text(encoding="utf-8") for path, _ in pairs]
    score = Score()
    # Everything the extractor found, nested statements included, scored against the same gold.
    unprojected = Score()
    parse_seconds = extract_seconds = 0.0
    found = set_aside = 0
    t0 = time.perf_counter()
    parsed_docs = language.pipe(texts, batch_size=16)
    for (path, anns), _text in zip(pairs, texts, strict=True):
        t_parse = time.perf_counter()
        parsed = next(parsed_docs)
        t_extract = time.perf_counter()
        parse_seconds += t_extract - t_parse
        attributions = extract_attributions(parsed)
        extract_seconds += time.perf_counter() - t_extract
        found += len(attributions)
        everything = [Predicted(a.cue, a.source, a.content) for a in attributions]
        predicted = univocal(everything)
        set_aside += len(attributions) - len(predicted)
        quotations = tuple(q.span for q in find_quotes(parsed.text))
        for ann in anns:
            annotation = read_annotation(ann)
            score.add(
                path.stem,
                annotation.attributions,
                predicted,
                discarded=annotation.discarded,
                quotations=quotations,
            )
            unprojected.add(
                path.stem, annotation.attributions, everything, discarded=annotation.discarded
            )
    total = time.perf_counter() - t0
    click.echo(
        f"PolNeAR {split}: {len(pairs)} articles, {sum(len(a) for _, a in pairs)} annotations; model {label}"
    )
    for line in score.lines():
        click.echo(line)
    click.echo(f"nested statements set aside (univocal annotation): {set_aside} of {found}")
    click.echo(f"nothing set aside   {unprojected.headline()}")
    click.echo(
        f"speed               {len(pairs) / total:.1f} articles/s with parsing; "
        f"extraction alone {found / extract_seconds if extract_seconds else 0:.0f} attributions/s "
        f"({1000 * extract_seconds / max(len(pairs), 1):.1f} ms per article)"
    )
    if show_errors:
        text_of = {p.stem: t for (p, _), t in zip(pairs, texts, strict=True)}
        click.echo("\nmissed (gold cue | source | content):")
        for name, g in score.misses[:show_errors]:
            shown = [
                " … ".join(text_of[name][s.start : s.end] for s in spans)[:120]
                for spans in (g.cue, g.source, g.content)
            ]
            click.echo("  " + " | ".join(repr(x) for x in shown))
        click.echo("\nfalse alarms (cue | source | content):")
        for name, p in score.false_alarms[:show_errors]:
            t = text_of[name]
            src = t[p.source.start : p.source.end] if p.source else None
            click.echo(
                f"  {t[p.cue.start : p.cue.end]!r} | {src!r} | {t[p.content.start : p.content.end][:120]!r}"
            )
