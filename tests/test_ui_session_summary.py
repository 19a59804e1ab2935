"""The end-of-session summary: one row per answered question, and what to work on next."""

from __future__ import annotations

import dataclasses

import pytest

from interview.analysis import analyse
from interview.areas import area_label
from interview.config import Settings
from interview.history.attempts import Attempt
from interview.history.store import HistoryStore
from interview.models import Question
from interview.ui.session_summary import next_steps, summary_rows


@pytest.fixture
def stored() -> Attempt:
    store = HistoryStore.open(Settings.from_env())
    return store.save_attempt(Question("q", "Q?", "hr", "communication"), answer_text="x")


# A stored analysis whose tips each test chooses.
STORED = analyse("I answered the question.", kind="hr").to_dict()


def attempt(base: Attempt, i: int, tips: list[dict[str, str]]) -> Attempt:
    return dataclasses.replace(base, id=i, analysis={**STORED, "tips": tips})


def tip(area: str, message: str) -> dict[str, str]:
    return {"area": area, "message": message}


def test_next_steps_count_each_area_once_per_answer(stored: Attempt) -> None:
    said = [
        attempt(stored, 1, [tip("result", "End with a number."), tip("result", "Again.")]),
        attempt(stored, 2, [tip("result", "Say what changed."), tip("fillers", "Pause.")]),
        attempt(stored, 3, [tip("fillers", "Breathe.")]),
    ]
    steps = next_steps(said)
    assert steps[0].startswith("**Result** (in 2 of 3 answers)")
    assert steps[1].startswith("**Fillers** (in 2 of 3 answers)")


def test_next_steps_without_tips_encourage_a_harder_session(stored: Attempt) -> None:
    assert "difficulty 3" in next_steps([attempt(stored, 1, [])])[0]


def test_an_unanalysed_answer_shows_dashes_not_zeros(stored: Attempt) -> None:
    [row] = summary_rows([stored])
    assert (row["Overall"], row["Pace (wpm)"], row["Over time"]) == ("—", "—", "")


STORY = analyse("We had a deadline and we met it.", kind="behavioral").to_dict()


def story(base: Attempt, i: int, tips: list[dict[str, object]]) -> Attempt:
    return dataclasses.replace(base, id=i, analysis={**STORY, "tips": tips})


def test_next_steps_put_substance_before_length_however_often_length_came_up(
    stored: Attempt,
) -> None:
    # Length in 4 of 6 answers, a real example missing once, specificity twice: the order
    # the feedback itself uses (a real example, then its detail, then length), counts kept.
    length = tip("length", "Aim for about two minutes.")
    said = [story(stored, i, [length]) for i in range(1, 5)]
    said[0] = story(stored, 1, [length, tip("specificity", "Add a figure.")])
    said.append(story(stored, 5, [tip("example", "Tell one real time it happened.")]))
    said.append(story(stored, 6, [tip("specificity", "Name the tool.")]))
    steps = next_steps(said, limit=3)
    assert [step.split("**")[1] for step in steps] == [
        area_label("example"),
        area_label("specificity"),
        area_label("length"),
    ]
    assert "(in 1 of 6 answers): Tell one real time" in steps[0]
    assert "(in 2 of 6 answers): Add a figure" in steps[1]
    assert "(in 4 of 6 answers)" in steps[2]


def test_within_a_tier_the_points_to_gain_decide_not_the_count(stored: Attempt) -> None:
    said = [
        story(stored, 1, [{**tip("result", "Say how it ended."), "gain": 9.0}]),
        story(stored, 2, [{**tip("action", "Say what you did."), "gain": 2.0}]),
        story(stored, 3, [{**tip("action", "Name your step."), "gain": 2.0}]),
    ]
    assert [step.split("**")[1] for step in next_steps(said)] == [
        area_label("result"),
        area_label("action"),
    ]
