"""The corpus store: analysed articles kept in one schema, SQLite by default, PostgreSQL for teams.

store = open_store()                       # $SITREP_DB, else a file in the user data dir
store = open_store("corpus.sqlite")        # a file
store = open_store("postgresql://u@h/db")  # a server
"""

from __future__ import annotations

from pathlib import Path

from sitrep.store.base import ArticleRef, Found, Hit, Outcome, Store, StoredFailure
from sitrep.store.errors import StoreError
from sitrep.store.location import database_url
from sitrep.store.sql import SqlStore

__all__ = [
    "ArticleRef",
    "Found",
    "Hit",
    "Outcome",
    "SqlStore",
    "Store",
    "StoreError",
    "StoredFailure",
    "open_store",
]


def open_store(db: str | Path | None = None, *, upgrade: bool = True) -> SqlStore:
    """Open (and, unless told not to, migrate) the store at ``db``; see :mod:`.location`."""
    return SqlStore(database_url(db), upgrade=upgrade)
