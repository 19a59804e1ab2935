"""A practice session that stores itself: the state machine plus the history database.

Every move of `interview.practice.state` goes through a `PracticeSession` method, which
replaces the state and saves it (`interview.history.drafts`) at once, so the terminal and
the browser can both be closed at any moment and resumed where they were. Pages call these
methods from their event handlers (a button, a new recording, a draft arriving), never
while drawing. Answers are saved before they are analysed (the history's save-first path):
`save_text`/`save_recording` commit the answer and move to feedback; the caller then runs
the analysis (`analyse`), so a slow model or a failure never loses the answer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from interview.answers import AttemptOutcome, analyse_attempt
from interview.errors import InterviewError
from interview.history.drafts import PracticeDrafts, SavedPractice
from interview.practice import state as machine
from interview.practice.recent import recently_answered
from interview.practice.state import Mode, PracticeOptions, PracticeState
from interview.practice.timing import typed_seconds
from interview.questions import BankSet, Weights, get_question, select_questions

if TYPE_CHECKING:
    from interview.history.attempts import Attempt
    from interview.history.store import HistoryStore
    from interview.models import Question
    from interview.speech.transcriber import Transcriber

log = logging.getLogger(__name__)

Clock = Callable[[], float]


def choose_questions(
    store: HistoryStore,
    bank: BankSet | Iterable[Question],
    options: PracticeOptions,
    *,
    weights: Weights | None = None,
) -> tuple[Question, ...]:
    """The session's questions: the ones named, or a seeded pick that follows the filters."""
    if options.question_ids:
        pool = bank if isinstance(bank, BankSet) else tuple(bank)
        return tuple(get_question(pool, qid) for qid in options.question_ids)
    if options.focus_part is not None:
        weights = Weights(star_part={options.focus_part: 1.0})
    elif options.weak_areas and weights is None:
        # The history's weak areas, raised for the practice plan's focus competencies.
        from interview.interviews.service import weak_area_weights  # noqa: PLC0415

        pool = bank.questions if isinstance(bank, BankSet) else tuple(bank)
        weights = weak_area_weights(store, pool)
        bank = pool
    wanted = options.weak_areas or options.focus_part is not None
    draw = partial(
        select_questions,
        bank,
        count=options.count,
        **options.filters(),
        weights=weights if wanted else None,
        seed=options.seed,
    )
    chosen = draw(exclude_ids=recently_answered(store))
    if len(chosen) < options.count:
        chosen = draw()  # too few left without the recent ones: allow them again
    if not chosen:
        raise InterviewError(
            "no question matches these choices; choose more competencies, another role or "
            "any difficulty"
        )
    return chosen


class PracticeSession:
    """One practice session: its state, kept in the history database after every move."""

    def __init__(
        self,
        store: HistoryStore,
        state: PracticeState,
        *,
        clock: Clock = time.time,
        draft: str = "",
    ) -> None:
        self.store = store
        self.state = state
        self.clock = clock
        self.draft = draft
        self.drafts = PracticeDrafts(store, clock=clock)

    @classmethod
    def start(
        cls,
        store: HistoryStore,
        bank: BankSet | Iterable[Question],
        options: PracticeOptions,
        *,
        weights: Weights | None = None,
        clock: Clock = time.time,
    ) -> PracticeSession:
        """Pick the questions, record the session and save its first state."""
        questions = choose_questions(store, bank, options, weights=weights)
        record = store.start_session(options.to_dict())
        session = cls(store, machine.begin(record.id, questions, options, now=clock()), clock=clock)
        session._save(draft="")
        return session

    @classmethod
    def resume(
        cls, store: HistoryStore, saved: SavedPractice, *, clock: Clock = time.time
    ) -> PracticeSession:
        """Carry on a stored session: the question, the clock (after a short gap) and the draft."""
        state = PracticeState.from_dict(saved.state)
        back = machine.resumed(state, now=clock(), saved_at=saved.saved_at)
        session = cls(store, back, clock=clock, draft=saved.draft)
        if back is not state:
            session._save(draft=None)
        return session

    @staticmethod
    def in_progress(store: HistoryStore) -> SavedPractice | None:
        """The session left unfinished most recently, if any (to offer resuming it)."""
        return PracticeDrafts(store).latest_open()

    @staticmethod
    def discard(store: HistoryStore, saved: SavedPractice) -> None:
        """Give up a stored session: it ends as it stands (its attempts are kept)."""
        store.end_session(saved.session_id)
        PracticeDrafts(store).remove(saved.session_id)

    # -- where we are ------------------------------------------------------------------------

    @property
    def session_id(self) -> int:
        return self.state.session_id

    @property
    def question(self) -> Question:
        return self.state.question

    @property
    def stage(self) -> machine.Stage:
        return self.state.phase(self.clock())

    @property
    def finished(self) -> bool:
        return self.state.stage == "summary"

    # -- moves --------------------------------------------------------------------------------

    def ready(self) -> None:
        self._move(machine.ready(self.state, now=self.clock()))

    def choose_mode(self, mode: Mode) -> None:
        self._move(machine.choose_mode(self.state, mode))

    def save_draft(self, text: str) -> None:
        """Keep the answer being typed (called every few seconds and on leaving the page)."""
        if text == self.draft or self.state.stage not in ("thinking", "answering"):
            return
        self.drafts.save_draft(self.session_id, text)
        self.draft = text

    def save_text(self, text: str) -> Attempt:
        """Commit a typed answer, judged on its length at a speaking pace; show its feedback."""
        attempt = self.store.save_attempt(
            self.question,
            answer_text=text,
            duration_s=typed_seconds(text),
            session_id=self.session_id,
        )
        self._answered(attempt.id)
        return attempt

    def save_recording(
        self, audio: bytes | Path | BinaryIO, *, suffix: str | None = None
    ) -> Attempt:
        """Commit a recording; its length (filled in when transcribed) is the answer's length."""
        attempt = self.store.save_attempt(
            self.question, recording=audio, recording_suffix=suffix, session_id=self.session_id
        )
        self._answered(attempt.id)
        return attempt

    def analyse(self, attempt_id: int, *, transcriber: Transcriber | None = None) -> AttemptOutcome:
        """Transcribe (if spoken) and analyse a saved attempt; a failure is kept on it."""
        return analyse_attempt(
            self.store, attempt_id, transcriber=transcriber, questions=self.state.questions
        )

    def submit_text(self, text: str) -> AttemptOutcome:
        return self.analyse(self.save_text(text).id)

    def submit_recording(
        self,
        audio: bytes | Path,
        *,
        transcriber: Transcriber | None = None,
        suffix: str | None = None,
    ) -> AttemptOutcome:
        return self.analyse(self.save_recording(audio, suffix=suffix).id, transcriber=transcriber)

    def retry(self) -> None:
        self._move(machine.retry(self.state, now=self.clock()), draft="")

    def advance(self) -> None:
        """Next question (a skip when the current one is unanswered), or the summary."""
        self._move(machine.advance(self.state, now=self.clock()), draft="")
        if self.finished:
            self._close()

    def finish(self) -> None:
        """End the session now (the questions not reached are left out of it)."""
        self._move(machine.finish(self.state), draft="")
        self._close()

    # -- keeping it ----------------------------------------------------------------------------

    def _answered(self, attempt_id: int) -> None:
        self._move(machine.answered(self.state, attempt_id), draft="")

    def _move(self, state: PracticeState, *, draft: str | None = None) -> None:
        self.state = state
        self._save(draft=draft)

    def _save(self, *, draft: str | None) -> None:
        self.drafts.save_state(self.session_id, self.state.to_dict(), draft=draft)
        if draft is not None:
            self.draft = draft

    def _close(self) -> None:
        """The session is over: record its end; nothing is left to resume."""
        self.store.end_session(self.session_id)
        self.drafts.remove(self.session_id)
