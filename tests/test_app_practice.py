"""The practice page through its front door: set up, answer typed or by voice, get feedback.

The typed flow runs the real analysis; the voice flow uploads a real WAV and injects the
fake transcriber from tests/fakes.py in place of Whisper (the browser test uses the real one).
"""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest
from apptest import database_held, errors, impatient_store, open_page, shown, texts
from fakes import FakeTranscriber, make_transcript
from streamlit.testing.v1 import AppTest

from interview.analysis import analyse
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.practice import PracticeOptions, PracticeSession
from interview.questions import load_banks
from interview.speech.audio import decode_audio
from interview.ui import resources, state

PAGE = "app_pages/practice.py"
ANSWER = (
    "Last spring our team missed two release dates in a row. "
    "I was responsible for getting the mobile release out by the end of May. "
    "I split the work into weekly milestones and I met each developer every morning. "
    "As a result we shipped on May 28 and crash reports fell by 40 percent."
)
CARDS = ["Overall", "STAR", "Specificity", "Fillers / min", "Pace (wpm)", "Length"]


def start(app: AppTest, *, mode: str, count: int = 2) -> AppTest:
    app.selectbox(key="practice_kind").select("behavioral")
    app.number_input(key="practice_count").set_value(count)
    app.slider(key="practice_think").set_value(0)
    app.radio(key="practice_mode").set_value(mode)
    return app.button(key="practice_start").click().run()


def stored() -> HistoryStore:
    return HistoryStore.open(Settings.from_env())


def wav_bytes(seconds: float = 1.0) -> bytes:
    rate = 16000
    tone = 0.2 * np.sin(2 * np.pi * 220 * np.arange(int(rate * seconds)) / rate)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((tone * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def test_setup_then_question_hides_key_points_until_answered() -> None:
    app = start(open_page(PAGE), mode="typed")
    assert not app.exception
    shown = texts(app)
    assert "Question 1 of 2" in shown
    assert "What an interviewer listens for" not in shown
    assert app.text_area(key="practice_answer") is not None
    [read_aloud] = app.get("iframe")
    assert "speechSynthesis" in read_aloud.proto.srcdoc
    # Thinking time 0: straight to answering, where a typed answer's clock is its words.
    assert app.get("progress")[0].proto.text.startswith("Typed answers are timed by their words")
    assert not [e for e in app.get("caption") if "Ctrl+Enter" in str(e.value)]


def test_typed_answer_is_saved_analysed_and_explained() -> None:
    app = start(open_page(PAGE), mode="typed")
    app.text_area(key="practice_answer").input(ANSWER)
    app.button(key="practice_submit").click().run()
    assert not app.exception and not app.error
    assert [m.label for m in app.metric] == CARDS
    shown = texts(app)
    for label in ("SITUATION", "TASK", "ACTION", "RESULT"):
        assert label in shown
    assert "What an interviewer listens for" in shown
    [attempt] = stored().list_attempts()
    assert attempt.status == "analysed" and attempt.score is not None
    assert app.metric[0].value == f"{attempt.score:.0f}/100"


def test_next_skip_and_session_summary() -> None:
    app = start(open_page(PAGE), mode="typed")
    app.text_area(key="practice_answer").input(ANSWER)
    app.button(key="practice_submit").click().run()
    app.button(key="practice_next").click().run()
    assert "Question 2 of 2" in texts(app)
    app.button(key="practice_skip").click().run()
    assert "Session complete" in texts(app)
    assert len(app.dataframe[0].value) == 1
    assert "1 question skipped." in texts(app)
    assert "What to work on next" in texts(app)


def test_a_weak_answer_shows_three_tips_and_folds_the_rest() -> None:
    app = start(open_page(PAGE), mode="typed", count=1)
    # A weak but real story (a one-liner would get the one tip that it is not a story yet).
    app.text_area(key="practice_answer").input(
        "um I think I kind of worked on some stuff with the team last year. "
        "We kind of fixed it, I guess."
    )
    app.button(key="practice_submit").click().run()
    [more] = [e for e in app.expander if "more tip" in e.label]
    every = [m for m in app.markdown if m.value.startswith("**") and "** · " in m.value]
    folded = [m for m in more.markdown if "** · " in m.value]
    assert len(every) - len(folded) == 3
    assert len(folded) == int(more.label.split()[0]) >= 1
    assert "From your answer" not in texts(app)  # each tip's advice names its sentence


def test_try_again_asks_the_same_question_with_a_fresh_box() -> None:
    app = start(open_page(PAGE), mode="typed", count=1)
    question = app.markdown[0].value
    app.text_area(key="practice_answer").input(ANSWER)
    app.button(key="practice_submit").click().run()
    app.button(key="practice_retry").click().run()
    assert app.markdown[0].value == question
    assert app.text_area(key="practice_answer").value == ""


@pytest.mark.parametrize(
    "answer",
    [
        "<script>alert('hi')</script> I fixed the build and it now takes two minutes.",
        "I said <b>no</b> & <img src=x onerror=alert(1)> then I shipped the fix.",
    ],
)
def test_markup_in_an_answer_is_shown_as_text(answer: str) -> None:
    app = start(open_page(PAGE), mode="typed", count=1)
    app.text_area(key="practice_answer").input(answer)
    app.button(key="practice_submit").click().run()
    transcript = next(m.value for m in app.markdown if "ic-transcript" in m.value)
    assert "<script>" not in transcript and "<img" not in transcript and "<b>" not in transcript
    # Shown escaped, or not at all: a script's code is no sentence of the answer (markup).
    assert "&lt;" in transcript or "alert" not in transcript


def test_a_failed_analysis_keeps_the_typed_text_and_the_attempt() -> None:
    too_long = "word " * 20_001
    app = start(open_page(PAGE), mode="typed", count=1)
    app.text_area(key="practice_answer").input(too_long)
    app.button(key="practice_submit").click().run()
    assert not app.exception
    # Saved, so the feedback screen shows it with the reason, and "Try again".
    assert "20,000" in " ".join(w.value for w in app.warning)
    assert app.button(key="practice_retry") is not None
    [attempt] = stored().list_attempts()
    assert attempt.status == "failed" and stored().get_attempt(attempt.id).answer_text == too_long


def test_empty_answer_is_refused_and_nothing_saved() -> None:
    app = start(open_page(PAGE), mode="typed", count=1)
    app.text_area(key="practice_answer").input("   ")
    app.button(key="practice_submit").click().run()
    assert app.error and "empty" in errors(app)[0]
    assert stored().list_attempts() == ()


@pytest.fixture
def fake_transcriber(monkeypatch: pytest.MonkeyPatch) -> FakeTranscriber:
    fake = FakeTranscriber(make_transcript("Um, " + ANSWER, seconds_per_word=0.42))
    monkeypatch.setattr("interview.speech.engines.load_transcriber", lambda settings: fake)
    return fake


def test_voice_answer_uploads_transcribes_and_keeps_the_recording(
    fake_transcriber: FakeTranscriber, interview_home: Path
) -> None:
    app = open_page(PAGE)
    assert not resources.transcriber_loaded()
    app = start(app, mode="voice", count=1)
    app.audio_input[0].upload("answer.wav", wav_bytes())
    app.run()
    assert not app.exception and not app.error
    assert [m.label for m in app.metric] == CARDS
    assert app.metric[4].value.isdigit()
    assert app.metric[5].value.count(":") == 1
    assert "ic-filler" in next(m.value for m in app.markdown if "ic-transcript" in m.value)
    [summary] = stored().list_attempts()
    attempt = stored().get_attempt(summary.id)
    assert attempt.recording is not None and attempt.recording.read_bytes() == wav_bytes()
    assert fake_transcriber.calls == [attempt.recording]
    assert attempt.transcript is not None and attempt.transcript.text.startswith("Um,")
    assert attempt.recording.parent == interview_home / "recordings"


def test_an_uploaded_file_is_another_way_to_answer(fake_transcriber: FakeTranscriber) -> None:
    app = start(open_page(PAGE), mode="voice", count=1)
    app.file_uploader(key="practice_upload").upload("../My Answer.MP3", wav_bytes(), "audio/mpeg")
    app.run()
    app.button(key="practice_submit_upload").click().run()
    assert not app.exception and not app.error
    assert [m.label for m in app.metric] == CARDS
    [saved] = fake_transcriber.calls
    assert isinstance(saved, Path) and saved.suffix == ".mp3" and "Answer" not in saved.name


def silent_wav(seconds: float = 2.0) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * int(16000 * seconds))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "heard", "complaint"),
    [
        ("notes.wav", b"my notes, saved as .wav by mistake", ANSWER, "cannot be read as audio"),
        ("quiet.wav", silent_wav(), "", "no speech detected in your recording"),
    ],
)
def test_unusable_audio_is_explained_and_kept(
    fake_transcriber: FakeTranscriber, name: str, data: bytes, heard: str, complaint: str
) -> None:
    # The real decoder runs on what reaches the engine; only Whisper's words are faked.
    fake_transcriber.before_return = lambda audio: decode_audio(audio, max_seconds=600)
    fake_transcriber.transcript = make_transcript(heard)
    app = start(open_page(PAGE), mode="voice", count=1)
    app.file_uploader(key="practice_upload").upload(name, data, "audio/wav")
    app.run()
    app.button(key="practice_submit_upload").click().run()
    assert not app.exception
    [message] = [shown(w) for w in app.warning if "no feedback" in w.value]
    assert complaint in message and "yet" not in message  # none is coming: it says why
    assert "recordings/" not in message  # the stored file's name means nothing to the user
    assert "Question 1 of 1" in texts(app)
    assert any("record it once more" in shown(i) for i in app.info)  # and what to do
    assert not app.get("audio")  # no empty 0:00 player for a take with nothing in it
    [attempt] = stored().list_attempts()
    assert attempt.status == "failed" and attempt.score is None
    # With no words to sort into parts, the answer cannot become a story: not offered.
    assert "Save this answer as a story" not in [e.label for e in app.expander]


def test_thinking_time_then_the_answer_clock(fake_transcriber: FakeTranscriber) -> None:
    app = open_page(PAGE)
    app.radio(key="practice_mode").set_value("typed")
    app.slider(key="practice_think").set_value(60)
    app.button(key="practice_start").click().run()
    assert app.get("progress")[0].proto.text.startswith("Thinking time · 1:00")
    app.button(key="practice_ready").click().run()
    assert app.get("progress")[0].proto.text.endswith("2:00 is about 300 words.")
    app.radio(key="practice_mode_now").set_value("voice").run()
    assert app.get("progress")[0].proto.text.startswith("Answer time · 2:00")


def test_any_kind_and_difficulty_are_named_not_left_blank() -> None:
    app = open_page(PAGE)
    kind, difficulty = app.selectbox(key="practice_kind"), app.selectbox(key="practice_difficulty")
    assert (kind.value, difficulty.value) == (None, None)
    assert (kind.proto.placeholder, difficulty.proto.placeholder) == ("Any kind", "Any")


def test_a_locked_database_keeps_the_typed_answer_for_another_try(
    monkeypatch: pytest.MonkeyPatch, interview_home: Path
) -> None:
    impatient_store(monkeypatch)
    app = start(open_page(PAGE), mode="typed", count=1)
    app.text_area(key="practice_answer").input(ANSWER)
    with database_held(interview_home):  # another program holds the database
        app.button(key="practice_submit").click().run()
    assert not app.exception
    assert [s.label for s in app.status] == ["Your answer was not saved"]
    assert "locked" in errors(app)[0] and "nothing was changed" in errors(app)[0]
    assert app.text_area(key="practice_answer").value == ANSWER
    assert stored().list_attempts() == ()
    app.button(key="practice_submit").click().run()  # once it is free, the same text goes in
    assert not app.error and [m.label for m in app.metric] == CARDS
    assert stored().list_attempts()[0].status == "analysed"


def test_an_upload_over_the_size_limit_is_refused_before_it_is_copied(
    fake_transcriber: FakeTranscriber, monkeypatch: pytest.MonkeyPatch, interview_home: Path
) -> None:
    monkeypatch.setenv("INTERVIEW_MAX_UPLOAD_MB", "0.01")  # 10 kB; a second of WAV is 32 kB
    app = start(open_page(PAGE), mode="voice", count=1)
    app.file_uploader(key="practice_upload").upload("long.wav", wav_bytes(), "audio/wav")
    app.run()
    app.button(key="practice_submit_upload").click().run()
    assert not app.exception
    [message] = errors(app)
    assert "(0.032 MB) is larger than the 0.01 MB limit" in message
    assert "INTERVIEW_MAX_UPLOAD_MB" in message
    assert "nothing was saved" in message and "Question 1 of 1" in texts(app)
    assert stored().count_attempts() == 0 and fake_transcriber.calls == []
    assert not list((interview_home / "recordings").glob("*"))


def test_a_reload_offers_to_resume_with_the_question_and_the_draft() -> None:
    app = start(open_page(PAGE), mode="typed")
    question = app.markdown[0].value
    app.text_area(key="practice_answer").input("Last spring our team").run()
    again = open_page(PAGE)  # a reload: a new browser session, the same database
    [offer] = [b for b in again.button if b.key == "practice_resume"]
    assert offer.label == "Resume your session (question 1 of 2, draft kept)"
    offer.click().run()
    assert again.markdown[0].value == question
    assert again.text_area(key="practice_answer").value == "Last spring our team"
    assert again.get("progress")  # the clock is back


def test_a_discarded_session_is_not_offered_again() -> None:
    start(open_page(PAGE), mode="typed")
    again = open_page(PAGE)
    again.button(key="practice_discard").click().run()
    assert "Session discarded" in texts(again)
    assert not [b for b in again.button if b.key == "practice_resume"]


def test_the_answer_mode_switches_per_question(fake_transcriber: FakeTranscriber) -> None:
    app = start(open_page(PAGE), mode="typed")
    app.radio(key="practice_mode_now").set_value("voice").run()
    assert app.audio_input and not app.text_area
    app.audio_input[0].upload("answer.wav", wav_bytes())
    app.run()
    assert [m.label for m in app.metric] == CARDS
    app.button(key="practice_next").click().run()
    assert app.radio(key="practice_mode_now").value == "voice"  # kept until changed
    app.radio(key="practice_mode_now").set_value("typed").run()
    app.text_area(key="practice_answer").input(ANSWER)
    app.button(key="practice_submit").click().run()
    spoken, typed = sorted(stored().list_attempts(), key=lambda a: a.id)
    assert stored().get_attempt(spoken.id).recording is not None
    assert stored().get_attempt(typed.id).answer_text == ANSWER


def test_drawing_the_page_writes_nothing() -> None:
    app = start(open_page(PAGE), mode="typed")
    before = PracticeSession.in_progress(stored())
    app.run()
    app.run()
    assert PracticeSession.in_progress(stored()) == before  # same state, same save time
    app.text_area(key="practice_answer").input(ANSWER)
    app.button(key="practice_submit").click().run()
    app.button(key="practice_next").click().run()
    app.button(key="practice_skip").click().run()  # the summary
    ended = stored().get_session(before.session_id if before else 0).ended_at
    app.run()  # the summary drawn again does not end the session again
    assert stored().get_session(before.session_id if before else 0).ended_at == ended


def test_a_session_left_in_the_terminal_resumes_in_the_browser(store: HistoryStore) -> None:
    banks = load_banks(Settings.from_env())
    options = PracticeOptions(count=3, kind="behavioral", mode="typed", seed=4)
    terminal = PracticeSession.start(store, banks, options)
    terminal.submit_text(ANSWER)
    terminal.advance()
    terminal.save_draft("In 2021 I")
    app = open_page(PAGE)
    offer = app.button(key="practice_resume")
    assert offer.label == "Resume your session (question 2 of 3, draft kept)"
    offer.click().run()
    assert "Question 2 of 3" in texts(app)
    assert app.text_area(key="practice_answer").value == "In 2021 I"


def test_a_typed_answer_is_timed_by_its_words_and_a_short_time_is_explained() -> None:
    app = open_page(PAGE)
    app.slider(key="practice_answer_time").set_value(30)
    app = start(app, mode="typed", count=1)
    typed = " ".join([ANSWER] * 2)  # 108 words: 43 s at 150 a minute, however long the typing
    app.text_area(key="practice_answer").input(typed)
    app.button(key="practice_submit").click().run()
    shown = texts(app)
    said = "Your answer is 0:43 long at a speaking pace of 150 words a minute: over the 0:30"
    assert said in shown
    assert "0:30 you set is shorter than the 60-120 s" in shown
    [attempt] = stored().list_attempts()
    assert attempt.over_time is True and attempt.duration_s == pytest.approx(43.2)


def test_the_page_judges_relevance_against_the_bank_questions_key_points(
    store: HistoryStore,
) -> None:
    # A story about a stock count, answered in the browser to a conflict question.
    story = (
        "In March I took over the stock count at our garden centre. The count used paper "
        "sheets and took three days every quarter. I moved it to handheld scanners, trained "
        "four staff on them and ran a trial count on one aisle first. The next count took one "
        "day, and the errors in it fell from 40 to 6."
    )
    banks = load_banks(Settings.from_env())
    question = next(q for q in banks.questions if q.id == "beh-conflict-01")
    assert question.key_points
    options = PracticeOptions(count=1, mode="typed", question_ids=(question.id,))
    PracticeSession.start(store, banks, options).ready()
    app = open_page(PAGE)
    app.button(key="practice_resume").click().run()
    app.text_area(key="practice_answer").input(story)
    app.button(key="practice_submit").click().run()
    assert not app.exception and not app.error
    [attempt] = stored().list_attempts()
    relevance = stored().get_attempt(attempt.id).analysis["relevance"]
    on_the_question_alone = analyse(story, question=question.text, competency="conflict")
    assert relevance["confidence"] > on_the_question_alone.relevance.confidence > 0


def test_the_general_role_asks_general_questions_only() -> None:
    # "General" (the default) once meant every role pack: a nurse's, a teacher's, a seller's.
    app = open_page(PAGE)
    assert app.selectbox(key="practice_role").value == "general"
    app.multiselect(key="practice_competencies").set_value(["customer-focus"])
    start(app, mode="typed", count=10)
    assert not app.exception
    questions = app.session_state[state.PRACTICE_RUN].state.questions
    # fewer than 10 general behavioral customer-focus questions: a role pack's would fill in
    assert 0 < len(questions) < 10
    assert all("general" in question.roles for question in questions)


def test_a_weak_area_session_says_why_this_question() -> None:
    app = open_page(PAGE)
    app.toggle(key="practice_weak").set_value(True)
    app = start(app, mode="typed")
    assert not app.exception
    [why] = [c.value for c in app.caption if c.value.startswith("Why this question: ")]
    assert len(why) > len("Why this question: ") + 5
    app = open_page(PAGE)
    app.button(key="practice_discard").click().run()
    app.toggle(key="practice_weak").set_value(False)  # the form remembers the last choice
    app = start(app, mode="typed")
    assert not any(c.value.startswith("Why this question") for c in app.caption)
