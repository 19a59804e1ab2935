"""Quoted words with their place in the answer, shared by every check.

Every verdict carries the words that caused it. The checks (fillers, hedges, negativity,
specificity) all report those words the same way: the text as written and its character
span into the submitted answer, so a report or a page can highlight them in place, and the
sentence they sit in, so a tip can quote it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from interview.analysis.tokens import Token

# Characters between two tokens that break a phrase: "I, like, moved" is not "I like".
PUNCTUATION = frozenset(',.;:!?()[]"\u2014\u2013\u2026')
SENTENCE_END = frozenset(".!?\u2026")


class TextSpan(Protocol):
    """Anything with a text and its character span (a sentence, a token)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Evidence:
    """Words quoted from the answer.

    Attributes:
        text: the words exactly as written (``answer[start:end]``).
        start: offset of the first character in the submitted answer.
        end: offset just past the last character.
        label: what the words are evidence of ("money", "vague verb", "um"...).
        sentence: the whole sentence they sit in, for quoting ("" when unknown).
    """

    text: str
    start: int
    end: int
    label: str = ""
    sentence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class RemarksReport:
    """Quoted remarks that one check found (a stance, speaking badly of people).

    Attributes:
        remarks: each phrase as written, with the sentence it is in.
    """

    remarks: tuple[Evidence, ...] = ()

    @property
    def flagged(self) -> bool:
        return bool(self.remarks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "count": len(self.remarks),
            "evidence": [remark.to_dict() for remark in self.remarks],
        }


class SentenceIndex:
    """Finds the sentence around a character offset; built once per answer."""

    def __init__(self, sentences: Sequence[TextSpan] = ()) -> None:
        self._sentences = tuple(sentences)
        self._starts = [sentence.start for sentence in self._sentences]

    def at(self, offset: int) -> TextSpan | None:
        """The sentence that contains character `offset`, or None."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._sentences[index].end:
            return self._sentences[index]
        return None

    def quote(self, offset: int) -> str:
        """The text of the sentence around `offset` ("" when there is none)."""
        sentence = self.at(offset)
        return sentence.text if sentence is not None else ""


def evidence_of(
    text: str, first: Token, last: Token, *, label: str, index: SentenceIndex | None = None
) -> Evidence:
    """Evidence covering the tokens `first` to `last`, quoted with its sentence."""
    return Evidence(
        text=text[first.start : last.end],
        start=first.start,
        end=last.end,
        label=label,
        sentence=index.quote(first.start) if index is not None else "",
    )


def gap_before(text: str, tokens: Sequence[Token], index: int) -> str:
    """The characters between token `index - 1` and token `index` ("" before the first)."""
    if index <= 0:
        return text[: tokens[0].start] if tokens else ""
    return text[tokens[index - 1].end : tokens[index].start]


def breaks(gap: str) -> bool:
    """True when punctuation separates two tokens, so they are not one phrase."""
    return any(char in PUNCTUATION for char in gap)


def ends_sentence(gap: str) -> bool:
    """True when a sentence-ending mark sits between two tokens."""
    return any(char in SENTENCE_END for char in gap)


def word_set(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string, for word lists."""
    return frozenset(words.split())


def per_100_words(count: int, words: int) -> float:
    """A rate per 100 words, rounded to one decimal (0 for an empty answer)."""
    return round(count * 100.0 / words, 1) if words else 0.0


def ranked_counts(keys: Iterable[str]) -> dict[str, int]:
    """How often each key occurs, most frequent first, then alphabetically (a stable order)."""
    counter = Counter(keys)
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
