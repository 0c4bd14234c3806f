"""`sitrep bench timex`: TempEval-3 Task A (time expressions) on TimeML files.

The text inside <TEXT> (for MEANTIME's CAT XML, the text its tokens make) is analysed by the
sentences and times stages with the document creation time as publication date; the
expressions found are scored against the TIMEX3 annotations:
strict (same characters) and relaxed (overlapping) extent precision, recall and F1, value F1
(relaxed F1 times value accuracy on matched expressions, as TempEval-3 defines it) and type
accuracy, with the errors by kind and a few examples of each (to the terminal only).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitrep.records import Article, Span, TimeExpression
from sitrep.temporal.timeml import GoldTimex, TimeMLDocument, read_corpus

DEFAULT_DATA = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "data"
    / "tempeval3"
    / "Training"
    / "TBAQ-cleaned"
)


@dataclass(frozen=True, slots=True)
class ErrorExample:
    kind: str  # missed, spurious, extent, value DATE, type ...
    document: str
    context: str
    gold: str | None
    found: str | None


@dataclass(slots=True)
class Scores:
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list[ErrorExample] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.found if self.found else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.prf(self.relaxed)[2] * self.value_accuracy

    def error_counts(self) -> Counter[str]:
        return Counter(e.kind for e in self.errors)


def _context(text: str, span: Span, width: int = 50) -> str:
    left = text[max(0, span.start - width) : span.start]
    right = text[span.end : span.end + width]
    return " ".join(f"{left}[{text[span.start : span.end]}]{right}".split())


def _describe(text: str, t: GoldTimex | TimeExpression) -> str:
    mod = f" {t.mod}" if t.mod else ""
    return f"{text[t.span.start : t.span.end]!r} {t.type.value} {t.value}{mod}"


def score_document(
    name: str,
    text: str,
    gold: Sequence[GoldTimex],
    found: Sequence[TimeExpression],
    scores: Scores,
) -> None:
    """Add one document's counts and errors to ``scores``."""
    scores.gold += len(gold)
    scores.found += len(found)
    used: set[int] = set()
    for g in gold:
        match = next(
            (i for i, f in enumerate(found) if i not in used and f.span == g.span),
            None,
        )
        if match is None:
            match = next(
                (i for i, f in enumerate(found) if i not in used and f.span.overlaps(g.span)),
                None,
            )
        if match is None:
            scores.errors.append(
                ErrorExample("missed", name, _context(text, g.span), _describe(text, g), None)
            )
            continue
        used.add(match)
        f = found[match]
        scores.relaxed += 1
        if f.span == g.span:
            scores.strict += 1
        else:
            scores.errors.append(
                ErrorExample(
                    "extent", name, _context(text, g.span), _describe(text, g), _describe(text, f)
                )
            )
        if f.value == g.value:
            scores.value_ok += 1
        else:
            scores.errors.append(
                ErrorExample(
                    f"value {g.type.value}",
                    name,
                    _context(text, g.span),
                    _describe(text, g),
                    _describe(text, f),
                )
            )
        if f.type == g.type:
            scores.type_ok += 1
        else:
            scores.errors.append(
                ErrorExample(
                    "type", name, _context(text, g.span), _describe(text, g), _describe(text, f)
                )
            )
    for i, f in enumerate(found):
        if i not in used:
            scores.errors.append(
                ErrorExample("spurious", name, _context(text, f.span), None, _describe(text, f))
            )


def run_documents(docs: Iterable[TimeMLDocument]) -> tuple[Scores, int, float]:
    """Analyse and score documents: (scores, expressions found, seconds spent in times.v1)."""
    from sitrep.pipeline.base import Document
    from sitrep.pipeline.sentences import SentencesStage
    from sitrep.pipeline.times import TimesStage

    docs = list(docs)
    sentences, times = SentencesStage(), TimesStage()
    scores = Scores()
    seconds = 0.0
    count = 0
    parses = sentences.parse_many(d.text for d in docs)
    for tml, parse in zip(docs, parses, strict=True):
        doc = Document(Article(id=tml.name, text=tml.text, published=tml.creation_date))
        doc.put("parse", parse)
        t0 = time.perf_counter()
        timeline = times(doc)
        seconds += time.perf_counter() - t0
        count += len(timeline.expressions)
        score_document(tml.name, tml.text, tml.timexes, timeline.expressions, scores)
    return scores, count, seconds


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}"


def report(
    scores: Scores,
    *,
    expressions: int,
    seconds: float,
    examples: int,
    kinds: Sequence[str] = (),
) -> str:
    """The scores, the speed and the errors by kind, with ``examples`` of each (of the
    ``kinds`` named, when some are: "missed", "spurious", "extent", "type", "value", "value
    DATE" ...; a kind names every kind it begins)."""
    lines = [
        f"documents' expressions: gold {scores.gold}, found {scores.found}",
        "              P       R       F1",
    ]
    for label, matched in (("strict ", scores.strict), ("relaxed", scores.relaxed)):
        p, r, f = scores.prf(matched)
        lines.append(f"{label}   {_pct(p)}  {_pct(r)}  {_pct(f)}")
    lines += [
        f"value F1     {_pct(scores.value_f1)}   (value accuracy {_pct(scores.value_accuracy)})",
        f"type accuracy {_pct(scores.type_accuracy)}",
        f"speed: {expressions} expressions in {seconds:.2f} s of times.v1"
        f" = {expressions / seconds if seconds else 0:,.0f} expressions/s",
        "",
        "errors by kind:",
    ]
    for kind, n in scores.error_counts().most_common():
        lines.append(f"  {kind:16} {n}")
        if examples and (not kinds or any(kind.startswith(k) for k in kinds)):
            for e in [e for e in scores.errors if e.kind == kind][:examples]:
                lines.append(f"      {e.document}: {e.context}")
                lines.append(f"          gold {e.gold or '-'}  found {e.found or '-'}")
    return "\n".join(lines)


@click.command(name="timex")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="A folder of TimeML .tml files (searched recursively; else MEANTIME CAT .xml files),"
    " or one file.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option(
    "--errors",
    "examples",
    type=int,
    default=3,
    show_default=True,
    help="Examples to print per error kind.",
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    help="Print examples of these error kinds only (repeatable): missed, spurious, extent,"
    " type, value (all value kinds) or 'value DATE', 'value DURATION' ...",
)
def command(data: Path, limit: int | None, examples: int, kinds: tuple[str, ...]) -> None:
    """TempEval-3 Task A: time expression extents, types and values against TimeML."""
    from sitrep.errors import InputError

    try:
        docs = read_corpus(data, limit=limit)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    if not docs:
        raise click.ClickException(f"{data}: no .tml files")
    t0 = time.perf_counter()
    scores, expressions, seconds = run_documents(docs)
    click.echo(f"{len(docs)} documents from {data} in {time.perf_counter() - t0:.1f} s")
    click.echo(
        report(scores, expressions=expressions, seconds=seconds, examples=examples, kinds=kinds)
    )
