"""Practice: set up a session, answer each question against the clock, get feedback at once.

The page draws the practice session (`interview.practice`) and sends it events through
`interview.ui.practice_events`; the session saves itself after each one, so a reload
offers to resume it. Drawing the page never writes anything.
"""

from collections.abc import Callable
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from interview.answers import analysis_of
from interview.errors import InterviewError
from interview.models import COMPETENCIES
from interview.practice import PracticeSession, summarise
from interview.practice.timing import band_note, length_note
from interview.practice.wording import kind_name, name_of, plural, resume_label
from interview.questions import ROLES, load_banks
from interview.ui import (
    answering,
    catalog,
    feedback,
    practice_form,
    resources,
    session_summary,
    state,
)
from interview.ui import practice_events as events
from interview.ui.answering import NotAnalysed
from interview.ui.clock import practice_clock
from interview.ui.draft_keeper import draft_keeper
from interview.ui.follow_up_drill import follow_up_drill, save_as_story
from interview.ui.speak import read_aloud_button
from interview.ui.story_hints import story_hints
from interview.ui.text import md_escape, show_error

KINDS = {None: "Any kind", "behavioral": "Behavioral", "hr": "HR", "situational": "Situational"}
LEVELS = {None: "Any", 1: "1 · warm-up", 2: "2 · standard", 3: "3 · hard"}
MODES = {"voice": ":material/mic: Speak", "typed": ":material/keyboard: Type"}
AUDIO_TYPES = ["wav", "mp3", "m4a", "aac", "ogg", "opus", "webm", "flac"]
ANSWER_LABEL = "Your answer"
DONE_RECORDING = "practice_audio_done"  # the recording already submitted (no double submit)
# Streamlit's "Press Ctrl+Enter to apply" under a text area suggests it submits: it does not.
HIDE_HINT = "<style>[data-testid='InputInstructions'] {display: none;}</style>"


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


def setup_form() -> None:
    """The set-up form; "Start practice" starts the session (in its callback)."""
    with st.form("practice_setup"):
        left, middle, right = st.columns(3)
        any_or_one(left, "Kind of question", KINDS, key="practice_kind")
        middle.selectbox("Role", ROLES, format_func=name_of, key="practice_role")
        any_or_one(right, "Difficulty", LEVELS, key="practice_difficulty")
        st.multiselect(
            "Competencies (leave empty for all)",
            COMPETENCIES,
            format_func=name_of,
            key="practice_competencies",
        )
        left, middle, right = st.columns(3)
        left.number_input("Number of questions", 1, 10, key="practice_count")
        middle.slider("Thinking time (seconds)", 0, 120, step=5, key="practice_think")
        right.slider("Answer time (seconds)", 30, 300, step=10, key="practice_answer_time")
        st.radio(
            "How will you start? (you can switch on any question)",
            MODES,
            format_func=MODES.get,
            horizontal=True,
            key="practice_mode",
        )
        st.toggle(
            "Focus on my weak areas",
            key="practice_weak",
            help="Picks more questions that train what your past answers were weakest at.",
        )
        st.form_submit_button(
            "Start practice", type="primary", key="practice_start", on_click=events.start_from_form
        )


def resume_offer() -> None:
    saved = PracticeSession.in_progress(resources.store())
    if saved is None:
        return
    with st.container(border=True):
        st.markdown("**You have a practice session in progress.**")
        resume, drop = st.columns(2)
        resume.button(
            f"Resume your session ({resume_label(saved)})",
            key="practice_resume",
            type="primary",
            on_click=events.resume,
            width="stretch",
        )
        drop.button("Discard it", key="practice_discard", on_click=events.discard, width="stretch")


def setup_view() -> None:
    focus: state.Focus | None = st.session_state[state.FOCUS]
    practice_form.prefill(resources.store(), focus)
    # A broken bank of your own must not just make its questions vanish from the sessions.
    catalog.bank_problems(load_banks(resources.settings()).errors)
    resume_offer()
    if focus is not None:
        focus_note(focus)
    st.write(
        "Choose what to practise. Each question is timed like a real interview, and you get "
        "feedback straight after each answer."
    )
    setup_form()


def submit(action: Callable[[], int]) -> None:
    """Save and analyse an answer; once saved, its feedback shows (with the reason if it
    could not be analysed); if it could not be saved, everything stays as it was."""
    try:
        action()
    except NotAnalysed:
        pass  # saved: the feedback screen says why there is no analysis
    except InterviewError as exc:
        show_error(str(exc))
        return
    st.session_state.pop(events.ANSWER, None)
    st.rerun()


def voice_answer(session: PracticeSession) -> None:
    resources.prepare_transcriber()
    recording = st.audio_input(
        "Record your answer: press the microphone, speak, then stop", key="practice_audio"
    )
    if recording is not None and st.session_state.get(DONE_RECORDING) != recording.file_id:
        st.session_state[DONE_RECORDING] = recording.file_id
        submit(lambda: answering.submit_audio(session, recording.getvalue(), suffix=".wav"))
    with st.expander("…or upload a recording"):
        upload = st.file_uploader("Audio file", type=AUDIO_TYPES, key="practice_upload")
        sent = st.button("Submit this recording", key="practice_submit_upload", disabled=not upload)
        if sent and upload is not None:
            # The store picks a safe suffix from the file name; the name itself is never used.
            submit(lambda: answering.submit_upload(session, upload, upload.size, upload.name))


def typed_answer(session: PracticeSession) -> None:
    if events.ANSWER not in st.session_state:
        st.session_state[events.ANSWER] = session.draft
    st.text_area(
        ANSWER_LABEL,
        key=events.ANSWER,
        height=240,
        placeholder="Situation… Task… Action… Result…",
        on_change=events.keep_draft,
    )
    st.html(HIDE_HINT)
    draft_keeper(ANSWER_LABEL, session.draft, events.keep_draft)
    if st.button("Submit answer", key="practice_submit", type="primary"):
        text = st.session_state.get(events.ANSWER, "")
        submit(lambda: answering.submit_text(session, text))


def question_view(session: PracticeSession) -> None:
    run = session.state
    question = run.question
    st.caption(f"{run.position} · {name_of(question.competency)} · {kind_name(question.kind)}")
    st.markdown(f"### {md_escape(question.text)}")
    reason = st.session_state.get(state.PICK_REASONS, {}).get(question.id)
    if reason:
        st.caption(f"Why this question: {md_escape(reason)}")
    read_aloud_button(question.text)
    practice_clock()
    story_hints(run)
    st.session_state[events.MODE] = run.mode
    st.radio(
        "How will you answer this question?",
        MODES,
        format_func=MODES.get,
        horizontal=True,
        key=events.MODE,
        on_change=events.choose_mode,
    )
    if run.mode == "voice":
        voice_answer(session)
    else:
        typed_answer(session)
    st.button("Skip this question", key="practice_skip", on_click=events.advance)


def feedback_view(session: PracticeSession) -> None:
    run = session.state
    attempt = resources.store().get_attempt(run.attempt_id or 0)
    st.caption(run.position)
    st.markdown(f"### {md_escape(run.question.text)}")
    typed = attempt.answer_text is not None
    limit = attempt.answer_seconds or run.question.answer_seconds
    note = length_note(attempt.duration_s, limit, typed=typed)
    if attempt.over_time:
        st.info(f"{note} That's noted, not held against you: aim to reach your result sooner.")
    else:
        st.caption(note)
    analysis = analysis_of(attempt)
    explained = band_note(limit, analysis.length.band_s) if analysis is not None else None
    if explained is not None:
        st.caption(explained)
    st.subheader("Your feedback")
    feedback.attempt_feedback(attempt)
    follow_up_drill(attempt.id, run.question)
    if analysis is not None and analysis.star.applies:  # else there are no parts to keep
        save_as_story(attempt.id)
    st.subheader("About this question")
    feedback.question_notes(run.question)
    retry, forward = st.columns(2)
    retry.button("Try again", key="practice_retry", on_click=events.retry, width="stretch")
    label = "Finish the session" if run.is_last else "Next question"
    forward.button(
        label, key="practice_next", type="primary", on_click=events.advance, width="stretch"
    )


def summary_view(session: PracticeSession) -> None:
    summary = summarise(resources.store(), session.state)
    st.subheader("Session complete")
    session_summary.show_summary(summary.attempts, skipped=len(summary.skipped))
    st.caption(
        f"You answered {summary.answered} of {plural(summary.planned, 'question')}; "
        "every answer is in Review."
    )
    again, progress = st.columns(2)
    again.button(
        "Start a new session",
        key="practice_new",
        type="primary",
        on_click=events.close,
        width="stretch",
    )
    if progress.button("See your progress", key="practice_progress", width="stretch"):
        st.switch_page(state.PAGE_PROGRESS)


st.title("Practice")
state.show_flash()
current = events.current()
if current is None:
    setup_view()
elif current.stage in ("thinking", "answering"):
    question_view(current)
elif current.stage == "feedback":
    feedback_view(current)
else:
    summary_view(current)
