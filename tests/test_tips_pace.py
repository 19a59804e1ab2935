"""The pace tip says as much as the pace is off: 300 words a minute is not 'a little' fast."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.tips.pace import pace_note
from interview.models import Transcript, Word


@pytest.mark.parametrize(
    "wpm,fragment",
    [
        (170, "slow down a little"),
        (220, "which is fast: slow down"),
        (300, "far faster than a listener can follow"),
        (120, "pick up the pace a little"),
        (95, "which is slow"),
        (60, "lose the thread"),
    ],
)
def test_the_wording_scales_with_how_far_out_the_pace_is(wpm: float, fragment: str) -> None:
    note = pace_note(wpm)
    assert note is not None and fragment in note
    assert note.startswith(f"you spoke at {wpm} words a minute")


def test_a_good_pace_gets_no_note() -> None:
    assert pace_note(145) is None


def test_a_300_wpm_answer_is_not_told_to_slow_down_a_little() -> None:
    text = "We moved the night deliveries to the morning and the complaints stopped within a week."
    step = 60.0 / 300  # one word every 0.2 s
    words = tuple(Word(w, step * i, step * i + 0.18) for i, w in enumerate(text.split()))
    span = step * len(words)
    transcript = Transcript(text, words, duration_s=span, speech_s=span, engine="fake", model="")
    (tip,) = [t for t in analyse(text, transcript=transcript).tips if t.area == "pace"]
    assert "a little" not in tip.message
    assert "far faster than a listener can follow" in tip.message
