"""Score cards and tips, read from the typed analysis (interview.ui.feedback)."""

from __future__ import annotations

import dataclasses

import pytest
from fakes import make_transcript

from interview.analysis import analyse
from interview.analysis.from_json import tips as read_tips
from interview.ui.feedback import TipLine, cards, tip_lines

ANSWER = (
    "Last spring our team missed two release dates. I had to ship the mobile app by May. "
    "I split the work into weekly milestones. We shipped on May 28 and crashes fell by 40 percent."
)


def test_typed_answer_cards_say_what_cannot_be_measured() -> None:
    shown = {card.label: card for card in cards(analyse(ANSWER, kind="behavioral"))}
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
    shown = {card.label: card for card in cards(analyse(ANSWER, kind="hr"))}
    assert shown["STAR"].value == "n/a"


def test_an_hr_answer_with_a_checklist_shows_its_content_instead() -> None:
    weakness = analyse(
        "I rush my checks when the shop is busy, which once cost us a wrong delivery.",
        kind="hr",
        question="What is your greatest weakness?",
    )
    shown = {card.label: card for card in cards(weakness)}
    assert "STAR" not in shown
    assert shown["Content"].value == f"{weakness.hr_content.score}/100"


@pytest.mark.parametrize(
    ("pace", "direction", "verdict", "colour"),
    [("good", None, "easy to follow", "green"), ("flagged", "fast", "fast", "red")],
)
def test_pace_verdicts(pace: str, direction: str | None, verdict: str, colour: str) -> None:
    spoken = analyse(ANSWER, transcript=make_transcript(ANSWER))
    assert spoken.delivery is not None
    delivery = dataclasses.replace(spoken.delivery, wpm=150.0, pace=pace, pace_direction=direction)
    card = cards(dataclasses.replace(spoken, delivery=delivery))[4]
    assert (card.value, card.verdict, card.colour) == ("150", verdict, colour)


@pytest.mark.parametrize(
    ("tip", "shown"),
    [
        (
            {
                "area": "result",
                "message": "After 'We shipped', say what changed.",
                "quote": "We shipped.",
            },
            TipLine("Result", "After 'We shipped', say what changed.", None),
        ),
        (
            {"area": "star_task", "message": "Say what your job was.", "quote": "We shipped."},
            TipLine("Star task", "Say what your job was.", "We shipped."),
        ),
        (
            {
                "area": "length",
                "message": "Tell more, after 'I wrote templates for the twenty most common...'.",
                "quote": "I wrote templates for the twenty most common questions, and more.",
            },
            TipLine(
                "Length",
                "Tell more, after 'I wrote templates for the twenty most common...'.",
                None,
            ),
        ),
        (
            {"area": "fillers", "message": "Pause instead of 'um'."},
            TipLine("Fillers", "Pause instead of 'um'.", None),
        ),
    ],
)
def test_a_tip_quotes_its_sentence_only_when_the_advice_does_not(
    tip: dict[str, str], shown: TipLine
) -> None:
    assert tip_lines(read_tips([tip])) == (shown,)


def test_voice_that_could_not_be_made_out_is_shown_with_its_times() -> None:
    from interview.analysis import Analysis
    from interview.ui.feedback import unclear_text

    spoken = analyse(ANSWER, transcript=make_transcript(ANSWER))
    assert spoken.delivery is not None and unclear_text(spoken) is None
    delivery = dataclasses.replace(spoken.delivery, unintelligible=((12.0, 15.4),))
    unclear = Analysis.from_dict(dataclasses.replace(spoken, delivery=delivery).to_dict())
    assert "could not be made out (0:12-0:16)" in (unclear_text(unclear) or "")
