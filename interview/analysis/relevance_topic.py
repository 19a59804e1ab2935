"""Which competency a question is about, and the words that tell a story about it.

The relevance check (`relevance`) needs the question's topic before it can judge an
answer: the given competency (or its alias), else a guess from the question's own words,
and the story words of both. These readers are apart so the rules there read alone.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from interview.analysis.relevance_points import topic_word
from interview.analysis.relevance_words import (
    COMPETENCY_ALIASES,
    COMPETENCY_STEMS,
    QUESTION_NOISE,
    matches_stem,
    stem,
)
from interview.analysis.tokens import tokenize


def content_stems(text: str) -> dict[str, str]:
    """{stem: first word} of the content words of `text` (question noise, other function
    words and general adjectives dropped: "several", "first" say nothing of a topic)."""
    found: dict[str, str] = {}
    for token in tokenize(text):
        if not topic_word(token.lower) or not token.lower.isalpha():
            continue
        found.setdefault(stem(token.lower), token.lower)
    return found


def best_competency(
    words: Sequence[str], *, leave_out: Collection[str] = ()
) -> tuple[str | None, int]:
    """(competency, distinct stems) of the competency whose story words `words` meet most.

    Equal counts go to the longer matched stems ("disagre" says more than "cowork"), then
    to the first competency in `COMPETENCY_STEMS` order, so it never varies.
    """
    best, best_key = None, (0, 0)
    for competency, stems in COMPETENCY_STEMS.items():
        if competency in leave_out:
            continue
        matched = {matches_stem(word, stems) for word in words} - {None}
        key = (len(matched), sum(len(m or "") for m in matched))
        if key > best_key:
            best, best_key = competency, key
    return best, best_key[0]


def guess_competency(question: str) -> str | None:
    """The competency whose story words the question uses most, or None when none."""
    words = [token.lower for token in tokenize(question) if token.lower not in QUESTION_NOISE]
    return best_competency(words)[0]


def sure_of_topic(competency: str | None) -> bool:
    """Whether the topic is known well enough to call an answer off it: the question's
    competency was given and is one we have story words for."""
    return COMPETENCY_ALIASES.get(competency or "", competency) in COMPETENCY_STEMS


def story_stems(topic: str | None, question: str) -> frozenset[str]:
    """The story words of `topic` and of the competency the question's wording points to."""
    guessed = guess_competency(question)
    return COMPETENCY_STEMS.get(topic or "", frozenset()) | COMPETENCY_STEMS.get(
        guessed or "", frozenset()
    )


def topic_of(competency: str | None, question: str) -> str | None:
    """The competency whose story words apply: the given one (or its alias), else a guess."""
    name = COMPETENCY_ALIASES.get(competency or "", competency)
    return name if name in COMPETENCY_STEMS else guess_competency(question)
