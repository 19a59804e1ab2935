"""Deleting everything: saves racing the delete keep their files, ids are never reused,
and nothing of a deleted answer stays readable in the database files."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from interview import answers
from interview.analysis import Analysis, analyse
from interview.errors import HistoryError
from interview.history.audio_files import STALE_TEMP_S, RecordingFiles
from interview.history.store import HistoryStore
from interview.models import Question

QUESTION = Question("q-1", "Tell me about a hard week.", "behavioral", "resilience")
ANALYSIS: dict[str, Any] = {"kind": "behavioral", "word_count": 3, "score": 70}


def test_an_attempt_saved_during_delete_all_keeps_its_recording(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's file is in place, its row not yet committed, when another process
    deletes everything; the row that follows must still find its file."""
    other = HistoryStore.open()
    store.save_attempt(QUESTION, recording=b"RIFF-old")
    original = RecordingFiles.save

    def save_then_delete_all(files: RecordingFiles, audio: Any, **kwargs: Any) -> str:
        name = original(files, audio, **kwargs)
        other.delete_all()
        return name

    monkeypatch.setattr(RecordingFiles, "save", save_then_delete_all)
    attempt = store.save_attempt(QUESTION, recording=b"RIFF-new")
    other.close()
    assert store.count_attempts() == 1
    assert attempt.recording is not None and attempt.recording.read_bytes() == b"RIFF-new"


def test_delete_all_leaves_a_live_writers_temporary_file(store: HistoryStore) -> None:
    store.recordings.folder.mkdir(parents=True, exist_ok=True)
    live = store.recordings.folder / f".{'a' * 32}.ogg.k3j9.tmp"
    stale = store.recordings.folder / f".{'b' * 32}.ogg.x1y2.tmp"
    for temp in (live, stale):
        temp.write_bytes(b"half an answer")
    old = time.time() - STALE_TEMP_S - 60
    os.utime(stale, (old, old))
    store.save_attempt(QUESTION, recording=b"RIFF")
    store.delete_all()
    assert live.exists() and not stale.exists()


def test_delete_all_removes_recordings_of_deleted_rows_and_old_orphans(
    store: HistoryStore,
) -> None:
    saved = store.save_attempt(QUESTION, recording=b"RIFF")
    orphan, fresh = (store.recordings.folder / f"{c * 32}.wav" for c in "cd")
    for path in (orphan, fresh):
        path.write_bytes(b"RIFF-no-row")
    old = time.time() - STALE_TEMP_S - 60
    os.utime(orphan, (old, old))
    erased = store.erase()
    assert saved.recording is not None and not saved.recording.exists()
    assert not orphan.exists() and fresh.exists()  # a fresh one may be a save in progress
    assert (erased.attempts, erased.recordings, erased.recordings_kept) == (1, 2, 1)


def _database_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(home.glob("interview.db*")))


def test_delete_all_leaves_no_answer_text_in_the_database_or_its_wal(
    store: HistoryStore, interview_home: Path
) -> None:
    for n in range(20):
        store.save_attempt(QUESTION, answer_text=f"ZEBRA-SECRET-{n} we shipped it on time")
    assert b"ZEBRA-SECRET" in _database_bytes(interview_home)
    erased = store.erase()
    assert erased.attempts == 20 and erased.compacted
    assert b"ZEBRA-SECRET" not in _database_bytes(interview_home)
    wal = interview_home / "interview.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_remembered_settings_are_kept_unless_asked(store: HistoryStore) -> None:
    store.set_setting("practice", {"count": 3})
    assert store.erase().settings == 0 and store.get_setting("practice") == {"count": 3}
    assert store.erase(settings_too=True).settings == 1
    assert store.get_setting("practice") is None


def test_attempt_ids_are_never_reused_after_delete_all(store: HistoryStore) -> None:
    first = store.save_attempt(QUESTION, answer_text="first")
    store.delete_all()
    second = store.save_attempt(QUESTION, answer_text="second")
    assert second.id > first.id
    store.delete_attempt(second.id)
    assert store.save_attempt(QUESTION, answer_text="third").id > second.id


def test_a_late_analysis_never_lands_on_another_attempt(store: HistoryStore) -> None:
    early = store.save_attempt(QUESTION, answer_text="the first answer")
    store.delete_all()
    later = store.save_attempt(QUESTION, answer_text="the second answer")
    with pytest.raises(HistoryError, match="deleted"):
        store.add_analysis(early.id, ANALYSIS, uid=early.uid)
    with pytest.raises(HistoryError, match="deleted"):
        store.add_analysis(later.id, ANALYSIS, uid=early.uid)  # same id, other attempt
    assert store.get_attempt(later.id).status == "pending"


def test_analysing_an_attempt_deleted_meanwhile_touches_no_other_attempt(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = store.save_attempt(QUESTION, answer_text="the first answer")
    newer: list[int] = []

    def slow_analysis(*_args: Any) -> Analysis:
        store.delete_all()
        newer.append(store.save_attempt(QUESTION, answer_text="the second answer").id)
        store.delete_attempt(newer[0])
        # the row with the early attempt's id, if ids were reused, would be someone else's
        newer.append(store.save_attempt(QUESTION, answer_text="the third answer").id)
        return analyse("the first answer", kind="behavioral")

    monkeypatch.setattr(answers, "_analyse", slow_analysis)
    with pytest.raises(HistoryError, match="deleted"):
        answers.analyse_attempt(store, early.id)
    assert [store.get_attempt(i).status for i in newer[1:]] == ["pending"]
