"""The migrations build exactly the schema the code expects, on every backend."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sitrep.store import SqlStore, migrate
from sitrep.store.schema import metadata


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Full-text search is backend-specific DDL beside the schema: FTS5 tables, a tsvector column.
    return not (name or "").startswith(("search_fts", "alembic_version")) and name not in {
        "tsv",
        "ix_search_entries_tsv",
    }


def test_the_migrated_database_matches_the_schema(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ours})
        assert compare_metadata(context, metadata) == []


def test_a_store_is_at_the_newest_revision(store: SqlStore) -> None:
    assert store.revision() == migrate.head()


def test_downgrade_and_upgrade_again(store: SqlStore) -> None:
    migrate.downgrade(store.engine, revision="base")
    assert store.revision() is None
    store.upgrade()
    assert store.revision() == migrate.head()
    assert store.counts()["articles"] == 0


def test_upgrading_to_0003_fills_the_displaced_from_stored_records(store: SqlStore) -> None:
    import dataclasses

    from sitrep.records import Count
    from tests.store.reports import shelling_report

    report = shelling_report()
    (casualty,) = report.casualties
    fled = dataclasses.replace(casualty, displaced=Count(value=1200), abducted=Count(value=7))
    store.put(dataclasses.replace(report, casualties=(fled,)))
    migrate.downgrade(store.engine, revision="0002")  # a store written before the columns
    store.upgrade()
    (row,) = store.casualties(figure="abducted")
    assert (row.fields["displaced"], row.fields["abducted"], row.fields["killed"]) == (1200, 7, 2)
    assert store.casualties(figure="injured") == []
