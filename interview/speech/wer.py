"""Word error rate: how far a transcript is from what was really said.

Used by the speech tests and the transcription benchmark. Both sides are normalised the
same way first (case, punctuation, numbers Whisper writes as digits), so only real
mistakes count: a substituted, missing or extra word each count one.
"""

from __future__ import annotations

import re

_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER = re.compile(r"\d+")


def _say_number(match: re.Match[str]) -> str:
    value = int(match.group())
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens] + ("" if ones == 0 else f" {_ONES[ones]}")
    return match.group()


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation; numbers under 100 spelled out, "%" as "percent"."""
    text = text.lower().replace("%", " percent").replace("\u2019", "'")
    text = _NUMBER.sub(_say_number, text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text.replace("-", " "))
    return [word.strip("'") for word in text.split() if word.strip("'")]


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Fewest substitutions, deletions and insertions turning reference into hypothesis."""
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        previous, row[0] = row[:], i
        for j, hyp_word in enumerate(hypothesis, start=1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word))
    return row[-1]


def word_error_rate(
    reference: str, hypothesis: str, *, ignore: frozenset[str] = frozenset()
) -> float:
    """Word errors divided by reference words (0.0 is perfect); words in `ignore` are dropped."""
    ref = [word for word in normalise(reference) if word not in ignore]
    hyp = [word for word in normalise(hypothesis) if word not in ignore]
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)
