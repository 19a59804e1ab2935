"""The end of a practice session: what was asked, answered and scored.

Read from the store rather than from memory, so a session resumed the next day (or in the
other front end) is summarised the same way: the last attempt at each question counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean
from typing import TYPE_CHECKING

from interview.practice.state import PracticeState, latest_attempts

if TYPE_CHECKING:
    from interview.history.attempts import Attempt
    from interview.history.store import HistoryStore


@dataclass(frozen=True)
class SessionSummary:
    """The end of a session.

    Attributes:
        session_id: the stored practice session.
        planned: questions chosen for the session.
        attempts: the last attempt at each question answered, in question order.
        skipped: ids of questions passed over.
        average_score: mean score of the analysed answers, None if none were.
        over_time: how many of those answers ran past their answer time.
    """

    session_id: int
    planned: int
    attempts: tuple[Attempt, ...]
    skipped: tuple[str, ...]
    average_score: float | None
    over_time: int

    @property
    def answered(self) -> int:
        return len(self.attempts)

    @property
    def analysed(self) -> int:
        return sum(1 for attempt in self.attempts if attempt.score is not None)


def summarise(store: HistoryStore, state: PracticeState) -> SessionSummary:
    attempts = tuple(store.get_attempt(item.attempt_id) for item in latest_attempts(state))
    answered = {attempt.question_id for attempt in attempts}
    scores = [a.score for a in attempts if a.score is not None]
    return SessionSummary(
        session_id=state.session_id,
        planned=state.total,
        attempts=attempts,
        skipped=tuple(dict.fromkeys(q for q in state.skipped if q not in answered)),
        average_score=round(mean(scores), 1) if scores else None,
        over_time=sum(1 for a in attempts if a.over_time),
    )
