"""Spoken fragments that trail off: no part of a story.

A transcript keeps what a speaker started and dropped ("So it's just like", "And then
we, um"). Such a fragment says nothing: it is no setting, no step and no outcome. Read by
place alone, one at the end of an answer becomes its Result, and the user is told their
result has no number. The labeller weighs a short sentence that ends on a word that needs
more after it ("like", "the", "and", "because") towards "none".
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.lexicon import words

__all__ = ["is_fragment"]

# Longest sentence read as a fragment: a longer one has said something before trailing off.
FRAGMENT_WORDS = 8
# Words no finished sentence ends on.
# Not "that", "then", "so" or "was": "It worked after that", "I think so", "That's what
# it was" are finished.
_DANGLING = words(
    "like and but or because the a an to of with um uh er erm if my our your kind sort"
)


def is_fragment(ws: Sequence[str]) -> bool:
    """Whether one sentence's lower-cased words are a short fragment that trails off."""
    return 0 < len(ws) <= FRAGMENT_WORDS and ws[-1] in _DANGLING
