"""Wording that fits where a part comes from: a plan's parts in plan terms, a story's in
story terms, a plan's outcome as one aimed for, and no advice given twice (issue 10)."""

from __future__ import annotations

from typing import Any

import pytest

from interview.analysis import analyse
from interview.analysis.specificity.hr_fit import for_advice
from interview.cli.report import render_report
from interview.ui import feedback

QUESTION = "What would you do if a new teammate kept missing the deadlines you agreed on?"
PLAN = (
    "I would first ask them privately what is getting in the way. Then I would agree smaller "
    "milestones with them and check in twice a week."
)
STORY = (
    " Last year at Fenwick Logistics a new analyst on my team missed three report deadlines "
    "in a row. I sat down with him and found he was waiting on data from another team. I set "
    "up a weekly handover with that team and his next six reports went out on time."
)
AIMED = " That way the work would get back on track and they would feel supported."


def test_a_mixed_answer_names_each_part_by_where_it_comes_from() -> None:
    analysis = analyse(PLAN + STORY, kind="situational", question=QUESTION)
    line = next(x for x in render_report(analysis).splitlines() if x.startswith("STAR "))
    assert "a plan and a past example" in line
    assert "situation strong" in line  # told in the story, not "plan: situation"
    assert "action and plan step strong" in line  # steps planned and actions taken


def test_the_page_names_a_mixed_answer_s_parts_by_where_they_come_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def markdown(text: str, *args: Any, **kwargs: Any) -> None:
        shown.append(text)

    monkeypatch.setattr(feedback.st, "markdown", markdown)
    feedback.star_parts(analyse(PLAN + STORY, kind="situational", question=QUESTION))
    assert shown[0].startswith("A plan and a past example: ")
    assert "**Situation** (strong)" in shown[0]
    assert "**Action and plan step** (strong)" in shown[0]
    assert "Plan: situation" not in shown[0]
    shown.clear()
    feedback.star_parts(analyse(PLAN + AIMED, kind="situational", question=QUESTION))
    assert "**Plan\\: step** (strong)" in shown[0]  # a plan alone keeps its plan names


def test_a_plan_s_outcome_is_one_aimed_for_not_a_result() -> None:
    analysis = analyse(PLAN + AIMED, kind="situational", question=QUESTION)
    assert analysis.star.sentences[-1].plan_part == "result"
    finding = next(f for f in analysis.star.findings if f.code == "result_not_measurable")
    tip = next(t for t in analysis.tips if t.area == "result")
    for message in (finding.message, tip.message):
        assert message.startswith("The outcome you would aim for, 'That way the work would")
        assert "know the plan worked" in message
        assert "Your result" not in message


def test_a_story_s_result_is_still_asked_for_a_number() -> None:
    text = STORY.replace("his next six reports", "his reports")
    analysis = analyse(text + " In the end things got better.", question="Tell me about a time")
    tip = next(t for t in analysis.tips if t.area == "result")
    assert tip.message.startswith("Your result")


@pytest.mark.parametrize(
    ("question", "text", "checklist"),
    [
        (
            "What are your greatest strengths?",
            "My greatest strength is that I stay calm under pressure. I think that would help "
            "in this role because support work gets busy.",
            "an example or a figure",
        ),
        (
            "What are your salary expectations?",
            "I'm flexible about salary and would like to hear what you have in mind based on "
            "the role.",
            "a figure or a range",
        ),
    ],
)
def test_a_missing_figure_is_asked_for_once(question: str, text: str, checklist: str) -> None:
    tips = [t.message for t in analyse(text, kind="hr", question=question).tips]
    assert any(checklist in tip for tip in tips)
    assert not any("no figures" in tip for tip in tips)


def test_the_facts_line_is_left_alone_once_the_checklist_has_its_figure() -> None:
    text = "I stay calm under pressure, and it would help with the busy support queue here."
    spec = analyse(text, kind="hr", question="What are your greatest strengths?").specificity
    facts = next(p for p in spec.parts if p.name == "facts").value
    left = for_advice(spec, "strengths", ("role",))
    assert next(p for p in left.parts if p.name == "facts").value == facts < 1.0
    asked = for_advice(spec, "strengths", ("example",))
    assert next(p for p in asked.parts if p.name == "facts").value == 1.0
    assert asked.score == spec.score  # the score still reads every line
