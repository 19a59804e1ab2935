"""Turning the history's weak areas into words a user reads and sessions they can start.

The areas and their advice come from `interview.history.progress`; this module names them
plainly and says what a "practise this" session for each one should be: STAR parts steer
the question choice towards questions that train that part; delivery areas (fillers, pace)
need a spoken answer.
"""

from __future__ import annotations

from interview.models import STAR_PARTS
from interview.ui.state import Focus

AREA_NAMES = {
    "situation": "Setting the scene (Situation)",
    "task": "Saying what you had to do (Task)",
    "action": "Describing your own actions (Action)",
    "result": "Ending with the result (Result)",
    "specificity": "Being specific",
    "ownership": "Saying “I” for what you did",
    "fillers": "Filler words",
    "pace": "Speaking pace",
    "length": "Answer length",
    "hedges": "Hedging (“I think”, “maybe”)",
}
SPOKEN_AREAS = ("fillers", "pace")
TREND_WORDS = {"improving": "improving ↗", "steady": "steady →", "declining": "slipping ↘"}


def area_name(area: str) -> str:
    return AREA_NAMES.get(area, area.replace("_", " ").capitalize())


def focus_for(area: str) -> Focus:
    """The targeted session for one weak area."""
    part = area if area in STAR_PARTS else None
    return Focus(
        competency=None, star_part=part, label=area_name(area), spoken=area in SPOKEN_AREAS
    )


def figure(value: float | None, *, digits: int = 0) -> str:
    """A measure for a card: rounded, or "—" when there is nothing to show."""
    return "—" if value is None else f"{value:.{digits}f}"


def measured(value: float, unit: str, attempts: int) -> str:
    """The figure behind a weak area, in words ("50% of STAR answers missing it")."""
    if unit.startswith("share of "):
        figure = f"{value:.0%} {unit.removeprefix('share ')}"
    elif unit.startswith("median share of "):
        figure = f"{value:.0%} median share {unit.removeprefix('median share ')}"
    else:
        figure = f"{value:g} {unit}"
    answers = "answer" if attempts == 1 else "answers"
    return f"{figure}, over your last {attempts} {answers}"
