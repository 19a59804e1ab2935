"""Sentences that tell the problem getting in the way mid-story, read by rule.

Once the speaker has started acting, two kinds of sentence still belong to the Situation
and are easily taken for a step or an outcome: someone holding out ("she liked the figures
but still wasn't convinced", "the owner raised concerns about the cost") and something found
out ("I discovered that the doses all fell at handover", "we found that the alarm had no
power", "I was surprised to find out that ..."). Answers written by
other people add a third: someone else's worry or advice about the next step ("he was
worried the slope was wrong", "he recommended that I lift the tiles") or someone who will
not talk ("he wouldn't tell me his name"). The guide labels all three Situation: the rest
of the story deals with them.

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
# A discovery told with feeling ("I was surprised to find out that ...").
_SURPRISED = re.compile(
    r"^(i|we) (was|were) (surprised|shocked|amazed|stunned|horrified|relieved) to "
    r"(learn|find|discover|hear|see|realise|realize)\b"
)
# Someone else's worry or advice about what the speaker should do next, and someone who
# will not talk: still the problem, though the story is under way.
_WORRY_OR_ADVICE = re.compile(
    r"\b(was|were) (really |very |quite )?(worried|concerned)\b|"
    r"\b(recommended|suggested) (that )?(i|we)\b|\badvised (me|us) to\b|"
    r"\b(wouldn't|would not|refused to) (speak|talk|tell|answer|say|listen)\b"
)


def is_complication(ws: Sequence[str]) -> bool:
    """Whether a sentence's lower-cased words (leading fillers removed) tell someone holding
    out or something found out (see the module docstring)."""
    text = " ".join(ws)
    return any(p.search(text) for p in (_HOLDING_OUT, _FOUND, _SURPRISED, _WORRY_OR_ADVICE))
