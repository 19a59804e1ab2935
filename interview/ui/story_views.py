"""The Stories page's pieces: a story with its feedback, the write form, the coverage matrix.

The page stays a description of the screen; the widgets and the calls into
`interview.stories` live here. User text is always escaped before it reaches Markdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from interview.errors import InterviewError
from interview.history.stories import StoryRecord, StoryStore
from interview.models import COMPETENCIES, STAR_PARTS
from interview.practice.wording import name_of
from interview.questions import load_banks
from interview.stories.bank import draft_from_attempt, edit_story, retag_story, save_story
from interview.stories.coverage import Coverage, coverage
from interview.stories.draft import draft_from_json, draft_of
from interview.stories.feedback import story_feedback
from interview.ui import resources, state
from interview.ui.text import md_escape, show_error

SAVED = "stories_saved"  # set after a save, so the next run starts with an empty form
PART_HELP = {
    "situation": "Where and when; what was at stake. A sentence or two.",
    "task": "What you had to achieve, or what was yours to sort out.",
    "action": "What you did yourself, step by step.",
    "result": "How it ended: what changed (a figure if you have one), what you learned.",
}


def _names(competencies: Sequence[str]) -> str:
    """Competencies as a person reads them ("Failure and learning"), not their slugs."""
    return ", ".join(map(name_of, competencies))


def story_card(story: StoryRecord) -> None:
    """A story's parts, each with the one thing to change, and a delete button."""
    # A story stored before the analysis refused its text (another language, say) is still
    # shown, with the reason in place of the advice: never a traceback for a saved story.
    try:
        feedback: dict[str, Any] | None = story_feedback(draft_of(story))
    except InterviewError as exc:
        feedback, reason = None, str(exc)
    label = f"{md_escape(story.title)} · {_names(story.competencies) or 'no competency yet'}"
    with st.expander(label):
        if feedback is None:
            st.caption(md_escape(f"No advice on this story: {reason}"))
        for part in STAR_PARTS:
            text = story.parts()[part]
            st.markdown(f"**{part.capitalize()}**: {md_escape(text) if text else '—'}")
            if feedback is not None:
                st.caption(md_escape(str(feedback[part]["message"])))
        used = ", ".join(map(str, story.attempt_ids)) or "not yet"
        st.caption(f"Used in attempts: {used}")
        _retag(story)
        _edit(story)
        _delete(story)


def _delete(story: StoryRecord) -> None:
    """Delete only once asked twice: a story takes a while to write."""
    sure = st.checkbox("Yes, delete this story", key=f"stories_delete_confirm_{story.id}")
    if not st.button("Delete this story", key=f"stories_delete_{story.id}", disabled=not sure):
        return
    try:
        StoryStore(resources.store()).delete_story(story.id)
    except InterviewError as exc:
        show_error(str(exc))
        return
    state.flash("success", f"Deleted the story “{md_escape(story.title)}”.")
    st.rerun()


def _edit(story: StoryRecord) -> None:
    """Rewrite the story; a refused change keeps every word in the form."""
    if not st.toggle("Edit this story", key=f"stories_editing_{story.id}"):
        return
    with st.form(f"stories_edit_{story.id}"):
        title = st.text_input("Title", value=story.title, key=f"stories_edit_title_{story.id}")
        texts: dict[str, str] = {
            part: st.text_area(part.capitalize(), value=text, key=f"stories_edit_{part}_{story.id}")
            for part, text in story.parts().items()
        }
        if not st.form_submit_button("Save changes", key=f"stories_edit_save_{story.id}"):
            return
    try:
        edit_story(resources.store(), story.id, draft_from_json({"title": title, **texts}))
    except InterviewError as exc:
        show_error(str(exc))
        return
    state.flash("success", f"Story {story.id} saved.")
    st.rerun()


def _retag(story: StoryRecord) -> None:
    """The competencies as the user wants them (the suggestion is only a start)."""
    chosen = st.multiselect(
        "Competencies it shows",
        COMPETENCIES,
        default=list(story.competencies),
        format_func=name_of,
        key=f"stories_tags_{story.id}",
    )
    if st.button("Save competencies", key=f"stories_retag_{story.id}"):
        try:
            retag_story(resources.store(), story.id, chosen)
        except InterviewError as exc:
            show_error(str(exc))
            return
        st.rerun()


def write_form() -> None:
    """Write a story from scratch; a refused story keeps every word in the form."""
    if st.session_state.pop(SAVED, False):  # a fresh form after a story was saved
        for key in ("stories_title", *(f"stories_{part}" for part in STAR_PARTS)):
            st.session_state[key] = ""
        st.session_state["stories_competencies"] = []
    # Not an st.form: a form sends nothing until it is submitted, so a visit to another page
    # lost every word; each box now reaches the session as it is left (state.KEPT_WIDGETS).
    with st.container(border=True):
        title = st.text_input("Title", key="stories_title")
        texts: dict[str, str] = {
            part: st.text_area(part.capitalize(), key=f"stories_{part}", help=PART_HELP[part])
            for part in STAR_PARTS
        }
        picked = st.multiselect(
            "Competencies (leave empty to have them suggested)",
            COMPETENCIES,
            format_func=name_of,
            key="stories_competencies",
        )
        if not st.button("Save story", type="primary", key="stories_save"):
            return
    data: dict[str, object] = {"title": title, **texts}
    if picked:
        data["competencies"] = list(picked)
    try:
        saved = save_story(resources.store(), draft_from_json(data))
    except InterviewError as exc:
        show_error(str(exc))
        return
    st.session_state[SAVED] = True
    state.flash("success", f"Saved story {saved.story.id}: {_names(saved.story.competencies)}.")
    st.rerun()


def from_attempt_form() -> None:
    """Start a story from an analysed behavioral answer."""
    store = resources.store()
    answers = [a for a in store.list_attempts(100, analysed=True) if a.kind == "behavioral"]
    if not answers:
        st.info("Answer a behavioral question in Practice first; good answers make good stories.")
        return
    names = {a.id: f"#{a.id} · {a.question_text[:70]} · score {a.score or 0:.0f}" for a in answers}
    chosen = st.selectbox(
        "Answer", tuple(names), format_func=lambda i: names[i], key="stories_attempt"
    )
    title = st.text_input("Title", key="stories_attempt_title")
    if st.button("Save as a story", key="stories_from_attempt") and chosen is not None:
        try:
            draft = draft_from_attempt(store, int(chosen), title)
            saved = save_story(store, draft, source_attempt_id=int(chosen))
        except InterviewError as exc:
            show_error(str(exc))
            return
        state.flash("success", f"Saved story {saved.story.id} from answer #{chosen}.")
        st.rerun()


def _matrix(result: Coverage, stories: Sequence[StoryRecord]) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {"Competency": list(map(name_of, result.competencies))}
    for story in stories:
        column = f"#{story.id} {story.title[:20]}"
        table[column] = ["✓" if story.id in ids else "" for ids in result.competencies.values()]
    return table


def coverage_view(stories: Sequence[StoryRecord]) -> None:
    """Competency × story, the gaps, and a question to practise each gap."""
    result = coverage(stories, load_banks(resources.settings()).questions)
    st.dataframe(_matrix(result, stories), hide_index=True, key="stories_matrix")
    covered = len(COMPETENCIES) - len(result.uncovered)
    st.markdown(f"**{covered} of {len(COMPETENCIES)} competencies have a story.**")
    if result.single:
        st.caption("Resting on a single story: " + _names(result.single))
    titles = {s.id: s.title for s in stories}
    for story_id in result.overused:
        st.warning(f"“{md_escape(titles[story_id])}” carries too much: write another story.")
    for name in result.uncovered:
        question = result.nudges.get(name)
        line = f"No story for **{name_of(name)}** yet."
        if question is not None:
            line += f" Practise it with: “{md_escape(question.text)}”"
        st.markdown(line)
        if question is not None and st.button("Practise this", key=f"stories_practise_{name}"):
            st.session_state[state.FOCUS] = state.Focus(name, None, name_of(name))
            st.switch_page(state.PAGE_PRACTICE)
