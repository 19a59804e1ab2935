"""The practice set-up form: its widgets' values, remembered between visits, as options.

Streamlit forgets a form's widget values once the form is off screen (during a session), so
the choices are remembered in the history database (`practice_setup`) and put back the
next time the form appears. A focus from the progress page overrides the parts it is about.
The form's values become one `PracticeOptions`, the same type the terminal builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.practice import PracticeOptions
from interview.ui.state import Focus

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

REMEMBERED = "practice_setup"
APPLIED = "practice_focus_applied"
# Option -> widget key on the practice page, and the value shown before any choice.
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


def remembered(store: HistoryStore) -> dict[str, Any]:
    last = store.get_setting(REMEMBERED, {}) or {}
    # Older versions remembered a few more fields under other names: keep what we know.
    return {**DEFAULTS, **{key: value for key, value in last.items() if key in DEFAULTS}}


def prefill(store: HistoryStore, focus: Focus | None) -> None:
    """Give the form's widgets their values: remembered choices, else the defaults.

    The widgets are then created without default arguments, so Streamlit never sees two
    sources for one value.
    """
    if WIDGETS["kind"] not in st.session_state:
        for field, value in remembered(store).items():
            st.session_state[WIDGETS[field]] = list(value) if field == "competencies" else value
    if focus is not None and st.session_state.get(APPLIED) != focus:
        st.session_state[APPLIED] = focus
        st.session_state[WIDGETS["competencies"]] = [focus.competency] if focus.competency else []
        st.session_state[WIDGETS["weak_areas"]] = focus.star_part is None
        if focus.spoken:
            st.session_state[WIDGETS["mode"]] = "voice"


def chosen_options(focus: Focus | None) -> PracticeOptions:
    """The form's values (read from its widgets' keys) as the session's options."""
    value = {field: st.session_state.get(key, DEFAULTS[field]) for field, key in WIDGETS.items()}
    role = value["role"]
    return PracticeOptions(
        count=int(value["count"]),
        kind=value["kind"],
        competencies=tuple(value["competencies"]),
        # "General" asks the general questions only (as None it drew on every role pack: a
        # nurse's or a seller's questions for anyone); a role pack adds the general ones.
        role=role or None,
        difficulty=value["difficulty"],
        weak_areas=bool(value["weak_areas"]),
        focus_part=focus.star_part if focus is not None else None,
        think_s=int(value["think_s"]),
        answer_s=int(value["answer_s"]),
        mode=value["mode"],
    )


def remember(store: HistoryStore) -> None:
    """Keep the form's current values for the next visit."""
    value = {field: st.session_state.get(key, DEFAULTS[field]) for field, key in WIDGETS.items()}
    value["competencies"] = list(value["competencies"])
    store.set_setting(REMEMBERED, value)
