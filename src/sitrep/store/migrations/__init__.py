"""Alembic migrations of the corpus schema; run by :func:`sitrep.store.migrate.upgrade`."""
