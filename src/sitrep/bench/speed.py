"""`sitrep bench speed`: articles/s and words/s of the whole analysis, next to spaCy alone."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

import click

from sitrep.bench.corpora import articles_at, shared_data
from sitrep.errors import SitrepError
from sitrep.ingest import ArticleDefaults
from sitrep.records import Article, Failure

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "articles"


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _words(text: str) -> int:
    return len(text.split())


@click.command(name="speed")
@click.option(
    "--data",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Articles: a folder or file of .txt/.html/.jsonl, or the AllSides .jsonl "
    "(default: the bundled samples).",
)
@click.option("--allsides", is_flag=True, help="Use ../shared/data/allsides (real news text).")
@click.option("--limit", type=int, default=None, help="At most this many articles.")
@click.option("--published", default="2020-11-01", show_default=True)
def command(data: Path | None, allsides: bool, limit: int | None, published: str) -> None:
    """Throughput of `analyze` (articles/s, words/s), spaCy's tokenizer and full spaCy pipeline
    on the same text in the same run, time per stage, and peak memory."""
    from sitrep import nlp
    from sitrep.pipeline.runner import Pipeline

    if allsides:
        data = shared_data("allsides", "stories_before_2021-08.jsonl")
        if not data.exists():
            raise click.ClickException(f"{data} is absent")
    source = data or SAMPLES
    defaults = ArticleDefaults(published=dt.date.fromisoformat(published))
    articles: list[Article] = list(itertools.islice(articles_at(source, defaults=defaults), limit))
    if not articles:
        raise click.ClickException(f"no articles found in {source}")
    words = sum(_words(a.text) for a in articles)
    click.echo(f"corpus: {source} — {len(articles)} articles, {words} words")

    t0 = time.perf_counter()
    language, label = nlp.load()
    pipeline = Pipeline.from_names()
    # warm every stage (gazetteers, lexicons, models) on one article before timing
    pipeline.analyze(articles[0])
    click.echo(f"model: {label}; load and warm-up {time.perf_counter() - t0:.2f} s")
    click.echo(f"stages: {', '.join(pipeline.stage_names)}")
    if pipeline.skipped:
        click.echo(f"not built yet: {', '.join(pipeline.skipped)}")
    texts = [a.text for a in articles]

    gc.collect()
    t0 = time.perf_counter()
    for text in texts:
        language.tokenizer(text)
    tokenizer_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in language.pipe(texts, batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0

    per_stage: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    failures = 0
    t0 = time.perf_counter()
    for result in pipeline.analyze_many(articles):
        if isinstance(result, Failure):
            failures += 1
            click.echo(f"  failed: {result}", err=True)
            continue
        for stage, seconds in result.meta.get("seconds", {}).items():
            per_stage[stage] += seconds
        for section in ("actors", "places", "times", "claims", "events", "casualties"):
            counts[section] += len(getattr(result, section))
    analyze_s = time.perf_counter() - t0

    # The same work one article at a time (what `sitrep.analyze` does for a single text).
    t0 = time.perf_counter()
    for article in articles:
        try:
            pipeline.analyze(article)
        except SitrepError:
            continue
    single_s = time.perf_counter() - t0

    def row(name: str, seconds: float) -> str:
        return (
            f"  {name:<26} {seconds:8.2f} s  {len(texts) / seconds:9.1f} articles/s  "
            f"{words / seconds:11.0f} words/s"
        )

    click.echo("throughput (same text, same run):")
    click.echo(row("spaCy tokenizer alone", tokenizer_s))
    click.echo(row("spaCy pipeline (nlp.pipe)", spacy_s))
    click.echo(row("sitrep, batched (ingest)", analyze_s))
    click.echo(row("sitrep, one by one", single_s))
    click.echo("time per stage:")
    for stage, seconds in per_stage.items():
        share = 100 * seconds / analyze_s if analyze_s else 0.0
        click.echo(f"  {stage:<20} {seconds:8.2f} s  {share:5.1f}%")
    click.echo("records: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    click.echo(f"failures: {failures}")
    click.echo(f"peak memory (RSS): {_peak_rss_mb():.0f} MB")
