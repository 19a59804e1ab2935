"""Submitting an answer from the browser: save it first, then transcribe and analyse it.

The order is the promise made to the user: the typed text or the recording is committed
to the history (`HistoryStore.save_attempt`) before anything that can fail runs, so a
crash, a bad recording or a slow model never loses an answer. The rest is the history's
single analysis path (`interview.history.analyse.analyse_attempt`), shared with the CLI,
shown step by step in an `st.status` box. A failure the user can act on is kept on the
attempt and raised here as an `InterviewError` for the page to show with `st.error`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import streamlit as st

from interview.errors import InterviewError
from interview.history.analyse import analyse_attempt
from interview.ui import resources
from interview.ui.practice_run import PracticeRun

if TYPE_CHECKING:
    from interview.history.records import Attempt
    from interview.history.store import HistoryStore
    from interview.speech.transcriber import Transcriber

log = logging.getLogger(__name__)


class NotAnalysed(InterviewError):
    """The answer is saved, but it could not be analysed (the message says why)."""

    def __init__(self, attempt_id: int, reason: str) -> None:
        super().__init__(f"Your answer is saved, but it could not be analysed: {reason}")
        self.attempt_id = attempt_id


def _analyse(store: HistoryStore, attempt: Attempt, label: str) -> int:
    """Run the analysis of a saved attempt inside a status box; return its id."""
    with st.status(label, expanded=False) as status:
        transcriber: Transcriber | None = None
        if attempt.answer_text is None and attempt.transcript is None:
            status.update(label="Saved. Turning your speech into text…")
            transcriber = resources.transcriber()
        outcome = analyse_attempt(store, attempt.id, transcriber=transcriber)
        if outcome.error is not None:
            status.update(label="Saved, but not analysed", state="error")
            raise NotAnalysed(attempt.id, outcome.error)
        status.update(label="Feedback ready", state="complete")
    return attempt.id


def submit_text(store: HistoryStore, run: PracticeRun, text: str) -> int:
    """Save a typed answer (timed from the end of thinking), analyse it, return its id."""
    attempt = store.save_attempt(
        run.question, answer_text=text, duration_s=run.answer_seconds(), session_id=run.session_id
    )
    return _analyse(store, attempt, "Saved. Analysing your answer…")


def submit_audio(store: HistoryStore, run: PracticeRun, audio: bytes, *, suffix: str) -> int:
    """Save a recording (its length becomes the answer time), transcribe and analyse it.

    `suffix` is ".wav" or the uploaded file's name: the store keeps only an allowed suffix.
    """
    attempt = store.save_attempt(
        run.question, recording=audio, recording_suffix=suffix, session_id=run.session_id
    )
    return _analyse(store, attempt, "Saved. Turning your speech into text…")


def reanalyse(store: HistoryStore, attempt: Attempt) -> None:
    """Analyse a stored attempt again (transcribing it first if it never was)."""
    _analyse(store, attempt, "Analysing your answer again…")
