"""The story bank: competencies suggested from a story's words, coverage, fit to a question."""

from __future__ import annotations

import pytest

from interview.history.stories import StoryRecord
from interview.models import COMPETENCIES, Question
from interview.stories.competencies import suggest_competencies
from interview.stories.coverage import coverage
from interview.stories.draft import StoryError, draft_from_json
from interview.stories.feedback import story_feedback
from interview.stories.matching import fitting_stories


@pytest.mark.parametrize(
    "text,first",
    [
        ("An angry customer complained about a refund; I called back.", "customer-focus"),
        ("I disagreed with my manager; after the argument we found a compromise.", "conflict"),
        ("My mistake failed the release; the lesson was to test first.", "failure-and-learning"),
        ("I mentored two juniors, led the team and delegated reviews.", "leadership"),
        ("The deadline moved up two weeks so I reprioritised the backlog.", "time-management"),
    ],
)
def test_competencies_are_suggested_from_the_words(text: str, first: str) -> None:
    suggested = suggest_competencies(text)
    assert suggested[0] == first and set(suggested) <= set(COMPETENCIES)
    assert suggest_competencies(text) == suggested  # deterministic


def test_no_cue_no_suggestion() -> None:
    assert suggest_competencies("Blue sky over the hills.") == ()


def _story(story_id: int, *competencies: str, action: str = "I fixed it.") -> StoryRecord:
    return StoryRecord(
        story_id, f"u{story_id}", f"Story {story_id}", "", "", action, "", competencies,
        None, (), "2026-01-01", "2026-01-01",
    )  # fmt: skip


def test_coverage_finds_uncovered_single_and_overused() -> None:
    wide = _story(1, "teamwork", "leadership", "conflict", "initiative", "adaptability")
    pair = _story(2, "teamwork", "communication")
    questions = (
        Question("h1", "Why us?", "hr", "integrity"),
        Question("b2", "Tell me about honesty.", "behavioral", "integrity", difficulty=3),
        Question("b1", "Tell me about a hard truth.", "behavioral", "integrity", difficulty=2),
    )
    result = coverage((wide, pair), questions)
    assert result.competencies["teamwork"] == (1, 2)
    assert result.competencies["integrity"] == () and "integrity" in result.uncovered
    assert "leadership" in result.single and "teamwork" not in result.single
    assert result.overused == (1,)
    assert result.nudges["integrity"].id == "b1"
    data = result.to_dict()
    assert set(data) >= {"competencies", "uncovered", "overused"}
    assert data["competencies"]["teamwork"] == [1, 2]


def test_a_story_sole_for_many_competencies_is_overused() -> None:
    lone = _story(1, "teamwork", "leadership", "conflict")
    assert coverage((lone,)).overused == (1,)
    assert coverage((_story(1, "teamwork", "leadership"),)).overused == ()


def test_stories_that_fit_a_question_say_why() -> None:
    question = Question("c1", "Tell me about a conflict with a customer.", "behavioral", "conflict")
    fits = fitting_stories(
        question,
        (
            _story(1, "teamwork", action="I baked bread."),
            _story(2, "conflict", action="I calmed the customer down."),
            _story(3, "integrity", action="The customer asked for a discount."),
        ),
    )
    assert [f.story.id for f in fits] == [2, 3]
    assert fits[0].competency and fits[0].shared_words == ("customer",)
    assert "competency" in fits[0].reason() and "'customer'" in fits[0].reason()


BASE = {"title": "t", "situation": "", "task": "", "action": "I did", "result": ""}


@pytest.mark.parametrize(
    "data,message",
    [
        ([], "must be a JSON object"),
        ({k: v for k, v in BASE.items() if k != "result"}, '"result" must be text'),
        ({**BASE, "title": " "}, "title"),
        ({**BASE, "action": ""}, "action"),
        ({**BASE, "extra": 1}, "unknown story field 'extra'"),
        ({**BASE, "competencies": ["x"]}, "unknown competency 'x'"),
        ({**BASE, "competencies": []}, "non-empty list"),
        ({**BASE, "situation": 3}, "it is a number"),
    ],
)
def test_bad_stories_are_refused_with_the_field_named(data: object, message: str) -> None:
    with pytest.raises(StoryError, match=message):
        draft_from_json(data)


def test_each_part_gets_feedback_from_the_answer_analysis() -> None:
    draft = draft_from_json(
        {
            "title": "Nightly import",
            "situation": "In 2024 our nightly import at Acme failed twice a week.",
            "task": "My job was to make it reliable before the audit.",
            "action": "We looked at the logs and we rewrote the parser together.",
            "result": "",
        }
    )
    feedback = story_feedback(draft)
    assert feedback["situation"]["reads_as"] == "situation" and feedback["situation"]["figures"]
    assert "'We' outnumbers 'I'" in feedback["action"]["message"]
    assert (
        feedback["result"]["written"] is False and "how it ended" in feedback["result"]["message"]
    )
    assert set(feedback["story"]) >= {"score", "star_score", "specificity", "findings"}
