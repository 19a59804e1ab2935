"""m006: the practice session in progress and the answer being typed, so a reload resumes it."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration


@migration
def m006_practice_drafts(conn: Connection) -> None:
    """A practice session in progress (its state as JSON) and the typed draft; `saved_at`
    is a Unix time, so a resumed clock can tell how long the user was away."""
    md = sa.MetaData()
    sa.Table("sessions", md, sa.Column("id", sa.Integer, primary_key=True))
    drafts = sa.Table(
        "practice_drafts",
        md,
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("draft", sa.Text, nullable=False),
        sa.Column("saved_at", sa.Float, nullable=False),
    )
    drafts.create(conn)
