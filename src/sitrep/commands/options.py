"""What the corpus commands share: the ``--db``, ``--format`` and ``--limit`` options, dates given
on the command line, the opened store, and query results written as a table, CSV or JSON."""

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


def check_period(since: dt.date | None, until: dt.date | None) -> None:
    """A period that ends before it starts is a usage error, not an empty answer."""
    if since is not None and until is not None and until < since:
        raise click.UsageError(
            f"--until {until.isoformat()} is before --since {since.isoformat()}: "
            "the period is empty (were they swapped?)"
        )


def db_option[F: Callable[..., Any]](command: F) -> F:
    return click.option(
        "--db",
        envvar="SITREP_DB",
        metavar="PATH|URL",
        help="The corpus: a SQLite file or postgresql://... "
        "[default: $SITREP_DB, else corpus.sqlite in the user data directory]",
    )(command)


def _format[F: Callable[..., Any]](command: F, choices: Sequence[str], help: str) -> F:
    """A ``--format`` option (into ``fmt``) of these choices, the first the default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help=help,
    )(command)


def text_or_json_option[F: Callable[..., Any]](command: F) -> F:
    return _format(command, ("text", "json"), "text: for reading; json: for other programs.")


def table_or_json_option[F: Callable[..., Any]](command: F) -> F:
    return _format(command, ("table", "json"), "table: for reading; json: for other programs.")


def format_option[F: Callable[..., Any]](command: F) -> F:
    return _format(command, QUERY_FORMATS, "table: for reading; csv or json: for other programs.")


def limit_option[F: Callable[..., Any]](command: F) -> F:
    return click.option("--limit", type=click.IntRange(min=1), help="Show at most N rows.")(command)


def no_corpus(path: Path) -> click.ClickException:
    """The error for a SQLite path where no corpus is (a mistyped --db, or nothing ingested)."""
    return click.ClickException(
        f"no corpus at {path}: nothing was ingested there "
        f"(check --db or $SITREP_DB, or run: sitrep ingest --db {path} PATH...)"
    )


@contextmanager
def opened(db: str | None, *, create: bool = False, upgrade: bool = True) -> Iterator[SqlStore]:
    """The store named by ``--db``, closed afterwards; a clear error when it cannot be opened.

    Only ``create`` (ingest) makes a SQLite file that is not there or empty: a query on a
    mistyped path says so instead of answering from a new, empty corpus (and leaving the file
    behind). ``upgrade`` migrates an older schema on opening (``db info`` only looks)."""
    from sitrep.store import StoreError, open_store
    from sitrep.store.location import sqlite_file

    path = sqlite_file(db)
    if path is not None and path.is_dir():
        raise click.ClickException(f"{path} is a folder; give the corpus file in it (--db)")
    if path is not None and not create and (not path.exists() or path.stat().st_size == 0):
        raise no_corpus(path)
    try:
        store = open_store(db, upgrade=upgrade)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()


def make_console(*, stderr: bool = False) -> Any:
    """The rich console of the readable output (standard error for progress)."""
    from sitrep.render import console as make_console

    return make_console(stderr=stderr)


def emit(found: Sequence[Found], *, kind: str, fmt: str, title: str | None = None) -> None:
    """Query results as a table for reading, or as CSV or JSON for other programs."""
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from sitrep.store.export import row_columns

        rows = [f.flat() for f in found]
        writer = csv.DictWriter(sys.stdout, fieldnames=row_columns(kind, rows))
        writer.writeheader()
        writer.writerows(rows)
    else:
        from sitrep.commands.render import found_table

        console = make_console()
        if not found:
            console.print(f"no {kind} match")
            return
        console.print(found_table(found, kind=kind, title=title))
