"""The words a practice screen uses for things the code names with slugs.

"failure-and-learning" is an id, not something to show a person; "1 tips" and "tip(s)" read
as a machine talking. Every front end takes its names and counts from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview.history.drafts import SavedPractice

KIND_NAMES = {"behavioral": "Behavioral", "hr": "HR", "situational": "Situational"}
# Slugs whose plain "dashes to spaces" reading would be wrong.
SPECIAL_NAMES = {"hr": "HR", "ux-design": "UX design", "it-support": "IT support"}


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 question", "2 questions"; `many` for irregular plurals ("1 story", "2 stories")."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def name_of(slug: str) -> str:
    """A competency, role or area slug as a person reads it: "failure-and-learning" ->
    "Failure and learning"."""
    if slug in SPECIAL_NAMES:
        return SPECIAL_NAMES[slug]
    text = slug.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, name_of(kind))


def resume_label(saved: SavedPractice) -> str:
    """ "question 2 of 5, draft kept": where a stored session stands."""
    state = saved.state
    total = len(state.get("questions", ()))
    where = f"question {min(int(state.get('index', 0)) + 1, total)} of {total}"
    if state.get("stage") == "feedback":
        where += ", answer saved"
    elif saved.draft.strip():
        where += ", draft kept"
    return where
