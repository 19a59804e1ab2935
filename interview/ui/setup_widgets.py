"""Filling the practice set-up form: the user's last choices, or a weak-area focus.

Streamlit forgets a form's widget values once the form is off screen (during a session), so
the choices are remembered in the history database (`practice_setup`) and put back the
next time the form appears. A focus from the progress page overrides the parts it is about.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.ui.state import Focus

if TYPE_CHECKING:
    from interview.history.store import HistoryStore
    from interview.ui.session_setup import Setup

REMEMBERED = "practice_setup"
APPLIED = "practice_focus_applied"
# Setup field -> widget key on the practice page.
WIDGETS = {
    "kind": "practice_kind",
    "role": "practice_role",
    "difficulty": "practice_difficulty",
    "competencies": "practice_competencies",
    "count": "practice_count",
    "think_s": "practice_think",
    "answer_s": "practice_answer_time",
    "mode": "practice_mode",
    "weak_areas": "practice_weak",
}


DEFAULTS: dict[str, Any] = {
    "kind": None,
    "role": "general",
    "difficulty": None,
    "competencies": [],
    "count": 3,
    "think_s": 30,
    "answer_s": 120,
    "mode": "voice",
    "weak_areas": False,
}


def remember(store: HistoryStore, setup: Setup) -> None:
    store.set_setting(REMEMBERED, asdict(setup))


def prefill(store: HistoryStore, focus: Focus | None) -> None:
    """Give the form's widgets their values: remembered choices, else the defaults.

    The widgets are then created without default arguments, so Streamlit never sees two
    sources for one value.
    """
    if WIDGETS["kind"] not in st.session_state:
        last: dict[str, Any] = {**DEFAULTS, **(store.get_setting(REMEMBERED, {}) or {})}
        for field, key in WIDGETS.items():
            value = last[field]
            st.session_state[key] = list(value) if field == "competencies" else value
    if focus is not None and st.session_state.get(APPLIED) != focus:
        st.session_state[APPLIED] = focus
        st.session_state[WIDGETS["competencies"]] = [focus.competency] if focus.competency else []
        st.session_state[WIDGETS["weak_areas"]] = focus.star_part is None
        if focus.spoken:
            st.session_state[WIDGETS["mode"]] = "voice"
