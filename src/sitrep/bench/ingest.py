"""`sitrep bench ingest`: how fast the store takes articles, how big it grows, how fast it answers.

The articles are generated (templated sentences about made-up places), each with a fixed number
of events, claims and casualty figures, so that the figures measure the store, not the analysis
(`sitrep bench speed` measures that). Runs on SQLite and, where a server is installed or given,
on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from sitrep.records import (
    AcledSubEvent,
    Actor,
    ActorKind,
    Article,
    Casualty,
    CasualtyGroup,
    Claim,
    Contradiction,
    ContradictionKind,
    Count,
    DatePrecision,
    Event,
    EventType,
    Place,
    Report,
    Span,
    Stance,
)

_PLACES = [f"{a}{b}" for a in ("Ash", "Bel", "Cor", "Dun", "Eld", "Fen", "Gal", "Hol")
           for b in ("ford", "ton", "vale", "wick", "more", "by")]  # fmt: skip
_SIDES = ("Northland", "Southland", "Eastmark", "Westmark")
_SOURCES = tuple(f"Outlet {n}" for n in range(12))


class _Text:
    """Builds an article sentence by sentence, keeping each piece's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, *pieces: str) -> list[Span]:
        spans = []
        for piece in pieces:
            spans.append(Span(self.length, self.length + len(piece)))
            self.parts.append(piece)
            self.length += len(piece)
        return spans

    @property
    def text(self) -> str:
        return "".join(self.parts)


def generated_report(n: int, *, events: int, rng: random.Random) -> Report:
    """Article ``n``: ``events`` events, two claims that disagree, one casualty figure."""
    day = dt.date(2020, 9, 27) + dt.timedelta(days=n % 45)
    out = _Text()
    out.add(f"Report {n} from the front\n\n")
    north, south = rng.sample(_SIDES, 2)
    (m_north,) = out.add(north)
    out.add(" said that ")
    (m_south,) = out.add(south)
    out.add(" forces attacked overnight. ")
    actors = (
        Actor(id="a1", name=north, kind=ActorKind.STATE, mentions=(m_north,)),
        Actor(id="a2", name=south, kind=ActorKind.STATE, mentions=(m_south,)),
    )
    places, recs = [], []
    for i in range(events):
        place = rng.choice(_PLACES)
        when = day - dt.timedelta(days=rng.randint(0, 2))
        _, trigger, _, p_span, _ = out.add(
            "Artillery ", "shelled", " the village of ", place, f" on {when:%B %d}. "
        )
        places.append(
            Place(
                id=f"p{i}",
                name=place,
                mentions=(p_span,),
                lat=39 + rng.random(),
                lon=46 + rng.random(),
                country="XX",
                admin=(north, "Lake Province"),
            )
        )
        recs.append(
            Event(
                id=f"e{i}",
                type=EventType.ASSAULT,
                acled=AcledSubEvent.SHELLING_ARTILLERY_MISSILE,
                actor="a2",
                target="a1",
                place=f"p{i}",
                date=when.isoformat(),
                date_precision=DatePrecision.DAY,
                evidence=(Span(trigger.start, p_span.end),),
                trigger=trigger,
            )
        )
    _, said, _ = out.add("The defence ministry ", "said its positions came under fire", ". ")
    _, denied, _ = out.add(f"{south} officials ", "denied that their forces fired", ". ")
    killed = rng.randint(1, 40)
    (figure,) = out.add(f"{killed} soldiers were killed.")
    claims = (
        Claim(id="c1", speaker="a1", cue="said", stance=Stance.ASSERT, content=said,
              evidence=(said,)),
        Claim(id="c2", speaker="a2", cue="denied", stance=Stance.DENY, content=denied,
              evidence=(denied,)),
    )  # fmt: skip
    return Report(
        article=Article(
            id=f"bench-{n}",
            text=out.text,
            title=f"Report {n} from the front",
            source=_SOURCES[n % len(_SOURCES)],
            url=f"https://bench.example/{n}",
            published=day,
        ),
        actors=actors,
        places=tuple(places),
        claims=claims,
        events=tuple(recs),
        casualties=(
            Casualty(
                id="k1",
                reporter="a1",
                side="a1",
                group=CasualtyGroup.MILITARY,
                killed=Count(value=killed),
                evidence=(figure,),
            ),
        ),
        contradictions=(
            Contradiction(kind=ContradictionKind.DENIAL, between=("c1", "c2"), about="e0"),
        )
        if events
        else (),
    )


def _size_bytes(store: Any, path: Path | None) -> int:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        if path is None:
            return int(
                conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            )
        # Fold the write-ahead log into the file first: its size is not the store's.
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _latency_ms(query: Callable[[], object], *, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        query()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _run(name: str, db: str, path: Path | None, *, articles: int, events: int) -> dict[str, Any]:
    from sitrep.store import open_store

    rng = random.Random(7)
    store = open_store(db)
    try:
        reports: Iterator[Report] = (
            generated_report(n, events=events, rng=rng) for n in range(articles)
        )
        empty = _size_bytes(store, path)
        t0 = time.perf_counter()
        for report in reports:
            store.put(report)
        seconds = time.perf_counter() - t0
        counts = store.counts()
        size = _size_bytes(store, path) - empty
        since = dt.date(2020, 11, 1)
        queries: dict[str, Callable[[], object]] = {
            "events --since --place": lambda: store.events(since=since, place="Ashford"),
            "claims --speaker --stance": lambda: store.claims(speaker="northland", stance="deny"),
            "casualties --side": lambda: store.casualties(side="Southland"),
            "contradictions": lambda: store.contradictions(limit=1000),
            "search": lambda: store.search("positions fire", limit=20),
        }
        latency = {q: _latency_ms(f) for q, f in queries.items()}
    finally:
        store.close()
    return {
        "backend": name,
        "articles_per_s": articles / seconds,
        "events": counts["events"],
        "mb_per_1000": size / articles * 1000 / 1e6,
        "latency_ms": latency,
    }


@click.command(name="ingest")
@click.option("--articles", type=int, default=10_000, show_default=True)
@click.option("--events-per-article", type=int, default=10, show_default=True)
@click.option(
    "--postgresql",
    "pg_url",
    metavar="URL",
    help="An empty PostgreSQL database to use (default: start a throwaway local cluster).",
)
@click.option("--no-postgresql", is_flag=True, help="Measure SQLite only.")
def command(
    articles: int, events_per_article: int, pg_url: str | None, no_postgresql: bool
) -> None:
    """Store write rate (articles/s), size per 1,000 articles, and query latency on SQLite and
    PostgreSQL, with generated articles (default: 10,000 articles, 100,000 events).

    Each article is written in its own transaction, as `sitrep ingest` does; the analysis is not
    part of the figure (see `sitrep bench speed`).
    """
    from sitrep.store import throwaway

    results = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sitrep-bench-")))
        path = folder / "bench.sqlite"
        click.echo(f"SQLite: {articles} articles × {events_per_article} events …", err=True)
        results.append(
            _run("SQLite", str(path), path, articles=articles, events=events_per_article)
        )
        if not no_postgresql:
            if pg_url is None:
                try:
                    cluster = stack.enter_context(throwaway.cluster())
                    pg_url = throwaway.fresh_database(cluster, "sitrep_bench")
                except throwaway.Unavailable as exc:
                    click.echo(f"PostgreSQL: not measured ({exc})", err=True)
            if pg_url is not None:
                click.echo("PostgreSQL …", err=True)
                results.append(
                    _run("PostgreSQL", pg_url, None, articles=articles, events=events_per_article)
                )
    queries = list(results[0]["latency_ms"])
    click.echo("| backend | articles/s | events | MB per 1,000 articles | "
               + " | ".join(f"{q} (ms)" for q in queries) + " |")  # fmt: skip
    click.echo("|---" * (4 + len(queries)) + "|")
    for r in results:
        click.echo(
            f"| {r['backend']} | {r['articles_per_s']:.0f} | {r['events']:,} | "
            f"{r['mb_per_1000']:.1f} | "
            + " | ".join(f"{r['latency_ms'][q]:.1f}" for q in queries)
            + " |"
        )
