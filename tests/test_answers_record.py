"""Save first, analyse after: failures and crashes never lose an answer, and reanalyse heals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from contextlib import ExitStack
from pathlib import Path

import pytest
from db_lock import short_busy_timeout, write_locked
from fakes import FakeTranscriber, make_transcript

from interview.analysis import analyse
from interview.answers import analyse_attempt, needs_transcription, record_attempt
from interview.config import Settings
from interview.errors import AnswerError, TranscriptionError
from interview.history.store import HistoryStore
from interview.models import Question, Transcript

QUESTION = Question(
    id="fail-1",
    text="Tell me about a time you failed.",
    kind="behavioral",
    competency="failure-and-learning",
    answer_seconds=4,
)
ANSWER = (
    "Last spring our release slipped by two weeks. I was responsible for the test plan. "
    "I rewrote the plan, automated 40 checks and met the team daily. "
    "We shipped on the new date and support tickets fell by 30%."
)
SPOKEN = "um so last spring I rewrote the test plan and we shipped two weeks later"
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def test_a_typed_answer_is_saved_then_analysed(store: HistoryStore) -> None:
    outcome = record_attempt(store, QUESTION, answer_text=ANSWER, duration_s=50)
    expected = analyse(ANSWER, kind="behavioral", question=QUESTION.text).to_dict()
    assert outcome.ok and outcome.analysis is not None and outcome.analysis.to_dict() == expected
    stored = store.get_attempt(outcome.attempt.id)
    assert (stored.status, stored.analysis, stored.score) == (
        "analysed",
        expected,
        expected["score"],
    )
    assert stored.over_time is True
    data = outcome.to_dict()
    assert (data["attempt_id"], data["score"], data["analysed"]) == (stored.id, stored.score, True)


def test_a_loader_runs_only_when_a_recording_needs_the_engine(
    store: HistoryStore, tmp_path: Path
) -> None:
    def never() -> FakeTranscriber:
        raise AssertionError("a typed answer must not load a speech engine")

    typed = record_attempt(store, QUESTION, answer_text=ANSWER, transcriber=never)
    assert typed.ok and not needs_transcription(typed.attempt)
    fake = FakeTranscriber(make_transcript(SPOKEN))
    spoken = record_attempt(store, QUESTION, recording=b"RIFF", transcriber=lambda: fake)
    assert spoken.ok and len(fake.calls) == 1


def test_a_recording_without_an_engine_is_kept_not_analysed(store: HistoryStore) -> None:
    outcome = record_attempt(store, QUESTION, recording=b"RIFF")
    assert not outcome.ok and "no speech engine" in (outcome.error or "")
    assert outcome.attempt.status == "failed" and needs_transcription(outcome.attempt)


def test_a_recording_is_transcribed_from_the_saved_copy(
    store: HistoryStore, tmp_path: Path
) -> None:
    source = tmp_path / "answer.wav"
    source.write_bytes(b"RIFF-pretend-audio")
    transcriber = FakeTranscriber(make_transcript(SPOKEN, gap=0.1))
    outcome = record_attempt(store, QUESTION, recording=source, transcriber=transcriber)
    attempt = outcome.attempt
    assert transcriber.calls == [attempt.recording] and attempt.recording != source
    assert attempt.transcript == transcriber.transcript and attempt.text == SPOKEN
    assert attempt.duration_s == transcriber.transcript.duration_s and attempt.over_time is True
    assert outcome.analysis is not None and outcome.analysis.delivery is not None
    assert outcome.analysis.delivery.wpm is not None
    assert attempt.metrics.wpm is not None and attempt.metrics.fillers_per_min is not None
    assert outcome.to_dict()["transcript"]["text"] == SPOKEN


def test_silence_keeps_the_recording_and_says_why_it_was_not_analysed(store: HistoryStore) -> None:
    silent = Transcript(
        text="", words=(), duration_s=3.0, speech_s=0.0, engine="fake", model="fake"
    )
    outcome = record_attempt(
        store, QUESTION, recording=b"RIFF-quiet", transcriber=FakeTranscriber(silent)
    )
    assert not outcome.ok and outcome.error is not None and "no speech detected" in outcome.error
    # Silence stays silence: analysing the same recording again cannot help.
    assert outcome.retry_helps is False and outcome.to_dict()["retry_helps"] is False
    stored = store.get_attempt(outcome.attempt.id)
    assert (stored.status, stored.error) == ("failed", outcome.error)
    assert stored.recording is not None and stored.recording.read_bytes() == b"RIFF-quiet"


def test_an_engine_failure_is_kept_and_reanalyse_fixes_it(store: HistoryStore) -> None:
    def broken(_: object) -> None:
        raise TranscriptionError("the speech model could not be loaded")

    failing = FakeTranscriber(make_transcript(SPOKEN), before_return=broken)
    outcome = record_attempt(store, QUESTION, recording=b"RIFF", transcriber=failing)
    assert outcome.error == "the speech model could not be loaded"
    assert outcome.retry_helps is True  # once the model is there, reanalyse works
    assert store.list_attempts(analysed=False)[0].status == "failed"
    healed = analyse_attempt(
        store, outcome.attempt.id, transcriber=FakeTranscriber(make_transcript(SPOKEN))
    )
    assert healed.ok and healed.attempt.status == "analysed" and healed.attempt.error is None


def test_reanalysing_a_transcribed_answer_reuses_its_transcript(store: HistoryStore) -> None:
    first = FakeTranscriber(make_transcript(SPOKEN))
    outcome = record_attempt(store, QUESTION, recording=b"RIFF", transcriber=first)
    unused = FakeTranscriber(make_transcript("something else entirely"))
    again = analyse_attempt(store, outcome.attempt.id, transcriber=unused)
    assert unused.calls == [] and again.analysis == outcome.analysis


def test_a_bug_propagates_but_the_attempt_stays_marked_failed(store: HistoryStore) -> None:
    def bug(_: object) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        record_attempt(
            store,
            QUESTION,
            recording=b"RIFF",
            transcriber=FakeTranscriber(make_transcript(SPOKEN), before_return=bug),
        )
    [kept] = store.list_attempts()
    assert kept.status == "failed"
    assert store.get_attempt(kept.id).error == "analysis failed unexpectedly (RuntimeError: boom)"


def test_a_recording_that_went_missing_cannot_be_reanalysed(store: HistoryStore) -> None:
    attempt = store.save_attempt(QUESTION, recording=b"RIFF")
    assert attempt.recording is not None
    attempt.recording.unlink()
    outcome = analyse_attempt(
        store, attempt.id, transcriber=FakeTranscriber(make_transcript(SPOKEN))
    )
    assert (
        outcome.error is not None
        and f"the recording of attempt {attempt.id} is missing" in outcome.error
    )


def test_an_empty_answer_is_refused_before_anything_is_saved(store: HistoryStore) -> None:
    with pytest.raises(AnswerError):
        record_attempt(store, QUESTION, answer_text="  ")
    assert store.count_attempts() == 0


def test_a_database_locked_after_the_save_leaves_the_attempt_pending_not_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    short_busy_timeout(monkeypatch)
    store = HistoryStore.open()
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF-pretend-audio")
    with ExitStack() as held:
        database = Settings.from_env().home / "interview.db"
        lock = lambda _audio: held.enter_context(write_locked(database, monkeypatch))  # noqa: E731
        transcriber = FakeTranscriber(make_transcript(SPOKEN), before_return=lock)
        outcome = record_attempt(store, QUESTION, recording=audio, transcriber=transcriber)
    assert not outcome.ok and outcome.error is not None and "locked" in outcome.error
    assert outcome.attempt.status == "pending" and outcome.attempt.recording is not None
    healed = analyse_attempt(
        store, outcome.attempt.id, transcriber=FakeTranscriber(make_transcript(SPOKEN))
    )
    assert healed.ok and healed.attempt.analysed


# A process that saves an attempt and then hangs inside transcription or analysis, where
# the test kills it with SIGKILL: nothing after the save ever runs.
CRASHING = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    import interview.answers
    from fakes import FakeTranscriber, make_transcript
    from interview.answers import record_attempt
    from interview.history.store import HistoryStore
    from interview.models import Question

    def hang(*args, **kwargs):
        print("saved", flush=True)
        time.sleep(600)

    question = Question(id="fail-1", text="Tell me about a time you failed.",
                        kind="behavioral", competency="failure-and-learning")
    store = HistoryStore.open()
    if sys.argv[2] == "typed":
        interview.answers.analyse = hang
        record_attempt(store, question, answer_text=sys.argv[3])
    else:
        transcriber = FakeTranscriber(make_transcript(sys.argv[3]), before_return=hang)
        record_attempt(store, question, recording=Path(sys.argv[4]), transcriber=transcriber)
    """
)


@pytest.mark.parametrize("mode,text", [("typed", ANSWER), ("spoken", SPOKEN)])
def test_killed_between_save_and_analysis_the_attempt_survives_and_reanalyses(
    store: HistoryStore, tmp_path: Path, mode: str, text: str
) -> None:
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF-the-only-copy-of-my-answer")
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING, str(TESTS), mode, text, str(audio)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "saved", (
        process.stderr.read() if process.stderr else ""
    )
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    [summary] = store.list_attempts()
    assert (summary.status, summary.analysed) == ("pending", False)
    kept = store.get_attempt(summary.id)
    if mode == "typed":
        assert kept.answer_text == text
    else:
        assert kept.recording is not None and kept.recording.read_bytes() == audio.read_bytes()
        assert kept.transcript is None

    outcome = analyse_attempt(store, summary.id, transcriber=FakeTranscriber(make_transcript(text)))
    assert outcome.ok and outcome.attempt.analysed
    assert (
        outcome.attempt.score
        == analyse(
            text, kind="behavioral", question=QUESTION.text, transcript=outcome.attempt.transcript
        ).score
    )
