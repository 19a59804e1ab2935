"""The practice session in progress, kept in the database so a reload or a crash loses nothing.

A browser tab that reloads, a laptop that sleeps, a terminal closed by mistake: each would
lose the question, the clock and a half-typed answer if they lived only in memory. So the
practice session writes its state (JSON, owned by `interview.practice`) here after every
move, and the answer being typed every few seconds. A session whose row is still here and
that has not ended can be resumed; finishing or discarding it removes the row.

This module only stores: what the state means is the practice model's business.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from interview.errors import HistoryError
from interview.history import schema

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

D = schema.practice_drafts
S = schema.sessions


@dataclass(frozen=True)
class SavedPractice:
    """A stored session in progress.

    Attributes:
        session_id: the practice session.
        state: the practice model's state (its `to_dict`).
        draft: the answer being typed ("" when none).
        saved_at: Unix time of the last save (the state or the draft).
    """

    session_id: int
    state: dict[str, Any]
    draft: str
    saved_at: float


class PracticeDrafts:
    """Sessions in progress and their drafts, in the history database."""

    def __init__(self, store: HistoryStore, *, clock: Any = time.time) -> None:
        self.store = store
        self.clock = clock

    def save_state(self, session_id: int, state: dict[str, Any], *, draft: str | None) -> None:
        """Keep the session's state; `draft` replaces the draft unless it is None."""
        values: dict[str, Any] = {"state": json.dumps(state), "saved_at": float(self.clock())}
        if draft is not None:
            values["draft"] = draft
        with self.store.writing() as conn:
            done = conn.execute(sa.update(D).where(D.c.session_id == session_id).values(**values))
            if done.rowcount == 0:
                values.setdefault("draft", "")
                conn.execute(sa.insert(D).values(session_id=session_id, **values))

    def save_draft(self, session_id: int, draft: str) -> None:
        """Keep the answer being typed (the session's state must have been saved first)."""
        values = {"draft": draft, "saved_at": float(self.clock())}
        with self.store.writing() as conn:
            done = conn.execute(sa.update(D).where(D.c.session_id == session_id).values(**values))
        if done.rowcount == 0:
            raise HistoryError(f"practice session {session_id} is not in progress")

    def load(self, session_id: int) -> SavedPractice | None:
        with self.store.reading() as conn:
            row = conn.execute(sa.select(D).where(D.c.session_id == session_id)).first()
        return None if row is None else _saved(row)

    def latest_open(self) -> SavedPractice | None:
        """The most recently saved session that has not ended, if any."""
        query = (
            sa.select(D)
            .join(S, S.c.id == D.c.session_id)
            .where(S.c.ended_at.is_(None))
            .order_by(D.c.saved_at.desc())
            .limit(1)
        )
        with self.store.reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else _saved(row)

    def remove(self, session_id: int) -> None:
        with self.store.writing() as conn:
            conn.execute(sa.delete(D).where(D.c.session_id == session_id))


def _saved(row: Any) -> SavedPractice:
    return SavedPractice(int(row.session_id), json.loads(row.state), row.draft, row.saved_at)
