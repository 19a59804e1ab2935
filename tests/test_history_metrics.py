"""The score columns read from an analysis JSON, and back from a row."""

from __future__ import annotations

from typing import Any

import pytest

from interview.history.attempts import AttemptMetrics
from interview.history.metrics import (
    metrics_from_analysis,
    metrics_from_columns,
    metrics_to_columns,
)

STAR = {
    "applies": True,
    "score": 62,
    "situation": {"present": True},
    "task": {"present": False},
    "action": {"present": True},
    "result": {"present": True},
}


@pytest.mark.parametrize(
    "analysis,expected",
    [
        (
            {
                "score": 71,
                "word_count": 240,
                "star": STAR,
                "specificity": {"score": 48, "ownership": {"i": 3, "we": 1, "share": 0.75}},
                "fillers": {"total": 4, "per_100_words": 1.7, "per_minute": 2.4},
                "hedges": {"total": 3, "per_100_words": 1.2},
                "length": {"seconds": 96.0, "verdict": "ok"},
                "delivery": {"wpm": 150.0},
            },
            AttemptMetrics(
                score=71,
                star_score=62,
                specificity=48,
                fillers_per_min=2.4,
                fillers_per_100=1.7,
                hedges_per_100=1.2,
                wpm=150.0,
                word_count=240,
                ownership=0.75,
                length_s=96.0,
                length_verdict="ok",
                star_present={"situation": True, "task": False, "action": True, "result": True},
            ),
        ),
        (  # an HR answer, typed: no STAR, no delivery, ownership not said
            {
                "score": 55,
                "word_count": 150,
                "star": {"applies": False, "score": None},
                "specificity": {"score": 30, "ownership": {"i": 0, "we": 0, "share": None}},
                "fillers": {"total": 0, "per_100_words": 0.0, "per_minute": None},
                "hedges": {"total": 3},
                "length": {"seconds": 60.0, "verdict": "too_short"},
                "delivery": None,
            },
            AttemptMetrics(
                score=55,
                specificity=30,
                fillers_per_100=0.0,
                hedges_per_100=2.0,
                word_count=150,
                length_s=60.0,
                length_verdict="too_short",
            ),
        ),
        (  # missing sections never raise; length is estimated from the words
            {"score": 10, "word_count": 75, "length": {"verdict": "sideways"}},
            AttemptMetrics(score=10, word_count=75, length_s=30.0),
        ),
        ({"score": True, "word_count": "many"}, AttemptMetrics()),
    ],
)
def test_metrics_from_analysis(analysis: dict[str, Any], expected: AttemptMetrics) -> None:
    assert metrics_from_analysis(analysis) == expected


@pytest.mark.parametrize(
    "metrics",
    [
        AttemptMetrics(),
        AttemptMetrics(score=80, word_count=12, length_verdict="too_long", ownership=0.5),
        AttemptMetrics(
            star_present={"situation": False, "task": True, "action": True, "result": False}
        ),
    ],
)
def test_columns_round_trip(metrics: AttemptMetrics) -> None:
    assert metrics_from_columns(metrics_to_columns(metrics)) == metrics
