"""Schema migrations with Alembic, run by sitrep itself (on opening a store, or `sitrep db upgrade`)."""

from __future__ import annotations

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

SCRIPT_LOCATION = "sitrep.store:migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest schema revision this version of sitrep knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known(revision: str) -> bool:
    """Whether this version of sitrep has the migration ``revision`` (a newer sitrep's is not)."""
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, *, revision: str = "head") -> None:
    """Bring the database to ``revision`` in one transaction; existing data is kept."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, *, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)
