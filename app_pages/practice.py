"""Practice: set up a session, answer each question against the clock, get feedback at once."""

from collections.abc import Callable
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from interview.errors import InterviewError
from interview.history.store import HistoryStore
from interview.models import COMPETENCIES
from interview.questions import ROLES, load_banks
from interview.ui import (
    answering,
    catalog,
    feedback,
    practice_run,
    resources,
    session_summary,
    setup_widgets,
    state,
)
from interview.ui.clock import practice_clock
from interview.ui.practice_run import PracticeRun
from interview.ui.session_setup import Setup, begin
from interview.ui.speak import read_aloud_button
from interview.ui.text import md_escape, show_error

KINDS = {None: "Any kind", "behavioral": "Behavioral", "hr": "HR", "situational": "Situational"}
LEVELS = {None: "Any", 1: "1 · warm-up", 2: "2 · standard", 3: "3 · hard"}
MODES = {"voice": ":material/mic: Speak (record or upload)", "typed": ":material/keyboard: Type"}
AUDIO_TYPES = ["wav", "mp3", "m4a", "aac", "ogg", "opus", "webm", "flac"]
DRAFT = "practice_draft"  # the typed answer, kept outside the widget so it survives anything
DONE_RECORDING = "practice_audio_done"  # the recording already submitted (no double submit)


def set_run(run: PracticeRun | None) -> None:
    st.session_state[state.PRACTICE_RUN] = run


def clear_focus() -> None:
    st.session_state[state.FOCUS] = None


def focus_note(focus: state.Focus) -> None:
    spoken = " Answer out loud: this is about how you speak." if focus.spoken else ""
    st.info(
        f"A session aimed at **{md_escape(focus.label)}**.{spoken} Adjust anything, then start."
    )
    st.button("Practise without this focus", key="practice_clear_focus", on_click=clear_focus)


def any_or_one(column: DeltaGenerator, label: str, names: dict[Any, str], *, key: str) -> Any:
    """A choice where None means "any": a selectbox shows None as its placeholder, so the
    placeholder carries None's name ("Any kind") rather than "Choose an option"."""
    return column.selectbox(label, names, format_func=names.get, placeholder=names[None], key=key)


def setup_form(focus: state.Focus | None) -> Setup | None:
    """The set-up form; the user's choices once they press start, else None."""
    with st.form("practice_setup"):
        left, middle, right = st.columns(3)
        kind = any_or_one(left, "Kind of question", KINDS, key="practice_kind")
        role = middle.selectbox(
            "Role",
            ROLES,
            format_func=lambda r: r.replace("-", " ").capitalize(),
            key="practice_role",
        )
        level = any_or_one(right, "Difficulty", LEVELS, key="practice_difficulty")
        picked = st.multiselect(
            "Competencies (leave empty for all)", COMPETENCIES, key="practice_competencies"
        )
        left, middle, right = st.columns(3)
        count = left.number_input("Number of questions", 1, 10, key="practice_count")
        think = middle.slider("Thinking time (seconds)", 0, 120, step=5, key="practice_think")
        answer = right.slider("Answer time (seconds)", 30, 300, step=10, key="practice_answer_time")
        mode = st.radio(
            "How will you answer?",
            MODES,
            format_func=MODES.get,
            horizontal=True,
            key="practice_mode",
        )
        weak = st.toggle(
            "Focus on my weak areas",
            key="practice_weak",
            help="Picks more questions that train what your past answers were weakest at.",
        )
        if not st.form_submit_button("Start practice", type="primary", key="practice_start"):
            return None
    part = focus.star_part if focus is not None else None
    return Setup(kind, tuple(picked), role, level, int(count), think, answer, mode, weak, part)


def setup_view() -> None:
    focus: state.Focus | None = st.session_state[state.FOCUS]
    setup_widgets.prefill(resources.store(), focus)
    # A broken bank of your own must not just make its questions vanish from the sessions.
    catalog.bank_problems(load_banks(resources.settings()).errors)
    if focus is not None:
        focus_note(focus)
    st.write(
        "Choose what to practise. Each question is timed like a real interview, and you get "
        "feedback straight after each answer."
    )
    choice = setup_form(focus)
    if choice is None:
        return
    try:
        set_run(begin(choice))
        clear_focus()
    except InterviewError as exc:
        show_error(str(exc))
    else:
        st.rerun()


def submit(run: PracticeRun, action: Callable[[HistoryStore], int]) -> None:
    """Save and analyse an answer; on success show its feedback, on failure keep everything."""
    try:
        attempt_id = action(resources.store())
    except InterviewError as exc:
        show_error(str(exc))
        return
    st.session_state[DRAFT] = ""
    set_run(practice_run.answered(run, attempt_id))
    st.rerun()


def voice_answer(run: PracticeRun) -> None:
    recording = st.audio_input(
        "Record your answer: press the microphone, speak, then stop", key="practice_audio"
    )
    if recording is not None and st.session_state.get(DONE_RECORDING) != recording.file_id:
        st.session_state[DONE_RECORDING] = recording.file_id
        submit(
            run,
            lambda store: answering.submit_audio(store, run, recording.getvalue(), suffix=".wav"),
        )
    with st.expander("…or upload a recording"):
        upload = st.file_uploader("Audio file", type=AUDIO_TYPES, key="practice_upload")
        sent = st.button("Submit this recording", key="practice_submit_upload", disabled=not upload)
        if sent and upload is not None:
            # The store picks a safe suffix from the file name; the name itself is never used.
            submit(
                run,
                lambda store: answering.submit_upload(store, run, upload, upload.size, upload.name),
            )


def typed_answer(run: PracticeRun) -> None:
    if "practice_answer" not in st.session_state and st.session_state.get(DRAFT):
        st.session_state["practice_answer"] = st.session_state[DRAFT]
    text = st.text_area(
        "Your answer",
        key="practice_answer",
        height=240,
        placeholder="Situation… Task… Action… Result…",
    )
    st.session_state[DRAFT] = text
    if st.button("Submit answer", key="practice_submit", type="primary"):
        submit(run, lambda store: answering.submit_text(store, run, text))


def question_view(run: PracticeRun) -> None:
    question = run.question
    st.caption(f"{run.position} · {question.competency.replace('-', ' ')} · {KINDS[question.kind]}")
    st.markdown(f"### {md_escape(question.text)}")
    read_aloud_button(question.text)
    practice_clock()
    if run.mode == "voice":
        resources.prepare_transcriber()
        voice_answer(run)
    else:
        typed_answer(run)
    st.button(
        "Skip this question",
        key="practice_skip",
        on_click=lambda: set_run(practice_run.advance(run)),
    )


def feedback_view(run: PracticeRun) -> None:
    attempt = resources.store().get_attempt(run.attempt_id or 0)
    st.caption(run.position)
    st.markdown(f"### {md_escape(run.question.text)}")
    if attempt.over_time:
        st.info(
            "This answer ran over the time you set. That's noted, not held against you: "
            "next time, aim to reach your result a little sooner."
        )
    st.subheader("Your feedback")
    feedback.attempt_feedback(attempt)
    st.subheader("About this question")
    feedback.question_notes(run.question)
    retry, forward = st.columns(2)
    retry.button(
        "Try again",
        key="practice_retry",
        on_click=lambda: set_run(practice_run.retry(run)),
        width="stretch",
    )
    label = "Finish the session" if run.is_last else "Next question"
    forward.button(
        label,
        key="practice_next",
        type="primary",
        on_click=lambda: set_run(practice_run.advance(run)),
        width="stretch",
    )


def summary_view(run: PracticeRun) -> None:
    store = resources.store()
    if run.session_id is not None:
        store.end_session(run.session_id)
    attempts = [store.get_attempt(item.attempt_id) for item in practice_run.latest_attempts(run)]
    st.subheader("Session complete")
    session_summary.show_summary(attempts, skipped=len(run.questions) - len(attempts))
    again, progress = st.columns(2)
    again.button(
        "Start a new session",
        key="practice_new",
        type="primary",
        on_click=lambda: set_run(None),
        width="stretch",
    )
    if progress.button("See your progress", key="practice_progress", width="stretch"):
        st.switch_page(state.PAGE_PROGRESS)


st.title("Practice")
state.show_flash()
current: PracticeRun | None = st.session_state[state.PRACTICE_RUN]
if current is None:
    setup_view()
elif current.stage == "question":
    question_view(current)
elif current.stage == "feedback":
    feedback_view(current)
else:
    summary_view(current)
