"""Which competencies the story bank covers, which hang on one story, which story is overused.

Interviewers ask about a dozen competencies in many wordings; a prepared candidate has a
story for each and does not lean on one story for everything. The matrix is
competency x story; the verdicts follow fixed rules:

    uncovered   a competency no story shows
    single      a competency exactly one story shows
    overused    a story tagged with more than MAX_COMPETENCIES competencies, or the only
                story for more than MAX_SOLE competencies (it cannot carry them all in one
                interview)

Each uncovered competency gets a bank question to practise it, chosen the same way every
time (behavioral first, then the easiest, then by id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.history.stories import StoryRecord
from interview.models import COMPETENCIES, Question

MAX_COMPETENCIES = 4
MAX_SOLE = 2


@dataclass(frozen=True)
class Coverage:
    """The story bank against the competencies.

    Attributes:
        competencies: every competency with the ids of the stories that show it.
        uncovered: competencies with no story.
        single: competencies with exactly one story.
        overused: ids of stories asked to carry too much (see the module docstring).
        nudges: a bank question id per uncovered competency that has one.
    """

    competencies: dict[str, tuple[int, ...]]
    uncovered: tuple[str, ...]
    single: tuple[str, ...]
    overused: tuple[int, ...]
    nudges: dict[str, Question]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `interview stories coverage --json` (keys only ever added)."""
        return {
            "competencies": {name: list(ids) for name, ids in self.competencies.items()},
            "uncovered": list(self.uncovered),
            "overused": list(self.overused),
            "single": list(self.single),
            "nudges": {
                name: {"question_id": q.id, "question": q.text} for name, q in self.nudges.items()
            },
        }


def nudge_question(questions: Sequence[Question], competency: str) -> Question | None:
    """A question to practise `competency`: behavioral first, then easiest, then by id."""
    fitting = [q for q in questions if q.competency == competency]
    order = {"behavioral": 0, "situational": 1, "hr": 2}
    fitting.sort(key=lambda q: (order.get(q.kind, 3), q.difficulty, q.id))
    return fitting[0] if fitting else None


def coverage(stories: Sequence[StoryRecord], questions: Sequence[Question] = ()) -> Coverage:
    """The matrix and its verdicts; `questions` (the banks) supply the nudges."""
    matrix = {name: tuple(s.id for s in stories if name in s.competencies) for name in COMPETENCIES}
    uncovered = tuple(name for name, ids in matrix.items() if not ids)
    single = tuple(name for name, ids in matrix.items() if len(ids) == 1)
    sole = {s.id: sum(matrix[name] == (s.id,) for name in COMPETENCIES) for s in stories}
    overused = tuple(
        s.id for s in stories if len(s.competencies) > MAX_COMPETENCIES or sole[s.id] > MAX_SOLE
    )
    nudges = {name: q for name in uncovered if (q := nudge_question(questions, name)) is not None}
    return Coverage(matrix, uncovered, single, overused, nudges)
