"""Honest time: what the practice clock says, and how long an answer counts as.

Two rules keep the clock and the saved verdict from contradicting each other:

- A **spoken** answer is as long as its recording (the time you spent speaking), and that
  length alone decides "over time". The clock on screen measures the time since you began
  answering, which is close to it but not the same thing, so it never promises a verdict.
- A **typed** answer is judged on its length in words at a speaking pace (150 words a
  minute), never on how long the typing took: typing is slower than talking, and the
  interview will be spoken. The clock shows no countdown for it, only the word budget.

A warning ("about 30 seconds left") appears only when it is true: with a 30-second answer
time there is no "30 seconds left" moment, so the warning comes at a quarter of the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from interview.analysis.markup import mask_markup
from interview.analysis.tokens import tokenize

SPEAKING_WPM = 150.0
WARN_S = 30.0

Phase = Literal["think", "answer", "over"]


def typed_words(text: str) -> int:
    """The words of a typed answer, counted as the analysis counts them: a pasted web
    address, image or link target is not words said (`markup.mask_markup`)."""
    return len(tokenize(mask_markup(text)))


def typed_seconds(text: str) -> float:
    """How long `text` takes to say at a steady speaking pace (the same count as the analysis)."""
    return typed_words(text) * 60.0 / SPEAKING_WPM


def word_budget(answer_s: float) -> int:
    """How many words fit in `answer_s` seconds at a speaking pace."""
    return int(answer_s * SPEAKING_WPM / 60.0)


def warn_at(answer_s: float) -> float:
    """Seconds left when the "heading for your result" warning appears."""
    return min(WARN_S, answer_s / 4)


@dataclass(frozen=True)
class ClockReading:
    """Where the clock stands.

    Attributes:
        phase: "think", "answer" or "over" (answer time used up).
        left_s: seconds left in the phase; for "over", seconds past the answer time.
        fraction: share of the phase used, 0-1 (1 when over).
        warn: the warning threshold (`warn_at`) has been reached but time is not up.
    """

    phase: Phase
    left_s: float
    fraction: float
    warn: bool


def read_clock(*, think_s: float, answer_s: float, answer_start: float, now: float) -> ClockReading:
    """Read the clock at `now`; `answer_start` is when answering began (or will begin)."""
    if now < answer_start:
        left = answer_start - now
        return ClockReading("think", left, 1 - left / think_s if think_s else 1.0, warn=False)
    used = now - answer_start
    if used <= answer_s:
        left = answer_s - used
        return ClockReading("answer", left, used / answer_s, warn=left <= warn_at(answer_s))
    return ClockReading("over", used - answer_s, 1.0, warn=False)


def mmss(seconds: float) -> str:
    """Seconds as m:ss, rounded up so the clock shows 0:00 only when time is really up."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


def length(seconds: float) -> str:
    """An answer's length as m:ss, cut to the second as an audio player shows it."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def length_note(duration_s: float | None, answer_s: float, *, typed: bool) -> str:
    """The sentence that says how long an answer counted as, and whether it ran over."""
    if duration_s is None:
        return f"Your answer time was {mmss(answer_s)}."
    how = "at a speaking pace of 150 words a minute" if typed else "as recorded"
    if duration_s > answer_s:
        over = duration_s - answer_s
        by = length(over) if over >= 1 else "less than a second"
        verdict = f"over the {mmss(answer_s)} you set, by {by}"
    else:
        verdict = f"within the {mmss(answer_s)} you set"
    return f"Your answer is {length(duration_s)} long {how}: {verdict}."


def band_note(answer_s: float, band_s: tuple[float, float]) -> str | None:
    """Why "over your time" and "short" can both be true: the time set is below the band
    that suits the question; None when it is not."""
    low, high = band_s
    if answer_s >= low:
        return None
    return (
        f"The {mmss(answer_s)} you set is shorter than the {low:.0f}-{high:.0f} s that suits "
        "this kind of question, so an answer can run over your time and still be short. "
        "Set a longer answer time to practise full-length answers."
    )
