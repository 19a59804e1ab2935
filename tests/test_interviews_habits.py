"""Feedback about how the user answered ("we", length, figures) reaches the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from interview.interviews.habits import habits_from_feedback
from interview.interviews.log import DebriefQuestion, Interview
from interview.interviews.plan import build_plan

BAKERY = Interview(
    company="Crumb & Co",
    role="Shift supervisor",
    date="2026-12-01",
    stage="first round",
    outcome="rejected",
    questions=(DebriefQuestion(text="a busy period you led", rating=2, competency="leadership"),),
)


@pytest.mark.parametrize(
    ("feedback", "habits"),
    [
        (
            "Good examples, but we could not tell what you did yourself; you said 'we' a lot. "
            "Also your answers were a bit short.",
            ["ownership", "too short"],
        ),
        ("You kept saying we, so your own part was hard to see.", ["ownership"]),
        ("Strong candidate but you rambled on the second question.", ["too long"]),
        ("There were no numbers to show the impact of your work.", ["results and figures"]),
        ("We were impressed by your teamwork; we liked your stories a lot.", []),
        ("Clear and concise, we just had a candidate with more experience.", []),
        ("", []),
    ],
)
def test_habits_found_in_feedback(feedback: str, habits: list[str]) -> None:
    found = habits_from_feedback([replace(BAKERY, feedback=feedback)])
    assert [h.habit for h in found] == habits
    assert all(h.source == "Crumb & Co, 2026-12-01" for h in found)


def test_the_plan_carries_the_habits_and_never_quotes_the_feedback() -> None:
    feedback = "You said 'we' the whole time <b>and</b> gave no figures."
    plan = build_plan([replace(BAKERY, feedback=feedback)], [], [], today=date(2026, 12, 2))
    data = plan.to_dict()
    assert [h["habit"] for h in data["habits"]] == ["ownership", "results and figures"]
    assert all("<b>" not in h["action"] and "whole time" not in h["action"] for h in data["habits"])
    assert {"focus", "questions", "schedule", "next_interview"} <= set(data)


def test_the_same_habit_is_named_once_from_the_newest_interview() -> None:
    older = replace(BAKERY, company="Birch", date="2026-10-01", feedback="Answers too long.")
    newer = replace(BAKERY, feedback="You could be more concise.")
    [habit] = habits_from_feedback([newer, older])
    assert habit.source == "Crumb & Co, 2026-12-01"
