"""Sentences that tell the problem getting in the way mid-story, read by rule.

Once the speaker has started acting, two kinds of sentence still belong to the Situation
and are easily taken for a step or an outcome: someone holding out ("she liked the figures
but still wasn't convinced", "the owner raised concerns about the cost") and something found
out ("I discovered that the doses all fell at handover", "we found that the alarm had no
power"). The guide labels both Situation: the rest of the story deals with them.

Our corpus has too few of them for the sentence model to weigh them well, so the labeller
adds weight to the Situation of such a sentence by rule; the model itself is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_complication"]

_HOLDING_OUT = re.compile(
    r"\bstill (wasn't|weren't|was not|were not|didn't|did not|refused|disagreed|objected|"
    r"insisted|had (some |serious |real )?(doubts|reservations|concerns))\b|"
    r"\b(had|raised|voiced|expressed) (some |serious |real )?(doubts|reservations|concerns)\b"
)
_FOUND = re.compile(
    r"^(i|we) (then |soon |quickly )?(discovered|realised|realized|noticed|found out|found|"
    r"learned|learnt) (that|it was|he|she|they|there)\b"
)


def is_complication(ws: Sequence[str]) -> bool:
    """Whether a sentence's lower-cased words (leading fillers removed) tell someone holding
    out or something found out (see the module docstring)."""
    text = " ".join(ws)
    return bool(_HOLDING_OUT.search(text) or _FOUND.search(text))
