"""A practice session without any UI: which questions, in what order, timing, attempts.

The terminal (`interview practice`) and the Streamlit practice page both drive a
`PracticeSession`: it picks the questions (seeded, no repeats, optionally weighted towards
the user's weak areas), keeps the position ("Question 2 of 5"), measures think and answer
time with an injectable clock, and records each answer through the history's single
save-first path, so an answer is committed before it is transcribed or analysed. The
session itself is stored too (its options, start and end), and `finish()` returns the
end-of-session summary.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import mean
from typing import TYPE_CHECKING, Any

from interview.answers import AttemptOutcome, record_attempt
from interview.errors import InterviewError
from interview.history.store import HistoryStore
from interview.models import Question
from interview.questions import BankSet, Weights, select_questions

if TYPE_CHECKING:
    from interview.speech.transcriber import Transcriber

Clock = Callable[[], float]


@dataclass(frozen=True)
class PracticeOptions:
    """What to practise.

    Attributes:
        count: how many questions.
        kind: behavioral, hr or situational; None for any.
        competencies: only these competencies (empty: any).
        role: a role pack name, or None for any.
        difficulty: 1-3, or None for any.
        weak_areas: favour the competencies and STAR parts the history says are weakest.
        seed: fixes the question order (tests, or repeating a session).
    """

    count: int = 5
    kind: str | None = None
    competencies: tuple[str, ...] = ()
    role: str | None = None
    difficulty: int | None = None
    weak_areas: bool = False
    seed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["competencies"] = list(self.competencies)
        return data

    def filters(self) -> dict[str, Any]:
        """The keyword filters of `filter_questions` and `select_questions`."""
        return {
            "kind": self.kind,
            "competencies": self.competencies,
            "role": self.role,
            "difficulty": self.difficulty,
        }


@dataclass(frozen=True)
class SessionSummary:
    """The end of a session: what was asked, answered and scored.

    Attributes:
        planned: questions chosen for the session.
        asked: questions answered or skipped before the session ended.
        outcomes: every recorded attempt, in the order answered.
        skipped: ids of questions passed over.
        average_score: mean score of the analysed answers, None if none were.
        over_time: how many answers ran past their question's answer time.
        tip_areas: the areas the tips pointed at most, most frequent first.
    """

    session_id: int
    planned: int
    asked: int
    outcomes: tuple[AttemptOutcome, ...]
    skipped: tuple[str, ...]
    average_score: float | None
    over_time: int
    tip_areas: tuple[str, ...]

    @property
    def answered(self) -> int:
        return len(self.outcomes)

    @property
    def analysed(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.ok)


@dataclass
class _Timer:
    clock: Clock
    think_started: float | None = None
    answer_started: float | None = None

    def elapsed(self, since: float | None) -> float:
        return 0.0 if since is None else max(0.0, self.clock() - since)


@dataclass
class PracticeSession:
    """One run through a list of questions; use `PracticeSession.start` to make one."""

    store: HistoryStore
    questions: tuple[Question, ...]
    options: PracticeOptions
    session_id: int
    clock: Clock = time.monotonic
    outcomes: list[AttemptOutcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    index: int = 0
    timer: _Timer = field(init=False)

    def __post_init__(self) -> None:
        self.timer = _Timer(self.clock)

    @classmethod
    def start(
        cls,
        store: HistoryStore,
        bank: BankSet | Iterable[Question],
        options: PracticeOptions,
        *,
        weights: Weights | None = None,
        clock: Clock = time.monotonic,
    ) -> PracticeSession:
        """Pick the questions and record the session; weak-area mode reads the history."""
        if options.weak_areas and weights is None:
            from interview.interviews.service import weak_area_weights  # noqa: PLC0415

            bank = bank.questions if isinstance(bank, BankSet) else tuple(bank)
            weights = weak_area_weights(store, bank)
        chosen = select_questions(
            bank,
            count=options.count,
            **options.filters(),
            weights=weights if options.weak_areas else None,
            seed=options.seed,
        )
        if not chosen:
            raise InterviewError("no question matches these filters; widen them and try again")
        record = store.start_session(options.to_dict())
        return cls(store, chosen, options, record.id, clock=clock)

    # -- where we are ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def current(self) -> Question:
        if self.finished:
            raise InterviewError("the session is over: every question has been asked")
        return self.questions[self.index]

    @property
    def label(self) -> str:
        """ "Question 2 of 5" for the current question."""
        return f"Question {min(self.index + 1, self.total)} of {self.total}"

    # -- timing ------------------------------------------------------------------------------

    def begin_thinking(self) -> None:
        self.timer.think_started = self.clock()
        self.timer.answer_started = None

    def begin_answer(self) -> None:
        self.timer.answer_started = self.clock()

    @property
    def think_elapsed(self) -> float:
        return self.timer.elapsed(self.timer.think_started)

    @property
    def answer_elapsed(self) -> float:
        return self.timer.elapsed(self.timer.answer_started)

    @property
    def answer_remaining(self) -> float:
        """Seconds left of the question's suggested answer time (negative when over)."""
        return self.current.answer_seconds - self.answer_elapsed

    # -- answers -------------------------------------------------------------------------------

    def submit_text(self, text: str) -> AttemptOutcome:
        """Save the typed answer (timed from `begin_answer`), analyse it, move on."""
        duration = self.answer_elapsed if self.timer.answer_started is not None else None
        outcome = record_attempt(
            self.store,
            self.current,
            answer_text=text,
            duration_s=duration,
            session_id=self.session_id,
        )
        return self._advance(outcome)

    def submit_recording(
        self,
        audio: bytes | Path,
        *,
        transcriber: Transcriber | None = None,
        suffix: str | None = None,
    ) -> AttemptOutcome:
        """Save the recording, transcribe and analyse it, move on (its length is the duration)."""
        outcome = record_attempt(
            self.store,
            self.current,
            recording=audio,
            recording_suffix=suffix,
            session_id=self.session_id,
            transcriber=transcriber,
        )
        return self._advance(outcome)

    def skip(self) -> None:
        self.skipped.append(self.current.id)
        self._next()

    def _advance(self, outcome: AttemptOutcome) -> AttemptOutcome:
        self.outcomes.append(outcome)
        self._next()
        return outcome

    def _next(self) -> None:
        self.index += 1
        self.timer = _Timer(self.clock)

    def finish(self) -> SessionSummary:
        """Record the end of the session and summarise it."""
        self.store.end_session(self.session_id)
        scores = [o.attempt.score for o in self.outcomes if o.attempt.score is not None]
        return SessionSummary(
            session_id=self.session_id,
            planned=self.total,
            asked=self.index,
            outcomes=tuple(self.outcomes),
            skipped=tuple(self.skipped),
            average_score=round(mean(scores), 1) if scores else None,
            over_time=sum(1 for o in self.outcomes if o.attempt.over_time),
            tip_areas=_tip_areas(self.outcomes),
        )


def _tip_areas(outcomes: Iterable[AttemptOutcome]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        for tip in outcome.analysis.tips if outcome.analysis else ():
            area = tip.area
            if area:
                counts[area] = counts.get(area, 0) + 1
    return tuple(sorted(counts, key=lambda a: (-counts[a], a)))
