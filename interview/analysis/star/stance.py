"""Sentences that tell what people thought, wanted or found out: the problem, not a deed.

Mid-story, people set out the complication in sentences that look like events: "The chef and
I disagreed about the new menu", "He wanted to cut the starters; I believed the regulars
came for them", "The argument held up the launch", "It turned out he was struggling",
"After a week I realised he was confused". A subject and a past verb read as an Action,
and a consequence verb ("caused", "led to") as a Result, yet each tells the situation the
speaker then had to deal with. Three structural signs mark them:

- `{who}:stance`: the main verb states a view, a wish or a discovery ("disagreed",
  "believed", "wanted a ...", "realised", "noticed"), not something done; before "to"
  ("I wanted to ...") it states an aim instead, `{who}:aim`, often the task;
- `subj:problem`: the subject is the problem itself ("the disagreement", "the delay");
- `found_out`: the sentence reports what turned out to be true ("it turned out", "found
  out that").
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.lexicon import words
from interview.analysis.star.verb_lexicon import STATE_PASTS, SUBJECT_GAP_WORDS

__all__ = ["stance_features"]

_STANCE = STATE_PASTS | words(
    "disagreed clashed noticed discovered disliked doubted insisted objected worried suspected"
)
_WHO = {"i": "i", "we": "we", "they": "they", "he": "they", "she": "they"}
_LEAD = words("when while after before because since although though once as")
_DETERMINERS = words("the this that our their my a an his her")
_PROBLEM_NOUNS = words(
    "disagreement disagreements conflict argument clash dispute problem problems issue "
    "issues delay delays mistake error errors tension rift confusion complaint complaints "
    "shortage backlog"
)


def stance_features(ws: Sequence[str]) -> dict[str, float]:
    """`*:stance`, `subj:problem` and `found_out` of one sentence (see the docstring)."""
    features: dict[str, float] = {}
    text = " ".join(ws)
    if any(p in text for p in ("turned out", "turns out", "found out that", "came out that")):
        features["found_out"] = 1.0
    start = _main_clause(ws)
    head = ws[start : start + 3]
    if head and head[0] in _DETERMINERS and _PROBLEM_NOUNS.intersection(head[1:]):
        features["subj:problem"] = 1.0
    for i in range(start, min(len(ws), start + 6)):
        if ws[i] in _WHO:
            verb = i + 1
            while verb < len(ws) and (ws[verb] in SUBJECT_GAP_WORDS or ws[verb].endswith("ly")):
                verb += 1
            if verb < len(ws) and ws[verb] in _STANCE:
                # "I wanted to fix it" states an aim (often the task), not a view.
                aim = verb + 1 < len(ws) and ws[verb + 1] == "to"
                features[f"{_WHO[ws[i]]}:{'aim' if aim else 'stance'}"] = 1.0
            break
    return features


def _main_clause(ws: Sequence[str]) -> int:
    """Where the main clause starts: after a leading "while ...," clause, if there is one."""
    if not ws or ws[0] not in _LEAD:
        return 0
    for i, word in enumerate(ws[2:], start=2):
        if word in _WHO:
            return i
    return 0
