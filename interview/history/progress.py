"""Is the user improving, and what should they practise next? Analytics over the history.

Everything is computed from the score columns the store keeps (never by re-parsing the
analysis JSON), in one pandas frame with a row per attempt, oldest first:

- the recent window: analysed attempts from the last `WINDOW_DAYS` days (at most the
  latest `WINDOW_MAX`), or the last `WINDOW_ATTEMPTS` if the month holds fewer; trends and
  weak areas look only at it;
- per metric: latest value, median over the window and its trend (see `trends`);
- weak areas: every area judged (see `weak_areas`), the three weakest first;
- per question and per competency: attempts, scores and change since the first try
  (see `groups`);
- `weights()`: what the question selection should favour, per competency and STAR part.

Attempts that were never analysed are counted but never scored: they have no numbers to
give. An empty history gives an empty summary, not an error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import numpy as np
import pandas as pd
import sqlalchemy as sa

from interview.areas import GOOD_WPM
from interview.history import schema
from interview.history.groups import (
    CompetencyProgress,
    QuestionProgress,
    competency_weights,
    per_competency,
    per_question,
)
from interview.history.store import HistoryStore
from interview.history.stories import FOLLOW_UP_SUFFIX
from interview.history.trends import Trend, classify
from interview.history.weak_areas import WeakArea, judge_areas
from interview.models import STAR_PARTS
from interview.questions import Weights

WINDOW_ATTEMPTS = 10
WINDOW_DAYS = 30
# A month of very heavy practice is judged on its latest attempts only.
WINDOW_MAX = 100
WEAK_AREAS = 3

Better = Literal["higher", "lower", "band"]
# name, label, which way is better, change that counts as a trend
METRICS: tuple[tuple[str, str, Better, float], ...] = (
    ("score", "Overall score", "higher", 5.0),
    ("star_score", "STAR score", "higher", 5.0),
    ("specificity", "Specificity", "higher", 5.0),
    ("fillers_per_min", "Fillers per minute", "lower", 1.0),
    ("wpm", "Words per minute", "band", 10.0),
    ("length_s", "Length (seconds)", "band", 0.2),
    ("ownership", "Ownership (share of 'I')", "higher", 0.1),
    ("hedges_per_100", "Hedges per 100 words", "lower", 0.5),
)
_FRAME_COLUMNS = (
    "id",
    "question_id",
    "question_text",
    "kind",
    "competency",
    "status",
    "created_at",
)
_NUMERIC = frozenset(
    name
    for name in schema.METRIC_COLUMNS
    if name != "length_verdict" and (name == "star_score" or not name.startswith("star_"))
)


@dataclass(frozen=True)
class MetricTrend:
    """One metric over the recent window (None where no attempt has the metric)."""

    name: str
    label: str
    better: Better
    attempts: int
    latest: float | None
    recent: float | None
    trend: Trend


@dataclass(frozen=True)
class ProgressSummary:
    """The progress of one user's history; see the module docstring.

    Attributes:
        timeline: one row per analysed attempt, oldest first, for charts: attempt_id,
            created_at (UTC datetime), question_id, kind, competency and the score columns.
    """

    attempts: int
    analysed: int
    window_attempts: int
    window_since: str | None
    metrics: tuple[MetricTrend, ...]
    star_missing: dict[str, float]
    areas: tuple[WeakArea, ...]
    per_question: tuple[QuestionProgress, ...]
    per_competency: tuple[CompetencyProgress, ...]
    competency_weights: dict[str, float]
    timeline: pd.DataFrame = field(compare=False, repr=False)

    @property
    def not_analysed(self) -> int:
        return self.attempts - self.analysed

    @property
    def weak_areas(self) -> tuple[WeakArea, ...]:
        """The three weakest areas of the recent window, weakest first."""
        return self.areas[:WEAK_AREAS]

    def weights(self) -> Weights:
        """Per competency and STAR part, higher = practise more (empty with no history)."""
        return Weights(competency=dict(self.competency_weights), star_part=dict(self.star_missing))

    def to_dict(self, *, timeline: bool = True) -> dict[str, Any]:
        """The `interview progress --json` document."""
        weights = self.weights()
        data: dict[str, Any] = {
            "attempts": self.attempts,
            "analysed": self.analysed,
            "not_analysed": self.not_analysed,
            "window": {"attempts": self.window_attempts, "since": self.window_since},
            "weak_areas": [area.to_dict() for area in self.weak_areas],
            "areas": [area.to_dict() for area in self.areas],
            "metrics": [_plain(vars(m)) for m in self.metrics],
            "star_missing": self.star_missing,
            "per_question": [_plain(vars(q)) for q in self.per_question],
            "per_competency": [_plain(vars(c)) for c in self.per_competency],
            "weights": {
                "competency": dict(weights.competency),
                "star_part": dict(weights.star_part),
            },
        }
        if timeline:
            rows = self.timeline.assign(created_at=self.timeline["created_at"].map(_iso))
            data["timeline"] = [_plain(row) for row in rows.to_dict(orient="records")]
        return data


def _plain(values: dict[Any, Any]) -> dict[str, Any]:
    """JSON-ready: NaN becomes None, numpy scalars become Python numbers."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        item = value.item() if hasattr(value, "item") else value
        out[str(key)] = None if isinstance(item, float) and math.isnan(item) else item
    return out


def _iso(moment: Any) -> str:
    return str(pd.Timestamp(moment).isoformat())


def frame_query() -> sa.Select[Any]:
    """Every attempt's identity, status and score columns, oldest first (index-only).

    Follow-up answers are left out: they answer one probing question, not a whole one."""
    table = schema.attempts
    columns = [table.c[name] for name in (*_FRAME_COLUMNS, *schema.METRIC_COLUMNS)]
    whole = table.c.question_id.not_like(f"%{FOLLOW_UP_SUFFIX}")
    return sa.select(*columns).where(whole).order_by(table.c.created_at, table.c.id)


def load_frame(store: HistoryStore) -> pd.DataFrame:
    """Every attempt's identity, status and score columns, oldest first."""
    query = frame_query()
    columns = list(query.selected_columns)
    with store.reading() as conn:
        rows = conn.execute(query).all()
    # Column by column with known types: ten times faster than letting pandas infer rows.
    values = list(zip(*rows, strict=True)) if rows else [()] * len(columns)
    data: dict[str, Any] = {}
    for column, items in zip(columns, values, strict=True):
        if column.name == "id":
            data["id"] = np.array(items, dtype=np.int64)
        elif column.name in _NUMERIC:
            data[column.name] = np.array(items, dtype=float)
        else:
            data[column.name] = pd.array(items, dtype=object)
    frame = pd.DataFrame(data)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True, format="ISO8601")
    return frame


def progress_summary(store: HistoryStore, *, now: datetime | None = None) -> ProgressSummary:
    """The progress summary of everything in `store` (`now` fixes the window in tests)."""
    return summarise(load_frame(store), now=now or datetime.now(UTC))


def recent_window(analysed: pd.DataFrame, now: datetime) -> pd.DataFrame:
    """The last month's analysed attempts (at most `WINDOW_MAX`), or the last
    `WINDOW_ATTEMPTS` if the month holds fewer."""
    month = analysed[analysed["created_at"] >= pd.Timestamp(now - timedelta(days=WINDOW_DAYS))]
    if len(month) < WINDOW_ATTEMPTS:
        return analysed.tail(WINDOW_ATTEMPTS)
    return month.tail(WINDOW_MAX)


def summarise(frame: pd.DataFrame, *, now: datetime) -> ProgressSummary:
    """The summary of an attempts frame shaped like `load_frame`'s."""
    analysed = frame[frame["status"] == "analysed"]
    window = recent_window(analysed, now)
    areas = judge_areas(window) if not window.empty else ()
    by_area = {area.area: area.value for area in areas}
    star_missing = {str(part): by_area[part] for part in STAR_PARTS if part in by_area}
    timeline = analysed.drop(columns=["status", "question_text"]).rename(
        columns={"id": "attempt_id"}
    )
    return ProgressSummary(
        attempts=len(frame),
        analysed=len(analysed),
        window_attempts=len(window),
        window_since=_iso(window["created_at"].iloc[0]) if not window.empty else None,
        metrics=tuple(_metric(window, *spec) for spec in METRICS),
        star_missing=star_missing,
        areas=areas,
        per_question=per_question(frame),
        per_competency=per_competency(frame),
        competency_weights=competency_weights(analysed),
        timeline=timeline.reset_index(drop=True),
    )


def _metric(
    window: pd.DataFrame, name: str, label: str, better: Better, tolerance: float
) -> MetricTrend:
    series = window[name].dropna() if name in window else pd.Series(dtype=float)
    if better == "band" and name == "wpm":
        low, high = GOOD_WPM
        off = (low - series).clip(lower=0) + (series - high).clip(lower=0)
        trend = classify(off.tolist(), lower_is_better=True, tolerance=tolerance)
    elif better == "band":
        outside = (window["length_verdict"].dropna() != "ok").astype(float)
        trend = classify(outside.tolist(), lower_is_better=True, tolerance=tolerance, binary=True)
    else:
        trend = classify(series.tolist(), lower_is_better=better == "lower", tolerance=tolerance)
    return MetricTrend(
        name=name,
        label=label,
        better=better,
        attempts=len(series),
        latest=float(series.iloc[-1]) if not series.empty else None,
        recent=round(float(series.median()), 2) if not series.empty else None,
        trend=trend,
    )
