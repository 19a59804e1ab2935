"""What one coaching tip is, shared by the modules that write tips.

A tip names the area it is about, says what to add or change in a coaching tone, quotes
the sentence it is about, and carries its `gain`: the overall points the answer would earn
if that one thing were fixed, so tips can be ordered by impact.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

QUOTE_CHARS = 90
# How tips are ordered (`build.TIERS`), in the user's words, shown above them: gains fall
# within a tier, not across tiers, so a length tip may show more points than a story tip.
ORDER_RULE = (
    "what you said first (a real example on the question, then its parts, figures and "
    "ownership; for an HR question, what it asks for before any figure), then length and "
    "tone, then delivery; by points to gain within each"
)


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


# A list item's bullet or number, and Markdown emphasis, are layout, not words said: a tip
# quoted "Before '• I counted...'" and "'Situation:** Saturday night...'".
_LIST_MARK = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s+")
_EMPHASIS = re.compile(r"\*\*+|__+")


def quote_of(sentence: str, *, limit: int = QUOTE_CHARS) -> str:
    """A sentence as quoted inside a message: no list mark, emphasis or end mark, cut at a
    word near `limit`."""
    text = _EMPHASIS.sub("", _LIST_MARK.sub("", " ".join(sentence.split())))
    text = " ".join(text.split()).rstrip(".!?;:, ")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;: ") + "..."


HANDLE_WORDS = 3


def quoted_above(sentence: str, *, whole: bool = False) -> str:
    """How a later tip names a sentence an earlier tip quoted: by its first few words,
    enough to find it, never the whole quote again; "your answer" when it is `whole`.

    No brackets: the name often lands inside a tip's own brackets ("what you did (such as
    ...)"), and "(such as the sentence quoted above ('I renegotiated...'))" read badly."""
    if whole:
        return "your answer"
    words = quote_of(sentence).split()
    head = " ".join(words[:HANDLE_WORDS]).rstrip(",;:")
    return (
        f"the sentence quoted above starting '{head}...'"
        if len(words) > HANDLE_WORDS
        else f"'{head}'"
    )


def unrepeat(tips: Sequence[Tip], sentences: Sequence[str]) -> list[Tip]:
    """Tips in order, no answer sentence quoted twice: a later tip that quotes a sentence
    an earlier one quoted names it by `quoted_above` instead and shows no quote under it.

    Every tip quotes a sentence through `quote_of`, so the sentence is found in a message
    as it was quoted there; a tip's `quote` field counts even when its message cut it.
    """
    as_quoted = {sentence: f"'{quote_of(sentence)}'" for sentence in sentences}
    quoted: set[str] = set()
    kept = []
    for tip in tips:
        mentioned = {s for s, form in as_quoted.items() if form in tip.message}
        message = tip.message
        for sentence in sorted(mentioned & quoted, key=len, reverse=True):
            named = quoted_above(sentence, whole=len(as_quoted) == 1)
            message = message.replace(as_quoted[sentence], named)
        message = message[:1].upper() + message[1:]
        quote = None if tip.quote in quoted else tip.quote
        kept.append(dataclasses.replace(tip, message=message, quote=quote))
        quoted |= mentioned | ({tip.quote} if tip.quote else set())
    return kept
