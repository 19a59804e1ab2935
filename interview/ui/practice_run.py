"""The state of one practice session in the browser, and the moves between its screens.

A session goes set-up → question → feedback → (next) question … → summary. The state is
one frozen `PracticeRun` in `st.session_state`, replaced on every move, so a rerun never
sees half a change. The clock's start times live beside it (the clock fragment reads
them every second). Nothing here talks to Streamlit widgets; the page does that.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import Literal

from interview.models import Question

Stage = Literal["question", "feedback", "summary"]
Mode = Literal["voice", "typed"]


@dataclass(frozen=True)
class Answered:
    """One attempt made in this session (the store keeps the rest)."""

    question_id: str
    attempt_id: int


@dataclass(frozen=True)
class PracticeRun:
    """A practice session in progress.

    Attributes:
        session_id: the stored practice session.
        questions: the questions, in the order they are asked.
        think_s: thinking time before each answer (0 to start at once).
        answer_s: answer time; going past it marks the attempt over time.
        mode: "voice" (record or upload) or "typed".
        index: the question being asked or discussed (0-based).
        stage: "question", "feedback" or "summary".
        attempt_id: the attempt shown on the feedback screen.
        answered: every attempt of this session, oldest first (retries included).
        shown_at: when the current question appeared (time.time()).
        answering_at: when the user chose to start answering before the thinking time ended.
    """

    session_id: int | None
    questions: tuple[Question, ...]
    think_s: int
    answer_s: int
    mode: Mode
    index: int = 0
    stage: Stage = "question"
    attempt_id: int | None = None
    answered: tuple[Answered, ...] = ()
    shown_at: float = 0.0
    answering_at: float | None = None

    @property
    def question(self) -> Question:
        """The question being asked, with the session's timing in place of its own."""
        return dataclasses.replace(
            self.questions[self.index], think_seconds=self.think_s, answer_seconds=self.answer_s
        )

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.questions) - 1

    @property
    def position(self) -> str:
        return f"Question {self.index + 1} of {len(self.questions)}"

    def answer_started(self) -> float:
        """When the answer clock started (or will start)."""
        thought = self.shown_at + self.think_s
        return thought if self.answering_at is None else min(self.answering_at, thought)

    def answer_seconds(self, now: float | None = None) -> float:
        """Seconds spent answering so far (0 while still in thinking time)."""
        return max(0.0, (time.time() if now is None else now) - self.answer_started())


def start(
    questions: tuple[Question, ...],
    *,
    session_id: int | None,
    think_s: int,
    answer_s: int,
    mode: Mode,
    now: float | None = None,
) -> PracticeRun:
    return PracticeRun(
        session_id, questions, think_s, answer_s, mode, shown_at=time.time() if now is None else now
    )


def answering_now(run: PracticeRun, now: float | None = None) -> PracticeRun:
    """The user skipped the rest of the thinking time."""
    return dataclasses.replace(run, answering_at=time.time() if now is None else now)


def answered(run: PracticeRun, attempt_id: int) -> PracticeRun:
    """An attempt was saved: show its feedback."""
    done = Answered(run.questions[run.index].id, attempt_id)
    return dataclasses.replace(
        run, stage="feedback", attempt_id=attempt_id, answered=(*run.answered, done)
    )


def retry(run: PracticeRun, now: float | None = None) -> PracticeRun:
    """Ask the same question again, clock reset."""
    return dataclasses.replace(
        run,
        stage="question",
        attempt_id=None,
        shown_at=time.time() if now is None else now,
        answering_at=None,
    )


def advance(run: PracticeRun, now: float | None = None) -> PracticeRun:
    """The next question, or the summary after the last one (skipping is allowed)."""
    if run.is_last:
        return dataclasses.replace(run, stage="summary", attempt_id=None)
    return retry(dataclasses.replace(run, index=run.index + 1), now)


def latest_attempts(run: PracticeRun) -> tuple[Answered, ...]:
    """The last attempt at each question answered, in question order (for the summary)."""
    latest = {item.question_id: item for item in run.answered}
    return tuple(latest[q.id] for q in run.questions if q.id in latest)
