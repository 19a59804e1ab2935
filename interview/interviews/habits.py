"""How-you-answer advice from an employer's feedback: saying "we", length, missing figures.

Employers' feedback is often about the way answers were given, not about a competency:
"we could not tell what you did yourself", "your answers were a bit short", "no numbers".
The competency lexicon (`interview.interviews.lexicon`) rightly finds nothing in such
sentences, so the plan used to ignore the most useful thing the user logged. Each habit
below is a small set of patterns over the feedback text and one practical step, in our
own words; the plan lists the habits found, naming the interview they came from (the
feedback itself is not quoted back; front ends escape the company name like any user text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.interviews.log import Interview


@dataclass(frozen=True)
class Habit:
    """One way of answering to change, where the feedback said so, and the step to take."""

    habit: str
    source: str
    action: str

    def to_dict(self) -> dict[str, Any]:
        return {"habit": self.habit, "source": self.source, "action": self.action}


_FLAGS = re.IGNORECASE
HABITS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "ownership",
        re.compile(
            # Not any "we": the employer writes "we" about themselves ("we were impressed").
            r"['\"‘’“”]we['\"‘’“”]|\b(said|saying|used|using) (the word )?we\b"
            r"|what you (did|had done|yourself)|your (own|individual|personal) (part|role)"
            r"|your (own |individual |personal )?contribution",
            _FLAGS,
        ),
        "Say 'I' for your own part of each story ('I called the supplier'), and keep "
        "'we' for what the team did together.",
    ),
    (
        "too short",
        re.compile(
            r"\b(answers?|responses?)\b[^.;]*\b(short|brief|thin)\b|\bmore (detail|depth)\b"
            r"|\b(short|brief) (answers?|responses?)\b",
            _FLAGS,
        ),
        "Give the whole story in about 1-2 minutes: the situation, your task, the steps "
        "you took and how it ended.",
    ),
    (
        "too long",
        re.compile(r"\brambl\w*|\blong[- ]winded\b|\btoo long\b|\b(more|be) concise\b", _FLAGS),
        "Keep each answer to about 2 minutes: one example, the steps you took, the result; "
        "leave out side stories.",
    ),
    (
        "results and figures",
        re.compile(
            r"\bno (numbers|figures|metrics|results?)\b|\bquantif\w*|\bmeasurable\b"
            r"|\b(impact|outcomes?|results?) (was|were) (not |un)clear\b",
            _FLAGS,
        ),
        "End every story with what changed, with a number if you have one (time saved, "
        "orders, complaints, money).",
    ),
)


def habits_from_feedback(interviews: Sequence[Interview]) -> tuple[Habit, ...]:
    """The habits the feedback points at, newest interview first, each named once."""
    found: dict[str, Habit] = {}
    for interview in interviews:
        for name, pattern, action in HABITS:
            if name not in found and pattern.search(interview.feedback):
                source = f"{interview.company}, {interview.date}"
                found[name] = Habit(name, source, action)
    return tuple(found.values())
