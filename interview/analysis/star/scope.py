"""Which words of a sentence are inside a purpose clause or a negation.

A cue word there does not say what the sentence is: "I rang the supplier to make sure it
was finished on time" is an action whose purpose mentions an outcome, and "I listened
without getting upset" names no setback. The cue matchers count such words for much less.

Scopes, on lower-cased tokens (punctuation is already gone, so a scope ends at the
sentence's end or after `NEGATION_SPAN` words):
- purpose: from "to make sure", "to ensure", "in order to", "so that", "so as to",
  "to avoid", "to stop", "to help", "to keep" to the end of the sentence;
- negation: "without", "not", "never", "no", "n't" and the few words after it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MUTED_FACTOR", "muted_indexes"]

MUTED_FACTOR = 0.3
NEGATION_SPAN = 4
_PURPOSE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("to", "make", "sure"),
    ("to", "ensure"),
    ("in", "order", "to"),
    ("so", "that"),
    ("so", "as", "to"),
    ("to", "avoid"),
    ("to", "stop"),
    ("to", "help"),
    ("to", "keep"),
)
_OPENER_FIRSTS = frozenset(opener[0] for opener in _PURPOSE_OPENERS)
_NEGATORS = frozenset({"without", "not", "never", "no"})


def muted_indexes(words: Sequence[str]) -> frozenset[int]:
    """Indexes of the words inside a purpose clause or a negation's scope."""
    muted: set[int] = set()
    for i in range(1, len(words)):
        if words[i] in _OPENER_FIRSTS and any(
            tuple(words[i : i + len(p)]) == p for p in _PURPOSE_OPENERS
        ):
            muted.update(range(i, len(words)))
            break
    for i, word in enumerate(words):
        if word in _NEGATORS or word.endswith("n't"):
            muted.update(range(i + 1, min(len(words), i + 1 + NEGATION_SPAN)))
    return frozenset(muted)
