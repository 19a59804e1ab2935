"""The follow-up drill and "save as a story", under the feedback on a practice answer.

After feedback on a behavioral answer the interviewer's next question appears, chosen from
what the answer lacked (`interview.stories.follow_ups`). The user answers it by typing or
speaking; the answer is saved as an attempt linked to the first and judged on what was
asked. The links live in the store, so the judgement is still there after a rerun or a
page switch. A failure keeps the typed text in its box and shows why.
"""

from __future__ import annotations

import streamlit as st

from interview.answers import analysis_of
from interview.errors import InterviewError
from interview.history.stories import FollowUpLink, StoryStore
from interview.models import Question
from interview.stories.bank import draft_from_attempt, save_story
from interview.stories.drills import FollowUpOutcome, answer_follow_up
from interview.stories.follow_ups import Judgement, choose_follow_up
from interview.ui import resources, state
from interview.ui.text import md_escape, show_error
from interview.ui.transcript import show_transcript

VERDICTS = {
    "answered": ("Answered", st.success),
    "partly": ("Partly answered", st.warning),
    "not_answered": ("Not answered yet", st.error),
}
FOCUS_NAMES = {
    "no_result": "the result",
    "ownership": "your own part",
    "no_figures": "how you measured it",
    "no_reflection": "what you would do differently",
    "bank": "the whole answer",
}


def judged(link: FollowUpLink) -> None:
    """The drill's judgement of one follow-up answer, and the answer itself.

    A follow-up answers one probing question, so it is shown with the judgement on what was
    asked, never with whole-answer score cards (a "4/100" beside a "60/100" contradicts)."""
    if link.judgement is None:
        st.warning("Your follow-up answer is saved, but it could not be analysed.")
        return
    judgement = Judgement.from_dict(link.judgement)
    label, show = VERDICTS[judgement.verdict]
    show(f"{label} · judged on {FOCUS_NAMES[judgement.focus]} · {judgement.score}/100")
    st.markdown(md_escape(judgement.message))
    if judgement.evidence:
        quoted = " · ".join(f"“{md_escape(e)}”" for e in judgement.evidence[:4])
        st.caption("From your answer: " + quoted)
    with st.expander("Your follow-up answer"):
        answer = resources.store().get_attempt(link.attempt_id)
        if answer.recording is not None and answer.recording.exists():
            st.audio(str(answer.recording))
        if answer.text:
            show_transcript(answer.text, analysis_of(answer))


def follow_ups_under(attempt_id: int, number: int) -> None:
    """On the review page: the follow-up answers given to attempt `number`, each with the
    question it answered and the drill's judgement (they are not listed as attempts)."""
    links = StoryStore(resources.store()).follow_ups_to(attempt_id)
    if not links:
        return
    st.subheader(f"Follow-ups to attempt {number}")
    for link in links:
        st.markdown(f"**{md_escape(link.question)}**")
        judged(link)


def _submit(parent_id: int, question: Question, text: str | None, audio: bytes | None) -> None:
    try:
        result: FollowUpOutcome = answer_follow_up(
            resources.store(),
            parent_id,
            question,
            transcriber=resources.transcriber,
            answer_text=text,
            recording=audio,
            recording_suffix=".wav" if audio is not None else None,
        )
    except InterviewError as exc:
        show_error(str(exc))
        return
    if result.outcome.error is not None:
        show_error(f"Your follow-up answer is saved, but not analysed: {result.outcome.error}")
        return
    st.rerun()


def follow_up_drill(attempt_id: int, question: Question) -> None:
    """The follow-up question for a behavioral answer, its answer box and its judgement."""
    store = resources.store()
    analysis = analysis_of(store.get_attempt(attempt_id))
    chosen = None if analysis is None else choose_follow_up(question, analysis)
    if chosen is None:
        return
    st.subheader("The interviewer follows up")
    st.markdown(f"**{md_escape(chosen.question)}**")
    st.caption(md_escape(chosen.reason))
    links = StoryStore(store).follow_ups_to(attempt_id)
    if links:
        judged(links[-1])
    if st.session_state.get("practice_follow_up_parent") != attempt_id:
        st.session_state["practice_follow_up_parent"] = attempt_id
        st.session_state["practice_follow_up_answer"] = ""  # a new answer, a fresh box
    text = st.text_area("Your follow-up answer", key="practice_follow_up_answer", height=120)
    typed, spoken = st.columns(2)
    if typed.button("Submit follow-up answer", key="practice_follow_up_submit"):
        _submit(attempt_id, question, text, None)
    recording = spoken.audio_input("…or say it", key="practice_follow_up_audio")
    done = st.session_state.get("practice_follow_up_done")
    if recording is not None and done != recording.file_id:
        st.session_state["practice_follow_up_done"] = recording.file_id
        _submit(attempt_id, question, None, recording.getvalue())


def _told(attempt_id: int) -> None:
    """Mark which of the user's stories this answer told (coverage counts the uses)."""
    stories = StoryStore(resources.store()).list_stories()
    if not stories:
        return
    titles = {s.id: s.title for s in stories}
    told = st.selectbox(
        "…or mark the story you told", tuple(titles), format_func=lambda i: titles[i],
        key="practice_story_told",
    )  # fmt: skip
    if st.button("This is the story I told", key="practice_story_used") and told is not None:
        StoryStore(resources.store()).use_story(int(told), attempt_id)
        state.flash("success", f"Noted: this answer told “{md_escape(titles[int(told)])}”.")
        st.rerun()


def _save(attempt_id: int, title: str) -> None:
    try:
        store = resources.store()
        draft = draft_from_attempt(store, attempt_id, title)
        saved = save_story(store, draft, source_attempt_id=attempt_id)
    except InterviewError as exc:
        show_error(str(exc))
        return
    state.flash("success", f"Saved as story {saved.story.id}: see the Stories page.")
    st.rerun()


def save_as_story(attempt_id: int) -> None:
    """Turn this answer into a story (its labelled sentences fill the parts), or mark which
    of your stories it told."""
    with st.expander("Save this answer as a story"):
        title = st.text_input("Story title", key="practice_story_title")
        if st.button("Save as a story", key="practice_save_story"):
            _save(attempt_id, title)
        _told(attempt_id)
