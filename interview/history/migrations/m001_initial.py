"""m001: practice sessions and attempts with the answer, the analysis and the main scores."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

_QUESTION = ("question_id", "question_text", "kind", "competency")
_SCORES = ("score", "star_score", "specificity", "fillers_per_min", "wpm")


@migration
def m001_initial(conn: Connection) -> None:
    """Practice sessions and attempts with the answer, the analysis and the main scores."""
    md = sa.MetaData()
    sa.Table(
        "sessions",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("started_at", sa.Text, nullable=False),
        sa.Column("ended_at", sa.Text),
    )
    sa.Table(
        "attempts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="SET NULL")),
        *(sa.Column(name, sa.Text, nullable=False) for name in _QUESTION),
        sa.Column("answer_seconds", sa.Float),
        *(sa.Column(name, sa.Text) for name in ("answer_text", "transcript_text")),
        *(sa.Column(name, sa.Text) for name in ("transcript_json", "recording")),
        sa.Column("duration_s", sa.Float),
        sa.Column("over_time", sa.Boolean, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("analysis_json", sa.Text),
        *(sa.Column(name, sa.Float) for name in _SCORES),
        sa.Column("word_count", sa.Integer),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("analysed_at", sa.Text),
    )
    md.create_all(conn)
