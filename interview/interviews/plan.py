"""The practice plan: three competencies to focus on, the questions to practise, and when.

The evidence (`interview.interviews.evidence`) is summed per competency; the three with
the most points become the focus, each with its reasons joined into one sentence. The
questions are shared out by those points (the first focus always gets the most, and at
least one question each), taking first the very questions that went badly in a real
interview, then questions not practised yet, easier first. The schedule spreads them over
a few short sessions before the next interview's date, if the user gave one.

Everything is deterministic: the same debriefs, history and date give the same plan. The
plan also steers "focus on my weak areas" practice through `weights()`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from interview.history.interviews import PracticeRow
from interview.interviews import evidence as ev
from interview.interviews.habits import Habit, habits_from_feedback
from interview.interviews.log import Interview
from interview.models import COMPETENCIES, Question
from interview.questions import Weights

FOCUS_COUNT = 3
PLAN_QUESTIONS = 6
SESSIONS = 3
MINUTES_PER_QUESTION = 5
GENERAL_ROLE = "general"


@dataclass(frozen=True)
class FocusArea:
    """A competency to practise, how much it needs it, and why in words."""

    competency: str
    points: float
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"competency": self.competency, "why": self.why, "points": round(self.points, 2)}


@dataclass(frozen=True)
class Session:
    """One short practice session of the schedule."""

    day: str
    question_ids: tuple[str, ...]
    minutes: int

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day, "question_ids": list(self.question_ids), "minutes": self.minutes}


@dataclass(frozen=True)
class Plan:
    """Focus areas (most needed first), suggested questions and a schedule."""

    focus: tuple[FocusArea, ...]
    questions: tuple[Question, ...]
    schedule: tuple[Session, ...]
    next_interview: str | None = None
    habits: tuple[Habit, ...] = ()

    def weights(self) -> Weights:
        """Per-competency weights for weak-area practice: the top focus 1, others in
        proportion to their points (empty plan, empty weights)."""
        if not self.focus:
            return Weights()
        top = self.focus[0].points
        return Weights(competency={f.competency: f.points / top for f in self.focus})

    def to_dict(self) -> dict[str, Any]:
        """The `interview plan --json` document."""
        return {
            "focus": [f.to_dict() for f in self.focus],
            "questions": [
                {"id": q.id, "competency": q.competency, "text": q.text} for q in self.questions
            ],
            "schedule": [s.to_dict() for s in self.schedule],
            "next_interview": self.next_interview,
            "habits": [h.to_dict() for h in self.habits],
        }


def _sentence(reasons: Sequence[str]) -> str:
    text = "; ".join(dict.fromkeys(reasons))
    return text[:1].upper() + text[1:] + "."


def focus_areas(items: Iterable[ev.Evidence], *, count: int = FOCUS_COUNT) -> tuple[FocusArea, ...]:
    """The competencies with the most evidence, most first (ties in the usual order)."""
    points: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for item in items:
        if item.points > 0 and item.competency in COMPETENCIES:
            points[item.competency] += item.points
            reasons[item.competency].append((item.points, item.reason))
    ranked = sorted(points, key=lambda c: (-points[c], COMPETENCIES.index(c)))[:count]
    return tuple(
        FocusArea(c, points[c], _sentence([r for _, r in sorted(reasons[c], key=lambda p: -p[0])]))
        for c in ranked
    )


def shares(focus: Sequence[FocusArea], total: int) -> list[int]:
    """Questions per focus area: in proportion to points, at least one each, first most."""
    if not focus or total <= 0:
        return []
    whole = sum(f.points for f in focus)
    counts = [max(1, round(total * f.points / whole)) for f in focus]
    while sum(counts) > total and max(counts[1:], default=0) > 1:
        counts[counts.index(max(counts[1:]), 1)] -= 1
    counts[0] = max(1, total - sum(counts[1:]))
    return counts


def _candidates(
    bank: Sequence[Question], competency: str, asked: Sequence[str], practised: set[str]
) -> list[Question]:
    pool = [q for q in bank if q.competency == competency]
    first = [q for qid in asked for q in pool if q.id == qid]
    # Beyond the questions really asked, only general ones: weak-area practice (which says
    # it follows this plan) draws from the general questions unless a role pack is chosen,
    # and a role pack's question ("a lesson that did not go as planned") can be far from
    # the user's field.
    rest = sorted(
        (q for q in pool if q.id not in asked and GENERAL_ROLE in q.roles),
        key=lambda q: (q.kind == "hr", q.id in practised, q.difficulty, q.id),
    )
    return list(dict.fromkeys(first + rest))


def pick_questions(
    focus: Sequence[FocusArea],
    bank: Sequence[Question],
    interviews: Sequence[Interview],
    practised: set[str],
    *,
    total: int = PLAN_QUESTIONS,
) -> tuple[Question, ...]:
    """The plan's questions, focus by focus; debriefed questions rated 1-3 come first."""
    asked = [
        q.question_id
        for interview in interviews
        for q in sorted(interview.questions, key=lambda q: q.rating)
        if q.question_id and q.rating <= 3
    ]
    chosen: list[Question] = []
    for area, count in zip(focus, shares(focus, total), strict=True):
        chosen += _candidates(bank, area.competency, asked, practised)[:count]
    return tuple(chosen)


def schedule(
    questions: Sequence[Question], today: date, next_interview: date | None
) -> tuple[Session, ...]:
    """A few short sessions: spread before the next interview, else every other day."""
    if not questions:
        return ()
    if next_interview is None:
        days = [today + timedelta(days=2 * i) for i in range(SESSIONS)]
    else:
        span = max((next_interview - today).days, 1)
        count = min(SESSIONS, span)
        step = (span - 1) / (count - 1) if count > 1 else 0
        days = [today + timedelta(days=round(i * step)) for i in range(count)]
    count = min(len(days), len(questions))
    return tuple(
        Session(
            days[i].isoformat(),
            tuple(q.id for q in questions[i::count]),
            MINUTES_PER_QUESTION * len(questions[i::count]),
        )
        for i in range(count)
    )


def build_plan(
    interviews: Sequence[Interview],
    practice: Sequence[PracticeRow],
    bank: Sequence[Question],
    *,
    advert: Sequence[tuple[str, Sequence[str]]] = (),
    today: date,
    next_interview: date | None = None,
    total: int = PLAN_QUESTIONS,
) -> Plan:
    """The plan from debriefs (newest interview first), practice history and an advert."""
    evidence = [
        *ev.from_ratings(interviews),
        *ev.from_recurrence(interviews),
        *ev.from_feedback(interviews),
        *ev.from_practice(practice, COMPETENCIES),
        *ev.from_advert(advert),
    ]
    focus = focus_areas(evidence)
    practised = {row.question_id for row in practice}
    questions = pick_questions(focus, bank, interviews, practised, total=total)
    return Plan(
        focus=focus,
        questions=questions,
        schedule=schedule(questions, today, next_interview),
        next_interview=next_interview.isoformat() if next_interview else None,
        habits=habits_from_feedback(interviews),
    )
