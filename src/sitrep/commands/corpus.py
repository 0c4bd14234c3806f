"""The corpus commands: ingest, the queries, the situation report, export, and the database.

Thin shells: parse options, call the store, render. Every command takes ``--db`` (a file path
or a ``postgresql://`` URL; default ``$SITREP_DB``, else a file in the user data directory).
Ingest lives in :mod:`sitrep.commands.ingest`, the queries in :mod:`sitrep.commands.queries`,
the options they share in :mod:`sitrep.commands.options`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from sitrep.commands.ingest import ingest
from sitrep.commands.options import (
    DATE,
    check_period,
    db_option,
    make_console,
    no_corpus,
    opened,
    table_or_json_option,
    text_or_json_option,
)
from sitrep.commands.queries import casualties, claims, contradictions, events, search


@click.command()
@db_option
@click.option("--since", type=DATE, help="Start of the period.")
@click.option("--until", type=DATE, help="End of the period.")
@text_or_json_option
def report(db: str | None, since: dt.date | None, until: dt.date | None, fmt: str) -> None:
    """A situation report: what happened, where, who says what, where sources disagree.

    \b
    Example:
      sitrep report --since 2020-10-30
    """
    check_period(since, until)
    import dataclasses

    from sitrep.reconcile.corpus import source_contradictions
    from sitrep.store.queries import situation

    with opened(db) as store:
        result = situation(store, since=since, until=until)
        # the across-source query takes no end date: bound it here by the denying article's date
        across = tuple(
            c
            for c in source_contradictions(store, since=since)
            if until is None or (c.article.published or "")[:10] <= until.isoformat()
        )
    result = dataclasses.replace(result, contradictions=result.contradictions + across)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    from sitrep.commands.render import render_situation

    render_situation(result, console=make_console())


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
@click.option("--since", type=DATE, help="Events that may have happened on or after DATE.")
@click.option("--until", type=DATE, help="Events that may have happened on or before DATE.")
@click.option("--place", metavar="NAME", help="Place name (or a region or country holding it).")
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
    check_period(since, until)
    from sitrep.store.export import export_events

    with opened(db) as store:
        found = store.events(since=since, until=until, place=place)
    try:
        written = export_events(found, fmt=fmt, out=out)
    except OSError as exc:  # no such folder, no permission, disk full ...
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    unmapped = len(found) - written  # GeoJSON holds only the events that have coordinates
    left_out = f" ({unmapped} without coordinates left out)" if unmapped else ""
    click.echo(f"wrote {written} events to {out}{left_out}", err=True)


@click.command()
@db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Show at most N."
)
@table_or_json_option
def failures(db: str | None, limit: int, fmt: str) -> None:
    """Inputs that could not be read or analysed, newest first, with the reason."""
    with opened(db) as store:
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
    make_console().print(table if found else "no failures recorded")


# --- the database ------------------------------------------------------------------------------


@click.group()
def db() -> None:
    """The corpus database: where it is, its schema version, upgrades."""


@db.command()
@db_option
def upgrade(db: str | None) -> None:
    """Bring the database's schema to this version of sitrep (data is kept)."""
    from sitrep.store import StoreError, open_store
    from sitrep.store.location import sqlite_file

    path = sqlite_file(db)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):  # a typo: no corpus
        raise no_corpus(path)
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
    """Where the corpus is, its schema version and how much it holds (an older schema is
    shown as found: `sitrep db upgrade`, or any other command, upgrades it)."""
    from sitrep.store import StoreError, migrate

    with opened(db, upgrade=False) as store:
        try:
            revision, newest = store.revision(), migrate.head()
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"database: {store.location}")
        if revision == newest:
            click.echo(f"schema:   {revision} (newest: {newest})")
            counts = store.counts()
        else:  # shown as found: the next command (or `sitrep db upgrade`) migrates it
            click.echo(
                f"schema:   {revision or 'none'} (newest: {newest}; "
                "`sitrep db upgrade` or the next command upgrades it, keeping its data)"
            )
            counts = store.counts() if revision is not None else {}
        for name, n in counts.items():
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
