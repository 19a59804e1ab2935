"""Score cards and the end-of-session advice, read from the analysis JSON."""

from __future__ import annotations

import dataclasses

import pytest

from interview.analysis import analyze
from interview.config import Settings
from interview.history.records import Attempt
from interview.history.store import HistoryStore
from interview.models import Question
from interview.ui.feedback import cards, next_steps

ANSWER = (
    "Last spring our team missed two release dates. I had to ship the mobile app by May. "
    "I split the work into weekly milestones. We shipped on May 28 and crashes fell by 40 percent."
)


@pytest.fixture
def stored() -> Attempt:
    store = HistoryStore.open(Settings.from_env())
    return store.save_attempt(Question("q", "Q?", "hr", "communication"), answer_text="x")


def attempt(base: Attempt, i: int, tips: list[dict[str, str]]) -> Attempt:
    return dataclasses.replace(base, id=i, analysis={"tips": tips})


def test_typed_answer_cards_say_what_cannot_be_measured() -> None:
    shown = {card.label: card for card in cards(analyze(ANSWER, kind="behavioral").to_dict())}
    assert list(shown) == [
        "Overall",
        "STAR",
        "Specificity",
        "Fillers / min",
        "Pace (wpm)",
        "Length",
    ]
    assert shown["Overall"].value.endswith("/100")
    assert shown["Pace (wpm)"].value == "—" and "spoken" in (shown["Pace (wpm)"].help or "")
    assert shown["Length"].value.startswith("≈")


def test_hr_answers_are_not_scored_on_star() -> None:
    shown = {card.label: card for card in cards(analyze(ANSWER, kind="hr").to_dict())}
    assert shown["STAR"].value == "n/a"


@pytest.mark.parametrize(
    ("pace", "direction", "verdict", "colour"),
    [("good", None, "easy to follow", "green"), ("flagged", "fast", "fast", "red")],
)
def test_pace_verdicts(pace: str, direction: str | None, verdict: str, colour: str) -> None:
    analysis = {"delivery": {"wpm": 150.0, "pace": pace, "pace_direction": direction}}
    card = cards(analysis)[4]
    assert (card.value, card.verdict, card.colour) == ("150", verdict, colour)


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
