"""Alembic environment: sitrep runs migrations itself, on a connection it hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from sitrep.store.schema import metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "sitrep's migrations run through `sitrep db upgrade` (or on opening a store), "
        "not through the alembic command line"
    )
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds a table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
