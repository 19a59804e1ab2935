"""Database rows to records: the only place that knows how columns map to fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from interview.history.metrics import metrics_from_columns
from interview.history.recordings import RecordingFiles
from interview.history.records import (
    ATTEMPT_STATUSES,
    Attempt,
    AttemptStatus,
    AttemptSummary,
    PracticeSessionRecord,
    transcript_from_json,
)


def _status(raw: Any) -> AttemptStatus:
    return cast(AttemptStatus, raw) if raw in ATTEMPT_STATUSES else "pending"


def summary_from_row(row: Mapping[Any, Any]) -> AttemptSummary:
    return AttemptSummary(
        id=int(row["id"]),
        session_id=row["session_id"],
        question_id=row["question_id"],
        question_text=row["question_text"],
        kind=row["kind"],
        competency=row["competency"],
        status=_status(row["status"]),
        score=row["score"],
        duration_s=row["duration_s"],
        over_time=bool(row["over_time"]),
        has_recording=row["recording"] is not None,
        created_at=row["created_at"],
    )


def attempt_from_row(row: Mapping[Any, Any], recordings: RecordingFiles) -> Attempt:
    raw_transcript = row["transcript_json"]
    raw_analysis = row["analysis_json"]
    return Attempt(
        id=int(row["id"]),
        uid=row["uid"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        question_text=row["question_text"],
        kind=row["kind"],
        competency=row["competency"],
        answer_seconds=row["answer_seconds"],
        answer_text=row["answer_text"],
        transcript=transcript_from_json(raw_transcript) if raw_transcript else None,
        recording=recordings.path(row["recording"]) if row["recording"] else None,
        duration_s=row["duration_s"],
        over_time=bool(row["over_time"]),
        status=_status(row["status"]),
        error=row["error"],
        analysis=json.loads(raw_analysis) if raw_analysis else None,
        metrics=metrics_from_columns(row),
        created_at=row["created_at"],
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
