"""The Interviews page's plan, job advert, drafts and timeline sections.

The plan is rebuilt from the store on every run (it is quick and always current); the
next interview's date and a pasted job advert are remembered with the app's settings.
Drafts are shown in an editable box and again in a code block, whose copy button copies
the text in one click; nothing is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from interview.errors import InterviewError
from interview.history.store import HistoryStore
from interview.interviews import service
from interview.interviews.drafts import (
    DRAFT_KINDS,
    DRAFT_LABELS,
    draft,
    mismatch,
    suggested_kind,
)
from interview.interviews.log import Interview
from interview.interviews.plan import Plan
from interview.models import Question
from interview.practice.wording import name_of, plural
from interview.ui import state
from interview.ui.interview_log import OUTCOME_WORDS
from interview.ui.text import md_escape, show_error


def next_date(store: HistoryStore) -> date | None:
    """The date picker for the next interview; a change is remembered at once."""
    saved = service.next_interview(store)
    left, right = st.columns([2, 1])
    picked = left.date_input(
        "Date of your next interview (optional)", value=saved, key="interviews_next_date"
    )
    chosen = picked if isinstance(picked, date) else None
    if chosen != saved:
        try:
            service.set_next_interview(store, chosen)
        except InterviewError as exc:
            show_error(str(exc))
    if chosen is not None and right.button("Clear date", key="interviews_next_clear"):
        service.set_next_interview(store, None)
        st.session_state.pop("interviews_next_date", None)
        st.rerun()
    return chosen


def show_plan(plan: Plan, bank: Sequence[Question]) -> None:
    if not plan.focus:
        st.info(
            "Your plan appears here once you have debriefed an interview or practised a few "
            "answers. One debriefed question is enough to start."
        )
        return
    st.markdown("**Focus on these, in this order**")
    for number, area in enumerate(plan.focus, 1):
        st.markdown(f"{number}. **{name_of(area.competency)}**: {md_escape(area.why)}")
    if plan.habits:
        st.markdown("**How you answer**, from the employer's feedback")
    for habit in plan.habits:
        st.markdown(f"- {md_escape(habit.action)} _(feedback from {md_escape(habit.source)})_")
    by_id = {q.id: q for q in plan.questions}
    st.markdown("**Your schedule**")
    for session in plan.schedule:
        with st.container(border=True):
            day = date.fromisoformat(session.day).strftime("%A %d %B")
            st.markdown(f"**{day}** · about {session.minutes} minutes")
            for qid in session.question_ids:
                question = by_id[qid]
                st.markdown(f"- {md_escape(question.text)} ({name_of(question.competency)})")
    if st.button("Practise my top focus now", key="interviews_practise_plan", type="primary"):
        top = plan.focus[0].competency
        st.session_state[state.FOCUS] = state.Focus(
            competency=top, star_part=None, label=name_of(top)
        )
        st.session_state[state.PRACTICE_RUN] = None
        st.switch_page(state.PAGE_PRACTICE)
    st.caption("“Focus on my weak areas” on the Practice page also follows this plan.")


def advert(store: HistoryStore) -> None:
    saved = service.saved_advert(store)
    if saved.competencies:
        st.markdown("**Your saved job advert asks for**")
        for item in saved.competencies:
            quoted = ", ".join(f"“{md_escape(p)}”" for p in item.phrases)
            st.markdown(f"- **{name_of(item.competency)}**: {quoted}")
        if st.button("Forget this advert", key="interviews_advert_forget"):
            service.forget_advert(store)
            st.rerun()
    text = st.text_area(
        "Paste a job advert to weight your practice towards what it asks for",
        key="interviews_advert_text",
        height=150,
    )
    if st.button("Read the advert", key="interviews_advert_read"):
        try:
            report = service.save_advert(store, text)
        except InterviewError as exc:
            show_error(str(exc))
            return
        if not report.competencies:
            st.warning("No competency phrases found in it; the plan is unchanged.")
            return
        st.rerun()


def drafts(interviews: Sequence[Interview]) -> None:
    if not interviews:
        st.info("Log an interview first; its drafts are filled in from the log.")
        return
    left, right = st.columns(2)
    chosen = left.selectbox(
        "Interview", interviews, format_func=lambda i: i.label, key="interviews_draft_for"
    )
    # One choice per interview, starting on the draft that fits its outcome.
    kind = right.radio(
        "Draft",
        DRAFT_KINDS,
        index=DRAFT_KINDS.index(suggested_kind(chosen.outcome)),
        format_func=DRAFT_LABELS.__getitem__,
        key=f"interviews_draft_kind_{chosen.id}",
    )
    sender = st.text_input("Your name, to sign with (optional)", key="interviews_sender")
    warning = mismatch(chosen, kind)
    if warning:  # the page's own words: no CLI command in it
        st.warning(
            f"This draft is written for a rejection, but this interview's outcome is "
            f"“{md_escape(chosen.outcome)}”. If they have said no, change its outcome first; "
            "otherwise a thank-you note fits."
        )
    text = draft(chosen, kind, sender=sender)
    edited = st.text_area(
        "Edit it here", value=text, height=260, key=f"interviews_draft_{chosen.id}_{kind}_{sender}"
    )
    st.caption("Copy with the button at the top right of the box below. Nothing is sent for you.")
    st.code(edited, language=None, wrap_lines=True)


def timeline(store: HistoryStore) -> None:
    entries = service.current_timeline(store)
    if not entries:
        st.info("Each interview you log appears here, with how it went and what changed since.")
        return
    for entry in reversed(entries):
        i = entry.interview
        rating = f"{i.mean_rating:.1f}/5" if i.mean_rating is not None else "not debriefed"
        st.markdown(
            f"**{i.date}** · {md_escape(i.company)}, {md_escape(i.role)} · "
            f"{OUTCOME_WORDS[i.outcome]} · your rating {rating}"
        )
        for change in entry.changes:
            if change.verdict == "not practised yet":
                st.caption(
                    f"{name_of(change.competency)}: not practised since; the plan includes it."
                )
            else:
                scores = f"{change.before or 0:.0f} → {change.since or 0:.0f}"
                st.caption(
                    f"{name_of(change.competency)}: {change.verdict} in practice since "
                    f"({plural(change.answers_since, 'answer')}, average score {scores})"
                )
