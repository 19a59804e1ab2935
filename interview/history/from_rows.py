"""Database rows to records: the only place that knows how columns map to fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from interview.history.attempts import (
    ATTEMPT_STATUSES,
    Attempt,
    AttemptStatus,
    AttemptSummary,
    PracticeSessionRecord,
)
from interview.history.audio_files import RecordingFiles
from interview.history.metrics import metrics_from_columns
from interview.models import Transcript


def _status(raw: Any) -> AttemptStatus:
    return cast(AttemptStatus, raw) if raw in ATTEMPT_STATUSES else "pending"


# Fields an attempt and its summary share, each read from the column of the same name.
_SHARED: tuple[str, ...] = (
    "session_id",
    "question_id",
    "question_text",
    "kind",
    "competency",
    "duration_s",
    "created_at",
)


def _shared(row: Mapping[Any, Any]) -> dict[str, Any]:
    values = {name: row[name] for name in _SHARED}
    return values | {
        "id": int(row["id"]),
        "status": _status(row["status"]),
        "over_time": bool(row["over_time"]),
    }


def summary_from_row(row: Mapping[Any, Any]) -> AttemptSummary:
    return AttemptSummary(
        **_shared(row), score=row["score"], has_recording=row["recording"] is not None
    )


def attempt_from_row(row: Mapping[Any, Any], recordings: RecordingFiles) -> Attempt:
    raw_transcript = row["transcript_json"]
    raw_analysis = row["analysis_json"]
    return Attempt(
        **_shared(row),
        **{name: row[name] for name in ("uid", "answer_seconds", "answer_text", "error")},
        transcript=Transcript.from_dict(json.loads(raw_transcript)) if raw_transcript else None,
        recording=recordings.path(row["recording"]) if row["recording"] else None,
        analysis=json.loads(raw_analysis) if raw_analysis else None,
        metrics=metrics_from_columns(row),
        analysed_at=row["analysed_at"],
    )


def session_from_row(row: Mapping[Any, Any]) -> PracticeSessionRecord:
    return PracticeSessionRecord(
        id=int(row["id"]),
        uid=row["uid"],
        settings=json.loads(row["settings"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
    )
