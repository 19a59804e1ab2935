"""The history store: save first, analyse after, list, delete, sessions, settings, threads."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fakes import make_transcript

from interview.config import Settings
from interview.errors import AnswerError, HistoryError
from interview.history.store import HistoryStore
from interview.models import Question

QUESTION = Question(
    id="conflict-1",
    text="Tell me about a disagreement with a colleague.",
    kind="behavioral",
    competency="conflict",
    answer_seconds=90,
)
HR_QUESTION = Question(
    id="hr-1", text="Tell me about yourself.", kind="hr", competency="communication"
)
ANALYSIS: dict[str, Any] = {
    "kind": "behavioral",
    "word_count": 120,
    "score": 64,
    "star": {
        "applies": True,
        "situation": {"present": True},
        "task": {"present": False},
        "action": {"present": True},
        "result": {"present": False},
        "score": 50,
    },
    "specificity": {"score": 41},
    "fillers": {"total": 3, "counts": {"um": 3}, "per_100_words": 2.5, "per_minute": 4.0},
    "hedges": {"total": 6},
    "delivery": {"wpm": 142.0},
}


def test_typed_answer_is_committed_pending_before_any_analysis(store: HistoryStore) -> None:
    attempt = store.save_attempt(QUESTION, answer_text="I asked to meet her.", duration_s=30)
    again = HistoryStore.open()  # a second opener sees it: it is committed
    stored = again.get_attempt(attempt.id)
    again.close()
    assert (stored.status, stored.analysed, stored.text) == (
        "pending",
        False,
        "I asked to meet her.",
    )
    assert (stored.question_text, stored.kind, stored.competency) == (
        QUESTION.text,
        "behavioral",
        "conflict",
    )
    assert stored.analysis is None and stored.score is None


def test_recording_is_saved_under_a_generated_name(store: HistoryStore, tmp_path: Path) -> None:
    source = tmp_path / "../../etc/passwd-answer.webm"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(b"RIFF-not-really-audio")
    attempt = store.save_attempt(QUESTION, recording=source)
    assert attempt.recording is not None
    assert attempt.recording.parent == Settings.from_env().recordings_dir
    assert attempt.recording.suffix == ".webm" and "passwd" not in attempt.recording.name
    assert attempt.recording.read_bytes() == b"RIFF-not-really-audio"
    assert attempt.text == "" and attempt.answer_text is None


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({}, "either a typed answer or a recording"),
        ({"answer_text": "x", "recording": b"RIFF"}, "either a typed answer or a recording"),
        ({"answer_text": "   \n"}, "the answer is empty"),
    ],
)
def test_save_refuses_what_cannot_be_an_answer(
    store: HistoryStore, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(AnswerError, match=message):
        store.save_attempt(QUESTION, **kwargs)
    assert store.count_attempts() == 0


def test_empty_recording_is_refused_and_nothing_is_stored(store: HistoryStore) -> None:
    with pytest.raises(HistoryError, match="empty"):
        store.save_attempt(QUESTION, recording=b"")
    assert store.count_attempts() == 0
    folder = store.recordings.folder
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "duration,expected", [(None, False), (60.0, False), (90.0, False), (90.5, True)]
)
def test_over_time_means_longer_than_the_questions_answer_time(
    store: HistoryStore, duration: float | None, expected: bool
) -> None:
    attempt = store.save_attempt(QUESTION, answer_text="An answer.", duration_s=duration)
    assert attempt.over_time is expected


def test_analysis_is_added_afterwards_with_its_main_scores(store: HistoryStore) -> None:
    attempt = store.save_attempt(QUESTION, answer_text="An answer.")
    analysed = store.add_analysis(attempt.id, ANALYSIS)
    assert analysed.status == "analysed" and analysed.analysis == ANALYSIS
    m = analysed.metrics
    assert (m.score, m.star_score, m.specificity, m.fillers_per_min, m.wpm, m.word_count) == (
        64,
        50,
        41,
        4.0,
        142.0,
        120,
    )
    assert m.star_present == {"situation": True, "task": False, "action": True, "result": False}
    assert m.hedges_per_100 == pytest.approx(5.0)
    assert analysed.analysed_at is not None


def test_failed_analysis_keeps_the_attempt_with_its_reason(store: HistoryStore) -> None:
    attempt = store.save_attempt(QUESTION, recording=b"RIFF....")
    store.mark_failed(attempt.id, "no speech was heard in the recording")
    failed = store.get_attempt(attempt.id)
    assert (failed.status, failed.error, failed.analysed) == (
        "failed",
        "no speech was heard in the recording",
        False,
    )
    assert store.add_analysis(attempt.id, ANALYSIS).error is None


@pytest.mark.parametrize(
    "given,answer_seconds,duration,over",
    [
        (None, 1, 2.9, True),
        (None, 100, 2.9, False),
        (120.0, 1, 120.0, True),  # a known duration was judged when saved
        (5.0, 1, 5.0, True),
        (5.0, 100, 5.0, False),
    ],
)
def test_transcript_fills_in_a_missing_duration(
    store: HistoryStore, given: float | None, answer_seconds: int, duration: float, over: bool
) -> None:
    question = Question(
        id="q", text="Q?", kind="hr", competency="integrity", answer_seconds=answer_seconds
    )
    attempt = store.save_attempt(question, recording=b"RIFF....", duration_s=given)
    store.add_transcript(attempt.id, make_transcript("one two three four five six"))
    stored = store.get_attempt(attempt.id)
    assert stored.transcript == make_transcript("one two three four five six")
    assert stored.text == "one two three four five six"
    assert stored.duration_s == pytest.approx(duration)
    assert stored.answer_seconds == answer_seconds
    assert stored.over_time is over


def test_list_is_newest_first_with_filters(store: HistoryStore) -> None:
    first = store.save_attempt(QUESTION, answer_text="first")
    second = store.save_attempt(HR_QUESTION, answer_text="second")
    third = store.save_attempt(QUESTION, answer_text="third")
    store.add_analysis(second.id, ANALYSIS)
    assert [a.id for a in store.list_attempts()] == [third.id, second.id, first.id]
    assert [a.id for a in store.list_attempts(2)] == [third.id, second.id]
    assert [a.id for a in store.list_attempts(question_id="conflict-1")] == [third.id, first.id]
    assert [a.id for a in store.list_attempts(analysed=True)] == [second.id]
    assert [a.id for a in store.list_attempts(analysed=False)] == [third.id, first.id]
    item = store.list_attempts(analysed=True)[0].to_dict()
    assert {k: item[k] for k in ("id", "question_id", "score", "analysed")} == {
        "id": second.id,
        "question_id": "hr-1",
        "score": 64,
        "analysed": True,
    }


def test_deleting_an_attempt_deletes_its_recording(store: HistoryStore) -> None:
    kept = store.save_attempt(QUESTION, recording=b"RIFF-kept")
    gone = store.save_attempt(QUESTION, recording=b"RIFF-gone")
    assert gone.recording is not None and kept.recording is not None
    store.delete_attempt(gone.id)
    assert not gone.recording.exists() and kept.recording.exists()
    with pytest.raises(HistoryError, match=f"there is no attempt {gone.id}"):
        store.get_attempt(gone.id)
    with pytest.raises(HistoryError, match=f"there is no attempt {gone.id}"):
        store.delete_attempt(gone.id)


def test_delete_all_removes_attempts_sessions_and_only_our_recordings(
    store: HistoryStore,
) -> None:
    session = store.start_session({"count": 2})
    store.save_attempt(QUESTION, recording=b"RIFF-1", session_id=session.id)
    store.save_attempt(QUESTION, answer_text="typed", session_id=session.id)
    keep = store.recordings.folder / ".gitkeep"
    keep.write_text("")
    assert store.delete_all() == 2
    assert store.count_attempts() == 0
    assert [p.name for p in store.recordings.folder.iterdir()] == [".gitkeep"]
    with pytest.raises(HistoryError, match="no practice session"):
        store.get_session(session.id)


def test_sessions_record_settings_start_and_end(store: HistoryStore) -> None:
    session = store.start_session({"count": 5, "kind": "behavioral"})
    assert session.settings == {"count": 5, "kind": "behavioral"} and session.ended_at is None
    attempt = store.save_attempt(QUESTION, answer_text="x", session_id=session.id)
    ended = store.end_session(session.id)
    assert ended.ended_at is not None and ended.ended_at >= ended.started_at
    assert [a.id for a in store.list_attempts(session_id=session.id)] == [attempt.id]


def test_an_attempt_cannot_point_at_a_session_that_does_not_exist(store: HistoryStore) -> None:
    with pytest.raises(HistoryError, match="FOREIGN KEY"):
        store.save_attempt(QUESTION, recording=b"RIFF", session_id=999)
    assert store.count_attempts() == 0
    assert not [p for p in store.recordings.folder.iterdir() if not p.name.startswith(".")]


@pytest.mark.parametrize("value", [{"engine": "faster-whisper"}, ["a", "b"], 3, "text", None])
def test_app_settings_remember_json_values(store: HistoryStore, value: Any) -> None:
    assert store.get_setting("choice", "unset") == "unset"
    store.set_setting("choice", {"old": True})
    store.set_setting("choice", value)
    assert store.get_setting("choice", "unset") == value


def test_one_store_is_safe_to_share_between_threads(store: HistoryStore) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                attempt = store.save_attempt(QUESTION, answer_text=f"thread {n} answer {i}")
                store.add_analysis(attempt.id, ANALYSIS)
                store.list_attempts(5)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.count_attempts() == 120
    assert len(store.list_attempts(None, analysed=True)) == 120
