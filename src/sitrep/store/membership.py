"""Which merged event each event report belongs to, for event rows and exports.

An event-data user counting events needs to know that three rows from three articles are one
event: each row carries ``merged_id``, the merged event it belongs to (`sitrep merge show ID`),
None until `sitrep reconcile` (or an ingest, which reconciles) has merged its article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sitrep.store import schema as t
from sitrep.store.base import Found

_BATCH = 500  # articles per query: well under SQLite's limit on bound parameters


def with_merged(conn: Connection, events: Sequence[Found]) -> list[Found]:
    """``events`` with ``merged_id`` added to their fields."""
    articles = sorted({e.article.content_hash for e in events})
    merged: dict[tuple[str, str], str] = {}
    m = t.merged_members
    for start in range(0, len(articles), _BATCH):
        batch = articles[start : start + _BATCH]
        query = select(m.c.article, m.c.record_id, m.c.merged).where(m.c.article.in_(batch))
        for row in conn.execute(query).mappings():
            merged[(row["article"], row["record_id"])] = row["merged"]
    return [
        replace(
            e,
            fields={
                **e.fields,
                "merged_id": merged.get((e.article.content_hash, e.record_id or "")),
            },
        )
        for e in events
    ]
