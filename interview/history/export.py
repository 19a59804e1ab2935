"""Moving history out and back in: a JSON export that imports losslessly, and a flat CSV.

The JSON export carries every attempt with its text, transcript and analysis, keyed by a
stable `uid`, so importing it into an empty database restores every attempt and importing
it twice adds nothing twice. Recordings stay in the recordings folder and are named in the
export; an imported attempt keeps its recording when that file is still there. The CSV is
for spreadsheets: one row per attempt with the main scores, not meant to be imported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from interview.errors import HistoryError
from interview.files import write_atomically
from interview.history import schema
from interview.history.analysis_check import check_analysis
from interview.history.attempts import ATTEMPT_STATUSES, normalise_timestamp, utc_now
from interview.history.export_target import export_target
from interview.history.interview_export import (
    check_interviews,
    import_interviews,
    interviews_document,
)
from interview.history.metrics import metrics_from_analysis, metrics_to_columns
from interview.history.spreadsheet import spreadsheet_cell
from interview.history.store import HistoryStore
from interview.history.story_export import check_stories, import_stories, stories_document

# Checks one imported analysis (the JSON, where it is in the file); raises HistoryError.
AnalysisCheck = Callable[[Any, str], None]
FORMAT = "interview-coach-history"
VERSION = 1
T = schema.attempts
S = schema.sessions
_REQUIRED = ("uid", "question_id", "question_text", "kind", "competency", "status", "created_at")
_KEPT = ("answer_seconds", "answer_text", "recording", "duration_s", "error")
_OPTIONAL_TEXT = ("answer_text", "error", "analysed_at", "recording", "session_uid")
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "created_at",
    "question_id",
    "question_text",
    "kind",
    "competency",
    "status",
    *(c for c in schema.METRIC_COLUMNS if not c.startswith("star_") or c == "star_score"),
    "duration_s",
    "over_time",
    "recording",
    "error",
    "answer",
)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: attempts added, attempts already present (same uid) skipped."""

    added: int
    skipped: int
    sessions_added: int
    interviews_added: int = 0
    stories_added: int = 0


def _write_atomically(output: Path, text: str) -> None:
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        raise HistoryError(f"cannot write the export to {output}: {exc.strerror}") from exc


def export_document(store: HistoryStore) -> dict[str, Any]:
    """Every session and attempt, oldest first, as the JSON export document."""
    with store.reading() as conn:
        sessions = conn.execute(sa.select(S).order_by(S.c.id)).mappings().all()
        rows = conn.execute(sa.select(T).order_by(T.c.id)).mappings().all()
        interviews = interviews_document(conn)
        stories = stories_document(conn)
    uid_of = {s["id"]: s["uid"] for s in sessions}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utc_now(),
        "sessions": [
            {
                **{k: s[k] for k in ("uid", "started_at", "ended_at")},
                "settings": json.loads(s["settings"]),
            }
            for s in sessions
        ],
        "attempts": [_attempt_document(row, uid_of) for row in rows],
        "interviews": interviews,
        **stories,
    }


def _attempt_document(row: Mapping[Any, Any], uid_of: Mapping[int, str]) -> dict[str, Any]:
    keep = ("id", "uid", *_REQUIRED[1:], *_KEPT)
    data = {key: row[key] for key in keep}
    data["session_uid"] = uid_of.get(row["session_id"]) if row["session_id"] else None
    data["over_time"] = bool(row["over_time"])
    data["transcript"] = json.loads(row["transcript_json"]) if row["transcript_json"] else None
    data["analysis"] = json.loads(row["analysis_json"]) if row["analysis_json"] else None
    data["analysed_at"] = row["analysed_at"]
    return data


def export_json(store: HistoryStore, output: Path, *, force: bool = False) -> int:
    """Write the JSON export (an existing file only with `force`); return the attempt count."""
    target = export_target(store, output, force=force)
    document = export_document(store)
    _write_atomically(target, json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    return len(document["attempts"])


def csv_document(store: HistoryStore) -> tuple[str, int]:
    """The CSV text (one row per attempt: main scores, the answer text) and its row count.

    Text cells a spreadsheet would run as a formula are defused (`spreadsheet_cell`)."""
    columns = [T.c[c] for c in CSV_COLUMNS if c != "answer"]
    answer = sa.func.coalesce(T.c.answer_text, T.c.transcript_text).label("answer")
    with store.reading() as conn:
        rows = conn.execute(sa.select(*columns, answer).order_by(T.c.id)).all()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([spreadsheet_cell(value) for value in row] for row in rows)
    return buffer.getvalue(), len(rows)


def export_csv(store: HistoryStore, output: Path, *, force: bool = False) -> int:
    """Write the CSV export (an existing file only with `force`); return the row count."""
    target = export_target(store, output, force=force)
    text, count = csv_document(store)
    _write_atomically(target, text)
    return count


def read_export(path: Path, *, check: AnalysisCheck = check_analysis) -> dict[str, Any]:
    """Load and check a JSON export; errors name the file and what is wrong. Each analysis
    goes through `check` (the front ends pass `interview.answers.check_readable`, which
    also reads it back as a typed analysis)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HistoryError(f"cannot read {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HistoryError(f"{path} is not a JSON history export ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HistoryError(
            f'{path} is not an Interview Coach history export (expected "format": "{FORMAT}"; '
            "make one with `interview history export --format json`)"
        )
    if document.get("version") != VERSION:
        raise HistoryError(
            f"{path} is export version {document.get('version')!r}; this version reads {VERSION}"
        )
    for key in ("sessions", "attempts"):
        if not isinstance(document.get(key), list):
            raise HistoryError(f'{path}: "{key}" must be a list')
    for index, item in enumerate(document["attempts"]):
        _check_attempt(path, index, item)
        if item.get("analysis") is not None:
            check(item["analysis"], f"{path}: attempts[{index}].analysis")
    check_interviews(str(path), document.get("interviews", []))
    check_stories(str(path), document)
    return document


def _check_attempt(path: Path, index: int, item: Any) -> None:
    where = f"{path}: attempts[{index}]"
    if not isinstance(item, dict):
        raise HistoryError(f"{where} must be an object")
    for key in _REQUIRED:
        if not isinstance(item.get(key), str) or not item[key]:
            raise HistoryError(f"{where}.{key} is missing or not text")
    for key in _OPTIONAL_TEXT:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise HistoryError(f"{where}.{key} must be text or null")
    if item["status"] not in ATTEMPT_STATUSES:
        allowed = ", ".join(ATTEMPT_STATUSES)
        raise HistoryError(f"{where}.status is {item['status']!r}; expected one of {allowed}")
    for key in ("duration_s", "answer_seconds"):
        seconds = item.get(key)
        if seconds is not None and (
            isinstance(seconds, bool) or not isinstance(seconds, float | int)
        ):
            raise HistoryError(f"{where}.{key} must be a number of seconds or null")
    for key in ("analysis", "transcript"):
        if item.get(key) is not None and not isinstance(item[key], dict):
            raise HistoryError(f"{where}.{key} must be an object or null")

    try:
        normalise_timestamp(item["created_at"])
    except ValueError:
        raise HistoryError(
            f"{where}.created_at {item['created_at']!r} is not an ISO time"
        ) from None


def import_json(
    store: HistoryStore, path: Path, *, check: AnalysisCheck = check_analysis
) -> ImportResult:
    """Add the export's sessions and attempts that this database does not have yet."""
    document = read_export(path, check=check)
    return import_document(store, document)


def import_document(store: HistoryStore, document: Mapping[str, Any]) -> ImportResult:
    """Insert, in one transaction, every session and attempt whose uid is new."""
    with store.writing() as conn:
        session_ids, sessions_added = _import_sessions(conn, document["sessions"])
        known = set(conn.execute(sa.select(T.c.uid)).scalars())
        fresh = [a for a in document["attempts"] if a["uid"] not in known]
        unique = list({a["uid"]: a for a in fresh}.values())
        rows = [_attempt_row(store, a, session_ids) for a in unique]
        if rows:
            conn.execute(sa.insert(T), rows)
        interviews = import_interviews(conn, document.get("interviews") or [])
        stories_added = import_stories(conn, document)
    total = len(document["attempts"])
    return ImportResult(
        added=len(rows),
        skipped=total - len(rows),
        sessions_added=sessions_added,
        interviews_added=interviews,
        stories_added=stories_added,
    )


def _import_sessions(
    conn: sa.Connection, sessions: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, int], int]:
    ids = {str(uid): int(id_) for uid, id_ in conn.execute(sa.select(S.c.uid, S.c.id))}
    added = 0
    for item in sessions:
        if not isinstance(item, Mapping) or not isinstance(item.get("uid"), str):
            raise HistoryError('every session in a history export needs a text "uid"')
        if item["uid"] in ids:
            continue
        values = {
            "uid": item["uid"],
            "settings": json.dumps(item.get("settings") or {}),
            "started_at": normalise_timestamp(str(item.get("started_at") or utc_now())),
            "ended_at": normalise_timestamp(item["ended_at"]) if item.get("ended_at") else None,
        }
        ids[item["uid"]] = int(
            conn.execute(sa.insert(S).values(**values).returning(S.c.id)).scalar_one()
        )
        added += 1
    return ids, added


def _attempt_row(
    store: HistoryStore, item: Mapping[str, Any], session_ids: Mapping[str, int]
) -> dict[str, Any]:
    analysis = item.get("analysis")
    transcript = item.get("transcript")
    recording = item.get("recording")
    if recording and not _recording_exists(store, recording):
        recording = None
    metrics = metrics_to_columns(metrics_from_analysis(analysis or {}))
    row = {
        **{key: item[key] for key in _REQUIRED},
        "created_at": normalise_timestamp(item["created_at"]),
        "session_id": session_ids.get(item.get("session_uid") or ""),
        "answer_text": item.get("answer_text"),
        "transcript_text": transcript.get("text") if transcript else None,
        "transcript_json": json.dumps(transcript) if transcript else None,
        "recording": recording,
        "duration_s": item.get("duration_s"),
        "answer_seconds": item.get("answer_seconds"),
        "over_time": bool(item.get("over_time")),
        "error": item.get("error"),
        "analysis_json": json.dumps(analysis) if analysis else None,
        "analysed_at": item.get("analysed_at"),
        **(metrics if analysis else dict.fromkeys(metrics)),
    }
    if row["status"] == "analysed" and not analysis:
        row["status"] = "pending"
    return row


def _recording_exists(store: HistoryStore, name: str) -> bool:
    try:
        return store.recordings.path(name).is_file()
    except HistoryError:
        return False
