"""Progress across real interviews: what happened at each, and what changed since.

For each interview, oldest first: the outcome, the mean self-rating, and for every
competency rated 1-2 there, whether practice since then has improved it. "Improved" is
judged on the practice scores of that competency: the mean of the answers since the
interview against the mean of the answers before it (or, with nothing before, the first
answers since against the latest), with a margin so that noise does not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.history.interviews import PracticeRow
from interview.interviews.log import Interview

MARGIN = 5.0
Verdict = Literal["improved", "steady", "lower", "not practised yet"]


@dataclass(frozen=True)
class CompetencyChange:
    """How a competency that went badly in an interview has gone in practice since."""

    competency: str
    answers_since: int
    before: float | None
    since: float | None
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "competency": self.competency,
            "answers_since": self.answers_since,
            "before": self.before,
            "since": self.since,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class TimelineEntry:
    """One interview on the timeline."""

    interview: Interview
    changes: tuple[CompetencyChange, ...]

    def to_dict(self) -> dict[str, Any]:
        i = self.interview
        return {
            "id": i.id,
            "date": i.date,
            "company": i.company,
            "role": i.role,
            "stage": i.stage,
            "outcome": i.outcome,
            "mean_rating": i.mean_rating,
            "weak_competencies": [c.to_dict() for c in self.changes],
        }


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def change_since(competency: str, day: str, rows: Sequence[PracticeRow]) -> CompetencyChange:
    scored = [r for r in rows if r.competency == competency and r.score is not None]
    before = [float(r.score) for r in scored if r.created_at[:10] <= day and r.score is not None]
    after = [float(r.score) for r in scored if r.created_at[:10] > day and r.score is not None]
    if not after:
        return CompetencyChange(competency, 0, _mean(before), None, "not practised yet")
    if before:
        start, now = _mean(before), _mean(after)
    else:
        half = max(1, len(after) // 2)
        start, now = _mean(after[:half]), _mean(after[half:] or after[-1:])
    assert start is not None and now is not None
    verdict: Verdict = (
        "improved" if now - start >= MARGIN else "lower" if start - now >= MARGIN else "steady"
    )
    return CompetencyChange(competency, len(after), start, now, verdict)


def timeline(
    interviews: Sequence[Interview], rows: Sequence[PracticeRow]
) -> tuple[TimelineEntry, ...]:
    """Every interview, oldest first, with its low-rated competencies followed up."""
    entries = []
    for interview in sorted(interviews, key=lambda i: (i.date, i.id)):
        weak = dict.fromkeys(
            q.competency for q in interview.questions if q.competency and q.rating <= 2
        )
        changes = tuple(change_since(c, interview.date, rows) for c in weak if c)
        entries.append(TimelineEntry(interview, changes))
    return tuple(entries)
