"""The corpus queries: events, claims, casualty figures and contradictions by date, place, actor
or source, and a word search over articles and claims."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

import click

from sitrep.commands.options import (
    DATE,
    QUERY_FORMATS,
    check_period,
    db_option,
    emit,
    format_option,
    limit_option,
    make_console,
    opened,
)
from sitrep.records import Stance
from sitrep.records.facts import CASUALTY_FIGURES

if TYPE_CHECKING:
    from sitrep.store import Found


def _check_event_type(name: str) -> None:
    """A mistyped ``--type`` is named with the types there are, not answered 'no events match'."""
    from sitrep.records import AcledSubEvent, EventType

    plover = [t.value for t in EventType]
    known = {v.lower() for v in plover} | {s.value.lower() for s in AcledSubEvent}
    if name.lower() not in known:
        raise click.BadParameter(
            f"{name!r} is neither a PLOVER type ({', '.join(plover)}) nor an ACLED sub-event "
            f"type (such as 'Armed clash', 'Shelling/artillery/missile attack')",
            param_hint="'--type'",
        )


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
    check_period(since, until)
    if event_type is not None:
        _check_event_type(event_type)
    if merged:
        from sitrep.commands.reconcile import show_merged_events

        if place or actor:
            raise click.UsageError("--merged filters by --since, --until and --type only")
        with opened(db) as store:
            show_merged_events(
                store, since=since, until=until, type=event_type, limit=limit, fmt=fmt
            )
        return
    with opened(db) as store:
        found = store.events(
            since=since, until=until, place=place, type=event_type, actor=actor, limit=limit
        )
    emit(found, kind="events", fmt=fmt)


@click.command()
@db_option
@click.option("--speaker", metavar="TEXT", help="Words naming the speaker ('defence ministry').")
@click.option(
    "--stance",
    type=click.Choice([s.value for s in Stance]),
    help="What the speaker does (assert, accuse, deny, threaten ...).",
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
    check_period(since, until)
    with opened(db) as store:
        found = store.claims(speaker=speaker, stance=stance, since=since, until=until, limit=limit)
    emit(found, kind="claims", fmt=fmt)


@click.command()
@db_option
@click.option("--side", metavar="NAME", help="Whose dead and wounded ('Armenia').")
@click.option(
    "--group",
    type=click.Choice(["military", "civilian", "all", "unknown"]),
    help="Whose dead or wounded: soldiers and fighters, civilians, everyone, not said.",
)
@click.option(
    "--figure",
    type=click.Choice(CASUALTY_FIGURES),
    help="Only figures that count these people ('displaced': people driven from their homes).",
)
@click.option("--since", type=DATE, help="Figures as of DATE or later.")
@click.option("--until", type=DATE, help="Figures as of DATE or earlier.")
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
    figure: str | None,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """Casualty figures: for each side and group, every source's figure over time.

    \b
    Examples:
      sitrep casualties --side Armenia
      sitrep casualties --figure displaced --format csv
    """
    check_period(since, until)
    from sitrep.store.queries import casualty_series

    with opened(db) as store:
        found = store.casualties(side=side, group=group, figure=figure, since=since, until=until)
    if fmt == "series-csv":
        from sitrep.commands.reconcile import casualty_series_csv

        casualty_series_csv(casualty_series(found))
        return
    if fmt != "series":
        emit(found, kind="casualties", fmt=fmt)
        return
    from sitrep.commands.render import series_table

    console = make_console()
    if not found:
        console.print("no casualty figures match")
    for series in casualty_series(found):
        console.print(series_table(series))


@click.command()
@db_option
@click.option(
    "--kind",
    type=click.Choice(["denial", "figures", "attribution", "other"]),
    help="denial: an accusation and its denial; figures: counts that cannot all be true.",
)
@click.option("--since", type=DATE, help="In articles published on or after DATE.")
@click.option("--until", type=DATE, help="In articles published on or before DATE.")
@click.option(
    "--scope",
    type=click.Choice(["all", "within", "across"]),
    default="all",
    show_default=True,
    help="within: inside one article; across: between articles reporting the same event, "
    "one source asserting it and another denying it, or figures that cannot both be true "
    "(see `sitrep reconcile`).",
)
@limit_option
@format_option
def contradictions(
    db: str | None,
    kind: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int | None,
    fmt: str,
    scope: str = "all",
) -> None:
    """Where sources disagree: denials, figures that differ, disputed attribution, within one
    article and across articles."""
    check_period(since, until)
    from sitrep.reconcile.corpus import source_contradictions

    found: list[Found] = []
    with opened(db) as store:
        if scope != "across":
            found += store.contradictions(kind=kind, since=since, until=until, limit=limit)
        if scope != "within" and kind in (None, "denial", "figures"):
            # the across-source query takes no end date: bound it by the denying article's date
            bounded = until is None and kind is None
            found += [
                c
                for c in source_contradictions(store, since=since, limit=limit if bounded else None)
                if until is None or (c.article.published or "")[:10] <= until.isoformat()
                if kind is None or c.fields.get("kind") == kind
            ]
    emit(found[:limit] if limit else found, kind="contradictions", fmt=fmt)


@click.command()
@click.argument("words", nargs=-1, required=True)
@db_option
@click.option("--kind", type=click.Choice(["article", "claim"]), help="Search only these.")
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most N."
)
@format_option
def search(words: tuple[str, ...], db: str | None, kind: str | None, limit: int, fmt: str) -> None:
    """Full-text search over article text and claims (every word must occur).

    \b
    Example:
      sitrep search drone strike school
    """
    query = " ".join(words).strip()
    if not any(c.isalnum() for c in query):
        raise click.UsageError(f"nothing to search for in {query!r}: give at least one word")
    with opened(db) as store:
        hits = store.search(query, kind=kind, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        # the article named as in every other CSV (article_id, article_title ...), so that a
        # hit in an article with no outlet or URL still says which article it is
        rows = [
            {"kind": h.kind, "record_id": h.record_id, "snippet": h.snippet}
            | {
                key if key.startswith("article_") else f"article_{key}": value
                for key, value in h.article.to_dict().items()
            }
            for h in hits
        ]
        # the same columns with no hit, as every other CSV
        columns = ["kind", "record_id", "snippet", "article_content_hash", "article_id"]
        columns += ["article_title", "article_source", "article_url", "article_published"]
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    else:
        from sitrep.commands.render import hits_table

        console = make_console()
        if not hits:
            console.print("no matches")
        else:
            console.print(hits_table(hits))
