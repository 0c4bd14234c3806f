"""Full-text search, one query per backend over the ``search_entries`` index the migration built."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _fts5_query(words: str) -> str:
    # Every word must occur; each is quoted so that FTS5 operators in user text are plain words.
    return " ".join(f'"{t}"' for t in _TOKEN.findall(words))


def search(
    connection: Connection, words: str, *, kind: str | None, limit: int
) -> list[dict[str, Any]]:
    """Matching entries, best first: article, kind, record_id, snippet ([match] marked), rank."""
    if not _TOKEN.search(words):
        return []
    params: dict[str, Any] = {"limit": limit, "kind": kind}
    if connection.dialect.name == "postgresql":
        sql = text(
            "SELECT e.article, e.kind, e.record_id, "
            "ts_headline('english', e.body, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') "
            "AS snippet, ts_rank(e.tsv, q) AS rank "
            "FROM search_entries e, plainto_tsquery('english', :q) q "
            "WHERE e.tsv @@ q AND (CAST(:kind AS TEXT) IS NULL OR e.kind = :kind) "
            "ORDER BY rank DESC, e.id LIMIT :limit"
        )
        params["q"] = words
    else:
        sql = text(
            "SELECT e.article, e.kind, e.record_id, "
            "snippet(search_fts, 0, '[', ']', '…', 16) AS snippet, -bm25(search_fts) AS rank "
            "FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH :q AND (:kind IS NULL OR e.kind = :kind) "
            "ORDER BY bm25(search_fts), e.id LIMIT :limit"
        )
        params["q"] = _fts5_query(words)
    return [dict(row._mapping) for row in connection.execute(sql, params)]
