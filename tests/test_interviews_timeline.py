"""Progress across interviews: did a competency that went badly improve in practice since?"""

from __future__ import annotations

import pytest

from interview.history.interviews import PracticeRow
from interview.interviews.log import DebriefQuestion, Interview
from interview.interviews.timeline import change_since, timeline


def row(day: str, score: float, competency: str = "conflict") -> PracticeRow:
    return PracticeRow(f"{day}T09:00:00+00:00", "q", competency, score, True, True, True)


@pytest.mark.parametrize(
    "scores_before, scores_after, verdict",
    [
        ([50, 55], [70, 75], "improved"),
        ([70], [68, 72], "steady"),
        ([80], [60], "lower"),
        ([60], [], "not practised yet"),
        ([], [50, 52, 70, 75], "improved"),
    ],
)
def test_change_since(scores_before, scores_after, verdict) -> None:
    rows = [row("2026-11-01", s) for s in scores_before] + [
        row("2026-11-25", s) for s in scores_after
    ]
    rows.append(row("2026-11-25", 10, competency="teamwork"))  # another competency is ignored
    change = change_since("conflict", "2026-11-20", rows)
    assert change.verdict == verdict
    assert change.answers_since == len(scores_after)


def test_timeline_is_oldest_first_with_low_rated_competencies() -> None:
    def interview(company: str, day: str, rating: int) -> Interview:
        question = DebriefQuestion("q", rating, competency="conflict")
        return Interview(company, "Analyst", day, "final", "rejected", questions=(question,))

    entries = timeline(
        [interview("Late", "2026-11-28", 4), interview("Early", "2026-11-01", 2)], []
    )
    assert [e.interview.company for e in entries] == ["Early", "Late"]
    assert [c.competency for c in entries[0].changes] == ["conflict"]
    assert entries[1].changes == ()
    assert entries[0].to_dict()["mean_rating"] == 2
