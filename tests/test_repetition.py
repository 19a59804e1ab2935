"""Sentences said more than once: found, capped modestly, named once in a tip."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.repetition import find_repeats

STORY = (
    "Last spring our warehouse kept shipping orders to the wrong bay because the pick labels "
    "were printed in the old layout. As shift lead I had to stop the mistakes before the "
    "holiday rush. I rewrote the label template in our Zebra printer software and walked "
    "each picker through the new layout over two shifts. Mis-picks dropped from 40 a week "
    "to 6 within a month."
)
QUESTION = "Tell me about a time you fixed a recurring problem."


@pytest.mark.parametrize(
    ("sentences", "copies"),
    [
        (["I rang the supplier at six.", "i rang the SUPPLIER at six!"], 1),
        (["Thank you.", "Thank you."], 0),  # short sentences are said twice in honest speech
        (["I rang the supplier at six.", "I rang the supplier at seven."], 0),
        (["I rang the supplier at six."] * 3, 2),
    ],
)
def test_find_repeats_normalises_and_ignores_short_sentences(
    sentences: list[str], copies: int
) -> None:
    assert find_repeats(sentences).copies == copies


def test_an_answer_pasted_eight_times_is_capped_and_told_once() -> None:
    once = analyse(STORY, question=QUESTION)
    pasted = analyse(" ".join([STORY] * 8), question=QUESTION)
    assert once.score_cap is None or once.score_cap.reason != "repeats_itself"
    assert pasted.score_cap is not None and pasted.score_cap.reason == "repeats_itself"
    assert pasted.score_cap.factor == pytest.approx(1 - 0.5 * 7 / 8, abs=0.01)
    assert pasted.score < once.score - 30
    first = pasted.tips[0]
    assert first.area == "repetition"
    assert "repeats itself" in first.message
    assert first.message.count("Last spring") == 1


def test_one_repeated_sentence_costs_little() -> None:
    story = (
        STORY + " I rewrote the label template in our Zebra printer software and walked "
        "each picker through the new layout over two shifts."
    )
    result = analyse(story, question=QUESTION)
    assert result.score_cap is not None and result.score_cap.reason == "repeats_itself"
    assert result.score_cap.factor >= 0.85
