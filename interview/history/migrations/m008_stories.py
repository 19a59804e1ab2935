"""m008: the story bank (stories, the attempts each was used in) and follow-up links.

A follow-up answer is an ordinary attempt; `follow_ups` only links it to the answer it
followed and keeps what it was asked for and how it was judged, so the attempts table
itself is unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

_TEXTS = ("title", "situation", "task", "action", "result", "competencies")


def _attempt_key(
    name: str, attempts: sa.Table, on_delete: str, *, key: bool = False, required: bool = False
) -> sa.Column[int]:
    reference = sa.ForeignKey(attempts.c.id, ondelete=on_delete)
    return sa.Column(name, sa.Integer, reference, primary_key=key, nullable=not (key or required))


def _stories(md: sa.MetaData, attempts: sa.Table) -> None:
    sa.Table(
        "stories",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        *(sa.Column(name, sa.Text, nullable=False) for name in _TEXTS),
        _attempt_key("source_attempt_id", attempts, "SET NULL"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    story = sa.ForeignKey("stories.id", ondelete="CASCADE")
    sa.Table(
        "story_attempts",
        md,
        sa.Column("story_id", sa.Integer, story, primary_key=True),
        _attempt_key("attempt_id", attempts, "CASCADE", key=True),
        sa.Column("created_at", sa.Text, nullable=False),
    )


def _follow_ups(md: sa.MetaData, attempts: sa.Table) -> None:
    sa.Table(
        "follow_ups",
        md,
        _attempt_key("attempt_id", attempts, "CASCADE", key=True),
        _attempt_key("parent_id", attempts, "CASCADE", required=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("judgement_json", sa.Text),
        sa.Column("created_at", sa.Text, nullable=False),
    )


@migration
def m008_stories(conn: Connection) -> None:
    """Stories, the attempts they were used in, and follow-up answers linked to their answer."""
    md = sa.MetaData()
    attempts = sa.Table("attempts", md, sa.Column("id", sa.Integer, primary_key=True))
    _stories(md, attempts)
    _follow_ups(md, attempts)
    for name in ("stories", "story_attempts", "follow_ups"):
        md.tables[name].create(conn)
    conn.execute(sa.text("CREATE INDEX ix_follow_ups_parent_id ON follow_ups (parent_id)"))
