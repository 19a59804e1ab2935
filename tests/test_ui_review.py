"""Finding past answers: filters, sort orders and date ranges on attempt summaries."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from interview.answers import record_attempt
from interview.config import Settings
from interview.history.attempts import AttemptSummary
from interview.history.store import HistoryStore
from interview.models import Question
from interview.ui import review


def summary(i: int, text: str, competency: str, score: float | None, day: int) -> AttemptSummary:
    return AttemptSummary(
        id=i,
        session_id=None,
        question_id=f"q{i}",
        question_text=text,
        kind="behavioral",
        competency=competency,
        status="analysed" if score is not None else "failed",
        score=score,
        duration_s=60.0,
        over_time=False,
        has_recording=False,
        created_at=f"2026-03-{day:02d}T12:00:00.000000+00:00",
    )


ATTEMPTS = (
    summary(1, "Tell me about a tight deadline.", "time-management", 55.0, 1),
    summary(2, "Tell me about a conflict.", "conflict", 80.0, 5),
    summary(3, "Describe a deadline you missed.", "failure-and-learning", None, 9),
)


@pytest.mark.parametrize(
    ("filters", "sort", "ids"),
    [
        (review.Filters(), "newest", [3, 2, 1]),
        (review.Filters(), "oldest", [1, 2, 3]),
        (review.Filters(), "best", [2, 1, 3]),
        (review.Filters(), "worst", [1, 2, 3]),
        (review.Filters(words="DEADLINE"), "newest", [3, 1]),
        (review.Filters(competencies=("conflict",)), "newest", [2]),
        (review.Filters(since=date(2026, 3, 4)), "oldest", [2, 3]),
        (review.Filters(since=date(2026, 3, 2), until=date(2026, 3, 6)), "newest", [2]),
        (review.Filters(min_score=60), "newest", [2]),
    ],
)
def test_narrow(filters: review.Filters, sort: review.Sort, ids: list[int]) -> None:
    assert [s.id for s in review.narrow(ATTEMPTS, filters, sort)] == ids


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        ((), (None, None)),
        ((date(2026, 1, 2),), (date(2026, 1, 2), None)),
        ((date(2026, 1, 2), date(2026, 2, 1)), (date(2026, 1, 2), date(2026, 2, 1))),
        (date(2026, 1, 2), (date(2026, 1, 2), date(2026, 1, 2))),
        (None, (None, None)),
    ],
)
def test_date_range(picked: object, expected: tuple[date | None, date | None]) -> None:
    assert review.date_range(picked) == expected


def test_label_says_when_what_and_how_it_went() -> None:
    assert review.label(ATTEMPTS[0]).endswith("Tell me about a tight deadline. · 55/100")
    assert review.label(ATTEMPTS[2]).endswith("not analysed")


def test_comparison_is_oldest_first_and_leaves_out_what_neither_has() -> None:
    store = HistoryStore.open(Settings.from_env())
    question = Question("q", "Tell me about a deadline.", "behavioral", "time-management")
    first, second = (
        store.get_attempt(record_attempt(store, question, answer_text=text).attempt.id)
        for text in ("We had a deadline and it went fine.", "In May I cut the scope by half.")
    )
    number = review.numbers(store.list_attempts(question_id="q"))
    rows = review.comparison([second, first], number)
    names = [review.column_name(first, 1), review.column_name(second, 2)]
    assert list(rows[0]) == ["Measure", *names]
    # Saved within the same second, the two still read differently (number and score).
    assert names[0].startswith("Attempt 1 · ") and names[1].startswith("Attempt 2 · ")
    assert names[0].count(":") == 2 and names[0].endswith(f"{first.score:.0f}/100")
    measures = [row["Measure"] for row in rows]
    assert "Pace (wpm)" not in measures and "Fillers / min" not in measures
    assert measures[0] == "Overall"


@pytest.mark.parametrize(
    ("changes", "notes"),
    [
        ({}, "typed"),
        ({"has_recording": True, "over_time": True}, "recording · over time"),
        ({"status": "failed", "score": None}, "typed · not analysed"),
        ({"status": "pending", "score": None}, "typed · not analysed yet"),
    ],
)
def test_answer_notes_say_how_it_was_given_and_what_is_unusual(
    changes: dict[str, object], notes: str
) -> None:
    assert review.answer_notes(dataclasses.replace(ATTEMPTS[0], **changes)) == notes


def test_comparison_reads_like_the_cards_and_never_says_none() -> None:
    """An answer not analysed reads "—" beside the other's figures; pace and scores are
    rounded as on the score cards."""
    store = HistoryStore.open(Settings.from_env())
    question = Question("q", "Tell me about a deadline.", "behavioral", "time-management")
    analysed = record_attempt(store, question, answer_text="In May I cut the scope by half.")
    failed = store.save_attempt(question, answer_text="I planned it.")
    pair = [store.get_attempt(analysed.attempt.id), store.get_attempt(failed.id)]
    number = review.numbers(store.list_attempts(question_id="q"))
    rows = {row["Measure"]: row for row in review.comparison(pair, number)}
    missing = review.column_name(pair[1], number[failed.id])
    assert rows["Overall"][missing] == "—" and rows["Words"][missing] == "—"
    score = rows["Overall"][review.column_name(pair[0], number[analysed.attempt.id])]
    assert score == f"{pair[0].score:.0f}"
    assert all(value is not None for row in rows.values() for value in row.values())
