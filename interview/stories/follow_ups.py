"""The interviewer's next question: chosen from what an answer lacked, and judged for itself.

Interviewers rarely stop at the first answer; they probe the gap. The gap is read from the
answer's analysis, in this order (the first that applies is asked):

    no_result       no sentence reads as the outcome          -> how it turned out
    ownership       "we" outnumbers "I" in the actions         -> the user's own part
    no_figures      not one figure anywhere                    -> how it was measured
    no_reflection   no word of looking back or learning        -> what they would change
    bank            none of these: the question's own listed follow-ups (the first one),
                    or, when it lists none, what the hardest part was

The follow-up answer is judged on what it was asked, not on full STAR: a question about
the outcome is answered by a result, ideally one with a figure; "your own part" by actions
in the first person; "how did you measure it" by figures or a way of measuring; "what would
you do differently" by looking back. A bank follow-up is judged as an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis import Analysis
from interview.analysis.tokens import tokenize
from interview.models import Question

Focus = Literal["no_result", "ownership", "no_figures", "no_reflection", "bank"]
Verdict = Literal["answered", "partly", "not_answered"]
FOCUSES: tuple[Focus, ...] = ("no_result", "ownership", "no_figures", "no_reflection", "bank")
VERDICTS: tuple[Verdict, ...] = ("answered", "partly", "not_answered")

_ASK: dict[Focus, tuple[str, str]] = {
    "no_result": (
        "How did it turn out in the end, and how did you know it had worked?",
        "Your answer did not say how things ended, so an interviewer would ask for the outcome.",
    ),
    "ownership": (
        "Which part of that was yours: what did you do yourself?",
        "Your actions were mostly 'we', so an interviewer would ask what you did personally.",
    ),
    "no_figures": (
        "How did you measure the difference it made?",
        "Your answer had no figures, so an interviewer would ask how you measured the change.",
    ),
    "no_reflection": (
        "Looking back, what would you do differently next time?",
        "Your answer did not look back, so an interviewer would ask what you learned.",
    ),
}
# Asked when the answer lacked nothing and its question lists no follow-ups of its own.
GENERAL_FOLLOW_UP = "What was the hardest part of that, and how did you get past it?"
_BANK_REASON = "Your answer covered the basics, so this is a follow-up this question often gets."
REFLECTION_WORDS = frozenset(
    {
        "learned",
        "learnt",
        "lesson",
        "lessons",
        "differently",
        "hindsight",
        "realised",
        "realized",
        "reflect",
        "reflecting",
        "taught",
        "next",
        "again",
        "since",
    }
)
MEASURE_WORDS = frozenset(
    {
        "measured",
        "tracked",
        "survey",
        "surveyed",
        "dashboard",
        "compared",
        "metric",
        "metrics",
        "data",
        "counted",
        "report",
        "reports",
        "numbers",
        "logged",
        "feedback",
    }
)
FIRST_SINGULAR = frozenset({"i", "i'd", "i'm", "i've", "i'll", "me", "my", "myself"})
FIRST_PLURAL = frozenset({"we", "we'd", "we're", "we've", "we'll", "us", "our", "ourselves"})


@dataclass(frozen=True)
class FollowUp:
    """One follow-up question, why it is asked, and what its answer will be judged on."""

    question: str
    reason: str
    focus: Focus

    def to_dict(self) -> dict[str, Any]:
        """{question, reason, focus}: the "follow_up" of `interview practice --json`."""
        return {"question": self.question, "reason": self.reason, "focus": self.focus}


@dataclass(frozen=True)
class Judgement:
    """How a follow-up answer met what it was asked."""

    focus: Focus
    verdict: Verdict
    score: int
    message: str
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "verdict": self.verdict,
            "score": self.score,
            "message": self.message,
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Judgement:
        """Read `to_dict()`'s shape back, as the store keeps it."""
        focus: Focus = next((f for f in FOCUSES if f == data.get("focus")), "bank")
        verdict: Verdict = next((v for v in VERDICTS if v == data.get("verdict")), "not_answered")
        return cls(
            focus=focus,
            verdict=verdict,
            score=int(data.get("score", 0)),
            message=str(data.get("message", "")),
            evidence=tuple(str(e) for e in data.get("evidence", ())),
        )


def words_of(text: str) -> list[str]:
    return [t.lower for t in tokenize(text)]


def lacks(analysis: Analysis) -> Focus | None:
    """The first gap in the module docstring's order, or None."""
    if not analysis.star.part("result").present:
        return "no_result"
    spec = analysis.specificity
    if len(spec.plural) > len(spec.singular):
        return "ownership"
    if not spec.facts:
        return "no_figures"
    if not REFLECTION_WORDS & set(words_of(analysis.text)):
        return "no_reflection"
    return None


def choose_follow_up(question: Question | None, analysis: Analysis) -> FollowUp | None:
    """The follow-up for a behavioral answer; None for other kinds."""
    if analysis.kind != "behavioral":
        return None
    focus = lacks(analysis)
    if focus is not None:
        asked, reason = _ASK[focus]
        return FollowUp(asked, reason, focus)
    if question is not None and question.follow_ups:
        return FollowUp(question.follow_ups[0], _BANK_REASON, "bank")
    return FollowUp(GENERAL_FOLLOW_UP, _BANK_REASON, "bank")
