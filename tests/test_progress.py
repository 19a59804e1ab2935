"""Progress analytics over stored attempts: empty state, window, weak areas, per question."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from interview.cli.progress import QUESTION_ROWS, render_progress
from interview.history.export import import_document
from interview.history.progress import progress_summary
from interview.history.store import HistoryStore
from interview.models import COMPETENCIES

NOW = datetime(2025, 3, 31, 12, 0, tzinfo=UTC)


def analysis(
    score: float = 70,
    *,
    specificity: float = 75,
    missing: Sequence[str] = (),
    star: bool = True,
    fillers_per_min: float | None = 1.0,
    wpm: float | None = 145,
    ownership: float = 0.8,
    hedges: float = 0.5,
    verdict: str = "ok",
) -> dict[str, Any]:
    parts = {p: {"present": p not in missing} for p in ("situation", "task", "action", "result")}
    return {
        "score": score,
        "word_count": 200,
        "star": {"applies": star, "score": score if star else None, **(parts if star else {})},
        "specificity": {"score": specificity, "ownership": {"share": ownership}},
        "fillers": {"per_minute": fillers_per_min, "per_100_words": 1.0},
        "hedges": {"per_100_words": hedges},
        "delivery": {"wpm": wpm} if wpm is not None else None,
        "length": {"seconds": 80.0, "verdict": verdict},
    }


def add(
    store: HistoryStore,
    items: Sequence[tuple[str, dict[str, Any] | None]],
    *,
    days_ago_start: float = 20,
    competency: str = "teamwork",
) -> None:
    """Store attempts (question id, analysis or None for not analysed), one day apart."""
    start = store.count_attempts()
    attempts = []
    for n, (question_id, result) in enumerate(items):
        created = NOW - timedelta(days=days_ago_start) + timedelta(days=n)
        attempts.append(
            {
                "uid": f"u{start + n}",
                "question_id": question_id,
                "question_text": f"Question {question_id}?",
                "kind": "behavioral",
                "competency": competency,
                "status": "analysed" if result else "pending",
                "created_at": created.isoformat(),
                "answer_text": "An answer.",
                "analysis": result,
            }
        )
    import_document(store, {"sessions": [], "attempts": attempts})


def test_no_history_gives_an_empty_summary(store: HistoryStore) -> None:
    summary = progress_summary(store, now=NOW)
    data = summary.to_dict()
    assert (data["attempts"], data["weak_areas"], data["per_question"]) == (0, [], [])
    assert summary.weights().competency == {} and summary.weights().star_part == {}
    assert all(m.latest is None and m.trend == "steady" for m in summary.metrics)
    json.dumps(data)


def test_attempts_never_analysed_are_counted_but_not_scored(store: HistoryStore) -> None:
    add(store, [("q1", None), ("q1", None)])
    summary = progress_summary(store, now=NOW)
    assert (summary.attempts, summary.analysed, summary.not_analysed) == (2, 0, 2)
    assert summary.weak_areas == ()
    [question] = summary.per_question
    assert (question.attempts, question.analysed, question.best, question.change) == (
        2,
        0,
        None,
        None,
    )


def test_weak_areas_are_the_three_weakest_with_value_trend_and_action(store: HistoryStore) -> None:
    items = [
        ("q1", analysis(specificity=30 + 2 * n, missing=("result",) if n < 8 else ()))
        for n in range(10)
    ]
    add(store, items)
    summary = progress_summary(store, now=NOW)
    weak = summary.to_dict()["weak_areas"]
    assert [w["area"] for w in weak] == ["result", "specificity", "action"]  # ties: bigger lever
    assert weak[0]["value"] == 0.8 and weak[0]["trend"] == "improving"
    assert weak[1]["value"] == 39.0 and weak[1]["trend"] == "improving"
    assert "number" in weak[0]["action"] and "figure" in weak[1]["action"]
    assert set(weak[0]) >= {"area", "value", "trend", "action"}
    assert weak[2]["value"] == 0.0 and weak[2]["action"].startswith("Already in the good range")


@pytest.mark.parametrize(
    "fillers,trend",
    [
        ([9, 8, 8, 7, 6, 5], "improving"),
        ([2, 3, 5, 6, 8, 9], "declining"),
        ([6, 6, 9, 6, 6, 6], "steady"),
    ],
)
def test_fillers_trend_uses_every_attempt_in_the_window(
    store: HistoryStore, fillers: list[float], trend: str
) -> None:
    add(store, [("q1", analysis(fillers_per_min=f, specificity=20)) for f in fillers])
    areas = {a.area: a for a in progress_summary(store, now=NOW).areas}
    assert areas["fillers"].trend == trend
    assert areas["fillers"].value == sorted(fillers)[2] / 2 + sorted(fillers)[3] / 2


def test_window_is_the_last_month_or_the_last_ten(store: HistoryStore) -> None:
    add(store, [("old", analysis(specificity=10))] * 5, days_ago_start=200)
    add(store, [("new", analysis(specificity=80))] * 12, days_ago_start=15)
    summary = progress_summary(store, now=NOW)
    assert summary.window_attempts == 12
    assert {a.area: a.value for a in summary.areas}["specificity"] == 80
    later = progress_summary(store, now=NOW + timedelta(days=60))  # the month is empty
    assert later.window_attempts == 10


def test_typed_only_history_judges_fillers_per_100_words_and_skips_pace(
    store: HistoryStore,
) -> None:
    add(store, [("q1", analysis(fillers_per_min=None, wpm=None))] * 4)
    areas = {a.area: a for a in progress_summary(store, now=NOW).areas}
    assert "pace" not in areas
    assert areas["fillers"].unit == "median fillers per 100 words"


def test_hr_answers_have_no_star_areas(store: HistoryStore) -> None:
    add(store, [("hr-1", analysis(star=False))] * 4)
    summary = progress_summary(store, now=NOW)
    assert not {"situation", "task", "action", "result"} & {a.area for a in summary.areas}
    assert summary.star_missing == {}


def test_per_question_best_latest_and_change_since_the_first_try(store: HistoryStore) -> None:
    add(
        store,
        [
            ("q1", analysis(50)),
            ("q2", analysis(80)),
            ("q1", None),
            ("q1", analysis(72)),
            ("q1", analysis(64)),
        ],
    )
    by_id = {q.question_id: q for q in progress_summary(store, now=NOW).per_question}
    q1, q2 = by_id["q1"], by_id["q2"]
    assert (q1.attempts, q1.analysed, q1.best, q1.latest, q1.change) == (4, 3, 72, 64, 14)
    assert (q2.attempts, q2.best, q2.latest, q2.change) == (1, 80, 80, None)
    assert q1.question_text == "Question q1?"


def test_per_competency_average_and_count(store: HistoryStore) -> None:
    add(store, [("q1", analysis(60)), ("q2", analysis(80))], competency="teamwork")
    add(store, [("q3", analysis(40)), ("q3", None)], competency="conflict")
    rows = {c.competency: c for c in progress_summary(store, now=NOW).per_competency}
    assert (rows["teamwork"].analysed, rows["teamwork"].average) == (2, 70)
    assert (rows["conflict"].attempts, rows["conflict"].analysed, rows["conflict"].average) == (
        2,
        1,
        40,
    )


def test_weights_favour_low_scores_untried_competencies_and_missing_parts(
    store: HistoryStore,
) -> None:
    add(
        store,
        [("q1", analysis(90, missing=("task",))), ("q1", analysis(90))],
        competency="teamwork",
    )
    add(store, [("q2", analysis(30))] * 2, competency="conflict")
    add(store, [("q3", analysis(65))] * 2, competency="integrity")
    weights = progress_summary(store, now=NOW).weights()
    assert weights.competency["teamwork"] == 0.0  # 90 is above the good mark: no extra need
    assert weights.competency["conflict"] == 1.0  # 30 is below the poor mark
    assert weights.competency["integrity"] == pytest.approx(0.375)  # (80 - 65) / (80 - 40)
    assert weights.competency["leadership"] == round((0 + 1 + 0.375) / 3, 3)  # untried: mean
    assert set(weights.competency) == set(COMPETENCIES)
    assert weights.star_part == {"situation": 0.0, "task": 0.17, "action": 0.0, "result": 0.0}


def test_json_document_has_attempts_weak_areas_and_a_timeline(store: HistoryStore) -> None:
    add(store, [("q1", analysis(55 + n)) for n in range(5)] + [("q1", None)])
    data = json.loads(json.dumps(progress_summary(store, now=NOW).to_dict()))
    assert data["attempts"] == 6 and len(data["weak_areas"]) == 3
    assert [row["score"] for row in data["timeline"]] == [55, 56, 57, 58, 59]
    assert data["timeline"][0]["created_at"].startswith("2025-03-11T12:00:00")
    scores = {m["name"]: m for m in data["metrics"]}["score"]
    assert (scores["latest"], scores["recent"], scores["trend"]) == (59, 57, "steady")


@pytest.mark.parametrize(("hidden", "line"), [(3, "and 3 more"), (0, None)])
def test_text_says_how_many_repeated_questions_it_leaves_out(
    store: HistoryStore, hidden: int, line: str | None
) -> None:
    items = [(f"q{n:02d}", analysis(score=50 + n)) for n in range(QUESTION_ROWS + hidden)]
    add(store, items * 2)
    text = render_progress(progress_summary(store, now=NOW))
    shown = [row for row in text.splitlines() if row.startswith("  q")]
    assert len(shown) == QUESTION_ROWS
    more = [row.strip() for row in text.splitlines() if "more (all of them" in row]
    assert more == ([f"{line} (all of them: interview progress --json)"] if line else [])


def test_text_claims_no_trend_from_fewer_than_four_answers(store: HistoryStore) -> None:
    add(store, [("q1", analysis(score=28, missing=("result",))), ("q2", analysis(score=79))])
    text = render_progress(progress_summary(store, now=NOW))
    assert "steady" not in text and "improving" not in text
    assert "Overall score" in text and "too few answers to tell" in text
    add(store, [("q3", analysis(score=60)), ("q4", analysis(score=65))], days_ago_start=5)
    text = render_progress(progress_summary(store, now=NOW))
    assert "too few answers to tell" not in text
