"""Which parts of someone's answers need work, how badly, and what to do next.

Each area reads the recent window of analysed attempts (a pandas frame, one row per
attempt, oldest first) and gives a `WeakArea`: its value in the area's own units, a
severity from 0 (fine) to 1 (needs the most work) on the thresholds below, the trend, and one
concrete next action. Areas without data (pace and fillers per minute for typed answers,
STAR parts for HR answers) are skipped, never guessed.

Thresholds (severity 0 at "good", 1 at "poor", linear between):

    STAR part missing     share of STAR answers without it          0 -> 1
    specificity           median score                               70 -> 0
    ownership             median share of "I" among I/we             0.6 -> 0
    fillers               median per minute (spoken)                 2 -> 10
                          or per 100 words (typed only)              1 -> 6
    pace                  words per minute outside 130-160           0 -> 40 off
    length                share of answers outside the kind's band   0 -> 1
    hedges                median per 100 words                       1 -> 5
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from interview.areas import GOOD_WPM, lever_rank
from interview.history.trends import Trend, classify
from interview.models import STAR_PARTS


@dataclass(frozen=True)
class WeakArea:
    """One area of the answers, judged over the recent window.

    Attributes:
        area: a STAR part name, or specificity, ownership, fillers, pace, length, hedges.
        value: the area's figure (see `unit`), rounded for display.
        unit: what `value` counts.
        severity: 0 (fine) to 1 (needs the most work).
        trend: improving, steady or declining over the window.
        action: one concrete thing to do next.
        attempts: how many attempts the value is based on.
    """

    area: str
    value: float
    unit: str
    severity: float
    trend: Trend
    action: str
    attempts: int

    def measure(self) -> str:
        """The value in words, e.g. "30% of STAR answers missing it"."""
        if self.unit.startswith("share of "):
            return f"{self.value:.0%} {self.unit.removeprefix('share ')}"
        if self.unit.startswith("median share of "):
            return f"{self.value:.0%} {self.unit}"
        return f"{self.value:g} {self.unit}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "value": self.value,
            "trend": self.trend,
            "action": self.action,
            "unit": self.unit,
            "severity": self.severity,
            "attempts": self.attempts,
        }


def _scale(value: float, good: float, poor: float) -> float:
    return round(float(np.clip((value - good) / (poor - good), 0.0, 1.0)), 3)


STAR_ACTIONS = {
    "situation": "Open with one or two sentences of context: where you were, when, and what "
    "was at stake.",
    "task": "Say in one sentence what you were responsible for, e.g. 'My job was to ...'.",
    "action": "Spend most of the answer on the steps you took yourself, one sentence per step, "
    "starting with 'I'.",
    "result": "Finish with the outcome and a number if you can (time saved, % change, "
    "customers kept), then one line on what you learned.",
}


def _star_part(window: pd.DataFrame, part: str) -> WeakArea | None:
    present = window[f"star_{part}"].dropna()
    if present.empty:
        return None
    missing = (~present.astype(bool)).astype(float)
    share = float(missing.mean())
    return WeakArea(
        area=part,
        value=round(share, 2),
        unit="share of STAR answers missing it",
        severity=round(share, 3),
        trend=classify(missing.tolist(), lower_is_better=True, tolerance=0.2, binary=True),
        action=STAR_ACTIONS[part],
        attempts=len(missing),
    )


@dataclass(frozen=True)
class MedianRule:
    """An area judged on the median of one column over the window.

    Attributes:
        column: the attempts column read.
        area: the area's name.
        unit: what the median counts.
        good: the median at which severity is 0; `poor`: where it reaches 1 (either order:
            whichever side `poor` is on is the worse direction).
        tolerance: the change across the window that counts as a trend.
        action: the next thing to do.
    """

    column: str
    area: str
    unit: str
    good: float
    poor: float
    tolerance: float
    action: str

    def judge(self, window: pd.DataFrame) -> WeakArea | None:
        series = window[self.column].dropna().astype(float)
        if series.empty:
            return None
        value = float(series.median())
        lower_is_better = self.poor > self.good
        return WeakArea(
            area=self.area,
            value=round(value, 2),
            unit=self.unit,
            severity=_scale(value, self.good, self.poor),
            trend=classify(
                series.tolist(), lower_is_better=lower_is_better, tolerance=self.tolerance
            ),
            action=self.action,
            attempts=len(series),
        )


SPECIFICITY = MedianRule(
    "specificity",
    "specificity",
    "median specificity score (0-100)",
    good=70.0,
    poor=0.0,
    tolerance=5.0,
    action="Put one figure (a number, date or amount) and one named tool, team or customer "
    "into every answer; swap 'worked on' for the verb of what you did.",
)
OWNERSHIP = MedianRule(
    "ownership",
    "ownership",
    "median share of 'I' among 'I' and 'we' in actions",
    good=0.6,
    poor=0.0,
    tolerance=0.1,
    action="Say 'I' for what you did yourself: turn 'we decided' into 'I proposed ..., "
    "and the team agreed'.",
)
HEDGES = MedianRule(
    "hedges_per_100",
    "hedges",
    "median hedges per 100 words",
    good=1.0,
    poor=5.0,
    tolerance=0.5,
    action="Cut 'I think', 'maybe' and 'just': say what you did and what happened as facts.",
)
_FILLER_ACTION = (
    "Pause in silence instead of saying 'um' or 'like': record one answer and aim for "
    "at most 2 fillers a minute."
)
# Fillers per minute when any answer was spoken (a listener's measure); per 100 words otherwise.
SPOKEN_FILLERS = MedianRule(
    "fillers_per_min",
    "fillers",
    "median fillers per minute (spoken answers)",
    good=2.0,
    poor=10.0,
    tolerance=1.0,
    action=_FILLER_ACTION,
)
TYPED_FILLERS = MedianRule(
    "fillers_per_100",
    "fillers",
    "median fillers per 100 words",
    good=1.0,
    poor=6.0,
    tolerance=0.5,
    action=_FILLER_ACTION,
)


def _fillers(window: pd.DataFrame) -> WeakArea | None:
    spoken = window["fillers_per_min"].notna().any()
    return (SPOKEN_FILLERS if spoken else TYPED_FILLERS).judge(window)


def _pace(window: pd.DataFrame) -> WeakArea | None:
    wpm = window["wpm"].dropna().astype(float)
    if wpm.empty:
        return None
    low, high = GOOD_WPM
    median = float(wpm.median())
    off = (np.maximum(low - wpm, 0.0) + np.maximum(wpm - high, 0.0)).tolist()
    if median < low:
        action = "Speed up a little: practise the same answer against a 90-second timer."
    else:
        action = "Slow down: take a breath after each STAR part and let each sentence land."
    return WeakArea(
        area="pace",
        value=round(median, 1),
        unit="median words per minute (130-160 is easy to follow)",
        severity=_scale(max(low - median, median - high, 0.0), 0.0, 40.0),
        trend=classify(off, lower_is_better=True, tolerance=10.0),
        action=action,
        attempts=len(wpm),
    )


def _length(window: pd.DataFrame) -> WeakArea | None:
    verdicts = window["length_verdict"].dropna()
    if verdicts.empty:
        return None
    outside = (verdicts != "ok").astype(float)
    short, long = int((verdicts == "too_short").sum()), int((verdicts == "too_long").sum())
    wrong = verdicts[verdicts == ("too_short" if short >= long else "too_long")]
    # Advice for the kind of question the answers that miss the band were for: someone who
    # practised only HR questions was told to "give the whole story" in 1-2 minutes.
    kinds = window["kind"].reindex(wrong.index) if "kind" in window else pd.Series(dtype=str)
    hr = bool((kinds == "hr").sum() * 2 > len(wrong))
    action = {
        (True, False): "Give the whole story: aim for 1-2 minutes (about 150-300 words) on "
        "behavioral questions.",
        (True, True): "Say a little more: aim for 30-90 seconds (about 75-225 words) on HR "
        "questions, with one example that backs up what you say.",
        (False, False): "Trim to 2 minutes: one sentence of background, then straight to what "
        "you did.",
        (False, True): "Trim to 90 seconds on HR questions: answer the question in your first "
        "sentence, then give one example.",
    }[(short >= long, hr)]
    return WeakArea(
        area="length",
        value=round(float(outside.mean()), 2),
        unit="share of answers outside the length band",
        severity=round(float(outside.mean()), 3),
        trend=classify(outside.tolist(), lower_is_better=True, tolerance=0.2, binary=True),
        action=action,
        attempts=len(verdicts),
    )


def judge_areas(window: pd.DataFrame) -> tuple[WeakArea, ...]:
    """Every area with data in the window, weakest first (ties: `interview.areas` lever)."""
    found = [_star_part(window, part) for part in STAR_PARTS]
    found += [_hr_specificity(window, SPECIFICITY.judge(window))]
    found += [rule.judge(window) for rule in (OWNERSHIP, HEDGES)]
    found += [judge(window) for judge in (_length, _fillers, _pace)]
    areas = [_keep_if_good(area) for area in found if area is not None]
    return tuple(sorted(areas, key=lambda a: (-a.severity, lever_rank(a.area))))


def _hr_specificity(window: pd.DataFrame, area: WeakArea | None) -> WeakArea | None:
    """Specificity advice for someone practising mostly HR questions: a figure and a tool
    in every answer is advice for stories, not for a weakness or "Tell me about yourself"
    (`analysis.specificity.hr_fit`)."""
    kinds = window["kind"].dropna() if "kind" in window else pd.Series(dtype=str)
    if area is None or kinds.empty or (kinds == "hr").sum() * 2 <= len(kinds):
        return area
    action = (
        "Back what you say with one thing you did, named plainly (where, with whom, what "
        "came of it); add a figure where one fits, as in a strength or a salary range."
    )
    return replace(area, action=action)


def _keep_if_good(area: WeakArea) -> WeakArea:
    if area.severity > 0:
        return area
    advice = area.action[0].lower() + area.action[1:]
    return replace(area, action=f"Already in the good range; to keep it there: {advice}")
