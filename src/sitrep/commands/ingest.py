"""`sitrep ingest`: read files, folders, feeds and pages into the corpus, one transaction per
article, then merge the reports of the same events."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

import click

from sitrep.commands.options import (
    DATE,
    db_option,
    make_console,
    opened,
)

if TYPE_CHECKING:
    from sitrep.store import SqlStore


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH|FOLDER|FEED|URL|-...")
@db_option
@click.option("--published", type=DATE, help="Publication date for inputs that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for inputs that carry none.")
@click.option(
    "--input-format",
    type=click.Choice(["text", "html", "jsonl", "json"]),
    help="Read every file as this kind instead of guessing from its name.",
)
@click.option(
    "--fetch/--no-fetch",
    default=True,
    show_default=True,
    help="Fetch URLs, and feed entries that carry only a link.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=15.0,
    show_default=True,
    help="Seconds per fetch.",
)
@click.option(
    "--retries", type=click.IntRange(min=0), default=2, show_default=True, help="Retries per fetch."
)
@click.option(
    "--reconcile/--no-reconcile",
    "merge_after",
    default=True,
    show_default=True,
    help="Merge the new articles' event reports with those of the corpus (`sitrep reconcile`).",
)
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: dt.date | None,
    source: str | None,
    input_format: str | None,
    fetch: bool,
    timeout: float,
    retries: int,
    merge_after: bool = True,
) -> None:
    """Analyse articles into the corpus: files, folders, RSS/Atom feeds (files or URLs), JSONL,
    or - for standard input.

    An article already in the corpus is skipped; a changed one (same URL) replaces its old
    analysis; one that fails is recorded with its reason and the run goes on. Interrupting
    (Ctrl-C) keeps every article already stored.

    \b
    Examples:
      sitrep ingest ./articles/ feed.xml archive.jsonl
      sitrep ingest https://example.org/feed.rss --db team.sqlite
    """
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from sitrep.commands.render import render_summary
    from sitrep.ingest import ArticleDefaults
    from sitrep.ingest.feeds import Fetcher, read_sources
    from sitrep.records import Article, Failure
    from sitrep.store import Outcome
    from sitrep.store.ingest import IngestSummary
    from sitrep.store.ingest import ingest as run_ingest

    console = make_console(stderr=True)
    defaults = ArticleDefaults(published=published, source=source)
    summary = IngestSummary()
    interrupted = False
    with opened(db, create=True) as store:
        console.print(f"corpus: {store.location}", style="dim")
        fetcher = Fetcher(timeout=timeout, retries=retries) if fetch else None
        try:
            # Streamed: each input is read (or fetched) just before it is analysed, so a large
            # archive or a long list of feeds starts at once and is never held whole in memory.
            items = read_sources(paths, defaults=defaults, fetcher=fetcher, kind=input_format)
            progress = Progress(
                TextColumn("[bold]ingesting"),
                BarColumn(),
                TextColumn("{task.completed} done"),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=console,
            )
            with progress:
                task = progress.add_task("", total=None)

                def advance(item: Article | Failure, outcome: Outcome | None) -> None:
                    name = item.origin if isinstance(item, Failure) else item.title or item.id
                    progress.update(task, advance=1, description=str(name)[:50])

                run_ingest(items, store, summary=summary, progress=advance)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            if fetcher is not None:
                fetcher.close()
        if merge_after and not interrupted and (summary.added or summary.replaced):
            _reconcile_after_ingest(store, console=console)
    render_summary(summary, console=console, interrupted=interrupted)
    if interrupted:
        sys.exit(130)
    if summary.failed and summary.failed == summary.total:
        sys.exit(1)


def _reconcile_after_ingest(store: SqlStore, *, console: Any) -> None:
    """Merge the new reports; the articles are stored whatever happens here."""
    from sitrep.reconcile.corpus import reconcile
    from sitrep.store import StoreError

    try:
        with console.status("merging reports of the same events…"):
            console.print(f"merged: {reconcile(store)}", style="dim")
    except (StoreError, KeyboardInterrupt) as exc:
        console.print(f"merging skipped ({exc or 'interrupted'}); run `sitrep reconcile`")
