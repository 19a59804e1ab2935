"""Trends come from a robust statistic over the window, never from two points."""

from __future__ import annotations

import pytest

from interview.history.trends import classify, estimated_change, halves_change, theil_sen_slope


@pytest.mark.parametrize(
    "values,slope",
    [
        ([1, 2, 3, 4, 5], 1.0),
        ([10, 8, 6, 4], -2.0),
        ([5, 5, 5, 5], 0.0),
        ([1, 2, 3, 100, 5, 6], 1.0),  # one wild attempt does not bend it
        ([7], 0.0),
        ([], 0.0),
    ],
)
def test_theil_sen_slope_is_the_median_pairwise_slope(values: list[float], slope: float) -> None:
    assert theil_sen_slope(values) == pytest.approx(slope)


def test_estimated_change_spans_the_whole_series() -> None:
    assert estimated_change([50, 52, 54, 56, 58]) == pytest.approx(8.0)


@pytest.mark.parametrize(
    "values,change",
    [([1, 1, 0, 0], -1.0), ([0, 1, 0, 1, 1, 1], 2 / 3), ([1, 0, 1], 0.0), ([1], 0.0)],
)
def test_halves_change_compares_later_and_earlier_rates(values: list[float], change: float) -> None:
    assert halves_change(values) == pytest.approx(change)


@pytest.mark.parametrize(
    "values,lower_is_better,binary,trend",
    [
        ([40, 45, 50, 55, 60], False, False, "improving"),
        ([60, 55, 50, 45, 40], False, False, "declining"),
        ([8, 7, 5, 4, 2], True, False, "improving"),
        ([50, 51, 49, 50, 52], False, False, "steady"),  # inside the tolerance
        ([40, 70, 40, 41, 40, 42], False, False, "steady"),  # one good day is not a trend
        ([40, 90], False, False, "steady"),  # two points are never enough
        ([90, 30, 35], False, False, "steady"),
        ([1, 1, 1, 0, 0, 0], True, True, "improving"),  # result missing, then present
        ([0, 0, 1, 1], True, True, "declining"),
        ([1, 0, 1, 0, 1, 0], True, True, "steady"),
    ],
)
def test_classify(values: list[float], lower_is_better: bool, binary: bool, trend: str) -> None:
    tolerance = 0.2 if binary else 5.0
    assert (
        classify(values, lower_is_better=lower_is_better, tolerance=tolerance, binary=binary)
        == trend
    )
