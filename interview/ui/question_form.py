"""The "add a question" form: add once, clear after success, refuse an exact duplicate.

The form is submitted through a callback, so the widgets can be emptied after a question is
added (a second click then adds nothing) while a refused question keeps everything typed.
Error messages name the fields as the form labels them ("Key points"), never the bank
file's field names ("key_points").
"""

from __future__ import annotations

import re

import streamlit as st

from interview.errors import InterviewError
from interview.models import Question
from interview.questions import add_custom_question, load_banks
from interview.ui import catalog, resources, state
from interview.ui.text import md_escape

TEXT, KIND, COMPETENCY = "banks_new_text", "banks_new_kind", "banks_new_competency"
DIFFICULTY, ROLES = "banks_new_difficulty", "banks_new_roles"
KEY_POINTS, FOLLOW_UPS, TIP = "banks_new_key_points", "banks_new_follow_ups", "banks_new_tip"
ERROR = "banks_add_error"
# Bank field -> the form's label for it.
FIELD_LABELS = {
    "key_points": "Key points",
    "follow_ups": "Follow-up questions",
    "text": "Question",
    "tip": "Tip",
    "roles": "Roles",
    "kind": "Kind",
    "competency": "Competency",
    "difficulty": "Difficulty",
}
EMPTY = {TEXT: "", KEY_POINTS: "", FOLLOW_UPS: "", TIP: "", ROLES: ["general"], DIFFICULTY: 2}


def plain_fields(message: str) -> str:
    """`message` with bank field names ("key_points[2]") replaced by the form's labels."""

    def label(match: re.Match[str]) -> str:
        lead, name, index = match.group(1), match.group(2), match.group(3)
        return lead + FIELD_LABELS[name] + (f" (line {index})" if index else "")

    names = "|".join(FIELD_LABELS)
    # Only a problem's subject is a field name ("text is empty; expected some text").
    named = re.sub(rf"(^|: |; )({names})(?:\[(\d+)\])?(?= )", label, message)
    return named.replace(" is empty; expected some text", " is empty")


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def duplicate_of(text: str, questions: tuple[Question, ...]) -> Question | None:
    """A question already in the banks with exactly this text (ignoring case and spacing)."""
    return next((q for q in questions if _same(q.text, text)), None)


def add() -> None:
    """The form's submit callback: add the question, then empty the form; or keep it and
    say what to fix."""
    settings = resources.settings()
    value = st.session_state
    text = str(value.get(TEXT, "")).strip()
    twin = duplicate_of(text, load_banks(settings).questions) if text else None
    if twin is not None:
        value[ERROR] = f"That question is already in your banks (id `{twin.id}`)."
        return
    try:
        added = add_custom_question(
            settings,
            text=text,
            kind=value[KIND],
            competency=value[COMPETENCY],
            roles=value[ROLES],
            difficulty=value[DIFFICULTY],
            key_points=catalog.lines(value[KEY_POINTS]),
            follow_ups=catalog.lines(value[FOLLOW_UPS]),
            tip=str(value[TIP]).strip(),
        )
    except InterviewError as exc:
        value[ERROR] = plain_fields(str(exc))
        return
    value[ERROR] = None
    for key, empty in EMPTY.items():
        value[key] = empty
    state.flash(
        "success",
        f"Added “{md_escape(added.text)}”. It is now in your practice pool.",
    )
