"""Remarks that open a story without being part of it.

Before the story starts, people often say something about stories like it: how much of it
they have seen ("I've dealt with a lot of late deliveries over the years"), that it comes
with the work ("It's part of the job", "That comes with working on a ward"), or how small it
may sound ("This might not seem like much, but ..."). None is the setting of the one time
about to be told. Read by place alone the first of them becomes the Situation, and the
answer is praised for a setting it has not given yet.

The sentence model has too few of them to learn (and training on them moved its other
weights more than it taught this), so the labeller weighs such a remark towards "none" by
rule, only where it can be one: in the first two sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.lexicon import words

__all__ = ["PREFACE_SENTENCES", "is_preface"]

PREFACE_SENTENCES = 2

_PERFECT = frozenset({("i've",), ("we've",), ("i", "have"), ("we", "have")})
_QUANTITY = words("lot lots many plenty countless numerous")
_PART_OF_THE_WORK = tuple(
    tuple(p.split())
    for p in (
        "comes with the job",
        "comes with the territory",
        "comes with working",
        "part of the job",
        "part of working",
        "part of the work",
        "that's the job",
        "that's basically the job",
    )
)
_MODEST = tuple(
    tuple(p.split())
    for p in (
        "may not seem",
        "might not seem",
        "might sound small",
        "may sound small",
        "doesn't sound like much",
        "may not sound like",
        "might not sound like",
    )
)


def is_preface(ws: Sequence[str]) -> bool:
    """Whether one sentence's lower-cased words are a remark about stories like the one
    to come (see the module docstring)."""
    if not ws:
        return False
    perfect = (ws[0],) in _PERFECT or tuple(ws[:2]) in _PERFECT
    if perfect and _QUANTITY.intersection(ws):
        return True
    return any(_contains(ws, phrase) for phrase in _PART_OF_THE_WORK + _MODEST)


def _contains(ws: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(ws[i : i + size]) == phrase for i in range(len(ws) - size + 1))
