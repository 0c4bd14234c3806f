"""Casualty rows gain columns for people displaced and abducted, so that they can be filtered
and counted like the killed, injured and missing.

Only adds two nullable columns; each stored figure is copied from the row's record (where the
casualties stage has kept it since it began to count them), so nothing is re-analysed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: tuple[str, ...] | None = None
depends_on: tuple[str, ...] | None = None

_NEW = ("displaced", "abducted")


def upgrade() -> None:
    with op.batch_alter_table("casualties") as batch:
        for name in _NEW:
            batch.add_column(sa.Column(name, sa.Integer))
    casualties = sa.table(
        "casualties",
        sa.column("id", sa.Integer),
        sa.column("data", sa.JSON),
        *(sa.column(name, sa.Integer) for name in _NEW),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(casualties.c.id, casualties.c.data)).all()
    for row_id, data in rows:
        values = {
            name: (data.get(name) or {}).get("value") for name in _NEW if isinstance(data, dict)
        }
        if any(v is not None for v in values.values()):
            conn.execute(casualties.update().where(casualties.c.id == row_id).values(**values))


def downgrade() -> None:
    with op.batch_alter_table("casualties") as batch:
        for name in _NEW:
            batch.drop_column(name)
