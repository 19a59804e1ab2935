"""The practice session as a small state machine: pure values and the moves between them.

    set-up ──start──► thinking ──ready / time──► answering ──answered──► feedback
                         ▲                                                 │
                         └────────────── retry / next ◄────────────────────┘
                                            (after the last question: summary)

`PracticeState` is frozen and replaced on every move, so a front end never sees half a
change; each move is a function `state -> state` here. Times are Unix times (`time.time()`)
because a session outlives the process: it is stored (`to_dict`/`from_dict`) after every
move and may be resumed after a reload, a crash or the next day. The terminal and the
browser drive the same machine through `interview.practice.session.PracticeSession`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, cast

from interview.errors import InterviewError
from interview.models import Question

Stage = Literal["thinking", "answering", "feedback", "summary"]
Mode = Literal["voice", "typed"]
MODES: tuple[Mode, ...] = ("voice", "typed")
# Away longer than this (since the last save), the current question's clock starts again:
# a reload keeps the clock running, an evening off does not count as answer time.
KEEP_CLOCK_S = 300.0


@dataclass(frozen=True)
class PracticeOptions:
    """What to practise and how: the one options type of every front end.

    Attributes:
        count: how many questions.
        kind: behavioral, hr or situational; None for any.
        competencies: only these competencies (empty: any).
        role: a role pack name (its questions and the general ones), or None for any.
        difficulty: 1-3, or None for any.
        weak_areas: favour the competencies and STAR parts the history says are weakest.
        focus_part: favour questions that train this STAR part (a session aimed at it).
        question_ids: practise exactly these questions ("practise this question").
        think_s: thinking time for every question; None keeps each question's own.
        answer_s: answer time for every question; None keeps each question's own.
        mode: how the first question is answered ("voice" or "typed"); any question may
            switch.
        seed: fixes the question order (tests, or repeating a session).
    """

    count: int = 5
    kind: str | None = None
    competencies: tuple[str, ...] = ()
    role: str | None = None
    difficulty: int | None = None
    weak_areas: bool = False
    focus_part: str | None = None
    question_ids: tuple[str, ...] = ()
    think_s: int | None = None
    answer_s: int | None = None
    mode: Mode = "typed"
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise InterviewError(
                f"answer mode must be one of {', '.join(MODES)} (not {self.mode!r})"
            )
        if self.count < 1:
            raise InterviewError(f"the number of questions must be at least 1 (not {self.count})")

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["competencies"] = list(self.competencies)
        data["question_ids"] = list(self.question_ids)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PracticeOptions:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        for key in ("competencies", "question_ids"):
            values[key] = tuple(values.get(key) or ())
        return cls(**values)

    def filters(self) -> dict[str, Any]:
        """The keyword filters of `filter_questions` and `select_questions` (a role pack's
        sessions draw on the general questions too)."""
        return {
            "kind": self.kind,
            "competencies": self.competencies,
            "role": tuple(dict.fromkeys((self.role, "general"))) if self.role else None,
            "difficulty": self.difficulty,
        }


@dataclass(frozen=True)
class Taken:
    """One attempt made in this session (the store keeps the rest)."""

    question_id: str
    attempt_id: int


@dataclass(frozen=True)
class PracticeState:
    """A practice session in progress.

    Attributes:
        session_id: the stored practice session.
        options: what the session was started with.
        questions: the questions, in the order they are asked, with the session's timing.
        index: the question being asked or discussed (0-based).
        stage: "thinking", "answering", "feedback" or "summary".
        mode: how the current question is being answered ("voice" or "typed").
        shown_at: when the current question appeared (Unix time).
        answering_at: when the user began answering before the thinking time ran out.
        attempt_id: the attempt shown on the feedback screen.
        taken: every attempt of this session, oldest first (retries included).
        skipped: ids of questions passed over without an answer.
    """

    session_id: int
    options: PracticeOptions
    questions: tuple[Question, ...]
    index: int = 0
    stage: Stage = "thinking"
    mode: Mode = "typed"
    shown_at: float = 0.0
    answering_at: float | None = None
    attempt_id: int | None = None
    taken: tuple[Taken, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def question(self) -> Question:
        return self.questions[min(self.index, len(self.questions) - 1)]

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def is_last(self) -> bool:
        return self.index >= self.total - 1

    @property
    def position(self) -> str:
        """ "Question 2 of 5"."""
        return f"Question {min(self.index + 1, self.total)} of {self.total}"

    def answer_started(self) -> float:
        """When the answer clock started (or will start, at the end of the thinking time)."""
        thought = self.shown_at + self.question.think_seconds
        return thought if self.answering_at is None else min(self.answering_at, thought)

    def phase(self, now: float) -> Stage:
        """The stage at `now`: thinking turns into answering when the thinking time is up."""
        if self.stage == "thinking" and now >= self.answer_started():
            return "answering"
        return self.stage

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["options"] = self.options.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PracticeState:
        return cls(
            session_id=int(data["session_id"]),
            options=PracticeOptions.from_dict(data["options"]),
            questions=tuple(question_from_dict(q) for q in data["questions"]),
            index=int(data["index"]),
            stage=cast(Stage, data["stage"]),
            mode=cast(Mode, data["mode"]),
            shown_at=float(data["shown_at"]),
            answering_at=data.get("answering_at"),
            attempt_id=data.get("attempt_id"),
            taken=tuple(Taken(t["question_id"], int(t["attempt_id"])) for t in data["taken"]),
            skipped=tuple(data.get("skipped", ())),
        )


def question_from_dict(data: dict[str, Any]) -> Question:
    values = dict(data)
    for key in ("roles", "follow_ups", "key_points"):
        values[key] = tuple(values.get(key) or ())
    return Question(**values)


def with_timing(question: Question, options: PracticeOptions) -> Question:
    """The question with the session's think and answer times in place of its own."""
    return dataclasses.replace(
        question,
        think_seconds=question.think_seconds if options.think_s is None else options.think_s,
        answer_seconds=question.answer_seconds if options.answer_s is None else options.answer_s,
    )


# -- the moves ----------------------------------------------------------------------------


def begin(
    session_id: int, questions: tuple[Question, ...], options: PracticeOptions, *, now: float
) -> PracticeState:
    """Set-up → thinking on the first question."""
    if not questions:
        raise InterviewError("a practice session needs at least one question")
    timed = tuple(with_timing(q, options) for q in questions)
    return PracticeState(session_id, options, timed, mode=options.mode, shown_at=now)


def ready(state: PracticeState, *, now: float) -> PracticeState:
    """Thinking → answering: the user skipped the rest of the thinking time."""
    if state.stage != "thinking":
        return state
    return dataclasses.replace(state, stage="answering", answering_at=now)


def choose_mode(state: PracticeState, mode: Mode) -> PracticeState:
    """Answer the current question by voice or by typing (any question, any time before it
    is answered)."""
    if mode not in MODES:
        raise InterviewError(f"answer mode must be one of {', '.join(MODES)} (not {mode!r})")
    return dataclasses.replace(state, mode=mode)


def answered(state: PracticeState, attempt_id: int) -> PracticeState:
    """An attempt was saved: show its feedback."""
    if state.stage not in ("thinking", "answering"):
        raise InterviewError("this question has already been answered: try again or go on")
    done = Taken(state.question.id, attempt_id)
    return dataclasses.replace(
        state, stage="feedback", attempt_id=attempt_id, taken=(*state.taken, done)
    )


def retry(state: PracticeState, *, now: float) -> PracticeState:
    """Ask the same question again, clock reset."""
    return dataclasses.replace(
        state, stage="thinking", attempt_id=None, shown_at=now, answering_at=None
    )


def advance(state: PracticeState, *, now: float) -> PracticeState:
    """The next question, or the summary after the last; before an answer it is a skip."""
    skipped = state.skipped
    if state.stage in ("thinking", "answering"):
        skipped = (*skipped, state.question.id)
    if state.is_last:
        return dataclasses.replace(state, stage="summary", attempt_id=None, skipped=skipped)
    moved = dataclasses.replace(state, index=state.index + 1, skipped=skipped)
    return retry(moved, now=now)


def finish(state: PracticeState) -> PracticeState:
    """End the session early (the unanswered questions count as not asked)."""
    return dataclasses.replace(state, stage="summary", attempt_id=None)


def resumed(state: PracticeState, *, now: float, saved_at: float) -> PracticeState:
    """Back after a reload or a break: a short gap keeps the clock, a long one restarts the
    current question's clock (time away is not answer time)."""
    if state.stage not in ("thinking", "answering") or now - saved_at <= KEEP_CLOCK_S:
        return state
    return retry(state, now=now)


def latest_attempts(state: PracticeState) -> tuple[Taken, ...]:
    """The last attempt at each question answered, in question order (for the summary)."""
    latest = {item.question_id: item for item in state.taken}
    return tuple(latest[q.id] for q in state.questions if q.id in latest)
