"""Whether an answer is a good length for its kind of question.

A behavioral story needs about one to two minutes: less and it has no room for the
action and the result, more and the listener loses the thread. A screening question
("Tell me about yourself") wants half a minute to a minute and a half. The time is the
recording's duration when there is one, otherwise estimated from the words at a steady
speaking pace (150 words a minute by default).

    score = 100                                 inside the band
          = 100 * seconds / low                 below it
          = max(0, 100 * (1 - (seconds - high) / high))   above it
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Verdict = Literal["too_short", "ok", "too_long"]


@dataclass(frozen=True)
class LengthReport:
    """How long an answer is against the band for its kind.

    Attributes:
        word_count: words in the answer.
        seconds: the duration given, or the estimate from `word_count` and `wpm`.
        estimated: True when `seconds` was estimated from the words.
        wpm: the pace used for the estimate.
        band_s: (low, high) seconds that suit the question kind.
        verdict: too_short, ok or too_long.
        score: 0-100 from the formula in the module docstring.
    """

    word_count: int
    seconds: float
    estimated: bool
    wpm: float
    band_s: tuple[float, float]
    verdict: Verdict
    score: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "word_count": self.word_count,
            "seconds": round(self.seconds, 1),
            "estimated": self.estimated,
            "wpm": self.wpm,
            "band_s": list(self.band_s),
            "verdict": self.verdict,
            "score": self.score,
        }


def length_score(seconds: float, band_s: tuple[float, float]) -> int:
    """0-100: full marks inside the band, falling off linearly outside it."""
    low, high = band_s
    if seconds < low:
        return round(100 * seconds / low)
    if seconds > high:
        return round(max(0.0, 100 * (1 - (seconds - high) / high)))
    return 100


def measure_length(
    word_count: int,
    *,
    band_s: tuple[float, float],
    duration_s: float | None = None,
    wpm: float = 150.0,
) -> LengthReport:
    """Judge the answer's length against `band_s` (seconds)."""
    estimated = duration_s is None
    seconds = word_count * 60.0 / wpm if duration_s is None else duration_s
    low, high = band_s
    verdict: Verdict = "too_short" if seconds < low else "too_long" if seconds > high else "ok"
    return LengthReport(
        word_count=word_count,
        seconds=seconds,
        estimated=estimated,
        wpm=wpm,
        band_s=band_s,
        verdict=verdict,
        score=length_score(seconds, band_s),
    )
