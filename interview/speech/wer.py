"""Word error rate: how far a transcript is from what was really said.

Used by the speech tests and the transcription benchmark. Both sides are normalised the
same way first (case, punctuation, numbers Whisper writes as digits), so only real
mistakes count: a substituted, missing or extra word each count one. Fillers are scored
apart (`filler_matches`): how many of the spoken "um"s came back, and how many written
were really said.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass

_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER = re.compile(r"\d+")
# Backchannels are one word, whichever way they are spelled ("uh-huh", "Uh huh"), so the
# "uh" in them is not counted as a hesitation.
_BACKCHANNEL = re.compile(r"\b(uh)[- ]?(huh)\b|\b(mm)[- ]?(hmm)\b", re.IGNORECASE)


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
    text = _BACKCHANNEL.sub(lambda m: "".join(part for part in m.groups() if part), text)
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


@dataclass(frozen=True)
class FillerMatch:
    """Fillers in a reference and a transcript, and how many line up with each other."""

    spoken: int
    written: int
    matched: int


def filler_matches(
    reference: str, hypothesis: str, fillers: Collection[str], *, any_kind: bool = False
) -> FillerMatch:
    """Count fillers said, written, and written where they were said (aligned word by word).

    Recall is matched / spoken; precision is matched / written. With `any_kind`, a filler
    written where another was said ("um" for "uh") counts as matched: the hesitation was
    kept, only its spelling differs.
    """
    ref, hyp = normalise(reference), normalise(hypothesis)
    if any_kind:
        ref, hyp = _one_kind(ref, fillers), _one_kind(hyp, fillers)
    matcher = difflib.SequenceMatcher(a=ref, b=hyp, autojunk=False)
    matched = sum(
        word in fillers
        for block in matcher.get_matching_blocks()
        for word in ref[block.a : block.a + block.size]
    )
    return FillerMatch(
        spoken=sum(word in fillers for word in ref),
        written=sum(word in fillers for word in hyp),
        matched=matched,
    )


def _one_kind(words: list[str], fillers: Collection[str]) -> list[str]:
    """`words` with every filler spelled as the first of `fillers` in sorted order."""
    same = min(fillers) if fillers else ""
    return [same if word in fillers else word for word in words]
