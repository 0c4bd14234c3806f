"""The first corpus schema: articles, their records, failures, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None

_RECORD_TABLES = ("actors", "places", "times", "claims", "events", "casualties", "contradictions")


def _owned(name: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article",
            sa.String(64),
            sa.ForeignKey("articles.content_hash", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("record_id", sa.Text),
        *columns,
        sa.Column("quote", sa.Text),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index(f"ix_{name}_article", name, ["article"])


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("locator", sa.Text, unique=True, nullable=True),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_date", sa.Date),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published_date", "articles", ["published_date"])
    _owned(
        "actors",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2)),
    )
    op.create_index("ix_actors_name", "actors", ["name"])
    _owned(
        "places",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
    )
    op.create_index("ix_places_name", "places", ["name"])
    _owned(
        "times",
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
    )
    _owned(
        "claims",
        sa.Column("stance", sa.String(20), nullable=False),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_words", sa.Text),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("date", sa.String(40)),
    )
    op.create_index("ix_claims_stance", "claims", ["stance"])
    _owned(
        "events",
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("acled", sa.Text),
        sa.Column("date", sa.String(40)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("place_name", sa.Text),
        sa.Column("place_words", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("actor_name", sa.Text),
        sa.Column("target_name", sa.Text),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_date_end", "events", ["date_end"])
    op.create_index("ix_events_place_name", "events", ["place_name"])
    _owned(
        "casualties",
        sa.Column("reporter_name", sa.Text),
        sa.Column("side_name", sa.Text),
        sa.Column("side_words", sa.Text),
        sa.Column("group", sa.String(20), nullable=False),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("missing", sa.Integer),
        sa.Column("as_of", sa.String(40)),
        sa.Column("as_of_date", sa.Date),
    )
    op.create_index("ix_casualties_as_of_date", "casualties", ["as_of_date"])
    op.create_index("ix_casualties_side_name", "casualties", ["side_name"])
    _owned(
        "contradictions",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("about", sa.Text),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_contradictions_kind", "contradictions", ["kind"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("stage", sa.Text),
        sa.Column("article_id", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_failures_at", "failures", ["at"])
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article",
            sa.String(64),
            sa.ForeignKey("articles.content_hash", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("record_id", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_search_entries_article", "search_entries", ["article"])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_fulltext()
    else:
        _sqlite_fulltext()


def _sqlite_fulltext() -> None:
    # An external-content FTS5 index over search_entries, kept in step by triggers.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "body, content='search_entries', content_rowid='id', tokenize='porter unicode61')"
    )
    op.execute(
        "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
        "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END"
    )


def _postgresql_fulltext() -> None:
    op.execute(
        "ALTER TABLE search_entries ADD COLUMN tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('english', body)) STORED"
    )
    op.execute("CREATE INDEX ix_search_entries_tsv ON search_entries USING GIN (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_entries_ad")
        op.execute("DROP TRIGGER IF EXISTS search_entries_ai")
        op.execute("DROP TABLE IF EXISTS search_fts")
    for name in ("search_entries", "failures", *reversed(_RECORD_TABLES), "articles"):
        op.drop_table(name)
