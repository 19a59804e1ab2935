"""Honest time: the clock (think, answer, a warning only when true, over) and the length note."""

from __future__ import annotations

import pytest

from interview.practice.timing import band_note, length_note, mmss, read_clock


@pytest.mark.parametrize(
    ("now", "answer_start", "phase", "left", "warn"),
    [
        (0.0, 30.0, "think", 30.0, False),
        (20.0, 30.0, "think", 10.0, False),
        (30.0, 30.0, "answer", 120.0, False),
        (120.0, 30.0, "answer", 30.0, True),
        (150.0, 30.0, "answer", 0.0, True),
        (160.0, 30.0, "over", 10.0, False),  # over: the info says so, not a warning
        (12.0, 10.0, "answer", 118.0, False),
    ],
)
def test_reading(now: float, answer_start: float, phase: str, left: float, warn: bool) -> None:
    reading = read_clock(think_s=30.0, answer_s=120.0, answer_start=answer_start, now=now)
    assert (reading.phase, reading.left_s, reading.warn) == (phase, left, warn)
    assert 0.0 <= reading.fraction <= 1.0


def test_no_think_time_starts_the_answer_at_once() -> None:
    reading = read_clock(think_s=0.0, answer_s=60.0, answer_start=5.0, now=5.0)
    assert (reading.phase, reading.left_s) == ("answer", 60.0)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0.0, "0:00"), (0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (-3.0, "0:00")],
)
def test_mmss(seconds: float, shown: str) -> None:
    assert mmss(seconds) == shown


@pytest.mark.parametrize(
    ("duration", "typed", "note"),
    [
        (44.4, True, "Your answer is 0:44 long at a speaking pace of 150 words a minute: within "),
        (131.6, False, "Your answer is 2:11 long as recorded: over the 2:00 you set, by 0:11."),
        (120.4, False, "Your answer is 2:00 long as recorded: over the 2:00 you set, by less "),
        (None, False, "Your answer time was 2:00."),
    ],
)
def test_the_length_note_says_how_the_answer_was_timed(
    duration: float | None, typed: bool, note: str
) -> None:
    assert length_note(duration, 120, typed=typed).startswith(note)


def test_a_time_below_the_band_is_explained_not_contradicted() -> None:
    assert band_note(120, (60, 120)) is None
    note = band_note(30, (60, 120))
    assert note is not None and "0:30 you set is shorter than the 60-120 s" in note


def test_a_typed_answer_is_timed_without_its_pasted_addresses() -> None:
    from interview.analysis import analyse
    from interview.practice.timing import typed_seconds, typed_words

    plain = "I rewrote the billing service and cut errors by 40 percent."
    linked = plain.replace("billing service", "[billing service](https://x.example.com/a/b/c/d)")
    linked += " Notes: https://notes.example.com/2025/billing-v2 ![chart](http://x.example/c.png)"
    assert typed_words(linked) == typed_words(plain) + 1  # "Notes"
    assert typed_words(linked) == analyse(linked).word_count
    assert typed_seconds(linked) == typed_words(linked) * 60.0 / 150.0
