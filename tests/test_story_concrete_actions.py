"""A story told in the present tense has concrete actions too: a deed in the historic
present ("I ring our relief list") is as strong an Action as a past one (`star.verbs`),
while a vague verb or object stays weak. Our own answers."""

from __future__ import annotations

import pytest

from interview.analysis import analyse

OPENING = (
    "Last year our cafe lost two baristas in the same week. I had to keep the morning rush going. "
)
CLOSING = " By the end of the month we were back to normal."
QUESTION = "Tell me about a time you handled a staff shortage."


@pytest.mark.parametrize(
    "action,strength",
    [
        (
            "I ring our relief list and get one person in, and I move the quiz to the back room.",
            "strong",
        ),
        ("I look at the rota and I sort things out.", "weak"),  # "things" hides the deed
        ("I just worked on various stuff with the team and we kind of helped with things.", "weak"),
    ],
)
def test_present_tense_deeds_are_read_as_actions(action: str, strength: str) -> None:
    answer = analyse(OPENING + action + CLOSING, question=QUESTION)
    vague = ("weak", "action") in {(f.code, f.part) for f in answer.star.findings}
    assert answer.star.part("action").strength == strength
    assert vague is (strength == "weak")


def test_a_present_tense_story_is_not_told_its_actions_are_vague() -> None:
    story = (
        "It's a Friday evening and half the bar staff have called in sick. I'm the duty "
        "manager, so it's on me to keep the place open. I ring our relief list and get one "
        "person in, I move the quiz to the back room, and I close the cocktail menu so the "
        "bar only pours beer and wine. We get through the night with no complaints and take "
        "about the same as a normal Friday."
    )
    answer = analyse(story, question=QUESTION)
    assert not any("are vague" in tip.message for tip in answer.tips)
    assert answer.star.score == 100
