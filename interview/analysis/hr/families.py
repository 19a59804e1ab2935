"""Which family an HR question belongs to: the same question asked in many wordings.

"What is your greatest weakness?", "What is a weakness you are working on?" and "Which area
of your work would you most like to improve?" all ask for the same things, so the content
check (`content`) keeps one checklist per family, not per wording. The family is read,
in this order, from:

1. the bank question's id (`hr-weakness`, `hr-why-leaving`...), which is exact;
2. the wording, by the cues below, checked in the order of `_CUES` because some wordings
   carry two ("Why do you want to leave?" is about leaving, not about this job);
3. a competency that names a family outright (`salary`, `career-goals`, `closing`,
   `introduction`: the labels our answer corpus uses).

A question that matches none gets no family and so no checklist: an answer to "What
motivates you?" or "When could you start?" is judged as before, never against the wrong
list.
"""

from __future__ import annotations

import re
from typing import Final

FAMILIES: Final = (
    "introduction",
    "weakness",
    "strengths",
    "motivation",
    "leaving",
    "career_goals",
    "salary",
    "gap",
    "questions",
    "pressure",
    "dislikes",
)

_BY_ID: Final = {
    "hr-tell-me-about-yourself": "introduction",
    "hr-walk-through-cv": "introduction",
    "hr-weakness": "weakness",
    "hr-greatest-strength": "strengths",
    "hr-why-hire-you": "strengths",
    "hr-why-this-role": "motivation",
    "hr-why-this-company": "motivation",
    "hr-why-leaving": "leaving",
    "hr-five-years": "career_goals",
    "hr-salary-expectations": "salary",
    "hr-employment-gap": "gap",
    "hr-questions-for-us": "questions",
    "hr-pressure": "pressure",
    "hr-liked-least": "dislikes",
}
_BY_COMPETENCY: Final = {
    "salary": "salary",
    "career-goals": "career_goals",
    "closing": "questions",
    "introduction": "introduction",
}
# Checked in this order: the first family whose cue matches wins.
_CUES: Final = (
    (
        "questions",
        r"\bquestions? (?:do you have )?for (?:me|us|the panel)\b|\bany questions\b"
        r"|\bwhat (?:would you like|do you want) to (?:ask|know)\b",
    ),
    (
        "salary",
        r"\bsalary\b|\bpay (?:expectations?|range)\b|\bexpect(?:ing|ations?)? to (?:earn|be paid)\b"
        r"|\bcompensation\b|\bhow much (?:do|would) you (?:want|expect|need)\b",
    ),
    ("gap", r"\bgap\b|\bbreak in your (?:career|employment|work)\b|\btime out of work\b"),
    (
        "weakness",
        r"\bweakness(?:es)?\b|\bweak (?:point|spot|area)s?\b|\bareas? (?:for|of) (?:improvement"
        r"|development)\b"
        r"|\bwhat (?:would you|do you need to) (?:most like to )?improve\b",
    ),
    (
        "leaving",
        r"\bwhy (?:are|were|did|do|would) you (?:\w+ ){0,3}(?:leav\w*|left|quit)\b"
        r"|\breasons? for leaving\b|\bwhy (?:are|did) you (?:looking to )?(?:move|change) jobs?\b",
    ),
    (
        "career_goals",
        r"\b(?:five|5|ten|10) years\b|\bsee yourself\b|\bcareer (?:goals?|plans?)\b"
        r"|\blong[- ]term (?:goals?|plans?)\b",
    ),
    (
        "strengths",
        r"\bstrengths?\b|\bwhy should (?:we|i) (?:hire|choose|pick|employ|take on)\b"
        r"|\bwhat makes you (?:a good|the (?:right|best)|suitable|stand out|different)\b"
        r"|\bwhat (?:can|would|will) you bring\b|\bwhy are you the (?:best|right)\b",
    ),
    (
        "motivation",
        r"\bwhy (?:do|would) you (?:want|like) to (?:work|join|be)\b"
        r"|\bwhy (?:do you want|are you applying|did you apply|have you applied)\b"
        r"|\bwhy (?:this|our) (?:job|role|company|organi[sz]ation|position|team|firm)\b"
        r"|\bwhy (?:us|here)\b|\bwhat (?:attracted|attracts|draws|drew) you\b"
        r"|\bwhat do you know about (?:us|our|the company|this company)\b",
    ),
    (
        "introduction",
        r"\babout yourself\b|\bdescribe yourself\b|\bintroduce yourself\b"
        r"|\bwalk (?:me|us) through your (?:cv|resume|résumé|background|career)\b",
    ),
    (
        "pressure",
        r"\bhow do you (?:handle|cope with|deal with|manage|work under) (?:\w+ ){0,2}"
        r"(?:pressure|stress|deadlines)\b|\bwhat do you do (?:when|if) you(?:'re| are| feel)"
        r" (?:stressed|under pressure)\b",
    ),
    (
        "dislikes",
        r"\b(?:like|liked|enjoy|enjoyed) (?:the )?least\b|\bleast (?:favou?rite|enjoyable)\b"
        r"|\bwhat did(?:n'?t| not) you like\b|\bwhat do you dislike\b",
    ),
)
_COMPILED: Final = tuple((family, re.compile(cue, re.IGNORECASE)) for family, cue in _CUES)


def family_of(
    question: str | None, *, question_id: str | None = None, competency: str | None = None
) -> str | None:
    """The question's family (one of FAMILIES), or None when no checklist fits it."""
    if question_id in _BY_ID:
        return _BY_ID[question_id]
    text = " ".join((question or "").split())
    for family, cue in _COMPILED:
        if cue.search(text):
            return family
    return _BY_COMPETENCY.get(competency or "")
