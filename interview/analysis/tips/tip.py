"""What one coaching tip is, shared by the modules that write tips.

A tip names the area it is about, says what to add or change in a coaching tone, quotes
the sentence it is about, and carries its `gain`: the overall points the answer would earn
if that one thing were fixed, so tips can be ordered by impact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

QUOTE_CHARS = 90


@dataclass(frozen=True)
class Tip:
    """One thing to change in the answer.

    Attributes:
        area: a STAR part name (situation, task, action, result), or specificity,
            ownership, fillers, hedges, negativity, length or pace.
        message: what to add or change, quoting the sentence it is about.
        quote: that sentence in full, when the tip is about one.
        gain: overall points the answer would gain if this were fixed.
    """

    area: str
    message: str
    quote: str | None = None
    gain: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "message": self.message,
            "quote": self.quote,
            "gain": round(self.gain, 1),
        }


def quote_of(sentence: str, *, limit: int = QUOTE_CHARS) -> str:
    """A sentence as quoted inside a message: no end mark, cut at a word near `limit`."""
    text = " ".join(sentence.split()).rstrip(".!?;:, ")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;: ") + "..."
