"""Short, warm replies drafted from the interview log, for the user to edit and send.

Nothing is sent from here: a draft is text to copy. Every draft is filled entirely from
what the log knows (company, role, stage, the interviewer's name, something from the
interview worth mentioning, the user's own name), and a sentence whose detail is missing
is left out rather than left with a gap, so no "[name]" or "{company}" ever reaches the
user. The wording follows common advice after an interview: thank them, stay gracious,
ask one clear question, keep the door open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from interview.errors import DebriefError
from interview.interviews.log import Interview

DraftKind = Literal["rejection-reply", "feedback-request", "thank-you"]
DRAFT_KINDS: tuple[DraftKind, ...] = ("rejection-reply", "feedback-request", "thank-you")
DRAFT_LABELS = {
    "rejection-reply": "Reply to a rejection",
    "feedback-request": "Ask for feedback",
    "thank-you": "Thank-you note",
}


def _greeting(interview: Interview) -> str:
    name = interview.contact.strip()
    return f"Dear {name}," if name else f"Dear {interview.company} team,"


def _sign_off(sender: str) -> str:
    return f"Best wishes,\n{sender.strip()}" if sender.strip() else "Best wishes"


def _stage(interview: Interview) -> str:
    # Stages are free text and people often write the word themselves ("phone interview");
    # adding it again gave "my first interview interview".
    stage = interview.stage.strip()
    if not stage:
        return "interview"
    return stage if stage.casefold().split()[-1].startswith("interview") else f"{stage} interview"


def _highlight(interview: Interview, lead: str) -> str:
    text = interview.highlight.strip().rstrip(".")
    return f" {lead} {text[:1].lower()}{text[1:]}." if text else ""


def _rejection_reply(interview: Interview) -> str:
    return (
        f"Thank you for letting me know about the {interview.role} role, and for the time "
        f"you and the team gave me during the process. I am disappointed, but I enjoyed "
        f"learning about the work at {interview.company}."
        + _highlight(interview, "I especially valued")
        + f"\n\nI would be glad to be considered for future roles at {interview.company}. "
        "I wish you and the team every success."
    )


def _feedback_request(interview: Interview) -> str:
    return (
        f"Thank you again for considering me for the {interview.role} role at "
        f"{interview.company}. I am keen to keep improving, and I would be grateful for any "
        f"feedback on my {_stage(interview)}: in particular, what would have made my "
        "application stronger."
        "\n\nI understand you may be busy, so even a line or two would help. "
        "Thank you for your time."
    )


# How a thank-you note ends depends on how the interview ended: "I look forward to the
# next steps" reads oddly after a rejection.
_THANK_YOU_CLOSE = {
    "waiting": (
        "The role sounds like a great fit for what I enjoy doing, and I look forward to "
        "hearing about the next steps."
    ),
    "offer": "And thank you for the offer: I am delighted, and I look forward to joining you.",
    "rejected": "I am sorry it did not work out this time, and I would be glad to stay in touch.",
    "withdrew": (
        "Thank you for understanding my decision, and I wish you and the team every success."
    ),
}


def _thank_you(interview: Interview) -> str:
    close = _THANK_YOU_CLOSE.get(interview.outcome, _THANK_YOU_CLOSE["waiting"])
    return (
        f"Thank you for meeting me for the {_stage(interview)} for the {interview.role} role. "
        f"I enjoyed our conversation and learning more about {interview.company}."
        + _highlight(interview, "I especially valued")
        + f"\n\n{close}"
    )


_BODIES: dict[str, Callable[[Interview], str]] = {
    "rejection-reply": _rejection_reply,
    "feedback-request": _feedback_request,
    "thank-you": _thank_you,
}


def check_kind(kind: str) -> DraftKind:
    for known in DRAFT_KINDS:
        if kind == known:
            return known
    raise DebriefError(f"draft kind {kind!r} is unknown; expected one of {', '.join(DRAFT_KINDS)}")


def suggested_kind(outcome: str) -> DraftKind:
    """The draft that fits how the interview ended: a reply only once they have said no;
    before that (or after an offer) a thank-you note, never "I am disappointed"."""
    return "rejection-reply" if outcome == "rejected" else "thank-you"


# Drafts written for a "no": after an offer (or while still waiting) they would tell the
# employer "I am disappointed" or ask what would have made the application stronger.
_AFTER_A_NO: frozenset[str] = frozenset({"rejection-reply", "feedback-request"})


def mismatch(interview: Interview, kind: str) -> str | None:
    """A warning when the draft does not fit the logged outcome (None when it fits)."""
    if check_kind(kind) not in _AFTER_A_NO or interview.outcome == "rejected":
        return None
    return (
        f"this draft is written for a rejection, but the interview's outcome is "
        f"'{interview.outcome}'; if they have said no, change the outcome first "
        f"(`interview debrief update {interview.id} --outcome rejected`), otherwise "
        "send a thank-you note"
    )


def subject(interview: Interview, kind: str) -> str:
    """A subject line for the email."""
    if check_kind(kind) == "feedback-request":
        return f"Feedback on my application: {interview.role}"
    return f"{interview.role} at {interview.company}: thank you"


def draft(interview: Interview, kind: str, *, sender: str = "") -> str:
    """The draft of `kind` for this interview, ready to copy (subject line first)."""
    body = _BODIES[check_kind(kind)](interview)
    return (
        f"Subject: {subject(interview, kind)}\n\n{_greeting(interview)}\n\n{body}\n\n"
        f"{_sign_off(sender)}\n"
    )
