"""Merged events in the store: what reconciling reads and writes, as plain rows.

The merging itself lives in :mod:`sitrep.reconcile`; this module only moves rows. Writes of
merged events happen in one transaction per call, so a merge that is interrupted leaves the
previous merged events whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.engine import RowMapping

from sitrep.store import schema as t
from sitrep.store.base import ArticleRef
from sitrep.store.sql import SqlStore


@dataclass(slots=True)
class RecordRows:
    """The rows event reports are built from, by table; ``articles`` keyed by content hash."""

    events: list[RowMapping] = field(default_factory=list)
    places: list[RowMapping] = field(default_factory=list)
    actors: list[RowMapping] = field(default_factory=list)
    claims: list[RowMapping] = field(default_factory=list)
    casualties: list[RowMapping] = field(default_factory=list)
    articles: dict[str, RowMapping] = field(default_factory=dict)


def record_rows(store: SqlStore, *, articles: Collection[str] | None = None) -> RecordRows:
    """Events with the places, actors, claims and casualty figures they refer to (of
    ``articles``, or all)."""
    out = RecordRows()
    a = t.articles
    with store.engine.connect() as conn:
        query = select(a.c.content_hash, a.c.source, a.c.published_date, a.c.title)
        if articles is not None:
            query = query.where(a.c.content_hash.in_(list(articles)))
        out.articles = {row["content_hash"]: row for row in conn.execute(query).mappings()}
        for name in ("events", "places", "actors", "claims", "casualties"):
            table = t.RECORD_TABLES[name]
            rows = select(table)
            if articles is not None:
                rows = rows.where(table.c.article.in_(list(articles)))
            setattr(out, name, list(conn.execute(rows.order_by(table.c.id)).mappings()))
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class MergedRows:
    """One stored merged event and its members, in the order they joined."""

    event: RowMapping
    members: tuple[RowMapping, ...]


def merged_rows(store: SqlStore, *, ids: Collection[str] | None = None) -> list[MergedRows]:
    e, m = t.merged_events, t.merged_members
    with store.engine.connect() as conn:
        events = select(e)
        members = select(m).order_by(m.c.merged, m.c.position)
        if ids is not None:
            events = events.where(e.c.id.in_(list(ids)))
            members = members.where(m.c.merged.in_(list(ids)))
        by_id: dict[str, list[RowMapping]] = {}
        for row in conn.execute(members).mappings():
            by_id.setdefault(row["merged"], []).append(row)
        return [
            MergedRows(event=row, members=tuple(by_id.get(row["id"], ())))
            for row in conn.execute(events.order_by(e.c.date_start, e.c.id)).mappings()
        ]


def apart_pairs(store: SqlStore) -> set[frozenset[tuple[str, str]]]:
    """Pairs of reports a user has split apart."""
    s = t.merge_splits
    with store.engine.connect() as conn:
        return {
            frozenset(((r["article_a"], r["record_a"]), (r["article_b"], r["record_b"])))
            for r in conn.execute(select(s)).mappings()
        }


def write_merged(
    store: SqlStore,
    events: Iterable[Mapping[str, Any]],
    members: Iterable[Mapping[str, Any]],
    *,
    replacing: Collection[str] | None,
) -> None:
    """Replace the merged events ``replacing`` (all of them when None) with ``events`` and their
    ``members``, in one transaction."""
    e, m = t.merged_events, t.merged_members
    events, members = list(events), list(members)
    with store.engine.begin() as conn:
        if replacing is None:
            conn.execute(delete(m))
            conn.execute(delete(e))
        else:
            gone = list(replacing)
            for chunk in _chunks(gone):
                conn.execute(delete(m).where(m.c.merged.in_(chunk)))
                conn.execute(delete(e).where(e.c.id.in_(chunk)))
        if events:
            conn.execute(e.insert(), events)
        if members:
            conn.execute(m.insert(), members)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def add_split(
    store: SqlStore,
    report: tuple[str, str],
    others: Iterable[tuple[str, str]],
    *,
    merged: str,
) -> None:
    """Record that ``report`` is not the same event as any of ``others``, and drop the merged
    event it was in, so that the next merge places its reports again."""
    s, e, m = t.merge_splits, t.merged_events, t.merged_members
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "article_a": report[0],
            "record_a": report[1],
            "article_b": other[0],
            "record_b": other[1],
            "merged": merged,
            "at": now,
        }
        for other in others
        if other != report
    ]
    with store.engine.begin() as conn:
        if rows:
            conn.execute(s.insert(), rows)
        conn.execute(delete(m).where(m.c.merged == merged))
        conn.execute(delete(e).where(e.c.id == merged))


def list_merged(
    store: SqlStore,
    *,
    min_articles: int = 2,
    since: dt.date | None = None,
    until: dt.date | None = None,
    type: str | None = None,
    with_contradictions: bool = False,
    limit: int | None = None,
) -> list[RowMapping]:
    e = t.merged_events
    query = select(e).where(e.c.articles >= min_articles)
    if since is not None:
        query = query.where(or_(e.c.date_end >= since, e.c.date_end.is_(None)))
    if until is not None:
        query = query.where(or_(e.c.date_start <= until, e.c.date_start.is_(None)))
    if type:
        query = query.where(or_(e.c.type == type.upper(), e.c.acled == type))
    if with_contradictions:
        query = query.where(e.c.contradictions > 0)
    query = query.order_by(e.c.date_start, e.c.id)
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return list(conn.execute(query).mappings())


def article_refs(store: SqlStore, keys: Collection[str]) -> dict[str, ArticleRef]:
    a = t.articles
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                a.c.content_hash, a.c.article_id, a.c.title, a.c.source, a.c.url, a.c.published
            ).where(a.c.content_hash.in_(list(keys)))
        ).mappings()
        return {
            r["content_hash"]: ArticleRef(
                content_hash=r["content_hash"],
                article_id=r["article_id"],
                title=r["title"],
                source=r["source"],
                url=r["url"],
                published=r["published"],
            )
            for r in rows
        }


def unplaced_articles(store: SqlStore) -> set[str]:
    """Articles with an event report that no merged event holds yet (new since the last merge)."""
    ev, m = t.events, t.merged_members
    query = (
        select(ev.c.article)
        .distinct()
        .select_from(
            ev.outerjoin(m, and_(m.c.article == ev.c.article, m.c.record_id == ev.c.record_id))
        )
        .where(m.c.id.is_(None))
    )
    with store.engine.connect() as conn:
        return {row[0] for row in conn.execute(query)}
