"""The interview clock: think time, answer time, a warning, then over time (never blocking)."""

from __future__ import annotations

import pytest

from interview.ui.clock import answer_start, mmss, read_clock


@pytest.mark.parametrize(
    ("now", "answering_at", "phase", "left", "warn"),
    [
        (0.0, None, "think", 30.0, False),
        (20.0, None, "think", 10.0, False),
        (30.0, None, "answer", 120.0, False),
        (120.0, None, "answer", 30.0, True),
        (150.0, None, "answer", 0.0, True),
        (160.0, None, "over", 10.0, True),
        (12.0, 10.0, "answer", 118.0, False),
    ],
)
def test_reading(
    now: float, answering_at: float | None, phase: str, left: float, warn: bool
) -> None:
    reading = read_clock(
        shown_at=0.0, think_s=30.0, answer_s=120.0, answering_at=answering_at, now=now
    )
    assert (reading.phase, reading.left_s, reading.warn) == (phase, left, warn)
    assert 0.0 <= reading.fraction <= 1.0


def test_no_think_time_starts_the_answer_at_once() -> None:
    reading = read_clock(shown_at=5.0, think_s=0.0, answer_s=60.0, answering_at=None, now=5.0)
    assert (reading.phase, reading.left_s) == ("answer", 60.0)


def test_starting_late_does_not_extend_thinking() -> None:
    assert answer_start(shown_at=0.0, think_s=30.0, answering_at=45.0) == 30.0


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0.0, "0:00"), (0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (-3.0, "0:00")],
)
def test_mmss(seconds: float, shown: str) -> None:
    assert mmss(seconds) == shown
