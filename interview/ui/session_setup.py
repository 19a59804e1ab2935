"""Turning the practice set-up form into a session: choose the questions, start the clock.

The choices are validated by `interview.questions.select_questions` (unknown values raise
`QuestionBankError`); "focus on my weak areas" passes the history's weights, so about
70% of the questions train what the user's past answers were weakest at.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from interview.errors import QuestionBankError
from interview.questions import Weights, load_banks, select_questions
from interview.ui import practice_run, resources, setup_widgets
from interview.ui.practice_run import Mode, PracticeRun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from interview.history.store import HistoryStore
    from interview.models import Question

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setup:
    """What the user chose on the set-up form."""

    kind: str | None
    competencies: tuple[str, ...]
    role: str
    difficulty: int | None
    count: int
    think_s: int
    answer_s: int
    mode: Mode
    weak_areas: bool
    focus_part: str | None = None


def weak_area_weights(
    store: HistoryStore, *, focus_part: str | None = None, bank: Sequence[Question] = ()
) -> Weights:
    """What to favour: one STAR part when the session targets it, else the history's weights
    raised for the practice plan's focus competencies."""
    if focus_part is not None:
        return Weights(star_part={focus_part: 1.0})
    from interview.interviews.service import weak_area_weights as planned  # noqa: PLC0415

    return planned(store, bank)


def begin(setup: Setup) -> PracticeRun:
    """Pick the questions and record the session; QuestionBankError if none match."""
    store = resources.store()
    wanted = setup.weak_areas or setup.focus_part is not None
    banks = load_banks(resources.settings())
    weights = (
        weak_area_weights(store, focus_part=setup.focus_part, bank=banks.questions)
        if wanted
        else None
    )
    roles = tuple(dict.fromkeys((setup.role, "general")))
    questions = select_questions(
        banks,
        count=setup.count,
        kind=setup.kind,
        competencies=setup.competencies,
        role=roles,
        difficulty=setup.difficulty,
        weights=weights,
    )
    if not questions:
        raise QuestionBankError(
            "no question matches these choices; choose more competencies, another role or "
            "any difficulty"
        )
    session = store.start_session(asdict(setup))
    setup_widgets.remember(store, setup)
    return practice_run.start(
        questions,
        session_id=session.id,
        think_s=setup.think_s,
        answer_s=setup.answer_s,
        mode=setup.mode,
    )
