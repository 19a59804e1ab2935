"""The end-of-session summary: one row per answered question, and what to work on next."""

from __future__ import annotations

import dataclasses

import pytest

from interview.analysis import analyse
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
