"""The interview log: what a real interview was, and the questions remembered from it.

A debrief arrives as loose input (a JSON object from the CLI, a form on the page), so it
is checked here, once, before anything is stored: every problem names the field, the bad
value and what is allowed, and a debrief with any problem stores nothing. The records
returned by the store are the frozen types below; they become JSON only at the edge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from interview.errors import DebriefError

Outcome = Literal["waiting", "offer", "rejected", "withdrew"]
OUTCOMES: tuple[Outcome, ...] = ("waiting", "offer", "rejected", "withdrew")
# Suggestions for the page; any short text is accepted (companies name stages differently).
STAGES: tuple[str, ...] = ("screen", "first round", "second round", "final", "assessment day")
MatchSource = Literal["auto", "user", "custom"]
RATINGS = (1, 2, 3, 4, 5)
# How a rating reads to the user: plain and kind, never a verdict on the person.
RATING_WORDS = {1: "hard going", 2: "rough", 3: "okay", 4: "good", 5: "went well"}
MAX_TEXT = 2_000
MAX_QUESTIONS = 40


@dataclass(frozen=True)
class DebriefQuestion:
    """One question as the user remembers it, how it went, and its bank match.

    Attributes:
        text: the question in the user's words.
        rating: 1 (hard going) to 5 (went well).
        notes: what happened ("froze", "no example ready").
        question_id: the closest bank question, or None when nothing is close.
        competency: the competency it tested, or None when it cannot be told.
        match_source: "auto" (matched here), "user" (corrected), "custom" (saved as own).
        id: the stored id (0 before it is stored).
        attempt_ids: practice attempts answering it again, oldest first.
    """

    text: str
    rating: int
    notes: str = ""
    question_id: str | None = None
    competency: str | None = None
    match_source: MatchSource = "auto"
    id: int = 0
    attempt_ids: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "rating": self.rating,
            "notes": self.notes,
            "question_id": self.question_id,
            "competency": self.competency,
            "match_source": self.match_source,
            "attempt_ids": list(self.attempt_ids),
        }


@dataclass(frozen=True)
class Interview:
    """One real interview and its debrief.

    Attributes:
        company, role: who and what for.
        date: the day of the interview (ISO date).
        stage: screen, first round, final... (free text).
        outcome: waiting, offer, rejected or withdrew.
        feedback: what the employer said, if anything.
        contact: the interviewer's or recruiter's name, for drafts ("" if unknown).
        highlight: something from the interview worth mentioning in a reply.
        questions: the debriefed questions, in the order given.
        id: the stored id (0 before it is stored).
    """

    company: str
    role: str
    date: str
    stage: str
    outcome: Outcome
    feedback: str = ""
    contact: str = ""
    highlight: str = ""
    questions: tuple[DebriefQuestion, ...] = field(default=())
    id: int = 0

    @property
    def mean_rating(self) -> float | None:
        """The average self-rating, or None before any question is debriefed."""
        if not self.questions:
            return None
        return round(sum(q.rating for q in self.questions) / len(self.questions), 2)

    @property
    def label(self) -> str:
        """How lists name it: "Acme, Data analyst (2026-11-20)"."""
        return f"{self.company}, {self.role} ({self.date})"

    def with_questions(self, questions: Sequence[DebriefQuestion]) -> Interview:
        return replace(self, questions=tuple(questions))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "company": self.company,
            "role": self.role,
            "date": self.date,
            "stage": self.stage,
            "outcome": self.outcome,
            "feedback": self.feedback,
            "contact": self.contact,
            "highlight": self.highlight,
            "mean_rating": self.mean_rating,
            "questions": [q.to_dict() for q in self.questions],
        }


def _text(data: Mapping[str, Any], key: str, *, required: bool, where: str = "") -> str:
    value = data.get(key, "" if not required else None)
    name = f"{where}{key}"
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        kind = "missing" if value is None else f"{type(value).__name__}, not text"
        raise DebriefError(f'"{name}" is {kind}; it must be text')
    value = value.strip()
    if required and not value:
        raise DebriefError(f'"{name}" is empty; say what it was')
    if len(value) > MAX_TEXT:
        raise DebriefError(f'"{name}" is {len(value)} characters; keep it under {MAX_TEXT}')
    return value


def check_date(value: Any, name: str = "date") -> str:
    """An ISO date (YYYY-MM-DD) as text, or DebriefError naming the field."""
    if not isinstance(value, str):
        raise DebriefError(f'"{name}" must be a date written YYYY-MM-DD, e.g. "2026-11-20"')
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise DebriefError(
            f'"{name}" is {value!r}; write the date as YYYY-MM-DD, e.g. "2026-11-20"'
        ) from None


def check_outcome(value: Any) -> Outcome:
    for outcome in OUTCOMES:
        if value == outcome:
            return outcome
    raise DebriefError(f'"outcome" is {value!r}; expected one of {", ".join(OUTCOMES)}')


def check_rating(value: Any, name: str = "rating") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in RATINGS:
        raise DebriefError(
            f'"{name}" is {value!r}; rate how it went from 1 (hard going) to 5 (went well)'
        )
    return value


def parse_question(item: Any, index: int) -> DebriefQuestion:
    where = f"questions[{index}]."
    if not isinstance(item, Mapping):
        raise DebriefError(f'"questions[{index}]" must be an object with "text" and "rating"')
    return DebriefQuestion(
        text=_text(item, "text", required=True, where=where),
        rating=check_rating(item.get("rating"), f"{where}rating"),
        notes=_text(item, "notes", required=False, where=where),
    )


def parse_interview(data: Any, *, need_questions: bool = True) -> Interview:
    """Check a debrief object (the `interview debrief add --json` input) completely."""
    if not isinstance(data, Mapping):
        raise DebriefError("the debrief must be one JSON object with company, role, date...")
    questions = data.get("questions", [] if not need_questions else None)
    if not isinstance(questions, list):
        raise DebriefError('"questions" must be a list of {"text", "rating", "notes"} objects')
    if need_questions and not questions:
        raise DebriefError('"questions" is empty; add at least one question you were asked')
    if len(questions) > MAX_QUESTIONS:
        raise DebriefError(f'"questions" has {len(questions)} items; at most {MAX_QUESTIONS}')
    return Interview(
        company=_text(data, "company", required=True),
        role=_text(data, "role", required=True),
        date=check_date(data.get("date")),
        stage=_text(data, "stage", required=False) or "interview",
        outcome=check_outcome(data.get("outcome", "waiting")),
        feedback=_text(data, "feedback", required=False),
        contact=_text(data, "contact", required=False),
        highlight=_text(data, "highlight", required=False),
        questions=tuple(parse_question(item, i) for i, item in enumerate(questions)),
    )
