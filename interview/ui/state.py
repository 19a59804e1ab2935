"""Session-state keys shared by more than one page, and their defaults.

Pages talk to each other only through these keys: the progress page's "practise this"
button sets `FOCUS` and switches to the practice page, which reads it. Keeping the names
here means a typo is an AttributeError, not a silently empty page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from interview.ui.text import show_error

PAGE_PRACTICE = "app_pages/practice.py"
PAGE_REVIEW = "app_pages/review.py"
PAGE_PROGRESS = "app_pages/progress.py"
PAGE_BANKS = "app_pages/banks.py"
PAGE_SETTINGS = "app_pages/settings.py"
PAGE_INTERVIEWS = "app_pages/interviews.py"
PAGE_STORIES = "app_pages/stories.py"

# The practice session in progress (an `interview.practice.PracticeSession`), or None at set-up.
PRACTICE_RUN = "practice_run"
# A targeted session requested from another page (a `Focus`), consumed by the practice page.
FOCUS = "practice_focus"
# Why each question of a weak-area session was picked: {question id: reason}.
PICK_REASONS = "practice_pick_reasons"
# The attempt the review page has open (an attempt id), or None.
REVIEW_OPEN = "review_open"
# A one-shot message to show after a page switch or rerun: (kind, text).
FLASH = "app_flash"


@dataclass(frozen=True)
class Focus:
    """A practice session aimed at one weak area.

    Attributes:
        competency: a competency to draw questions from, or None.
        star_part: a STAR part whose training questions are favoured, or None.
        label: how the weak area is named to the user.
        spoken: the area can only be practised out loud (fillers, pace).
    """

    competency: str | None
    star_part: str | None
    label: str
    spoken: bool = False


DEFAULTS: dict[str, Any] = {PRACTICE_RUN: None, FOCUS: None, REVIEW_OPEN: None, FLASH: None}

# Writing not saved yet that must survive a visit to another page. Streamlit forgets a
# widget's value after a run that does not draw it, unless the value is written back on
# every run; a half-written story took a while to write.
KEPT_WIDGETS: tuple[str, ...] = (
    "stories_title",
    "stories_situation",
    "stories_task",
    "stories_action",
    "stories_result",
    "stories_competencies",
    "practice_follow_up_answer",
)


# The same for the interview log, whose question rows are numbered ("interviews_q0_text").
KEPT_PREFIXES: tuple[str, ...] = (
    "interviews_q",
    "interviews_company",
    "interviews_role",
    "interviews_date",
    "interviews_stage",
    "interviews_outcome",
    "interviews_contact",
    "interviews_feedback",
    "interviews_highlight",
    "interviews_rows",
)


def init() -> None:
    """Give every shared key its default once per browser session; keep unsaved writing."""
    for key, value in DEFAULTS.items():
        st.session_state.setdefault(key, value)
    kept = [k for k in st.session_state if k in KEPT_WIDGETS or k.startswith(KEPT_PREFIXES)]
    for key in kept:
        st.session_state[key] = st.session_state[key]


def flash(kind: str, text: str) -> None:
    """Queue a message ("success", "info", "warning" or "error") for the next run of a page.

    An error's text is shown literally (it may quote file names); the others are ours."""
    st.session_state[FLASH] = (kind, text)


def show_flash() -> None:
    """Show and forget the queued message, if any."""
    queued = st.session_state.get(FLASH)
    if queued is None:
        return
    st.session_state[FLASH] = None
    kind, text = queued
    if kind == "error":
        show_error(text)
        return
    {"success": st.success, "warning": st.warning}.get(kind, st.info)(text)
