"""What the store hands back: frozen records built from database rows.

Callers (CLI, Streamlit pages, progress analytics) never see SQL rows; they get an `Attempt`
with its parsed analysis and transcript, or a light `AttemptSummary` for lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from interview.models import Transcript

AttemptStatus = Literal["pending", "analysed", "failed"]
ATTEMPT_STATUSES: tuple[AttemptStatus, ...] = ("pending", "analysed", "failed")


def utc_now() -> str:
    """The current time as the store writes it: UTC, ISO 8601, microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def normalise_timestamp(value: str) -> str:
    """Any ISO 8601 time as the store's UTC form; naive times are taken as UTC."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class AttemptMetrics:
    """The main scores of one analysed attempt, kept as columns so progress needs no JSON.

    Attributes:
        score: overall 0-100.
        star_score: 0-100, None when STAR does not apply (HR questions).
        specificity: 0-100.
        fillers_per_min: None when no speaking time is known (typed answers).
        fillers_per_100: fillers per 100 words.
        hedges_per_100: hedges per 100 words.
        wpm: words per minute of speech, None for typed answers.
        word_count: words in the answer.
        ownership: share of "I" among "I"/"we" in the actions (0-1), None when neither.
        length_s: speaking time, measured or estimated at 150 words per minute.
        length_verdict: "too_short", "ok" or "too_long" against the band for the question kind.
        star_present: per STAR part, whether the answer had it; empty when STAR does not apply.
    """

    score: float | None = None
    star_score: float | None = None
    specificity: float | None = None
    fillers_per_min: float | None = None
    fillers_per_100: float | None = None
    hedges_per_100: float | None = None
    wpm: float | None = None
    word_count: int | None = None
    ownership: float | None = None
    length_s: float | None = None
    length_verdict: str | None = None
    star_present: Mapping[str, bool] | None = None


@dataclass(frozen=True)
class AttemptSummary:
    """One line of the history list (no analysis or transcript bodies, so lists stay fast)."""

    id: int
    session_id: int | None
    question_id: str
    question_text: str
    kind: str
    competency: str
    status: AttemptStatus
    score: float | None
    duration_s: float | None
    over_time: bool
    has_recording: bool
    created_at: str

    @property
    def analysed(self) -> bool:
        return self.status == "analysed"

    def to_dict(self) -> dict[str, Any]:
        """The `interview history --json` item: id, question_id, created_at, score, analysed."""
        data = asdict(self)
        data["analysed"] = self.analysed
        return data


@dataclass(frozen=True)
class Attempt:
    """One stored answer with everything known about it.

    Attributes:
        uid: a stable unique id that survives export and import.
        question_text, kind, competency, answer_seconds: the question as it was when asked.
        answer_text: the typed answer, None for a spoken one.
        transcript: what the speech engine heard, None until transcribed (or typed).
        recording: absolute path of the saved audio, None for a typed answer.
        status: "pending" (saved, not analysed yet), "analysed", or "failed" (see `error`).
        analysis: the analysis JSON (`Analysis.to_dict()`), None until analysed.
    """

    id: int
    uid: str
    session_id: int | None
    question_id: str
    question_text: str
    kind: str
    competency: str
    answer_seconds: float | None
    answer_text: str | None
    transcript: Transcript | None
    recording: Path | None
    duration_s: float | None
    over_time: bool
    status: AttemptStatus
    error: str | None
    analysis: dict[str, Any] | None
    metrics: AttemptMetrics
    created_at: str
    analysed_at: str | None

    @property
    def analysed(self) -> bool:
        return self.status == "analysed"

    @property
    def score(self) -> float | None:
        return self.metrics.score

    @property
    def text(self) -> str:
        """The answer as analysed: the typed text or the transcript ("" before transcription)."""
        if self.answer_text is not None:
            return self.answer_text
        return self.transcript.text if self.transcript is not None else ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (paths as strings, transcript as its JSON form)."""
        data = asdict(self)
        data["analysed"] = self.analysed
        data["recording"] = str(self.recording) if self.recording is not None else None
        data["transcript"] = self.transcript.to_dict() if self.transcript else None
        data["metrics"] = asdict(self.metrics)
        return data


@dataclass(frozen=True)
class PracticeSessionRecord:
    """A stored practice session: the settings it ran with, when it started and ended."""

    id: int
    uid: str
    settings: dict[str, Any]
    started_at: str
    ended_at: str | None
