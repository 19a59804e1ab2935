"""The review page with a seeded history: find, open, compare, re-analyse and delete answers."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest
from apptest import database_held, errors, impatient_store, open_page, shown, texts
from fakes import FakeTranscriber, make_transcript
from streamlit.testing.v1 import AppTest

from interview.answers import record_attempt
from interview.history.store import HistoryStore
from interview.models import Question
from interview.stories.drills import answer_follow_up
from interview.ui import review, state

PAGE = "app_pages/review.py"
DEADLINE = Question(
    "q-deadline", "Tell me about a tight deadline.", "behavioral", "time-management"
)
CONFLICT = Question("q-conflict", "Tell me about a disagreement at work.", "behavioral", "conflict")
FIRST = "We had a deadline. We worked hard and it went fine in the end."
SECOND = (
    "In March our release was two weeks late. I had to ship the billing fix by Friday. "
    "I cut the scope to three screens and I paired with QA every afternoon. "
    "We shipped on Thursday and support tickets fell by 30 percent."
)


@pytest.fixture
def seeded(store: HistoryStore) -> HistoryStore:
    record_attempt(store, DEADLINE, answer_text=FIRST)
    record_attempt(store, CONFLICT, answer_text="I listened first, then I proposed a trial.")
    spoken = FakeTranscriber(make_transcript(SECOND))
    record_attempt(
        store, DEADLINE, recording=b"RIFF-fake-wav", recording_suffix=".wav", transcriber=spoken
    )
    return store


def test_empty_history_says_how_to_start() -> None:
    app = open_page(PAGE)
    assert not app.exception
    assert "Nothing to review yet" in app.info[0].value
    assert app.button(key="review_start") is not None


def test_lists_and_opens_the_newest_answer_with_its_recording(seeded: HistoryStore) -> None:
    app = open_page(PAGE)
    assert not app.exception
    assert app.caption[0].value == "3 attempts shown of 3"
    assert len(app.dataframe[0].value) == 3
    shown = texts(app)
    assert "Tell me about a tight deadline" in shown and "ACTION" in shown
    assert len(app.get("audio")) == 1


@pytest.mark.parametrize(
    ("widget", "value", "count"),
    [
        ("review_filter", "disagreement", 1),
        ("review_filter", "DEADLINE", 2),
        ("review_filter", "nothing like this", 0),
    ],
)
def test_filter_by_question_words(
    seeded: HistoryStore, widget: str, value: str, count: int
) -> None:
    app = open_page(PAGE)
    app.text_input(key=widget).input(value).run()
    assert app.caption[0].value.startswith(f"{count} attempt")


def test_filter_by_competency_and_sort_by_score(seeded: HistoryStore) -> None:
    app = open_page(PAGE)
    app.multiselect(key="review_competency").select("time-management").run()
    app.selectbox(key="review_sort").select("worst").run()
    scores = list(app.dataframe[0].value["Score"])
    assert len(scores) == 2 and scores == sorted(scores)


def test_compare_two_attempts_at_the_same_question(seeded: HistoryStore) -> None:
    app = open_page(PAGE)
    assert app.selectbox(key="review_compare") is not None
    table = app.dataframe[1].value
    assert table["Measure"].iloc[0] == "Overall" and len(table.columns) == 3
    # The transcripts side by side are in the table's column order (oldest first).
    headings = [m.value.strip("*") for m in app.markdown if m.value.startswith("**Attempt ")]
    assert headings == list(table.columns[1:])


def open_attempt(app: AppTest, attempt_id: int) -> AppTest:
    return app.selectbox(key="review_open").select(attempt_id).run()


def test_reanalyse_a_failed_attempt(store: HistoryStore) -> None:
    failed = store.save_attempt(DEADLINE, answer_text=SECOND)
    store.mark_failed(failed.id, "the app was closed before the analysis finished")
    app = open_page(PAGE)
    assert "no feedback on this answer: the app was closed" in app.warning[0].value
    assert "Re-analyse" in app.info[0].value
    app.button(key="review_reanalyse").click().run()
    assert not app.exception and not app.error
    assert store.get_attempt(failed.id).analysed
    assert "Re-analysed" in app.success[0].value
    assert app.metric[0].label == "Overall"


def wav(seconds: float, *, sound: bool) -> bytes:
    """A 16-bit mono WAV: a tone, or digital silence."""
    samples = np.zeros(int(seconds * 16000), dtype=np.float32)
    if sound:
        samples += 0.3 * np.sin(np.arange(samples.size) * 2 * np.pi * 220 / 16000)
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(16000)
        file.writeframes((samples * 32767).astype("<i2").tobytes())
    return out.getvalue()


@pytest.mark.parametrize(
    "recording",
    [b"RIFF-not-really-a-wav", wav(3.0, sound=False), wav(0.1, sound=True)],
    ids=["unreadable", "silent", "too-short"],
)
def test_a_recording_with_nothing_in_it_says_why_and_what_to_do_without_a_player(
    store: HistoryStore, recording: bytes
) -> None:
    failed = store.save_attempt(DEADLINE, recording=recording, recording_suffix=".wav")
    store.mark_failed(failed.id, f"no speech detected in {failed.recording}: it is silent")
    app = open_page(PAGE)
    # The stored reason, not a promise of feedback to come; and no empty 0:00 player.
    warning = shown(app.warning[0])
    assert "no feedback on this answer: no speech detected in your recording" in warning
    assert "yet" not in warning
    advice = shown(app.info[0])
    assert "no feedback will come from it" in advice
    assert "record it once more" in advice and "type your answer" in advice
    assert app.get("audio") == []


def test_a_recording_that_failed_for_another_reason_can_still_be_replayed(
    store: HistoryStore,
) -> None:
    failed = store.save_attempt(DEADLINE, recording=wav(2.0, sound=True), recording_suffix=".wav")
    store.mark_failed(failed.id, "the speech model is not installed")
    app = open_page(PAGE)
    assert "no feedback on this answer: the speech model" in shown(app.warning[0])
    assert "Re-analyse" in shown(app.info[0])
    assert len(app.get("audio")) == 1


def test_delete_needs_confirmation_and_removes_the_recording(seeded: HistoryStore) -> None:
    newest = seeded.list_attempts()[0]
    recording = seeded.get_attempt(newest.id).recording
    assert recording is not None and recording.exists()
    app = open_page(PAGE)
    assert app.button(key="review_delete").disabled
    app.checkbox(key="review_delete_confirm").check().run()
    app.button(key="review_delete").click().run()
    assert not app.exception
    assert app.caption[0].value == "2 attempts shown of 2"
    assert "Deleted" in app.success[0].value
    assert not Path(recording).exists()


def test_delete_on_a_locked_database_says_so_and_keeps_the_answer(
    seeded: HistoryStore, monkeypatch: pytest.MonkeyPatch, interview_home: Path
) -> None:
    impatient_store(monkeypatch)
    app = open_page(PAGE)
    app.checkbox(key="review_delete_confirm").check().run()
    with database_held(interview_home):  # another program holds the database
        app.button(key="review_delete").click().run()
    assert not app.exception
    assert "locked" in errors(app)[0]
    assert app.caption[0].value == "3 attempts shown of 3"


def test_practise_this_question_again_starts_a_one_question_session(
    seeded: HistoryStore,
) -> None:
    app = open_page(PAGE)
    app.button(key="review_practise").click().run()
    assert not app.exception
    session = app.session_state[state.PRACTICE_RUN]
    # The question has left the banks (it was a test's own): it is asked as it was.
    [question] = session.state.questions
    assert (question.id, question.text) == ("q-deadline", DEADLINE.text)


BAKERY = Question("q-bakery", "Tell me about a busy time at work.", "behavioral", "teamwork")
NO_RESULT = (
    "Last spring our bakery was short of staff before the holidays. My task was to keep the "
    "orders going out. I reorganised the rota and I trained two new starters on the ovens."
)
RESULT = "In the end every order went out on time, and complaints fell from 12 a week to 2."


def test_a_follow_up_answer_is_shown_under_its_answer_with_the_drills_judgement(
    store: HistoryStore,
) -> None:
    first = record_attempt(store, BAKERY, answer_text=NO_RESULT)
    drill = answer_follow_up(store, first.attempt.id, BAKERY, answer_text=RESULT)
    judged = drill.judgement
    assert judged is not None
    app = open_page(PAGE)
    assert not app.exception
    # Not an attempt of its own scored as a whole answer (Progress leaves it out too) ...
    assert app.caption[0].value == "1 attempt shown of 1"
    assert list(app.selectbox(key=state.REVIEW_OPEN).options) == [review.label(first.attempt)]
    # ... but under the answer it followed, with the question it answered and its judgement.
    assert "Follow-ups to attempt 1" in [s.value for s in app.subheader]
    shown = texts(app)
    assert f"judged on the result · {judged.score}/100" in shown
    assert "Your follow-up answer" in [e.label for e in app.expander]


def test_deleting_an_answer_deletes_its_follow_up_answers_too(store: HistoryStore) -> None:
    first = record_attempt(store, BAKERY, answer_text=NO_RESULT)
    answer_follow_up(store, first.attempt.id, BAKERY, answer_text=RESULT)
    app = open_page(PAGE)
    confirm = app.checkbox(key="review_delete_confirm")
    assert confirm.label.endswith("its recording and its follow-up answer")
    confirm.check().run()
    app.button(key="review_delete").click().run()
    assert not app.exception and "Deleted" in app.success[0].value
    # Left behind, the follow-up would come back as an attempt of its own, scored as a whole.
    assert store.list_attempts(limit=None) == ()
    assert "Nothing to review yet" in app.info[0].value
