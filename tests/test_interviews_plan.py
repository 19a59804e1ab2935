"""The practice plan: focus areas with reasons, questions shared by need, a schedule."""

from __future__ import annotations

from datetime import date

import pytest

from interview.config import Settings
from interview.history.interviews import PracticeRow
from interview.interviews.evidence import Evidence
from interview.interviews.log import DebriefQuestion, Interview
from interview.interviews.plan import FocusArea, build_plan, focus_areas, schedule, shares
from interview.questions import load_banks

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def bank():
    return load_banks(Settings.from_env({"INTERVIEW_HOME": "/nonexistent-home"})).questions


def q(
    text: str, rating: int, competency: str | None, question_id: str | None = None
) -> DebriefQuestion:
    return DebriefQuestion(text=text, rating=rating, competency=competency, question_id=question_id)


def interview(company: str, day: str, *questions: DebriefQuestion, feedback: str = "") -> Interview:
    return Interview(
        company=company,
        role="Analyst",
        date=day,
        stage="first round",
        outcome="rejected",
        feedback=feedback,
        questions=questions,
    )


def row(
    competency: str, score: float, *, result: bool = True, day: str = "2026-11-01"
) -> PracticeRow:
    return PracticeRow(
        f"{day}T10:00:00+00:00", f"q-{competency}", competency, score, result, True, True
    )


ACME = interview(
    "Acme",
    "2026-11-20",
    q("disagreed with a colleague", 1, "conflict", "beh-conflict-01"),
    q("someone you did not get along with", 2, "conflict", "beh-conflict-05"),
    q("a deadline you missed", 3, "failure-and-learning", "beh-failure-03"),
    q("tell me about yourself", 4, "communication", "hr-tell-me-about-yourself"),
    q("a time you led a team", 5, "leadership", "beh-leadership-01"),
)


def test_low_conflict_ratings_put_conflict_first_with_most_questions(bank) -> None:
    plan = build_plan([ACME], [], bank, today=TODAY)
    assert plan.focus[0].competency == "conflict"
    assert plan.focus[0].why == "You rated 2 questions on conflict 1-2 in the Acme interview."
    competencies = [question.competency for question in plan.questions]
    assert competencies.count("conflict") * 2 > len(competencies)
    # the very questions that went badly come first
    assert [question.id for question in plan.questions[:2]] == [
        "beh-conflict-01",
        "beh-conflict-05",
    ]
    assert "leadership" not in {f.competency for f in plan.focus}  # rated 5


def test_reasons_from_every_source(bank) -> None:
    birch = interview(
        "Birch",
        "2026-11-27",
        q("a conflict with your manager", 3, "conflict", "beh-conflict-02"),
        feedback="We wanted clearer examples of prioritising deadlines.",
    )
    practice = [row("conflict", 40, result=False) for _ in range(4)]
    plan = build_plan(
        [birch, ACME], practice, bank, advert=[("teamwork", ("team player",))], today=TODAY
    )
    why = {f.competency: f.why for f in plan.focus}
    assert plan.focus[0].competency == "conflict"
    assert "it came up in 2 of your interviews" in why["conflict"]
    assert "your last 4 conflict answers lacked a result" in why["conflict"]
    assert "your last 4 conflict answers averaged 40 out of 100" in why["conflict"]
    assert "Birch's feedback mentioned" in why["time-management"]
    assert why["teamwork"] == "The job advert asks for it ('team player')."


def test_one_practice_answer_is_not_counted_as_one_of_many(bank) -> None:
    plan = build_plan([], [row("leadership", 4, result=False)], bank, today=TODAY)
    assert plan.focus[0].why == (
        "Your last leadership answer scored 4 out of 100; "
        "your last leadership answer lacked a result."
    )


def test_practice_history_alone_makes_a_plan(bank) -> None:
    practice = [row("integrity", 35) for _ in range(3)] + [row("teamwork", 90) for _ in range(3)]
    plan = build_plan([], practice, bank, today=TODAY)
    assert [f.competency for f in plan.focus] == ["integrity"]


def test_plan_suggests_general_questions_and_keeps_a_role_pack_question_really_asked(
    bank,
) -> None:
    asked = interview("Crumb", "2026-11-20", q("an angry customer", 2, "customer-focus", "cs-02"))
    practice = [row("problem-solving", 40) for _ in range(4)]
    plan = build_plan([asked], practice, bank, today=TODAY, total=8)
    by_id = {question.id: question for question in bank}
    assert by_id["cs-02"].roles != ("general",) and plan.questions[0].id == "cs-02"
    assert len(plan.questions) > 3
    assert all("general" in question.roles for question in plan.questions[1:])


def test_nothing_to_go_on_is_an_empty_plan(bank) -> None:
    plan = build_plan([], [], bank, today=TODAY)
    assert plan.focus == () and plan.questions == () and plan.schedule == ()
    assert plan.weights().competency == {}


def test_same_input_same_plan(bank) -> None:
    assert build_plan([ACME], [], bank, today=TODAY) == build_plan([ACME], [], bank, today=TODAY)


def test_focus_is_capped_at_three_and_ordered() -> None:
    items = [
        Evidence(c, p, f"reason {c}")
        for c, p in [("teamwork", 1), ("conflict", 4), ("integrity", 2), ("leadership", 3)]
    ]
    assert [f.competency for f in focus_areas(items)] == ["conflict", "leadership", "integrity"]


@pytest.mark.parametrize(
    "points, total, expected",
    [
        ([5.0], 6, [6]),
        ([7.0, 2.0], 6, [5, 1]),
        ([3.0, 3.0, 3.0], 6, [2, 2, 2]),
        ([9.0, 0.5, 0.5], 6, [4, 1, 1]),
        ([1.0, 1.0, 1.0], 3, [1, 1, 1]),
    ],
)
def test_shares(points, total, expected) -> None:
    focus = [FocusArea(f"c{i}", p, "") for i, p in enumerate(points)]
    assert shares(focus, total) == expected


def test_schedule_before_the_next_interview(bank) -> None:
    questions = build_plan([ACME], [], bank, today=TODAY).questions
    sessions = schedule(questions, TODAY, date(2026, 12, 8))
    assert len(sessions) == 3
    assert sessions[0].day == "2026-12-01" and sessions[-1].day == "2026-12-07"
    assert sorted(i for s in sessions for i in s.question_ids) == sorted(q.id for q in questions)
    tomorrow = schedule(questions, TODAY, date(2026, 12, 2))
    assert [s.day for s in tomorrow] == ["2026-12-01"]
    assert len(schedule(questions, TODAY, None)) == 3


def test_plan_weights_favour_the_focus(bank) -> None:
    weights = build_plan([ACME], [], bank, today=TODAY).weights()
    assert weights.competency["conflict"] == 1.0
    assert all(0 < w <= 1.0 for w in weights.competency.values())
