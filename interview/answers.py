"""One path from an answer to its feedback, for every front end: the answer service.

The CLI, the practice session and the Streamlit pages all call these functions, so a typed
answer and a spoken one are judged the same way. A spoken answer is transcribed first; the
analysis then runs on the transcript's text, so filler spans point into `transcript.text`
and each filler gets the time it was said. A recording with no speech in it is refused with
a message rather than scored as an empty answer.

Save first, analyse after: `record_attempt` commits the answer (text, or the recording
renamed into place) before anything slow or fallible runs, then transcribes and analyses it.
`analyse_attempt` runs the second half alone, for attempts whose analysis failed or never
ran because the process died: `interview history reanalyse ID`. A stored transcript is
reused, so re-analysing a spoken answer does not transcribe it again. Relevance reads the
question's competency and key points (`analyse_attempt` finds the bank question by id).

The order is always: save, transcribe if needed, analyse, store. The speech engine (and
the banks) are chosen by the front end and passed in (an engine may be a loader, called
only when a recording needs it); nothing here reads the environment. The store only stores.

A failure the user can act on (silence, an unreadable recording, a missing model, a
database locked after the answer was saved) is kept on the attempt as its error and
returned, not raised, so the caller can show it next to the saved answer. So a HistoryError
out of `record_attempt` always means the answer was not saved. An unexpected exception
marks the attempt failed and propagates: a bug must stay visible, but the answer is still
there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypedDict, Unpack, cast

from interview.analysis import Analysis, analyse
from interview.errors import HistoryError, InterviewError, TranscriptionError
from interview.history.analysis_check import check_analysis
from interview.history.attempts import Attempt
from interview.models import Question, Transcript
from interview.questions import key_points_of
from interview.speech.transcriber import Transcriber, require_speech

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

logger = logging.getLogger(__name__)


class QuestionTopic(TypedDict, total=False):
    """What the analysis is told of the question: its kind ("behavioral" by default), its
    text, and for a bank question its competency and key points (for relevance) and its id
    (which names an HR question's family exactly)."""

    kind: str
    question: str | None
    competency: str | None
    key_points: Sequence[str]
    question_id: str | None


def analyse_text(
    text: str, *, duration_s: float | None = None, **topic: Unpack[QuestionTopic]
) -> Analysis:
    """Analyse a typed answer. Raises AnswerError for an empty or over-long answer."""
    return analyse(text, duration_s=duration_s, **topic)


def analyse_audio(
    audio: Path | bytes, *, transcriber: Transcriber, **topic: Unpack[QuestionTopic]
) -> tuple[Transcript, Analysis]:
    """Transcribe a recorded answer and analyse it, delivery included.

    Raises AudioError for audio that cannot be used or holds no speech, TranscriptionError
    when the engine fails, AnswerError when the words cannot be analysed.
    """
    transcript = require_speech(transcriber.transcribe(audio), audio)
    return transcript, analyse(transcript.text, transcript=transcript, **topic)


def spoken_analysis_dict(transcript: Transcript, analysis: Analysis) -> dict[str, Any]:
    """`Analysis.to_dict()` plus the transcript: the JSON of `interview evaluate --audio`."""
    return {**analysis.to_dict(), "transcript": transcript.to_dict()}


@dataclass(frozen=True)
class AttemptOutcome:
    """A saved attempt and how its analysis went.

    Attributes:
        attempt: the attempt as stored now (analysed, or failed with `attempt.error`).
        analysis: the analysis, None when it failed.
        error: the reason it could not be analysed, for the user; None on success.
        retry_helps: whether analysing the saved answer again can succeed (a locked
            database, a missing model), not when the answer itself is at fault (a
            corrupt or silent recording): `InterviewError.retry_helps`.
    """

    attempt: Attempt
    analysis: Analysis | None
    error: str | None
    retry_helps: bool = True

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The analysis JSON plus `attempt_id` (and `transcript` for a spoken answer)."""
        data: dict[str, Any] = self.analysis.to_dict() if self.analysis else {}
        data["attempt_id"] = self.attempt.id
        data["analysed"] = self.attempt.analysed
        if self.error is not None:
            data["error"] = self.error
            data["retry_helps"] = self.retry_helps
        if self.attempt.transcript is not None:
            data["transcript"] = self.attempt.transcript.to_dict()
        return data


class AnswerFields(TypedDict, total=False):
    """What `HistoryStore.save_attempt` takes besides the question (see its docstring)."""

    answer_text: str | None
    recording: bytes | Path | BinaryIO | None
    recording_suffix: str | None
    duration_s: float | None
    session_id: int | None


# A loaded engine, or a way to load one that is called only when a recording needs it.
TranscriberSource = Transcriber | Callable[[], Transcriber]


def record_attempt(
    store: HistoryStore,
    question: Question,
    *,
    transcriber: TranscriberSource | None = None,
    **answer: Unpack[AnswerFields],
) -> AttemptOutcome:
    """Save the answer (committed before anything else runs), then analyse it."""
    attempt = store.save_attempt(question, **answer)
    return _analyse_saved(store, attempt, transcriber, question.key_points)


def analyse_attempt(
    store: HistoryStore,
    attempt_id: int,
    *,
    transcriber: TranscriberSource | None = None,
    questions: Iterable[Question] = (),
) -> AttemptOutcome:
    """(Re)analyse a stored attempt; a spoken one is transcribed first if it has no transcript.

    `transcriber` is needed only then; a loader (such as the app's cached engine) is called
    only then, so re-analysing a typed answer never loads a model. `questions` (the banks'
    questions) give the key points of the question it answered.
    """
    attempt = store.get_attempt(attempt_id)
    return _analyse_saved(
        store,
        attempt,
        transcriber,
        key_points_of(questions, attempt.question_id, attempt.question_text),
    )


def analysis_of(attempt: Attempt) -> Analysis | None:
    """A stored attempt's analysis as the typed `Analysis`, None when it has none yet.

    The store keeps the JSON (it knows nothing of the analysis types); this reads it back
    once, so the pages and the CLI read attributes, never keys. One that does not pass the
    import check (written into the database by something else) reads as None.
    """
    return stored_analysis(attempt.analysis)[0]


def check_readable(analysis: Mapping[str, Any], where: str) -> None:
    """HistoryError unless `analysis` passes the import check and reads back as an
    `Analysis` (as the pages and the CLI will read it): the check a history import uses."""
    check_analysis(analysis, where)
    try:
        Analysis.from_dict(analysis)
    except KeyError as exc:
        raise HistoryError(f"{where} has no {exc} (the file was not imported)") from None
    except (TypeError, ValueError, AttributeError, IndexError) as exc:
        raise HistoryError(f"{where} cannot be read ({exc}); the file was not imported") from None


def stored_analysis(analysis: Mapping[str, Any] | None) -> tuple[Analysis | None, str | None]:
    """A stored analysis read back, or None and why not (one imported before imports were
    checked, or written into the database by something else, may not read)."""
    if analysis is None:
        return None, None
    try:
        check_readable(analysis, "analysis")
    except HistoryError as exc:
        reason = str(exc).replace(" (the file was not imported)", "")
        reason = reason.replace("; the file was not imported", "")
        return None, f"its stored analysis cannot be read ({reason})"
    return Analysis.from_dict(analysis), None


def needs_transcription(attempt: Attempt) -> bool:
    """Whether analysing this attempt has to run the speech engine first."""
    return attempt.answer_text is None and not _has_transcript(attempt)


def _has_transcript(attempt: Attempt) -> bool:
    return attempt.transcript is not None and bool(attempt.transcript.words)


def _analyse_saved(
    store: HistoryStore,
    attempt: Attempt,
    transcriber: TranscriberSource | None,
    key_points: Sequence[str],
) -> AttemptOutcome:
    try:
        analysis = _analyse(store, attempt, transcriber, key_points)
        stored = store.add_analysis(attempt.id, analysis.to_dict(), uid=attempt.uid)
        return AttemptOutcome(stored, analysis, None)
    except InterviewError as exc:
        return _not_analysed(store, attempt, str(exc), retry_helps=exc.retry_helps)
    except Exception as exc:
        _not_analysed(store, attempt, f"analysis failed unexpectedly ({type(exc).__name__}: {exc})")
        raise


def _not_analysed(
    store: HistoryStore, attempt: Attempt, message: str, *, retry_helps: bool = True
) -> AttemptOutcome:
    """Keep the reason on the attempt; if even that cannot be written (the database is
    locked), the attempt simply stays pending, which is listed as "not analysed" too."""
    logger.info("attempt %s saved but not analysed: %s", attempt.id, message)
    try:
        store.mark_failed(attempt.id, message, uid=attempt.uid)
    except HistoryError as exc:
        logger.warning("could not record why attempt %s was not analysed: %s", attempt.id, exc)
    return AttemptOutcome(_reread(store, attempt), None, message, retry_helps)


def _reread(store: HistoryStore, attempt: Attempt) -> Attempt:
    """The attempt as stored now; an error if it was deleted while being analysed."""
    gone = HistoryError(f"attempt {attempt.id} was deleted while it was being analysed")
    try:
        current = store.get_attempt(attempt.id)
    except HistoryError:
        raise gone from None
    if current.uid != attempt.uid:
        raise gone
    return current


def _analyse(
    store: HistoryStore,
    attempt: Attempt,
    transcriber: TranscriberSource | None,
    key_points: Sequence[str],
) -> Analysis:
    # The question's competency and key points let the analysis check the answer is about it.
    topic = QuestionTopic(
        kind=attempt.kind,
        question=attempt.question_text,
        competency=attempt.competency,
        key_points=tuple(key_points),
        question_id=attempt.question_id,
    )
    if attempt.answer_text is not None:
        return analyse_text(attempt.answer_text, **topic)
    stored = attempt.transcript
    if stored is not None and _has_transcript(attempt):  # only the analysis is redone
        return analyse(stored.text, transcript=stored, **topic)
    transcript, analysis = analyse_audio(
        _recording(attempt), transcriber=_engine(transcriber, attempt), **topic
    )
    store.add_transcript(attempt.id, transcript, uid=attempt.uid)
    return analysis


def _recording(attempt: Attempt) -> Path:
    if attempt.recording is None or not attempt.recording.is_file():
        raise HistoryError(
            f"the recording of attempt {attempt.id} is missing "
            f"({attempt.recording or 'no file was saved'}), so it cannot be transcribed"
        )
    return attempt.recording


def _engine(source: TranscriberSource | None, attempt: Attempt) -> Transcriber:
    """The engine to transcribe with; the front end chooses it, never this layer."""
    if source is None:
        raise TranscriptionError(
            f"attempt {attempt.id} is a recording and no speech engine was given to transcribe it"
        )
    if callable(getattr(source, "transcribe", None)):
        return cast(Transcriber, source)
    return cast(Callable[[], Transcriber], source)()
