"""Turning the history's weak areas into words a user reads and sessions they can start.

The areas and their advice come from `interview.history.progress`, their names from
`interview.areas`; this module says what a "practise this" session for each one should be:
STAR parts steer the question choice towards questions that train that part; delivery areas
(fillers, pace) need a spoken answer.
"""

from __future__ import annotations

from interview.areas import area_title, is_spoken_only
from interview.history.trends import MIN_POINTS, Trend
from interview.models import STAR_PARTS
from interview.ui.state import Focus

TREND_WORDS = {"improving": "improving ↗", "steady": "steady →", "declining": "slipping ↘"}


def trend_words(trend: Trend, attempts: int) -> str | None:
    """The trend as shown, or None with too few answers to tell one: the history calls
    that "steady", but after one or two answers "steady →" claims what nobody knows yet."""
    return TREND_WORDS[trend] if attempts >= MIN_POINTS else None


def focus_for(area: str) -> Focus:
    """The targeted session for one weak area."""
    part = area if area in STAR_PARTS else None
    return Focus(
        competency=None, star_part=part, label=area_title(area), spoken=is_spoken_only(area)
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
