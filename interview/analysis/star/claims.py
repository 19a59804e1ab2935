"""What makes a sentence a claim about oneself rather than a moment of a story.

"I always stay calm", "I'm a very organised person", "You have to listen first", "When a
patient is anxious, I explain each step", "Often, when I ask ...": told with no past tense
and no time setting, each describes how the speaker usually is. `star.framing` asks
`generic_at` only after it has found no past tense or time anchor in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.lexicon import words

__all__ = ["generic_at"]

_SUBJECTS = words("i we you they he she it")
_FREQUENCY = words("always usually generally typically normally often tend tends constantly")
_HABIT_OPENERS = frozenset({("many", "times"), ("most", "times"), ("more", "often")})
_QUALITY_INTENSIFIERS = words(
    "very really quite extremely super pretty naturally highly incredibly always"
)
# Openings of a claim about habits or qualities.
_GENERIC_OPENINGS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in [
        "i believe",
        "i have found that",
        "i've found that",
        "i think it's important",
        "i think it is important",
        "i feel it's important",
        "it's important",
        "it is important",
        "it's always",
        "the key is",
        "the key to",
        "the best way",
        "in general",
        "generally speaking",
        "as a rule",
        "my approach is",
        "my philosophy is",
        "my strength is",
        "one of my strengths",
        "i'm good at",
        "i am good at",
        "i'm great at",
        "i'm someone who",
        "i am someone who",
        "i'm the kind of",
        "i'm the type of",
        "i consider myself",
        "i would describe myself",
        "i'd describe myself",
        "i know how to",
        "i find that",
        "i find it",
        "i thrive",
        "i work better",
        "i work best",
        "i actually work",
        "i do my best",
        "i do my most",
        "i like to",
        "i love",
        "i enjoy",
        "i prefer",
        "i work well",
        "i try to",
        "i always",
        "i never",
        "i've never",
        "i have never",
        "i haven't ever",
        "i've not ever",
        "you have to",
        "you need to",
        "you should",
        "you want to",
        "you can",
        "you always",
        "you never",
        "people tend",
        "people usually",
    ]
)
# "I'm a very organised person", "I'm a natural leader": a quality, not a job title.
_SELF_NOUNS = words(
    "person learner leader worker communicator listener player solver thinker self-starter "
    "perfectionist planner organiser organizer"
)
_VALUE_CLAIMS = frozenset(
    {
        ("very", "important"),
        ("so", "important"),
        ("really", "important"),
        ("extremely", "important"),
        ("the", "key"),
        ("key", "to"),
        ("the", "most"),
    }
)


def generic_at(ws: Sequence[str]) -> int | None:
    """Where a habitual or self-describing claim starts, if the sentence makes one."""
    for i in range(len(ws)):
        if any(tuple(ws[i : i + len(p)]) == p for p in _GENERIC_OPENINGS):
            return i
    habit = _habit_at(ws)
    if habit is not None:
        return habit
    if ws[0] in {"when", "if"} and any(w in _SUBJECTS for w in ws[1:]):
        return 0  # "When a patient is anxious, I explain ...": a habit, no past tense
    return None


def _habit_at(ws: Sequence[str]) -> int | None:
    """ "I usually ...", "I'm very ...", "I'm a natural leader", "whenever ..."."""
    if ws[0] in _FREQUENCY | {"sometimes"} or tuple(ws[:2]) in _HABIT_OPENERS:
        return 0  # "Often, when I ask ...", "Many times it means ..."
    return _habit_within(ws)


def _habit_within(ws: Sequence[str]) -> int | None:
    """A habit or quality claimed after the sentence's first word."""
    for i, word in enumerate(ws[:-1]):
        if word in _FREQUENCY and i and ws[i - 1] in {"i", "we", "you", "people"}:
            return i - 1
        if word in {"i'm", "am"} and ws[i + 1] in _QUALITY_INTENSIFIERS:
            return i
        if (
            word in {"i'm", "am"}
            and ws[i + 1] in {"a", "an"}
            and _SELF_NOUNS & set(ws[i + 2 : i + 6])
        ):
            return i
        if word == "whenever":
            return i
        if word in {"is", "are"} and tuple(ws[i + 1 : i + 3]) in _VALUE_CLAIMS | {
            (ws[i + 1], w) for w in ws[i + 2 : i + 3] if ws[i + 1] == "always"
        }:
            return max(0, i - 1)  # "Safety is always my priority", "teamwork is so important"
    return None
