"""What kind of question a question is, from its wording: behavioral, situational or HR.

A bank question carries its kind, but a question typed at the command line
(`interview evaluate --question "Tell me about yourself"`) does not, and judging "Tell me
about yourself" on STAR would ask the user for a Situation, Task, Action and Result that
the question never wanted. So when no kind is given, the wording decides:

- behavioral asks for one real past event: "tell me about a time", "describe a situation
  when", "give an example of", "have you ever", "what is the hardest ... you have faced";
- situational asks for a plan: "what would you do if", "how would you handle", "imagine";
- HR asks about the person and the job: yourself, strengths and weaknesses, motivation,
  why this job or company, salary, plans, notice, questions for us.

The cues are checked in that order, because a behavioral question may use HR words
("Tell me about a time your biggest strength helped the team"). A question that matches
nothing stays behavioral, the default the analysis always had.

A bank question typed as free text ("How do you handle pressure and stress at work?")
already has a kind, chosen by whoever wrote the bank; the wording cues would read its
"How do you..." as a story. So when the caller hands the banks' questions (`known`), one
worded closely alike (`SAME_WORDING` of the words of both, counted together, shared)
gives its kind first; a question like no bank question is read by its wording as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from interview.models import QuestionKind

_BEHAVIORAL: Final = re.compile(
    r"\b(?:tell|talk) (?:me|us) about (?:a|an|the|one) (?:time|situation|occasion|moment"
    r"|project|instance|example|mistake|failure|conflict|challenge|decision|problem)"
    r"|\b(?:describe|share|give|walk (?:me|us) through|recall|think of)\b[^?.]{0,40}"
    r"\b(?:time|situation|occasion|example|instance|experience|moment)\b"
    r"|\bhave you ever\b"
    r"|\bwhen (?:was the last time|did you last|have you)\b"
    r"|\b(?:hardest|toughest|biggest|most difficult|most challenging|greatest)\b[^?]{0,60}"
    r"\byou(?:'ve| have)? (?:ever )?(?:faced|made|had|handled|done|solved|worked|led|dealt)",
    re.IGNORECASE,
)
_SITUATIONAL: Final = re.compile(
    r"\bwhat would you do\b|\bhow would you (?:handle|deal|respond|react|approach|manage"
    r"|prioriti[sz]e|go about)\b|\bwhat (?:would|will) you say\b|\bimagine\b|\bsuppose\b"
    r"|\bwhat if\b|^\s*if (?:you|a|an|the|your|one)\b|\bhow would you\b|\bhow you would\b",
    re.IGNORECASE,
)
# A scene set in one sentence, then "What do you do?" / "How do you handle it?": a plan.
_SCENE_THEN_ASK: Final = re.compile(
    r"[.!]\s+(?:what do you do|how do you (?:handle|respond|react|deal|decide|proceed|approach))\b",
    re.IGNORECASE,
)
# "How would you describe yourself?" asks about the person, not for a plan.
_ABOUT_YOU: Final = re.compile(
    r"\byourself\b|\bdescribe your\b|\byour (?:strengths?|weakness(?:es)?)\b", re.IGNORECASE
)
_HR: Final = re.compile(
    r"\babout yourself\b|\bdescribe yourself\b|\bintroduce yourself\b"
    r"|\bwalk (?:me|us) through your (?:cv|resume|résumé|background|career)\b"
    r"|\bstrengths?\b|\bweakness(?:es)?\b|\bsalary\b|\bpay (?:expectations?|range)\b"
    r"|\bexpect(?:ing|ations?)? to (?:earn|be paid)\b"
    r"|\bwhy (?:do|did|would|should|are|have)\b|\bwhat (?:motivates|drives|interests) you\b"
    r"|\bwhere do you see yourself\b|\bfive years\b|\b5 years\b|\bcareer goals?\b"
    r"|\bwhat do you know about (?:us|our|the company|this company)\b"
    r"|\bany questions for (?:me|us)\b|\bnotice period\b|\bwhen can you start\b"
    r"|\bhow would (?:your )?(?:colleagues|friends|manager|boss|team) describe you\b"
    r"|\bwhat makes you\b|\bwhat are you looking for\b|\bgap in your\b"
    r"|\bwhat (?:do|did) you (?:like|enjoy|dislike)\b|\bare you (?:willing|able|available)\b"
    r"|\bquestions (?:do you have )?for (?:me|us)\b|\bcould you start\b|\bare you interviewing\b"
    r"|\bwhat kind of\b|\btypical day\b|\banything (?:else|we have(?:n't| not))\b"
    r"|\bwhat do you value\b",
    re.IGNORECASE,
)


# Shared words over all the words of two questions from which a typed question is taken
# for a bank question: "How do you handle stress at work?" is hr-pressure (7 of 9), "How
# do you handle conflict at work?" is not (6 of 10).
SAME_WORDING: Final = 0.75
_WORD: Final = re.compile(r"[a-z0-9]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def bank_kind(question: str, known: Sequence[tuple[str, QuestionKind]]) -> QuestionKind | None:
    """The kind of the `known` (text, kind) question worded most like `question`, when at
    least SAME_WORDING of their words are shared; else None."""
    asked = _words(question)
    best, kind = 0.0, None
    for text, known_kind in known:
        words = _words(text)
        shared = len(asked & words) / len(asked | words) if asked | words else 0.0
        if shared > best:
            best, kind = shared, known_kind
    return kind if best >= SAME_WORDING else None


def guess_kind(
    question: str | None, *, known: Sequence[tuple[str, QuestionKind]] = ()
) -> QuestionKind:
    """The kind of question `question` is: that of a `known` (text, kind) bank question
    worded closely alike, else by its wording (behavioral when unsure)."""
    text = " ".join((question or "").split())
    from_bank = bank_kind(text, known) if text else None
    if from_bank is not None:
        return from_bank
    if not text or _BEHAVIORAL.search(text):
        return "behavioral"
    if _SCENE_THEN_ASK.search(text):
        return "situational"
    if _SITUATIONAL.search(text) and not _ABOUT_YOU.search(text):
        return "situational"
    if _HR.search(text):
        return "hr"
    return "behavioral"
