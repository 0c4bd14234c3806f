"""Across articles: merged events, their member reports, and the splits users made.

Only adds tables: every article and record already stored is kept as it is. The merged events
are derived data: `sitrep reconcile` (or the next ingest) fills them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None


def _article(name: str) -> sa.Column[object]:
    return sa.Column(
        name,
        sa.String(64),
        sa.ForeignKey("articles.content_hash", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "merged_events",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("acled", sa.Text),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("place_name", sa.Text),
        sa.Column("actor_name", sa.Text),
        sa.Column("target_name", sa.Text),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("contradictions", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("type", "date_start", "date_end", "articles"):
        op.create_index(f"ix_merged_events_{column}", "merged_events", [column])
    op.create_table(
        "merged_members",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "merged",
            sa.String(16),
            sa.ForeignKey("merged_events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        _article("article"),
        sa.Column("record_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.UniqueConstraint("article", "record_id", name="uq_merged_members_report"),
    )
    op.create_index("ix_merged_members_merged", "merged_members", ["merged"])
    op.create_index("ix_merged_members_article", "merged_members", ["article"])
    op.create_table(
        "merge_splits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article("article_a"),
        sa.Column("record_a", sa.Text, nullable=False),
        _article("article_b"),
        sa.Column("record_b", sa.Text, nullable=False),
        sa.Column("merged", sa.String(16)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_merge_splits_article_a", "merge_splits", ["article_a"])
    op.create_index("ix_merge_splits_article_b", "merge_splits", ["article_b"])


def downgrade() -> None:
    for name in ("merge_splits", "merged_members", "merged_events"):
        op.drop_table(name)
