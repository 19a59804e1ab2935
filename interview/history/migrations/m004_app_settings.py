"""m004: a small key/value table for choices the app remembers between visits."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration


@migration
def m004_app_settings(conn: Connection) -> None:
    """A small key/value table for choices the app remembers between visits."""
    md = sa.MetaData()
    sa.Table(
        "app_settings",
        md,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    md.create_all(conn)
