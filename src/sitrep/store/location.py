"""Where the corpus lives: ``--db``, then ``$SITREP_DB``, then a file in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SITREP_DB"


def default_path() -> Path:
    """The embedded store's file under the platform's user data directory."""
    import platformdirs

    return platformdirs.user_data_path("sitrep", appauthor=False) / "corpus.sqlite"


def sqlite_file(db: str | Path | None = None) -> Path | None:
    """The file of the SQLite store ``db`` names (None for a server or an in-memory database),
    found without creating anything, so that a query can tell a mistyped path from an empty
    corpus."""
    value = str(db) if db is not None else os.environ.get(ENV_VAR) or str(default_path())
    if value.startswith("sqlite:///"):  # sqlite:///relative.db, sqlite:////absolute.db
        value = value.removeprefix("sqlite:///")
    elif "://" in value:
        return None
    if value in ("", ":memory:"):
        return None
    return Path(value).expanduser().resolve()


def database_url(db: str | Path | None = None) -> str:
    """A SQLAlchemy URL for ``db``: a ``postgresql://`` URL, a ``sqlite://`` URL or a file path.

    PostgreSQL URLs are pointed at the psycopg 3 driver; a file path becomes an absolute SQLite
    URL and its folder is created.
    """
    value = str(db) if db is not None else os.environ.get(ENV_VAR) or str(default_path())
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def display(url: str) -> str:
    """The URL as shown to users: the password hidden."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
