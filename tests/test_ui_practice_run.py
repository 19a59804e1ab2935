"""The practice session's moves: question → feedback → retry or next → summary."""

from __future__ import annotations

import pytest

from interview.models import Question
from interview.ui import practice_run

QUESTIONS = (
    Question("q1", "First?", "behavioral", "teamwork", think_seconds=10, answer_seconds=60),
    Question("q2", "Second?", "hr", "communication"),
)


def fresh() -> practice_run.PracticeRun:
    return practice_run.start(
        QUESTIONS, session_id=7, think_s=30, answer_s=90, mode="voice", now=100.0
    )


def test_the_session_timing_replaces_the_questions_own() -> None:
    run = fresh()
    assert (run.question.think_seconds, run.question.answer_seconds) == (30, 90)
    assert run.position == "Question 1 of 2"


@pytest.mark.parametrize(
    ("answering_at", "now", "spent"),
    [(None, 110.0, 0.0), (None, 160.0, 30.0), (105.0, 110.0, 5.0), (200.0, 210.0, 80.0)],
)
def test_answer_seconds_count_from_the_end_of_thinking(
    answering_at: float | None, now: float, spent: float
) -> None:
    run = fresh()
    if answering_at is not None:
        run = practice_run.answering_now(run, answering_at)
    assert run.answer_seconds(now) == spent


@pytest.mark.parametrize(
    ("answering_at", "started"), [(None, 130.0), (110.0, 110.0), (145.0, 130.0)]
)
def test_ready_early_starts_the_answer_clock_but_late_never_extends_thinking(
    answering_at: float | None, started: float
) -> None:
    run = fresh()
    if answering_at is not None:
        run = practice_run.answering_now(run, answering_at)
    assert run.answer_started() == started


def test_answer_retry_next_and_summary() -> None:
    run = practice_run.answered(fresh(), 11)
    assert (run.stage, run.attempt_id) == ("feedback", 11)
    run = practice_run.retry(run, now=200.0)
    assert (run.stage, run.index, run.shown_at, run.answering_at) == ("question", 0, 200.0, None)
    run = practice_run.answered(run, 12)
    run = practice_run.advance(run, now=300.0)
    assert (run.stage, run.index, run.position) == ("question", 1, "Question 2 of 2")
    run = practice_run.answered(run, 13)
    run = practice_run.advance(run)
    assert run.stage == "summary"
    assert [a.attempt_id for a in practice_run.latest_attempts(run)] == [12, 13]


def test_skipping_every_question_ends_with_an_empty_summary() -> None:
    run = practice_run.advance(practice_run.advance(fresh()))
    assert run.stage == "summary" and practice_run.latest_attempts(run) == ()
