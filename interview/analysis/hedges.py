"""Hedges and weak language: words that make a candidate sound unsure of their own work.

"I think I probably just fixed it" undersells a real fix. Hedges are not fillers (they
carry meaning, about the speaker's confidence), so they are counted and coached apart.
Phrases match on whole, adjacent tokens with no punctuation between, and a few readings
that are not hedges are left out: "what kind of tool", "this sort of problem", "just in
time", "I believe in", "I think about".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from interview.analysis.evidence import (
    Evidence,
    SentenceIndex,
    TextSpan,
    breaks,
    evidence_of,
    per_100_words,
    ranked_counts,
    word_set,
)
from interview.analysis.tokens import Token

_DETERMINERS = word_set(
    """what this that the a an any some every which same these those all different one
    another right wrong that's"""
)


@dataclass(frozen=True)
class _Window:
    """The words around a candidate phrase: the one before and the one after it."""

    before: str
    after: str


def _always(_: _Window) -> bool:
    return True


def _not_after_determiner(window: _Window) -> bool:
    return window.before not in _DETERMINERS


def _not_before(*words: str) -> Callable[[_Window], bool]:
    blocked = frozenset(words)

    def check(window: _Window) -> bool:
        return window.after not in blocked

    return check


# "had just joined" (recently), "just then", "just right", "just before": not hedges. Nor
# is "just" in what someone else did ("he just stopped replying", "it just broke"): it
# tells their deed, and a tip that it "undercuts your own work" quoted someone else's.
_NOT_HEDGING_JUST_BEFORE = word_set(
    "a the had have has i'd we'd i've we've he she they it who he'd she'd they'd it'd"
)
_NOT_HEDGING_JUST_AFTER = word_set("in as cause then now right before after like")


def _just(window: _Window) -> bool:
    return (
        window.before not in _NOT_HEDGING_JUST_BEFORE
        and window.after not in _NOT_HEDGING_JUST_AFTER
    )


# (words, check): the longest phrase starting at a word is tried first.
_PHRASES: tuple[tuple[tuple[str, ...], Callable[[_Window], bool]], ...] = (
    (("i", "feel", "like"), _always),
    (("i'm", "not", "sure"), _always),
    (("i", "think"), _not_before("about", "of", "through", "back")),
    (("i", "guess"), _always),
    (("i", "believe"), _not_before("in")),
    (("i", "suppose"), _always),
    (("more", "or", "less"), _always),
    (("kind", "of"), _not_after_determiner),
    (("sort", "of"), _not_after_determiner),
    (("maybe",), _always),
    (("perhaps",), _always),
    (("probably",), _always),
    (("possibly",), _always),
    (("hopefully",), _always),
    (("just",), _just),
)
_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], Callable[[_Window], bool]]]] = {}
for _phrase in sorted(_PHRASES, key=lambda item: -len(item[0])):
    _BY_FIRST_WORD.setdefault(_phrase[0][0], []).append(_phrase)


@dataclass(frozen=True)
class HedgeReport:
    """Every hedge in an answer.

    Attributes:
        hedges: quoted hedges in order; `label` is the phrase ("i think"), `sentence` the
            sentence it weakens.
        word_count: words in the answer (the base of `per_100_words`).
        per_100_words: hedges per 100 words, one decimal.
    """

    hedges: tuple[Evidence, ...]
    word_count: int
    per_100_words: float

    @property
    def total(self) -> int:
        return len(self.hedges)

    @property
    def counts(self) -> dict[str, int]:
        """Count per hedge phrase, most frequent first."""
        return ranked_counts(hedge.label for hedge in self.hedges)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "counts": self.counts,
            "spans": [hedge.to_dict() for hedge in self.hedges],
            "per_100_words": self.per_100_words,
        }


def _phrase_at(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The index of the last token of a hedge starting at token `i`, or None."""
    for words, check in _BY_FIRST_WORD.get(tokens[i].lower, ()):
        last = i + len(words) - 1
        if last >= len(tokens):
            continue
        span = range(i, last + 1)
        if any(tokens[j].lower != word for j, word in zip(span, words, strict=True)):
            continue
        if any(breaks(text[tokens[j - 1].end : tokens[j].start]) for j in span[1:]):
            continue
        joined = i > 0 and not breaks(text[tokens[i - 1].end : tokens[i].start])
        before = tokens[i - 1].lower if joined else ""
        after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        if check(_Window(before, after)):
            return last
    return None


def find_hedges(
    text: str, tokens: tuple[Token, ...], sentences: Sequence[TextSpan] = ()
) -> HedgeReport:
    """Find the hedges in `text`, each quoted with the sentence it sits in."""
    index = SentenceIndex(sentences)
    found: list[Evidence] = []
    i = 0
    while i < len(tokens):
        last = _phrase_at(text, tokens, i)
        if last is None:
            i += 1
            continue
        label = " ".join(token.lower for token in tokens[i : last + 1])
        found.append(evidence_of(text, tokens[i], tokens[last], label=label, index=index))
        i = last + 1
    return HedgeReport(tuple(found), len(tokens), per_100_words(len(found), len(tokens)))
