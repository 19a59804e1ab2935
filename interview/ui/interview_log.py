"""The Interviews page's form: log a real interview and the questions remembered from it.

Widgets keep their values in session state under `interviews_*` keys, so a rejected form
(a missing company, say) shows the message and keeps everything the user typed. Blank
question rows are skipped; the debrief is checked whole by `interview.interviews.debrief`
before anything is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from interview.errors import InterviewError
from interview.interviews.debrief import log_interview, record_debrief
from interview.interviews.log import OUTCOMES, RATING_WORDS, STAGES, Interview
from interview.practice.wording import plural
from interview.questions import load_banks
from interview.ui import resources, state
from interview.ui.text import md_escape

MAX_ROWS = 12
ROWS_KEY = "interviews_rows"
# The form's widget keys, forgotten once an interview is saved so the form starts empty.
FORM_PREFIXES = (
    "interviews_q",
    "interviews_company",
    "interviews_role",
    "interviews_feedback",
    "interviews_contact",
    "interviews_highlight",
)
OUTCOME_WORDS = {
    "waiting": "Waiting to hear",
    "offer": "Offer",
    "rejected": "Not this time",
    "withdrew": "I withdrew",
}


def rating_label(rating: int) -> str:
    return f"{rating} · {RATING_WORDS[rating]}"


def rating_radio(key: str) -> int:
    """How a remembered question went, 1-5 with its word; "okay" until the user says.

    The default lives in session state, not in `index`: a widget given both a default and
    a value kept in session state (`state.KEPT_PREFIXES`) draws a warning."""
    st.session_state.setdefault(key, 3)
    rating: int = st.radio(
        "How it went", (1, 2, 3, 4, 5), format_func=rating_label, horizontal=True, key=key
    )
    return rating


def _question_rows(count: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        st.markdown(f"**Question {i + 1}**")
        text = st.text_input(
            "What they asked, as you remember it",
            key=f"interviews_q{i}_text",
            placeholder="e.g. Tell me about a time you disagreed with a colleague",
        )
        rating = rating_radio(f"interviews_q{i}_rating")
        notes = st.text_input(
            "Notes (optional)", key=f"interviews_q{i}_notes", placeholder="froze, no example ready"
        )
        if text.strip():
            rows.append({"text": text, "rating": rating, "notes": notes})
    return rows


def _details() -> dict[str, Any]:
    left, right = st.columns(2)
    company = left.text_input("Company", key="interviews_company")
    role = right.text_input("Role", key="interviews_role")
    st.session_state.setdefault("interviews_date", date.today())
    day = left.date_input("Date", key="interviews_date")
    stage = right.selectbox("Stage", STAGES, key="interviews_stage", accept_new_options=True)
    outcome = left.selectbox(
        "Outcome", OUTCOMES, format_func=OUTCOME_WORDS.__getitem__, key="interviews_outcome"
    )
    contact = right.text_input(
        "Interviewer or recruiter's name (optional)", key="interviews_contact"
    )
    feedback = st.text_area("What the employer said, if anything", key="interviews_feedback")
    highlight = st.text_input(
        "Something you valued in the interview (optional; drafts say 'I especially valued ...')",
        key="interviews_highlight",
    )
    return {
        "company": company,
        "role": role,
        "date": day.isoformat() if isinstance(day, date) else "",
        "stage": stage or "",
        "outcome": outcome,
        "feedback": feedback,
        "contact": contact,
        "highlight": highlight,
    }


def save(data: dict[str, Any]) -> Interview | None:
    """Store the interview (with its debrief, if any); show the reason when it cannot."""
    store = resources.store()
    try:
        if data["questions"]:
            bank = load_banks(resources.settings()).questions
            return record_debrief(store, bank, data)
        return log_interview(store, data)
    except InterviewError as exc:
        st.error(md_escape(f"Not saved yet: {exc}"), icon=":material/edit:")
        return None


def log_form() -> None:
    """The whole "log an interview" section."""
    st.session_state.setdefault(ROWS_KEY, 2)
    st.number_input("How many questions do you remember?", 0, MAX_ROWS, key=ROWS_KEY)
    # Not an st.form: a form sends nothing until it is submitted, so a visit to another
    # page lost the whole debrief; each box now reaches the session as it is left.
    with st.container(border=True):
        data = _details()
        st.caption(
            "Write each question the way you remember it; it will be matched to the closest "
            "question in the banks. Rate how each one went, honestly and kindly."
        )
        data["questions"] = _question_rows(int(st.session_state[ROWS_KEY]))
        submitted = st.button("Save interview", type="primary", key="interviews_save")
    if submitted:
        interview = save(data)
        if interview is not None:
            for key in [k for k in st.session_state if str(k).startswith(FORM_PREFIXES)]:
                del st.session_state[key]
            state.flash(
                "success",
                f"Saved your {md_escape(interview.company)} interview with "
                f"{plural(len(interview.questions), 'debriefed question')}. "
                "Your practice plan has been updated.",
            )
            st.rerun()
