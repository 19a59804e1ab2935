"""Duty wording: where a sentence says what the speaker had to achieve, however it opens.

People rarely open a story with a bare "My task was ...". They set the scene and name the
duty in one breath ("In my last post I was tasked with clearing the backlog", "During my
time as site manager I was responsible for the roof"), put a role in front of a need ("As
the duty manager, I needed somewhere for forty guests to sleep"), or let someone else hand
it over ("The head gave me the job of raising the pass rate", "What the owner wanted from
me was a display that ..."). Read by cue words and place alone, such an opening is a
Situation, and the answer is told it has no task.

This module finds the duty clause itself and how it sits in the sentence:

- `duty:stated`: a duty is named (passive assignment, "gave me the job of", "my role
  included", "we had four days to", "I needed a solution that", "what they wanted from me");
- `duty:main`: it is the main clause, after a setting phrase or a role ("In my last job,
  I was tasked with ...", "As the planner, I needed ..."): the sentence is told for its duty;
- `duty:relative`: it hangs off "where"/"who"/"which" ("a team where we were asked to
  ..."): the duty is background to the setting the sentence describes.

`star.context` adds where the sentence sits relative to the first thing the speaker did:
"I had to ring my supervisor" after the story's actions have begun is a step, not a duty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["DUTY_FEATURES", "duty_features"]

_COUNT = (
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|a few|a couple of|"
    r"forty-eight)"
)
_DUTY_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        # "I was tasked with", "we were asked to", "I was given the job of"
        r"\b(i|we) (was|were) ((also|then|first|later|eventually|suddenly|kind of|sort of|"
        r"basically|like|um|uh|really|actually|technically|officially) )*"
        # "asked by my head of year to": who handed it over may stand before "to"
        r"(tasked with|(asked|assigned|brought in|hired|chosen|trusted|picked)"
        r"( by (my|the|our|a|his|her)( [a-z'-]+){1,3})? to|charged with|put in charge of|"
        r"responsible for|accountable for|"
        r"given the (job|task|challenge|responsibility) of)\b",
        # "the head gave me the job of", "they handed us the task of"
        r"\b(gave|give|given|handed|left) (me|us) (the )?(job|task|challenge|responsibility|"
        r"brief) (of|to)\b",
        # "my role included", "our brief covered"
        r"\b(my|our) (role|job|remit|brief|responsibilities|duties) (included|involved|"
        r"covered|meant|consisted)\b",
        # "we had four working days to close the accounts"
        rf"\b(had|have|got) (only |just |less than |under )?{_COUNT} (working |full |clear )?"
        r"(minutes?|hours?|days?|weeks?|months?) (to|until|before|left|in which)\b",
        # "I needed a solution that", "I needed somewhere for them to sleep"
        r"\b(i|we) (needed|need|wanted|had to find) (a|an|some|the)? ?(solution|way|plan|fix|"
        r"process|system|approach|arrangement|answer|replacement|tool|method|date)\b",
        r"\b(i|we) (needed|need) (somewhere|someone|somebody|something)\b",
        # "what the owner wanted from me was", "my manager wanted me to"
        r"\bwhat [a-z]+( [a-z]+)? (wanted|needed|expected|asked for) (from|of) (me|us)\b",
        r"\b(wanted|needed|expected|trusted|left) (me|us) to\b",
        r"\bi took on (the|a|an|making|getting|sorting|keeping|running|finding)\b",
        r"\b(was|is) (on|up to|down to) (me|us)\b",
        # "appointments were my call", "the budget is my responsibility"
        r"\b(was|were|is|are) (my|our) (call|job|responsibility|decision|remit)\b",
        # "I owned the supplier payments process" (not "I owned up to it")
        r"\b(i|we) (owned|own|had ownership of|took ownership of) (the|our|my|all)\b",
    )
)
# Words that make the clause after them a relative clause, background to a setting.
_RELATIVES = frozenset({"where", "who", "which", "whereby"})
# Words that open a setting phrase before the main clause ("In my last job, ...").
_SETTING_OPENERS = frozenset(
    {"in", "during", "while", "when", "as", "at", "on", "after", "before", "since", "for"}
    | {"one", "back", "last", "throughout", "over", "working", "having"}
)

DUTY_FEATURES = frozenset({"duty:stated", "duty:main"})


def duty_features(ws: Sequence[str]) -> dict[str, float]:
    """`duty:*` features of one sentence's lower-cased tokens (see the module docstring)."""
    lowered = " ".join(ws)
    starts = [m.start() for p in _DUTY_PATTERNS for m in [p.search(lowered)] if m is not None]
    if not starts:
        return {}
    at = len(lowered[: min(starts)].split())
    before = ws[max(0, at - 3) : at]
    if _RELATIVES.intersection(before):
        return {"duty:stated": 1.0, "duty:relative": 1.0}
    features = {"duty:stated": 1.0, "duty:main": 1.0}
    if at > 1 and ws[0] in _SETTING_OPENERS:
        features["duty:after_setting"] = 1.0
    return features
