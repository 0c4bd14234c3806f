"""The store contract runs against every backend: SQLite always, PostgreSQL where it can start."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.store import SqlStore, open_store, throwaway

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    """A cluster for the session, with a migrated template that each test's database copies."""
    try:
        with throwaway.cluster() as url:
            template = throwaway.fresh_database(url, "sitrep_template")
            open_store(template).close()
            yield url
    except throwaway.Unavailable as exc:
        pytest.skip(f"PostgreSQL cannot be started here: {exc}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend, as the --db value a user would give."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.sqlite")
    cluster: str = request.getfixturevalue("postgres_cluster")
    return throwaway.fresh_database(
        cluster, f"sitrep_test_{next(_numbers)}", template="sitrep_template"
    )


@pytest.fixture
def store(db_url: str) -> Iterator[SqlStore]:
    with open_store(db_url) as opened:
        yield opened
