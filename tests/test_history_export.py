"""Export and import: JSON round-trips every attempt; CSV is flat; bad files are named."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from fakes import make_transcript

from interview.analysis import analyse
from interview.errors import HistoryError
from interview.history.export import (
    CSV_COLUMNS,
    export_csv,
    export_json,
    import_json,
)
from interview.history.store import HistoryStore
from interview.models import Question

QUESTION = Question(
    id="lead-1", text="Tell me about leading.", kind="behavioral", competency="leadership"
)
# A real analysis: an import checks that it reads back as one.
ANALYSIS: dict[str, Any] = analyse(
    "Last year our team missed deadlines. I had to lead the fix. I split the work into "
    "weekly goals. We shipped on time and errors fell by 30 percent.",
    kind="behavioral",
).to_dict()


def _fill(store: HistoryStore) -> None:
    session = store.start_session({"count": 3})
    typed = store.save_attempt(
        QUESTION, answer_text="I led a team of 4.", session_id=session.id, duration_s=40
    )
    store.add_analysis(typed.id, ANALYSIS)
    spoken = store.save_attempt(QUESTION, recording=b"RIFF-audio", session_id=session.id)
    store.add_transcript(spoken.id, make_transcript("um I led the team"))
    store.add_analysis(spoken.id, ANALYSIS)
    failed = store.save_attempt(QUESTION, answer_text="Not analysed, still kept.")
    store.mark_failed(failed.id, "analysis crashed")
    store.end_session(session.id)


def _comparable(store: HistoryStore) -> list[dict[str, Any]]:
    drop = {"id", "session_id"}
    attempts = [store.get_attempt(a.id).to_dict() for a in store.list_attempts(None)]
    return sorted(
        ({k: v for k, v in a.items() if k not in drop} for a in attempts), key=lambda a: a["uid"]
    )


def test_export_then_import_into_an_empty_database_keeps_every_attempt(
    store: HistoryStore, tmp_path: Path
) -> None:
    _fill(store)
    before = _comparable(store)
    output = tmp_path / "history.json"
    assert export_json(store, output) == 3
    with store.writing() as conn:  # empty the tables but keep the recording on disk
        conn.exec_driver_sql("DELETE FROM attempts")
        conn.exec_driver_sql("DELETE FROM sessions")
    result = import_json(store, output)
    assert (result.added, result.skipped, result.sessions_added) == (3, 0, 1)
    assert _comparable(store) == before
    sessions = {a.session_id for a in store.list_attempts(None)}
    assert len(sessions - {None}) == 1


def test_importing_the_same_export_twice_adds_nothing_twice(
    store: HistoryStore, tmp_path: Path
) -> None:
    _fill(store)
    output = tmp_path / "history.json"
    export_json(store, output)
    result = import_json(store, output)
    assert (result.added, result.skipped, result.sessions_added) == (0, 3, 0)
    assert store.count_attempts() == 3


def test_an_attempt_whose_recording_is_gone_is_imported_without_it(
    store: HistoryStore, tmp_path: Path
) -> None:
    _fill(store)
    output = tmp_path / "history.json"
    export_json(store, output)
    store.delete_all()  # deletes the recordings too
    assert import_json(store, output).added == 3
    spoken = [store.get_attempt(a.id) for a in store.list_attempts(None)]
    assert [a.recording for a in spoken] == [None, None, None]
    assert "um I led the team" in [a.text for a in spoken]


def test_csv_has_one_row_per_attempt_with_the_main_scores(
    store: HistoryStore, tmp_path: Path
) -> None:
    _fill(store)
    output = tmp_path / "history.csv"
    assert export_csv(store, output) == 3
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["status"] for r in rows] == ["analysed", "analysed", "failed"]
    score = str(float(ANALYSIS["score"]))
    assert [r["score"] for r in rows] == [score, score, ""]
    assert [r["answer"] for r in rows] == [
        "I led a team of 4.",
        "um I led the team",
        "Not analysed, still kept.",
    ]


def _doc(**attempt: Any) -> dict[str, Any]:
    base = {
        "uid": "u1",
        "question_id": "q",
        "question_text": "Q?",
        "kind": "hr",
        "competency": "communication",
        "status": "pending",
        "created_at": "2024-01-01T00:00:00+00:00",
        "answer_text": "hi",
    }
    return {
        "format": "interview-coach-history",
        "version": 1,
        "sessions": [],
        "attempts": [{**base, **attempt}],
    }


@pytest.mark.parametrize(
    "content,message",
    [
        ("not json at all", "is not a JSON history export"),
        (json.dumps([1, 2]), "is not an Interview Coach history export"),
        (json.dumps({"format": "interview-coach-history", "version": 99}), "export version 99"),
        (json.dumps(_doc(question_id=None)), r"attempts\[0\]\.question_id is missing"),
        (
            json.dumps(_doc(status="done")),
            r"attempts\[0\]\.status is 'done'; expected one of pending",
        ),
        (json.dumps(_doc(created_at="yesterday")), "created_at 'yesterday' is not an ISO time"),
        (json.dumps(_doc(duration_s="long")), "duration_s must be a number"),
        (json.dumps(_doc(analysis=[1])), "analysis must be an object"),
    ],
)
def test_a_bad_import_file_names_the_problem_and_changes_nothing(
    store: HistoryStore, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(HistoryError, match=message) as caught:
        import_json(store, path)
    assert str(path) in str(caught.value)
    assert store.count_attempts() == 0


def test_imported_times_are_stored_in_utc(store: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(_doc(created_at="2024-06-01T12:00:00+02:00")))
    import_json(store, path)
    assert store.list_attempts()[0].created_at == "2024-06-01T10:00:00.000000+00:00"
