"""The newest-first list of attempts: the columns a list row reads, and the query.

Kept apart from the store so the list, the CLI and tests/test_migrate.py (which checks the
query is answered from the time-ordered index, without a sort) share one definition.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from interview.history import schema

T = schema.attempts
SUMMARY_COLUMNS = (
    *(T.c[name] for name in ("id", "session_id", "question_id", "question_text", "kind")),
    *(T.c[name] for name in ("competency", "status", "score", "duration_s", "over_time")),
    T.c.recording,
    T.c.created_at,
)


def list_query(
    limit: int | None = 50,
    *,
    offset: int = 0,
    question_id: str | None = None,
    session_id: int | None = None,
    analysed: bool | None = None,
) -> sa.Select[Any]:
    """The history list query (newest first; the time-ordered index avoids a sort)."""
    query = sa.select(*SUMMARY_COLUMNS).order_by(T.c.created_at.desc(), T.c.id.desc())
    if question_id is not None:
        query = query.where(T.c.question_id == question_id)
    if session_id is not None:
        query = query.where(T.c.session_id == session_id)
    if analysed is not None:
        status = T.c.status == "analysed" if analysed else T.c.status != "analysed"
        query = query.where(status)
    return query.limit(limit).offset(offset)
