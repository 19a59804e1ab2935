"""Noticing a hard day in a debrief's notes, and answering with one small next step.

Notes written the evening of a rejection can be raw ("I was useless", "gutted"). The
app does not diagnose or label anyone; it simply notices such words and offers the next
small, doable step, because the seeds of this product advise exactly that: take a short
break, then turn the experience into focused practice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from interview.interviews.log import DebriefQuestion

_LOW = re.compile(
    r"\b(awful|terrible|horrible|useless|stupid|idiot|hopeless|gutted|devastated|humiliat\w*|"
    r"embarrass\w*|disaster|hate myself|worst|blew it|messed up|never get|give up|pointless)\b",
    re.IGNORECASE,
)

NEXT_STEP = (
    "That sounds like a hard one. Interviews are difficult for everyone, and one answer "
    "is not a verdict on you. Take a short break if you need it; when you are ready, the "
    "next small step is to answer just one of these questions again, out loud, for two minutes."
)


def sounds_low(notes: Iterable[str]) -> bool:
    """Whether any note uses words of a low moment (checked word by word, nothing more)."""
    return any(_LOW.search(note) for note in notes)


def next_step(questions: Iterable[DebriefQuestion]) -> str | None:
    """The gentle next step to show under a debrief whose notes sound low, else None."""
    return NEXT_STEP if sounds_low(q.notes for q in questions) else None


# One kind, forward-looking line per outcome, shown with the interview on the page.
OUTCOME_NOTES = {
    "waiting": "While you wait, a short session on the plan keeps it fresh.",
    "offer": "Congratulations. What worked here is worth writing down while it is fresh.",
    "rejected": (
        "Not this time, and that often says more about the shortlist than about you. "
        "A polite reply and a request for feedback keep the door open (see Drafts)."
    ),
    "withdrew": "Knowing what you do not want is useful too.",
}


def outcome_note(outcome: str) -> str:
    """The line to show beside an interview with this outcome."""
    return OUTCOME_NOTES.get(outcome, "")
