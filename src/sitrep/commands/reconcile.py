"""Commands across articles: `sitrep reconcile`, `sitrep merge show|split`, and the merged-event
view behind `sitrep events --merged`. Thin shells over :mod:`sitrep.reconcile.corpus`."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from sitrep.commands.options import db_option, make_console, opened, text_or_json_option
from sitrep.render import counted

if TYPE_CHECKING:
    from sqlalchemy.engine import RowMapping

    from sitrep.store import SqlStore

_MERGED_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "type",
    "acled",
    "place_name",
    "actor_name",
    "target_name",
    "reports",
    "articles",
    "score",
    "contradictions",
    "sources",
)


def _sources(row: RowMapping) -> str:
    members = (row["data"] or {}).get("members") or []
    return "; ".join(dict.fromkeys(str(m.get("source") or "unnamed outlet") for m in members))


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def merged_dict(row: RowMapping) -> dict[str, Any]:
    out = {name: _plain(row[name]) for name in _MERGED_COLUMNS if name != "sources"}
    data = row["data"] or {}
    return {
        **out,
        "date": data.get("date"),
        **{k: data.get(k) for k in ("members", "contradictions")},
    }


def emit_merged(rows: Sequence[RowMapping], *, fmt: str) -> None:
    """Merged events as a table, CSV (one row per merged event) or JSON (with every member)."""
    if fmt == "json":
        click.echo(json.dumps([merged_dict(r) for r in rows], ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_MERGED_COLUMNS))
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {n: _sources(r) if n == "sources" else _plain(r[n]) for n in _MERGED_COLUMNS}
            )
        return
    from rich.table import Table

    console = make_console()
    if not rows:
        console.print("no events reported by several articles (run `sitrep reconcile`?)")
        return
    table = Table(title="Events reported by several articles", title_justify="left", expand=True)
    for heading in ("merged", "date", "type", "place", "actor", "reports", "score", "sources"):
        table.add_column(heading, overflow="fold")
    for r in rows:
        data = r["data"] or {}
        disputed = f"\n{r['contradictions']} contradiction(s)" if r["contradictions"] else ""
        table.add_row(
            str(r["id"]),
            str(data.get("date") or ""),
            str(r["acled"] or r["type"]),
            str(r["place_name"] or ""),
            str(r["actor_name"] or ""),
            f"{r['reports']} in {counted(r['articles'], 'article')}",
            f"{r['score']:.2f}",
            _sources(r) + disputed,
        )
    console.print(table)
    console.print("why they were merged: sitrep merge show ID; undo: sitrep merge split ID N")


def show_merged_events(
    store: SqlStore,
    *,
    since: dt.date | None,
    until: dt.date | None,
    type: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    from sitrep.store.merged import list_merged

    emit_merged(list_merged(store, since=since, until=until, type=type, limit=limit), fmt=fmt)


@click.command("reconcile")
@db_option
@click.option(
    "--full",
    is_flag=True,
    help="Merge every event report again from scratch (the splits users made are kept).",
)
def reconcile_command(db: str | None, full: bool) -> None:
    """Merge reports of the same event by several articles, and find where sources contradict
    each other. `sitrep ingest` does this for new articles by itself.

    \b
    Example:
      sitrep reconcile && sitrep events --merged
    """
    from sitrep.reconcile.corpus import reconcile

    with opened(db) as store:
        summary = reconcile(store, full=full)
    click.echo(str(summary), err=True)


@click.group("merge")
def merge_group() -> None:
    """Merged events: why reports were merged, and splitting a wrong merge."""


@merge_group.command("show")
@click.argument("merged_id")
@db_option
@text_or_json_option
def show(merged_id: str, db: str | None, fmt: str) -> None:
    """Every report of one merged event, its evidence, and the criteria that merged it."""
    from sitrep.store.merged import merged_rows

    with opened(db) as store:
        found = merged_rows(store, ids=[merged_id])
    if not found:
        raise click.ClickException(f"no merged event {merged_id!r} (see `sitrep events --merged`)")
    row = found[0].event
    if fmt == "json":
        click.echo(json.dumps(merged_dict(row), ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    data = row["data"] or {}
    console = make_console()
    console.print(
        f"[bold]{row['id']}[/bold]  {row['acled'] or row['type']} · {row['place_name'] or '?'} · "
        f"{data.get('date') or 'undated'} · {counted(row['reports'], 'report')} in "
        f"{counted(row['articles'], 'article')}"
    )
    table = Table(expand=True, show_lines=True)
    for heading in ("#", "source", "published", "evidence", "why merged", "score"):
        table.add_column(heading, overflow="fold")
    for i, m in enumerate(data.get("members") or [], 1):
        why = "\n".join(f"{c['reason']} ({c['score']:.2f})" for c in m.get("reasons") or [])
        table.add_row(
            str(i),
            str(m.get("source") or "unnamed outlet"),
            str(m.get("published") or ""),
            str(m.get("quote") or ""),
            why or "first report",
            f"{m.get('score', 1.0):.2f}" if i > 1 else "",
        )
    console.print(table)
    for c in data.get("contradictions") or []:
        console.print(f"[bold red]contradiction:[/bold red] {c['note']}")


@merge_group.command("split")
@click.argument("merged_id")
@click.argument("report")
@db_option
def split_command(merged_id: str, report: str, db: str | None) -> None:
    """Take REPORT out of merged event MERGED_ID for good: it is never merged with those
    reports again, also when merging runs again.

    REPORT is the member's number in `sitrep merge show`, or ARTICLE:RECORD (a prefix of the
    article's content hash and the event's id in it).
    """
    from sitrep.reconcile.corpus import split
    from sitrep.store import StoreError

    with opened(db) as store:
        try:
            summary = split(store, merged_id, report)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"split {report} from {merged_id}; {summary}", err=True)


def casualty_series_csv(series: Sequence[Any]) -> None:
    """Every source's figures over time, one row per source, side, group and day.

    Each figure keeps its qualifier and the top of its range beside it, the same columns
    whatever the rows hold: "more than 8,000 displaced" is never read as exactly 8000."""
    from sitrep.records.facts import CASUALTY_FIGURES

    columns = ["side", "group", "line", "day"]
    for name in CASUALTY_FIGURES:
        columns += [name, f"{name}_qualifier", f"{name}_high"]
    writer = csv.DictWriter(sys.stdout, fieldnames=[*columns, "source", "quote"])
    writer.writeheader()
    for s in series:
        for f in sorted(s.figures, key=lambda f: (f.reporter, f.day or "")):
            row: dict[str, Any] = {"side": s.side, "group": s.group, "line": f.reporter}
            row |= {"day": f.day, "source": f.source, "quote": f.quote}
            for name, value, count in f.counted():
                row[name] = value
                row[f"{name}_qualifier"] = (count or {}).get("qualifier")
                row[f"{name}_high"] = (count or {}).get("high")
            writer.writerow(row)


COMMANDS: tuple[click.Command, ...] = (reconcile_command, merge_group)
