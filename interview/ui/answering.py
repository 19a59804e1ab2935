"""Submitting an answer from the browser: save it first, then transcribe and analyse it.

The order is the promise made to the user: the typed text or the recording is committed
to the history (`HistoryStore.save_attempt`) before anything that can fail runs, so a
crash, a bad recording or a slow model never loses an answer. The rest is the history's
single analysis path (`interview.answers.analyse_attempt`), shared with the CLI,
shown step by step in an `st.status` box. A failure the user can act on is kept on the
attempt and raised here as an `InterviewError` for the page to show with `st.error`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, BinaryIO

import streamlit as st

from interview.answers import analyse_attempt, needs_transcription
from interview.errors import InterviewError
from interview.history.audio_files import too_large
from interview.questions import load_banks
from interview.ui import resources
from interview.ui.feedback import reason

if TYPE_CHECKING:
    from collections.abc import Callable

    from streamlit.elements.lib.mutable_status_container import StatusContainer

    from interview.history.attempts import Attempt
    from interview.history.store import HistoryStore
    from interview.practice import PracticeSession

log = logging.getLogger(__name__)


class NotAnalysed(InterviewError):
    """The answer is saved, but it could not be analysed (the message says why)."""

    def __init__(self, attempt_id: int, reason: str) -> None:
        super().__init__(f"Your answer is saved, but it could not be analysed: {reason}")
        self.attempt_id = attempt_id


def _save_then_analyse(store: HistoryStore, save: Callable[[], Attempt]) -> int:
    """Save an answer, then analyse it, each step shown in one status box; return its id.

    Saving is inside the box too: a database another program holds makes it wait (up to
    the store's busy timeout), and the user should see what is being waited for. Once
    saved, the session shows the attempt's feedback whether or not the analysis works.
    """
    with st.status("Saving your answer…", expanded=False) as status:
        try:
            attempt = save()
        except InterviewError:
            status.update(label="Your answer was not saved", state="error")
            raise
        return _analyse(store, attempt, status, label="Saved. Analysing your answer…")


def _analyse(store: HistoryStore, attempt: Attempt, status: StatusContainer, *, label: str) -> int:
    """Analyse a saved attempt (transcribing it first if needed), updating `status`."""
    if needs_transcription(attempt):
        status.update(label="Saved. Turning your speech into text…")
    else:
        status.update(label=label)
    questions = load_banks(resources.settings()).questions  # their key points, for relevance
    outcome = analyse_attempt(
        store, attempt.id, transcriber=resources.transcriber, questions=questions
    )
    if outcome.error is not None:
        status.update(label="Saved, but not analysed", state="error")
        raise NotAnalysed(attempt.id, reason(attempt, outcome.error))
    status.update(label="Feedback ready", state="complete")
    return attempt.id


def submit_text(session: PracticeSession, text: str) -> int:
    """Save a typed answer (timed by its words at a speaking pace), analyse it, return its id."""
    return _save_then_analyse(session.store, lambda: session.save_text(text))


def submit_audio(session: PracticeSession, audio: bytes | BinaryIO, *, suffix: str) -> int:
    """Save a recording (its length becomes the answer's length), transcribe and analyse it.

    `suffix` is ".wav" or the uploaded file's name: the store keeps only an allowed suffix.
    An upload is passed as its stream, so the store copies it a chunk at a time and stops at
    the size limit.
    """
    return _save_then_analyse(session.store, lambda: session.save_recording(audio, suffix=suffix))


def submit_upload(session: PracticeSession, upload: BinaryIO, size: int, name: str) -> int:
    """An uploaded recording: refused at once when over the size limit (before anything is
    read or copied), otherwise saved from its stream like a recording."""
    limit = session.store.recordings.max_bytes
    if limit is not None and size > limit:
        raise too_large(size, limit)
    upload.seek(0)
    return submit_audio(session, upload, suffix=name)


def reanalyse(store: HistoryStore, attempt: Attempt) -> None:
    """Analyse a stored attempt again (transcribing it first if it never was)."""
    label = "Analysing your answer again…"
    with st.status(label, expanded=False) as status:
        _analyse(store, attempt, status, label=label)
