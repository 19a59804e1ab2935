"""A leading clause does not decide a sentence's part (`star.lead`)."""

from __future__ import annotations

import pytest

from interview.analysis.sentences import split_sentences
from interview.analysis.star.cues import sentence_cues, sentence_words
from interview.analysis.star.labeller import analyse_star
from interview.analysis.star.lead import main_clause_cues

SETTING = (
    "At the bakery we had a wedding order of three hundred rolls due on Saturday morning. "
    "On Friday night the second oven broke down halfway through the bake. "
)
CLOSING = "Every roll was delivered by nine and the couple ordered again for their anniversary."


def _cue_labels(text: str) -> set[str]:
    words = sentence_words(text)
    return {
        c.label for c in main_clause_cues(words, kind="behavioral", index=2, count=4, text=text)
    }


@pytest.mark.parametrize(
    "step",
    [
        "Even though the owner was worried about the cost, I borrowed an oven from next door.",
        "When the second oven stopped, I moved the rest of the dough into the walk-in fridge.",
        "To keep the order on time, I split the bake between the first oven and a borrowed one.",
        "Although we were short of staff that night, I called in the weekend baker to help.",
    ],
)
def test_a_step_behind_a_leading_clause_is_an_action(step: str) -> None:
    report = analyse_star(split_sentences(SETTING + step + " " + CLOSING))
    assert report.sentences[2].part == "action"


def test_a_step_after_a_concession_mid_story_is_an_action() -> None:
    answer = (
        "I was running the night shift at a parcel depot when a conveyor belt started to fray. "
        "Even though we were already two hours behind schedule and the manager was angry, "
        "I stopped the belt straight away. "
        "I had the maintenance crew replace the section before we restarted. "
        "Nobody was hurt and we still cleared the backlog by six."
    )
    report = analyse_star(split_sentences(answer))
    assert [s.part for s in report.sentences] == ["situation", "action", "action", "result"]


def test_setting_cues_inside_a_leading_clause_are_not_read() -> None:
    sentence = "Even though the team was behind schedule, I stopped the line for an hour."
    whole = {
        c.label
        for c in sentence_cues(sentence_words(sentence), kind="behavioral", index=2, count=4)
    }
    assert "situation" in whole
    assert "situation" not in _cue_labels(sentence)
    assert "action" in _cue_labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A setting phrase in front is often the setting itself: its cues stay.
        "In my first year at the library, the catalogue was three months behind.",
        # No leading clause at all.
        "The catalogue was three months behind when I joined.",
    ],
)
def test_a_setting_phrase_keeps_its_cues(sentence: str) -> None:
    assert "situation" in _cue_labels(sentence)


def test_a_talk_held_behind_a_purpose_clause_is_an_action() -> None:
    answer = (
        "At the cafe two of my baristas kept arguing over who closed the till each night. "
        "The row was starting to upset customers at the counter. "
        "To settle it, I had a quiet word with each of them after their shifts. "
        "I drew up a closing rota that swapped the till every week. "
        "The arguing stopped and both of them thanked me for the rota."
    )
    report = analyse_star(split_sentences(answer))
    assert [s.part for s in report.sentences][2:4] == ["action", "action"]
