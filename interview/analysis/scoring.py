"""The overall 0-100 score: a weighted average of the component scores, shown in full.

A single number is only useful if the candidate can see where it came from, so the score
is plain arithmetic over parts that are each reported with their own evidence:

    overall = round(sum(weight * score) / sum(weight))   over the components that apply

    component     weight  score (0-100)
    star            30    the STAR score (behavioral and situational answers only)
    specificity     25    the specificity score
    fillers         10    100 - 10 per filler per 100 words above 1 (0 at 11 per 100 words)
    hedges           5    100 - 10 per hedge per 100 words above 1
    length          10    the length score (100 inside the band for the question kind)
    negativity      10    100 - 50 per negative remark about a former employer or colleague
    pace            10    spoken answers only: 100 inside 130-160 words a minute, minus 2 per
                          word a minute outside it, minus 5 per pause over 2.5 s, minus 10
                          for a first word later than 2.5 s

Weights are renormalised over the components that apply: an HR answer has no STAR
component, a typed answer no pace. `score_parts` reports each component with its
renormalised weight, so the overall score can be checked by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.analysis.delivery import DeliveryReport
from interview.areas import GOOD_WPM

WEIGHTS: dict[str, int] = {
    "star": 30,
    "specificity": 25,
    "fillers": 10,
    "hedges": 5,
    "length": 10,
    "negativity": 10,
    "pace": 10,
}
FREE_PER_100_WORDS = 1.0
POINTS_PER_EXTRA = 10.0
POINTS_PER_REMARK = 50
PACE_POINTS_PER_WPM = 2.0
LONG_PAUSE_POINTS = 5
LATE_START_POINTS = 10


@dataclass(frozen=True)
class ScorePart:
    """One component of the overall score.

    Attributes:
        area: star, specificity, fillers, hedges, length, negativity or pace.
        score: the component's score, 0-100.
        weight: its share of the overall score (weights of the parts sum to 1).
    """

    area: str
    score: int
    weight: float

    @property
    def points(self) -> float:
        """What this part adds to the overall score."""
        return self.score * self.weight

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "score": self.score,
            "weight": round(self.weight, 4),
            "points": round(self.points, 1),
        }


def rate_score(per_100_words: float) -> int:
    """Fillers or hedges: free up to 1 per 100 words, then 10 points per extra one."""
    excess = max(0.0, per_100_words - FREE_PER_100_WORDS)
    return round(max(0.0, 100.0 - POINTS_PER_EXTRA * excess))


def negativity_score(remarks: int) -> int:
    return max(0, 100 - POINTS_PER_REMARK * remarks)


def pace_score(delivery: DeliveryReport) -> int | None:
    """0-100 from words a minute, long pauses and a late start; None without speech."""
    if delivery.wpm is None:
        return None
    low, high = GOOD_WPM
    off_by = max(0.0, low - delivery.wpm, delivery.wpm - high)
    points = 100.0 - PACE_POINTS_PER_WPM * off_by
    points -= LONG_PAUSE_POINTS * len(delivery.long_pauses)
    points -= LATE_START_POINTS if delivery.late_start else 0
    return round(max(0.0, points))


def score_parts(scores: dict[str, int | None]) -> tuple[ScorePart, ...]:
    """Weigh the component scores that apply (None means it does not apply).

    Raises KeyError for an area that has no weight.
    """
    applying = {area: score for area, score in scores.items() if score is not None}
    total = sum(WEIGHTS[area] for area in applying)
    return tuple(
        ScorePart(area, score, WEIGHTS[area] / total)
        for area, score in sorted(applying.items(), key=lambda item: list(WEIGHTS).index(item[0]))
    )


def overall_score(parts: Sequence[ScorePart]) -> int:
    """The weighted average of the parts, rounded (0 when no part applies)."""
    return round(sum(part.points for part in parts))


def gain(parts: Sequence[ScorePart], area: str, points: float) -> float:
    """Overall points gained if the component `area` rose by `points` (capped at 100)."""
    for part in parts:
        if part.area == area:
            return part.weight * max(0.0, min(points, 100.0 - part.score))
    return 0.0
