"""m007: real interviews, the questions debriefed from them, practice answers linked back."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

_INTERVIEW_TEXT = (
    "company",
    "role",
    "date",
    "stage",
    "outcome",
    "feedback",
    "contact",
    "highlight",
)


def _interviews(md: sa.MetaData) -> None:
    sa.Table(
        "interviews",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        *(sa.Column(name, sa.Text, nullable=False) for name in _INTERVIEW_TEXT),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )


def _debrief_questions(md: sa.MetaData) -> None:
    sa.Table(
        "debrief_questions",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("question_id", sa.Text),
        sa.Column("competency", sa.Text),
        sa.Column("match_source", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )


def _debrief_attempts(md: sa.MetaData) -> None:
    sa.Table(
        "debrief_attempts",
        md,
        sa.Column(
            "debrief_question_id",
            sa.Integer,
            sa.ForeignKey("debrief_questions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "attempt_id",
            sa.Integer,
            sa.ForeignKey("attempts.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


@migration
def m007_interviews(conn: Connection) -> None:
    """Three new tables; existing tables are untouched."""
    md = sa.MetaData()
    sa.Table("attempts", md, sa.Column("id", sa.Integer, primary_key=True))
    _interviews(md)
    _debrief_questions(md)
    _debrief_attempts(md)
    for name in ("interviews", "debrief_questions", "debrief_attempts"):
        md.tables[name].create(conn)
