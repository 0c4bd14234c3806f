"""Reconciling runs against the store contract's backends: SQLite, and PostgreSQL where it starts."""

from tests.store.conftest import db_url, postgres_cluster, store

__all__ = ["db_url", "postgres_cluster", "store"]
