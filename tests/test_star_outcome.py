"""Outcomes told without a change verb, and a duty told as an order (`star.outcome`)."""

from __future__ import annotations

import pytest

from interview.analysis.sentences import split_sentences
from interview.analysis.star.labeller import analyse_star
from interview.analysis.star.outcome import outcome_features

SETTING = "At the garden centre our two tills kept disagreeing with the cash count. "
DEED = "I counted both drawers with my supervisor at every change of shift. "


@pytest.mark.parametrize(
    "words,feature",
    [
        ("this allowed me to win back their trust", "it:enabled"),
        ("that meant the night staff could leave on time", "it:enabled"),
        ("after a week we agreed that the old form was clearer", "agreement"),
        ("we compromised and split the rota by day", "agreement"),
        ("in the end we agreed to disagree", "agreement"),
        ("she thanked me and booked again", "they:reaction"),
        ("the client apologised for the delay", "they:reaction"),
        ("she recommended us to her neighbours", "they:reaction"),
        ("restore the service and keep the customers informed", "imperative"),
    ],
)
def test_outcome_signs(words: str, feature: str) -> None:
    assert feature in outcome_features(words.split())


@pytest.mark.parametrize(
    "words",
    [
        # Agreeing the next step is a step ("so we agreed a break card" is an Action).
        "we agreed that she would check the board every morning",
        "we agreed on a trial for two weeks",
        # The speaker acts first; the team is only the object.
        "i went back to the team apologised and asked again",
        # A reaction inside a conceding clause is not how it ended.
        "while my manager appreciated the idea she still had doubts",
        # A noun opening a sentence with a verb of its own is no order.
        "work was piling up on the night shift",
        "it turned out the scanner was broken",
        # Advice on the next step is not a verdict on the outcome.
        "he recommended that i lift the tiles nearest the door",
    ],
)
def test_near_misses_carry_no_outcome_sign(words: str) -> None:
    assert not outcome_features(words.split())


@pytest.mark.parametrize(
    "closing",
    [
        "This meant the tills balanced every night that month.",
        "We agreed that counting at each change of shift was worth the ten minutes.",
        "My supervisor thanked me at the team meeting.",
    ],
)
def test_an_outcome_without_a_change_verb_is_the_result(closing: str) -> None:
    report = analyse_star(split_sentences(SETTING + DEED + closing))
    last = report.sentences[-1]
    assert last.part == "result"
    assert any("sentence structure" in e for e in last.evidence), last.evidence


def test_a_duty_told_as_an_order_is_the_task() -> None:
    text = (
        "Our booking system went down on the first morning of the school holidays. "
        "Get the bookings back, ring every family affected, and stop it happening again. "
        "I restored last night's backup and rang the families myself."
    )
    report = analyse_star(split_sentences(text))
    assert [s.part for s in report.sentences] == ["situation", "task", "action"]
    assert any("order" in e for e in report.sentences[1].evidence)


def test_asked_by_someone_to_do_it_is_the_task() -> None:
    text = (
        "I was asked by my head of year to run the Year 7 reading club. "
        "Only four pupils came to the first session. "
        "I moved it to lunchtime and let them choose the books."
    )
    report = analyse_star(split_sentences(text))
    assert report.sentences[0].part == "task"


@pytest.mark.parametrize(
    "words",
    [
        "i suggested posting the rota two weeks ahead and she respected that from then on",
        "i rang the family back that evening so they thanked me at the next visit",
    ],
)
def test_a_reaction_in_a_second_clause_is_an_outcome_sign(words: str) -> None:
    assert "they:reaction" in outcome_features(words.split())


def test_a_reaction_the_speaker_asked_for_is_no_outcome_sign() -> None:
    # "and asked her to ..." keeps the speaker acting: no one else reacts.
    words = "i thanked the porter and asked her to bring the wheelchair round"
    assert "they:reaction" not in outcome_features(words.split())


def test_a_step_then_a_reaction_closes_the_story() -> None:
    answer = (
        "My new supervisor kept changing the weekend rota without telling anyone. "
        "Two parents on the team missed pickups because of it. "
        "I asked her for ten minutes after a shift and explained how the late changes hit them. "
        "I suggested posting the rota two weeks ahead and she respected that from then on."
    )
    report = analyse_star(split_sentences(answer))
    assert report.sentences[-1].part == "result"
