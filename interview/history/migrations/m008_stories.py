"""m008: the story bank (stories, the attempts each was used in) and follow-up links.

A follow-up answer is an ordinary attempt; `follow_ups` only links it to the answer it
followed and keeps what it was asked for and how it was judged, so the attempts table
itself is unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

_PARTS = ("title", "situation", "task", "action", "result", "competencies")


@migration
def m008_stories(conn: Connection) -> None:
    """Stories, the attempts they were used in, and follow-up answers linked to their answer."""
    md = sa.MetaData()
    attempts = sa.Table("attempts", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "stories",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        *(sa.Column(name, sa.Text, nullable=False) for name in _PARTS),
        sa.Column(
            "source_attempt_id", sa.Integer, sa.ForeignKey(attempts.c.id, ondelete="SET NULL")
        ),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    sa.Table(
        "story_attempts",
        md,
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "attempt_id",
            sa.Integer,
            sa.ForeignKey(attempts.c.id, ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    sa.Table(
        "follow_ups",
        md,
        sa.Column(
            "attempt_id",
            sa.Integer,
            sa.ForeignKey(attempts.c.id, ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "parent_id",
            sa.Integer,
            sa.ForeignKey(attempts.c.id, ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("judgement_json", sa.Text),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    for name in ("stories", "story_attempts", "follow_ups"):
        md.tables[name].create(conn)
    conn.execute(sa.text("CREATE INDEX ix_follow_ups_parent_id ON follow_ups (parent_id)"))
