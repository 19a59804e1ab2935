"""A one-line answer gets one plain tip first, that it is too short and what the question
wants, and no advice on the details of its few words (`tips.one_liner`)."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.tips.one_liner import ONE_LINER_WORDS


@pytest.mark.parametrize(
    "question,kind,fragment",
    [
        ("Are you willing to work some weekends?", "hr", "one real example"),
        ("What would you do if a colleague missed a deadline?", "situational", "a plan"),
        ("What is your greatest weakness?", "hr", "the steps you took"),
        ("Why do you want to work for us?", "hr", "something specific about the employer"),
        ("What are your salary expectations?", "hr", "cover: a figure or a range; what it is"),
    ],
)
def test_a_one_word_answer_gets_one_plain_tip(question: str, kind: str, fragment: str) -> None:
    tips = analyse("Yes.", kind=kind, question=question).tips
    first = tips[0]
    assert first.area == "length" and "too short to answer this question" in first.message
    assert fragment in first.message
    # No figure, name or step to add to the word 'Yes', and the length is said once.
    assert [tip.area for tip in tips] == ["length"]
    assert "to 'Yes'" not in first.message and "After your answer" not in first.message


def test_a_fault_in_a_one_liner_is_still_told_after_it() -> None:
    tips = analyse(
        "I'm a perfectionist.", kind="hr", question="What is your greatest weakness?"
    ).tips
    assert [tip.area for tip in tips] == ["length", "hr_content"]
    assert "perfectionist" in tips[1].message


def test_a_short_real_answer_is_not_a_one_liner() -> None:
    text = "I stay calm under pressure by writing a short list and doing the first item."
    assert len(text.split()) >= ONE_LINER_WORDS
    tips = analyse(text, kind="hr", question="How do you handle stress?").tips
    assert not any("too short to answer" in tip.message for tip in tips)
