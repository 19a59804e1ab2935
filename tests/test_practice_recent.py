"""A drawn session leaves out the questions answered in the last few days, when it can."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from interview.config import Settings
from interview.history.store import HistoryStore
from interview.practice.recent import recently_answered
from interview.practice.session import choose_questions
from interview.practice.state import PracticeOptions
from interview.questions import load_banks

ANSWER = "We counted the leftover pastries for two weeks and cut the bake on slow days."


def test_questions_answered_yesterday_are_not_drawn_again(store: HistoryStore) -> None:
    bank = load_banks(Settings.from_env({"INTERVIEW_HOME": "/nonexistent-home"}))
    options = PracticeOptions(count=4, competencies=("problem-solving",), role="general", seed=7)
    first = choose_questions(store, bank, options)
    for question in first:
        store.save_attempt(question, answer_text=ANSWER)
    assert recently_answered(store) == {q.id for q in first}
    again = choose_questions(store, bank, options)
    assert len(again) == 4 and not {q.id for q in again} & {q.id for q in first}


def test_a_narrow_choice_still_fills_the_session(store: HistoryStore) -> None:
    bank = load_banks(Settings.from_env({"INTERVIEW_HOME": "/nonexistent-home"}))
    options = PracticeOptions(count=40, competencies=("problem-solving",), role="general", seed=3)
    every = choose_questions(store, bank, options)
    assert 4 < len(every) < 40  # all of them: none left to spare
    store.save_attempt(every[0], answer_text=ANSWER)
    narrow = PracticeOptions(count=len(every), competencies=("problem-solving",), role="general")
    assert len(choose_questions(store, bank, narrow)) == len(every)


def test_only_the_last_few_days_count(store: HistoryStore) -> None:
    bank = load_banks(Settings.from_env({"INTERVIEW_HOME": "/nonexistent-home"}))
    store.save_attempt(bank.questions[0], answer_text=ANSWER)
    later = datetime.now(UTC) + timedelta(days=4)
    assert recently_answered(store, now=later) == frozenset()
    assert recently_answered(store) == {bank.questions[0].id}
