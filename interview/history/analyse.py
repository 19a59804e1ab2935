"""Save first, analyse after: the one path every front end uses to record an attempt.

`record_attempt` commits the answer (text, or the recording renamed into place) before
anything slow or fallible runs, then transcribes and analyses it. `analyse_attempt` runs
the second half alone, for attempts whose analysis failed or never ran because the process
died: `interview history reanalyse ID`. Both use `interview.evaluation`, the one path from
an answer to its feedback; a stored transcript is reused, so re-analysing a spoken answer
does not transcribe it again.

A failure the user can act on (silence, an unreadable recording, a missing model, a
database locked after the answer was saved) is kept on the attempt as its error and
returned, not raised, so the caller can show it next to the saved answer. So a HistoryError
out of `record_attempt` always means the answer was not saved. An unexpected exception
marks the attempt failed and propagates: a bug must stay visible, but the answer is still
there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.config import Settings
from interview.errors import HistoryError, InterviewError
from interview.history.records import Attempt, transcript_to_dict
from interview.history.store import HistoryStore
from interview.models import Question

if TYPE_CHECKING:
    from interview.speech.transcriber import Transcriber

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttemptOutcome:
    """A saved attempt and how its analysis went.

    Attributes:
        attempt: the attempt as stored now (analysed, or failed with `attempt.error`).
        analysis: the analysis JSON, None when it failed.
        error: the reason it could not be analysed, for the user; None on success.
    """

    attempt: Attempt
    analysis: dict[str, Any] | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The analysis JSON plus `attempt_id` (and `transcript` for a spoken answer)."""
        data: dict[str, Any] = dict(self.analysis or {})
        data["attempt_id"] = self.attempt.id
        data["analysed"] = self.attempt.analysed
        if self.error is not None:
            data["error"] = self.error
        if self.attempt.transcript is not None:
            data["transcript"] = transcript_to_dict(self.attempt.transcript)
        return data


def record_attempt(
    store: HistoryStore,
    question: Question,
    *,
    answer_text: str | None = None,
    recording: bytes | Path | None = None,
    recording_suffix: str | None = None,
    duration_s: float | None = None,
    session_id: int | None = None,
    transcriber: Transcriber | None = None,
) -> AttemptOutcome:
    """Save the answer (committed before anything else runs), then analyse it."""
    attempt = store.save_attempt(
        question,
        answer_text=answer_text,
        recording=recording,
        recording_suffix=recording_suffix,
        duration_s=duration_s,
        session_id=session_id,
    )
    return analyse_attempt(store, attempt.id, transcriber=transcriber)


def analyse_attempt(
    store: HistoryStore, attempt_id: int, *, transcriber: Transcriber | None = None
) -> AttemptOutcome:
    """(Re)analyse a stored attempt; a spoken one is transcribed first if it has no transcript.

    Without a `transcriber`, the engine named by the settings is loaded when one is needed.
    """
    attempt = store.get_attempt(attempt_id)
    try:
        analysis = _analyse(store, attempt, transcriber)
        return AttemptOutcome(store.add_analysis(attempt.id, analysis), analysis, None)
    except InterviewError as exc:
        return _not_analysed(store, attempt.id, str(exc))
    except Exception as exc:
        _not_analysed(
            store, attempt.id, f"analysis failed unexpectedly ({type(exc).__name__}: {exc})"
        )
        raise


def _not_analysed(store: HistoryStore, attempt_id: int, message: str) -> AttemptOutcome:
    """Keep the reason on the attempt; if even that cannot be written (the database is
    locked), the attempt simply stays pending, which is listed as "not analysed" too."""
    logger.info("attempt %s saved but not analysed: %s", attempt_id, message)
    try:
        store.mark_failed(attempt_id, message)
    except HistoryError as exc:
        logger.warning("could not record why attempt %s was not analysed: %s", attempt_id, exc)
    return AttemptOutcome(store.get_attempt(attempt_id), None, message)


def _analyse(
    store: HistoryStore, attempt: Attempt, transcriber: Transcriber | None
) -> dict[str, Any]:
    # Imported here so `interview --help` and the store stay light.
    from interview.analysis import analyze  # noqa: PLC0415
    from interview.evaluation import evaluate_audio, evaluate_text  # noqa: PLC0415

    kind, question = attempt.kind, attempt.question_text
    if attempt.answer_text is not None:
        return evaluate_text(attempt.answer_text, kind=kind, question=question).to_dict()
    stored = attempt.transcript
    if stored is not None and stored.words:  # transcribed before: only the analysis is redone
        return analyze(stored.text, kind=kind, question=question, transcript=stored).to_dict()
    transcript, analysis = evaluate_audio(
        _recording(attempt), transcriber=transcriber or _engine(), kind=kind, question=question
    )
    store.add_transcript(attempt.id, transcript)
    return analysis.to_dict()


def _recording(attempt: Attempt) -> Path:
    if attempt.recording is None or not attempt.recording.is_file():
        raise HistoryError(
            f"the recording of attempt {attempt.id} is missing "
            f"({attempt.recording or 'no file was saved'}), so it cannot be transcribed"
        )
    return attempt.recording


def _engine() -> Transcriber:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - loads Whisper

    return load_transcriber(Settings.from_env())
