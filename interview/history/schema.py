"""The tables as they stand after every migration, for building queries.

This is a description, not a way to create tables: `migrations/` creates and changes
them step by step, and tests/test_migrate.py checks that the two agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

migrations = sa.Table(
    "migrations",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("applied_at", sa.Text, nullable=False),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),
    sa.Column("settings", sa.Text, nullable=False),
    sa.Column("started_at", sa.Text, nullable=False),
    sa.Column("ended_at", sa.Text),
)

attempts = sa.Table(
    "attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="SET NULL")),
    sa.Column("question_id", sa.Text, nullable=False),
    sa.Column("question_text", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("competency", sa.Text, nullable=False),
    sa.Column("answer_seconds", sa.Float),
    sa.Column("answer_text", sa.Text),
    sa.Column("transcript_text", sa.Text),
    sa.Column("transcript_json", sa.Text),
    sa.Column("recording", sa.Text),
    sa.Column("duration_s", sa.Float),
    sa.Column("over_time", sa.Boolean, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("error", sa.Text),
    sa.Column("analysis_json", sa.Text),
    sa.Column("score", sa.Float),
    sa.Column("star_score", sa.Float),
    sa.Column("specificity", sa.Float),
    sa.Column("fillers_per_min", sa.Float),
    sa.Column("wpm", sa.Float),
    sa.Column("word_count", sa.Integer),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("analysed_at", sa.Text),
    # m002_progress_metrics
    sa.Column("fillers_per_100", sa.Float),
    sa.Column("hedges_per_100", sa.Float),
    sa.Column("ownership", sa.Float),
    sa.Column("length_s", sa.Float),
    sa.Column("length_verdict", sa.Text),
    sa.Column("star_situation", sa.Boolean),
    sa.Column("star_task", sa.Boolean),
    sa.Column("star_action", sa.Boolean),
    sa.Column("star_result", sa.Boolean),
    sqlite_autoincrement=True,  # m005_attempt_ids_never_reused
)

app_settings = sa.Table(
    "app_settings",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

# m007_interviews: real interviews, their debriefed questions, practice answers linked back.
interviews = sa.Table(
    "interviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),
    *(
        sa.Column(name, sa.Text, nullable=False)
        for name in ("company", "role", "date", "stage", "outcome", "feedback")
    ),
    sa.Column("contact", sa.Text, nullable=False),
    sa.Column("highlight", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

debrief_questions = sa.Table(
    "debrief_questions",
    metadata,
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

debrief_attempts = sa.Table(
    "debrief_attempts",
    metadata,
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

# Columns filled from the analysis JSON (see metrics.py), in one place for writers.
METRIC_COLUMNS: tuple[str, ...] = (
    "score",
    "star_score",
    "specificity",
    "fillers_per_min",
    "wpm",
    "word_count",
    "fillers_per_100",
    "hedges_per_100",
    "ownership",
    "length_s",
    "length_verdict",
    "star_situation",
    "star_task",
    "star_action",
    "star_result",
)

# m003_attempt_indexes: time order for the list; the progress index covers every column
# progress reads (tests/test_migrate.py checks SQLite answers it from the index alone).
sa.Index(
    "ix_attempts_progress",
    *(attempts.c[name] for name in ("created_at", "id", "status", "question_id", "question_text")),
    *(attempts.c[name] for name in ("kind", "competency", *METRIC_COLUMNS)),
)
sa.Index("ix_attempts_question_id", attempts.c.question_id)
sa.Index("ix_attempts_session_id", attempts.c.session_id)

# m006_practice_drafts: the practice session in progress (its state as JSON) and the typed
# draft; `saved_at` is a Unix time, so a resumed clock can tell how long the user was away.
practice_drafts = sa.Table(
    "practice_drafts",
    metadata,
    sa.Column(
        "session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("draft", sa.Text, nullable=False),
    sa.Column("saved_at", sa.Float, nullable=False),
)

# m008_stories: the story bank and follow-up links (see history/stories.py).
stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),
    *(
        sa.Column(name, sa.Text, nullable=False)
        for name in ("title", "situation", "task", "action", "result", "competencies")
    ),
    sa.Column("source_attempt_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="SET NULL")),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

story_attempts = sa.Table(
    "story_attempts",
    metadata,
    sa.Column(
        "story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "attempt_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("created_at", sa.Text, nullable=False),
)

follow_ups = sa.Table(
    "follow_ups",
    metadata,
    sa.Column(
        "attempt_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "parent_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("judgement_json", sa.Text),
    sa.Column("created_at", sa.Text, nullable=False),
)
sa.Index("ix_follow_ups_parent_id", follow_ups.c.parent_id)
