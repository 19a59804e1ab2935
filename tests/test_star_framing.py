"""Sentence framing: a lived story, what one would do, or a claim about oneself."""

from __future__ import annotations

import pytest

from interview.analysis.star.framing import frame_sentence


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("I would first sit down with them privately to hear their side.", "hypothetical"),
        ("I'd start by pulling last month's figures.", "hypothetical"),
        ("If a guest complained, I would apologise and offer a new dish.", "hypothetical"),
        ("My first step would be to call the supplier.", "hypothetical"),
        ("I'm going to escalate it to the site manager.", "hypothetical"),
        ("Imagine a parent is unhappy with their child's grade.", "hypothetical"),
        ("I always get on well with people in a team.", "generic"),
        ("I'm a very organised person.", "generic"),
        ("You have to stay calm with an angry customer.", "generic"),
        ("I think it's important to keep everyone in the loop.", "generic"),
        ("If a resident is confused, I explain each step slowly.", "generic"),
        ("I usually plan my lessons on Sunday evenings.", "generic"),
        # What the speaker has come to know, a habit opening the sentence, a present passive.
        ("I have found that most complaints start with a missed phone call.", "generic"),
        ("Often, when I ask a supplier for a date, I get a straight answer.", "generic"),
        ("Many times it just means giving people a minute to vent.", "generic"),
        # Claims of working well under pressure, in the words people use for them.
        ("I find that I do my most careful work when a deadline is close.", "generic"),
        ("I know how to keep calm when the phones are ringing.", "generic"),
        ("I thrive on a busy month end.", "generic"),
        # The past of a condition is no story: "if it was X, I would Y" is a habit or a plan.
        ("If it was a refund, I would take it to the supervisor.", "hypothetical"),
        ("Now and then a customer would be charged twice.", "hypothetical"),
        # Stories stay stories, whatever modal or present tense they hold.
        ("I told the client I would call back within the hour.", "past"),
        ("I'd already finished the stocktake by then.", "past"),
        ("We cut the waiting list to zero within a month.", "past"),
        ("So I walk in and the manager says the till is down.", "past"),
        ("When I was an apprentice, a boiler job overran by two days.", "past"),
        ("I work weekends at a garden centre, and last spring a delivery went missing.", "past"),
        ("I always double-checked the orders after that.", "past"),
    ],
)
def test_framing(text: str, framing: str) -> None:
    assert frame_sentence(text).framing == framing


def test_framing_quotes_its_words() -> None:
    verdict = frame_sentence("Honestly I would probably ring the customer first.")
    assert verdict.framing == "hypothetical"
    assert verdict.evidence.startswith("would")


def test_plain_story_sentence_has_no_evidence() -> None:
    assert frame_sentence("I rang the customer the same afternoon.").evidence == ""
