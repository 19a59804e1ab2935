"""m003: indexes for the newest-first list, the progress view, questions and sessions."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

# Everything the progress view reads, in time order, so it is answered from the index alone
# and never reads the large analysis documents stored in the same rows.
_PROGRESS = (
    "created_at, id, status, question_id, question_text, kind, competency, score, star_score, "
    "specificity, fillers_per_min, wpm, word_count, fillers_per_100, hedges_per_100, "
    "ownership, length_s, length_verdict, star_situation, star_task, star_action, star_result"
)


@migration
def m003_attempt_indexes(conn: Connection) -> None:
    """Indexes for the newest-first list, the progress view, questions and sessions."""
    conn.execute(sa.text(f"CREATE INDEX ix_attempts_progress ON attempts ({_PROGRESS})"))
    conn.execute(sa.text("CREATE INDEX ix_attempts_question_id ON attempts (question_id)"))
    conn.execute(sa.text("CREATE INDEX ix_attempts_session_id ON attempts (session_id)"))
