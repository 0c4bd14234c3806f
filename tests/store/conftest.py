"""The store contract runs against every backend: SQLite always, PostgreSQL where it can start."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.store import SqlStore, open_store
from tests.store import postgres

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    try:
        with postgres.cluster() as url:
            yield url
    except postgres.Unavailable as exc:
        pytest.skip(f"PostgreSQL cannot be started here: {exc}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend, as the --db value a user would give."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.sqlite")
    cluster: str = request.getfixturevalue("postgres_cluster")
    return postgres.fresh_database(cluster, f"sitrep_test_{next(_numbers)}")


@pytest.fixture
def store(db_url: str) -> Iterator[SqlStore]:
    with open_store(db_url) as opened:
        yield opened
