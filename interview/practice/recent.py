"""Questions answered lately, so a drawn session does not ask them again too soon.

A user who practises every day with "focus on my weak areas" kept being asked a question
they had answered the day before: selection only avoided repeats inside one session. The
questions answered in the last few days are left out of the draw, unless that leaves too
few to fill the session (narrow filters), when the whole pool is used as before. Asking
for a question by name ("practise this again") is never affected.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

RECENT_DAYS = 3
# Enough attempts to cover a few busy days of practice without reading the whole history.
RECENT_LIMIT = 200


def recently_answered(
    store: HistoryStore, *, now: datetime | None = None, days: float = RECENT_DAYS
) -> frozenset[str]:
    """Ids of the questions answered in the last `days` days."""
    since = (now or datetime.now(UTC)) - timedelta(days=days)
    recent: set[str] = set()
    for attempt in store.list_attempts(RECENT_LIMIT):
        if datetime.fromisoformat(attempt.created_at) < since:
            break  # newest first: everything after this is older
        recent.add(attempt.question_id)
    return frozenset(recent)
