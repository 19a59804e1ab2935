"""Is an area getting better? A robust answer from several attempts, never from two points.

Comparing the last attempt with the first would call a single bad day a decline. For
measured values (scores, rates) the trend is the Theil–Sen slope: the median of the slopes
between every pair of attempts, so one outlier cannot swing it; the slope times the span of
the window is the change it implies. For yes/no facts (was the Result missing?) it is the
difference between the rate in the later half of the window and the earlier half, and it
must come from at least `MIN_FLIPS` more (or fewer) answers in the later half: one answer
out of three is chance. A change smaller than the area's tolerance is "steady", and so is
anything with fewer than `MIN_POINTS` attempts: too little to tell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

Trend = Literal["improving", "steady", "declining"]
TRENDS: tuple[Trend, ...] = ("improving", "steady", "declining")
MIN_POINTS = 4
MIN_FLIPS = 2


def theil_sen_slope(values: Sequence[float]) -> float:
    """Median of the pairwise slopes of `values` against their position (0, 1, 2...)."""
    y = np.asarray(values, dtype=float)
    n = len(y)
    if n < 2:
        return 0.0
    i, j = np.triu_indices(n, k=1)
    return float(np.median((y[j] - y[i]) / (j - i)))


def estimated_change(values: Sequence[float]) -> float:
    """The change across the whole series implied by its Theil–Sen slope."""
    return theil_sen_slope(values) * (len(values) - 1)


def halves_change(values: Sequence[float]) -> float:
    """Mean of the later half minus mean of the earlier half (the middle point is skipped)."""
    y = np.asarray(values, dtype=float)
    half = len(y) // 2
    if half == 0:
        return 0.0
    return float(y[-half:].mean() - y[:half].mean())


def classify(
    values: Sequence[float], *, lower_is_better: bool, tolerance: float, binary: bool = False
) -> Trend:
    """Improving, steady or declining, for a series in time order."""
    if len(values) < MIN_POINTS:
        return "steady"
    change = halves_change(values) if binary else estimated_change(values)
    if abs(change) < tolerance:
        return "steady"
    if binary and abs(change) * (len(values) // 2) < MIN_FLIPS - 1e-9:
        return "steady"
    better = change < 0 if lower_is_better else change > 0
    return "improving" if better else "declining"
