"""Terminal rendering of corpus answers: filtered tables, casualty series, the situation report."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sitrep.render import as_reported
from sitrep.store.base import ArticleRef, Found, Hit
from sitrep.store.figures import FIGURES
from sitrep.store.ingest import IngestSummary
from sitrep.store.queries import Figure, Series, Situation

# Columns of each kind's table: (heading, field); "quote" is the evidence, "source" the outlet.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("date", "date"),
        ("type", "type"),
        ("ACLED", "acled"),
        ("place", "place_name"),
        ("actor", "actor_name"),
        ("target", "target_name"),
        ("who says so", "said"),
        ("source", "source"),
        ("evidence", "quote"),
    ),
    "claims": (
        ("published", "published"),
        ("speaker", "said_by"),
        ("stance", "stance"),
        ("says", "content"),
        ("source", "source"),
    ),
    "casualties": (
        ("as of", "as_of_date"),
        ("side", "side_name"),
        ("group", "group"),
        ("killed", "killed"),
        ("injured", "injured"),
        ("missing", "missing"),
        ("displaced", "displaced"),
        ("abducted", "abducted"),
        ("reported by", "reporter_name"),
        ("source", "source"),
    ),
    "contradictions": (
        ("published", "published"),
        ("kind", "kind"),
        ("between", "quote"),
        ("note", "note"),
        ("source", "source"),
    ),
}


def outlet(article: ArticleRef) -> str:
    """The article's outlet, else its address; an article with neither is named by its title in
    quotation marks (or its id), so that a headline is never read as the name of an outlet."""
    if article.source or article.url:
        return str(article.source or article.url)
    return f"“{article.title}”" if article.title else article.article_id


def _cell(found: Found, name: str) -> str:
    if name == "quote":
        return found.quote or ""
    if name == "source":
        a = found.article
        return outlet(a)
    if name == "published":
        return found.article.published or ""
    if name == "said":  # an event's asserting and denying sources (sitrep.store.context)
        asserted, denied = found.fields.get("asserted_by"), found.fields.get("denied_by")
        said = ([str(asserted)] if asserted else []) + ([f"denied by {denied}"] if denied else [])
        # told by the article itself, as `sitrep analyze` says, not an unknown source
        return "\n".join(said) or "narration"
    value = found.fields.get(name)
    if name in FIGURES:  # as the source gave it: "at least four" is "≥ 4", not 4
        return as_reported(found.data.get(name), value)
    return "" if value is None else str(value)


# Columns shown only when some row fills them: few articles count the displaced or abducted.
SPARSE = frozenset({"displaced", "abducted"})


def found_table(found: Sequence[Found], *, kind: str, title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", expand=True, show_lines=kind != "events")
    columns = [
        (heading, name)
        for heading, name in COLUMNS[kind]
        if name not in SPARSE or any(f.fields.get(name) is not None for f in found)
    ]
    for heading, _name in columns:
        table.add_column(heading, overflow="fold")
    for f in found:
        table.add_row(*(_cell(f, name) for _heading, name in columns))
    return table


def _figure(f: Figure) -> str:
    parts = [f"{as_reported(count, value)} {word}" for word, value, count in f.counted()]
    return ", ".join(parts) or "?"


def series_table(series: Series) -> Table:
    """Days down, sources across: each source's figure for one side and group, side by side."""
    table = Table(title=f"{series.side} · {series.group}", title_justify="left", expand=True)
    table.add_column("as of")
    reporters = series.reporters
    for reporter in reporters:
        table.add_column(reporter, overflow="fold")
    for day in series.days:
        cells = []
        for reporter in reporters:
            figures = [f for f in series.figures if f.day == day and f.reporter == reporter]
            cells.append("\n".join(_figure(f) for f in figures))
        table.add_row(day or "undated", *cells)
    return table


def hits_table(hits: Sequence[Hit]) -> Table:
    table = Table(expand=True, show_lines=True)
    for heading in ("published", "source", "kind", "match"):
        table.add_column(heading, overflow="fold")
    for h in hits:
        snippet = Text()
        for i, part in enumerate(h.snippet.replace("]", "[").split("[")):
            snippet.append(part, style="bold yellow" if i % 2 else "")
        table.add_row(
            h.article.published or "",
            outlet(h.article),
            h.kind + (f" {h.record_id}" if h.record_id else ""),
            snippet,
        )
    return table


def render_summary(summary: IngestSummary, *, console: Console, interrupted: bool) -> None:
    head = Text()
    head.append(f"{summary.added} added", style="bold green")
    head.append(f" · {summary.unchanged} unchanged")
    head.append(f" · {summary.replaced} replaced", style="cyan")
    head.append(f" · {summary.failed} failed", style="bold red" if summary.failed else "")
    if interrupted:
        head.append("  (interrupted: everything above is stored)", style="yellow")
    console.print(head)
    for failure in summary.failures:
        console.print(Text(f"  ✗ {failure}", style="red"))


def render_situation(situation: Situation, *, console: Console) -> None:
    since, until = situation.since, situation.until
    if since and until:
        period = f"{since.isoformat()} to {until.isoformat()}"
    elif since:
        period = f"from {since.isoformat()}"
    elif until:
        period = f"until {until.isoformat()}"
    else:
        period = ""
    head = Text("Situation report", style="bold")
    head.append(f"  {period or 'whole corpus'}", style="cyan")
    sources = f" from {', '.join(situation.sources)}" if situation.sources else ""
    head.append(f"\n{situation.articles} articles{sources}", style="dim")
    for note in situation.notes:
        head.append(f"\nnote: {note}", style="yellow")
    console.print(Panel(head, border_style="blue"))

    def empty(title: str, what: str) -> None:
        console.print(Text(title, style="bold"), Text(f"— no {what} in this period", style="dim"))

    if situation.events:
        console.print(found_table(situation.events, kind="events", title="What happened"))
    else:
        empty("What happened", "events")
    if situation.places:
        where = Table(title="Where", title_justify="left")
        where.add_column("place")
        where.add_column("events", justify="right")
        for place, n in situation.places:
            where.add_row(place, str(n))
        console.print(where)
    if situation.speakers:
        says = Table(title="Who says what", title_justify="left", expand=True, show_lines=True)
        for heading in ("speaker", "stance", "says", "source"):
            says.add_column(heading, overflow="fold")
        for speaker, claims in situation.speakers:
            for i, c in enumerate(claims):
                says.add_row(
                    Text(speaker, style="bold") if i == 0 else "",
                    str(c.fields.get("stance") or ""),
                    str(c.fields.get("content") or ""),
                    c.article.source or c.article.title or c.article.article_id,
                )
        console.print(says)
    else:
        empty("Who says what", "attributed claims")
    if not situation.casualties:
        empty("Casualties", "casualty figures")
    else:  # a heading, as every other section has, over one table per side and group
        console.print(
            Text("Casualties", style="bold"),
            Text("— each source's figures over time, by side and group", style="dim"),
        )
    for series in situation.casualties:
        console.print(series_table(series))
    if situation.contradictions:
        console.print(
            found_table(
                situation.contradictions, kind="contradictions", title="Where sources disagree"
            )
        )
    elif not situation.disputes:
        empty("Where sources disagree", "contradictions")
    for dispute in situation.disputes:
        figures = "; ".join(
            f"{f.reporter} ({f.source or 'unnamed outlet'}): "
            f"{as_reported(f.killed_count, f.killed)} killed"
            for f in dispute.figures
        )
        console.print(
            Text("Figures disagree: ", style="bold red"),
            Text(f"{dispute.side} · {dispute.group} · {dispute.day or 'undated'}: {figures}"),
        )
