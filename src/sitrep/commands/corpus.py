"""The corpus commands: ingest, the queries, the situation report, export, and the database.

Thin shells: parse options, call the store, render. Every command takes ``--db`` (a file path
or a ``postgresql://`` URL; default ``$SITREP_DB``, else a file in the user data directory).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sitrep.records import Stance

if TYPE_CHECKING:
    from sitrep.store import Found, SqlStore

QUERY_FORMATS = ("table", "csv", "json")


class _Date(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        from sitrep.errors import InputError
        from sitrep.ingest import parse_date

        try:
            parsed = parse_date(str(value), origin=f"--{param.name if param else 'date'}")
        except InputError as exc:
            self.fail(exc.reason, param, ctx)
        return parsed.date() if isinstance(parsed, dt.datetime) else parsed


DATE = _Date()


def db_option[F: Callable[..., Any]](command: F) -> F:
    return click.option(
        "--db",
        envvar="SITREP_DB",
        metavar="PATH|URL",
        help="The corpus: a SQLite file or postgresql://... "
        "[default: $SITREP_DB, else corpus.sqlite in the user data directory]",
    )(command)


def format_option[F: Callable[..., Any]](command: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(QUERY_FORMATS),
        default="table",
        show_default=True,
        help="table: for reading; csv or json: for other programs.",
    )(command)


def limit_option[F: Callable[..., Any]](command: F) -> F:
    return click.option("--limit", type=click.IntRange(min=1), help="Show at most N rows.")(command)


@contextmanager
def _opened(db: str | None) -> Iterator[SqlStore]:
    from sitrep.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()


def _console(*, stderr: bool = False) -> Any:
    from sitrep.render import console

    return console(stderr=stderr)


def _emit(found: Sequence[Found], *, kind: str, fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from sitrep.store.export import flat_columns

        rows = [f.flat() for f in found]
        writer = csv.DictWriter(sys.stdout, fieldnames=flat_columns(rows) or ["id"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        from sitrep.commands.render import found_table

        console = _console()
        if not found:
            console.print(f"no {kind} match")
            return
        console.print(found_table(found, kind=kind, title=title))


# --- ingest ------------------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH|FOLDER|FEED|URL...")
@db_option
@click.option("--published", type=DATE, help="Publication date for inputs that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for inputs that carry none.")
@click.option(
    "--input-format",
    type=click.Choice(["text", "html", "jsonl"]),
    help="Read every file as this kind instead of guessing from its name.",
)
@click.option(
    "--fetch/--no-fetch",
    default=True,
    show_default=True,
    help="Fetch URLs, and feed entries that carry only a link.",
)
@click.option("--timeout", type=float, default=15.0, show_default=True, help="Seconds per fetch.")
@click.option("--retries", type=int, default=2, show_default=True, help="Retries per fetch.")
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
    """Analyse articles into the corpus: files, folders, RSS/Atom feeds (files or URLs), JSONL.

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
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from sitrep.commands.render import render_summary
    from sitrep.ingest import ArticleDefaults
    from sitrep.ingest.feeds import Fetcher, read_sources
    from sitrep.records import Article, Failure
    from sitrep.store import Outcome
    from sitrep.store.ingest import IngestSummary
    from sitrep.store.ingest import ingest as run_ingest

    console = _console(stderr=True)
    defaults = ArticleDefaults(published=published, source=source)
    summary = IngestSummary()
    interrupted = False
    with _opened(db) as store:
        console.print(f"corpus: {store.location}", style="dim")
        fetcher = Fetcher(timeout=timeout, retries=retries) if fetch else None
        try:
            with console.status("reading inputs…"):
                items = list(
                    read_sources(paths, defaults=defaults, fetcher=fetcher, kind=input_format)
                )
            progress = Progress(
                TextColumn("[bold]ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=console,
            )
            with progress:
                task = progress.add_task("", total=len(items))

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


# --- queries -----------------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--since", type=DATE, help="Events that may have happened on or after DATE.")
@click.option("--until", type=DATE, help="Events that may have happened on or before DATE.")
@click.option("--place", metavar="NAME", help="Place name (or a region or country holding it).")
@click.option("--type", "event_type", metavar="TYPE", help="PLOVER type or ACLED sub-event type.")
@click.option("--actor", metavar="NAME", help="Who acted, or who was acted on.")
@click.option(
    "--merged",
    is_flag=True,
    help="Events reported by several articles, one row each, with their sources and merge score.",
)
@limit_option
@format_option
def events(
    db: str | None,
    since: dt.date | None,
    until: dt.date | None,
    place: str | None,
    event_type: str | None,
    actor: str | None,
    limit: int | None,
    fmt: str,
    merged: bool = False,
) -> None:
    """Events in the corpus, each with its evidence and source.

    \b
    Example:
      sitrep events --since 2020-10-25 --place Martuni
      sitrep events --merged
    """
    if merged:
        from sitrep.commands.reconcile import show_merged_events

        if place or actor:
            raise click.UsageError("--merged filters by --since, --until and --type only")
        with _opened(db) as store:
            show_merged_events(
                store, since=since, until=until, type=event_type, limit=limit, fmt=fmt
            )
        return
    with _opened(db) as store:
        found = store.events(
            since=since, until=until, place=place, type=event_type, actor=actor, limit=limit
        )
    _emit(found, kind="events", fmt=fmt)


@click.command()
@db_option
@click.option("--speaker", metavar="TEXT", help="Words naming the speaker ('defence ministry').")
@click.option(
    "--stance",
    type=click.Choice([s.value for s in Stance]),
)
@click.option("--since", type=DATE, help="Claims in articles published on or after DATE.")
@click.option("--until", type=DATE, help="Claims in articles published on or before DATE.")
@limit_option
@format_option
def claims(
    db: str | None,
    speaker: str | None,
    stance: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int | None,
    fmt: str,
) -> None:
    """Who said what: attributed statements in the corpus.

    \b
    Example:
      sitrep claims --speaker "defence ministry" --stance deny
    """
    with _opened(db) as store:
        found = store.claims(speaker=speaker, stance=stance, since=since, until=until, limit=limit)
    _emit(found, kind="claims", fmt=fmt)


@click.command()
@db_option
@click.option("--side", metavar="NAME", help="Whose dead and wounded ('Armenia').")
@click.option("--group", type=click.Choice(["military", "civilian", "all", "unknown"]))
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("series", "series-csv", *QUERY_FORMATS)),
    default="series",
    show_default=True,
    help="series: each source's figures over time, side by side; series-csv: the same as CSV, "
    "one row per side, group, source (line) and day; table: one row per figure.",
)
def casualties(
    db: str | None,
    side: str | None,
    group: str | None,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """Casualty figures: for each side and group, every source's figure over time.

    \b
    Example:
      sitrep casualties --side Armenia
    """
    from sitrep.store.queries import casualty_series

    with _opened(db) as store:
        found = store.casualties(side=side, group=group, since=since, until=until)
    if fmt == "series-csv":
        from sitrep.commands.reconcile import casualty_series_csv

        casualty_series_csv(casualty_series(found))
        return
    if fmt != "series":
        _emit(found, kind="casualties", fmt=fmt)
        return
    from sitrep.commands.render import series_table

    console = _console()
    if not found:
        console.print("no casualty figures match")
    for series in casualty_series(found):
        console.print(series_table(series))


@click.command()
@db_option
@click.option("--kind", type=click.Choice(["denial", "figures", "attribution", "other"]))
@click.option("--since", type=DATE)
@click.option(
    "--scope",
    type=click.Choice(["all", "within", "across"]),
    default="all",
    show_default=True,
    help="within: inside one article; across: one side's article asserts an event another "
    "side's article denies (see `sitrep reconcile`).",
)
@limit_option
@format_option
def contradictions(
    db: str | None,
    kind: str | None,
    since: dt.date | None,
    limit: int | None,
    fmt: str,
    scope: str = "all",
) -> None:
    """Where sources disagree: denials, figures that differ, disputed attribution, within one
    article and across articles."""
    from sitrep.reconcile.corpus import source_contradictions

    found: list[Found] = []
    with _opened(db) as store:
        if scope != "across":
            found += store.contradictions(kind=kind, since=since, limit=limit)
        if scope != "within" and kind in (None, "denial"):
            found += source_contradictions(store, since=since, limit=limit)
    _emit(found[:limit] if limit else found, kind="contradictions", fmt=fmt)


@click.command()
@click.argument("words", nargs=-1, required=True)
@db_option
@click.option("--kind", type=click.Choice(["article", "claim"]), help="Search only these.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table")
def search(words: tuple[str, ...], db: str | None, kind: str | None, limit: int, fmt: str) -> None:
    """Full-text search over article text and claims (every word must occur).

    \b
    Example:
      sitrep search drone strike school
    """
    with _opened(db) as store:
        hits = store.search(" ".join(words), kind=kind, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["published", "source", "url", "kind", "record_id", "snippet"])
        for h in hits:
            a = h.article
            writer.writerow([a.published, a.source, a.url, h.kind, h.record_id, h.snippet])
    else:
        from sitrep.commands.render import hits_table

        console = _console()
        if not hits:
            console.print("no matches")
        else:
            console.print(hits_table(hits))


@click.command()
@db_option
@click.option("--since", type=DATE, help="Start of the period.")
@click.option("--until", type=DATE, help="End of the period.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def report(db: str | None, since: dt.date | None, until: dt.date | None, fmt: str) -> None:
    """A situation report: what happened, where, who says what, where sources disagree.

    \b
    Example:
      sitrep report --since 2020-10-30
    """
    import dataclasses

    from sitrep.reconcile.corpus import source_contradictions
    from sitrep.store.queries import situation

    with _opened(db) as store:
        result = situation(store, since=since, until=until)
        across = tuple(source_contradictions(store, since=since))
    result = dataclasses.replace(result, contradictions=result.contradictions + across)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    from sitrep.commands.render import render_situation

    render_situation(result, console=_console())


@click.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled", "csv", "geojson", "parquet"]),
    required=True,
    help="acled: ACLED-style columns; csv: every field; geojson: events with coordinates; "
    "parquet: every field, columnar.",
)
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@click.option("--place", metavar="NAME")
def export(
    out: Path,
    db: str | None,
    fmt: str,
    since: dt.date | None,
    until: dt.date | None,
    place: str | None,
) -> None:
    """Export the corpus's events to a file.

    \b
    Example:
      sitrep export --format acled events.csv
    """
    from sitrep.store.export import export_events

    with _opened(db) as store:
        found = store.events(since=since, until=until, place=place)
    written = export_events(found, fmt=fmt, out=out)
    click.echo(f"wrote {written} events to {out}", err=True)


@click.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def failures(db: str | None, limit: int, fmt: str) -> None:
    """Inputs that could not be read or analysed, newest first, with the reason."""
    with _opened(db) as store:
        found = store.failures(limit=limit)
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table(expand=True)
    for heading in ("when", "input", "reason", "stage"):
        table.add_column(heading, overflow="fold")
    for f in found:
        table.add_row(f.at.isoformat(timespec="seconds"), f.origin, f.reason, f.stage or "")
    _console().print(table if found else "no failures recorded")


# --- the database ------------------------------------------------------------------------------


@click.group()
def db() -> None:
    """The corpus database: where it is, its schema version, upgrades."""


@db.command()
@db_option
def upgrade(db: str | None) -> None:
    """Bring the database's schema to this version of sitrep (data is kept)."""
    from sitrep.store import StoreError, open_store

    try:
        store = open_store(db, upgrade=False)
        before = store.revision()
        store.upgrade()
        after = store.revision()
        store.close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if before == after:
        click.echo(f"{store.location}: schema is up to date ({after})")
    else:
        click.echo(f"{store.location}: schema upgraded from {before or 'empty'} to {after}")


@db.command()
@db_option
def info(db: str | None) -> None:
    """Where the corpus is, its schema version and how much it holds."""
    from sitrep.store import migrate

    with _opened(db) as store:
        click.echo(f"database: {store.location}")
        click.echo(f"schema:   {store.revision()} (newest: {migrate.head()})")
        for name, n in store.counts().items():
            click.echo(f"{name + ':':16}{n}")


def _across_articles() -> tuple[click.Command, ...]:
    from sitrep.commands.reconcile import COMMANDS as RECONCILE_COMMANDS

    return RECONCILE_COMMANDS


COMMANDS: tuple[click.Command, ...] = (
    ingest,
    events,
    claims,
    casualties,
    contradictions,
    search,
    report,
    export,
    failures,
    db,
    *_across_articles(),
)
