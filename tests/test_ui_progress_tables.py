"""The progress tables from a real history: per competency, and per question with its change."""

from __future__ import annotations

import pytest

from interview.answers import record_attempt
from interview.config import Settings
from interview.history.progress import progress_summary
from interview.history.store import HistoryStore
from interview.models import Question
from interview.ui.progress_tables import competency_rows, question_rows

DEADLINE = Question("q-deadline", "Tell me about a deadline.", "behavioral", "time-management")
CONFLICT = Question("q-conflict", "Tell me about a conflict.", "behavioral", "conflict")
WEAK = "We had a deadline. We worked hard and it went fine."
STRONG = (
    "In May 2024 our billing release slipped by two weeks. I had to ship it by Friday. "
    "I cut the scope to three screens and I paired with QA every afternoon. "
    "As a result we shipped on Thursday and support tickets fell by 30 percent."
)


@pytest.fixture
def summary_store() -> HistoryStore:
    store = HistoryStore.open(Settings.from_env())
    record_attempt(store, CONFLICT, answer_text=STRONG)
    record_attempt(store, DEADLINE, answer_text=WEAK)
    record_attempt(store, DEADLINE, answer_text=STRONG)
    return store


def test_questions_practised_most_come_first_with_their_change(
    summary_store: HistoryStore,
) -> None:
    deadline, conflict = question_rows(progress_summary(summary_store).per_question)
    assert (deadline["Question"], deadline["Answers"]) == (DEADLINE.text, 2)
    assert deadline["Change"].startswith("+") and int(deadline["Change"]) > 0
    assert deadline["Best"] == deadline["Latest"]
    # One analysed answer has no change yet: a dash, never "None".
    assert (conflict["Answers"], conflict["Change"]) == (1, "—")
    assert list(deadline)[:3] == ["Latest", "Best", "Change"]  # figures first, for phones


def test_competencies_are_named_in_words(summary_store: HistoryStore) -> None:
    rows = competency_rows(progress_summary(summary_store).per_competency)
    assert {row["Competency"]: row["Answers"] for row in rows} == {
        "Conflict": 1,
        "Time management": 2,
    }
