"""Sentences said more than once: an answer pasted twice is not a longer answer.

A coach who hears the same sentence twice says so, and does not credit the second telling.
This module finds sentences that repeat an earlier one once both are normalised (case,
punctuation and spacing ignored) and measures the share of the answer's words that are
such repeats; `scoring` caps the score by that share (`REPEAT_CAP_SLOPE`) and
`tips.repetition` quotes each repeated sentence once. Short sentences ("Thank you.",
"I mean.") are said twice in honest speech, so only sentences of `MIN_WORDS` words or more
count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MIN_WORDS", "Repeats", "find_repeats"]

MIN_WORDS = 5
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Repeats:
    """What the answer says more than once.

    Attributes:
        sentences: each repeated sentence as first said, in order (each once).
        copies: how many times those sentences were said again after the first.
        share: the words of the copies over all the answer's words, 0-1.
    """

    sentences: tuple[str, ...] = ()
    copies: int = 0
    share: float = 0.0


def _key(sentence: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(sentence.lower()))


def find_repeats(sentences: Sequence[str]) -> Repeats:
    """The sentences of `sentences` that repeat an earlier one (normalised)."""
    first: dict[tuple[str, ...], str] = {}
    repeated: dict[tuple[str, ...], str] = {}
    copies = copied_words = total = 0
    for sentence in sentences:
        key = _key(sentence)
        total += len(key)
        if len(key) < MIN_WORDS:
            continue
        if key in first:
            repeated.setdefault(key, first[key])
            copies += 1
            copied_words += len(key)
        else:
            first[key] = sentence
    if not copies:
        return Repeats()
    return Repeats(tuple(repeated.values()), copies, copied_words / total)
