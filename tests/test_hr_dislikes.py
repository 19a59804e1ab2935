""" "What did you like least about your last job?" has a small checklist: one real part of
the work, said fairly, and what was done about it; a strength in disguise is heard."""

from __future__ import annotations

from interview.analysis import analyse
from interview.analysis.analysis import Analysis
from interview.analysis.hr.families import family_of

QUESTION = "What did you like least about your last job?"
GOOD = (
    "The part I enjoyed least was the end-of-month filing, because it was all on paper and "
    "took most of a Friday. I suggested a shared folder with one naming rule, and my "
    "supervisor let me set it up. Filing now takes about an hour."
)
DISGUISED = (
    "Honestly I'm a perfectionist, so at my last job I always wanted more time to get every "
    "letter right before it went out."
)


def _hr(text: str) -> Analysis:
    return analyse(text, kind="hr", question=QUESTION, question_id="hr-liked-least")


def test_the_question_has_a_family() -> None:
    assert family_of(QUESTION) == "dislikes"
    assert family_of("What did you enjoy least in your placement?") == "dislikes"


def test_a_fair_answer_with_what_was_done_beats_a_disguised_strength() -> None:
    good, poor = _hr(GOOD), _hr(DISGUISED)
    assert good.hr_content.score == 100
    assert good.score > poor.score + 20
    assert [fault.key for fault in poor.hr_content.faults] == ["disguised_strength"]
    areas = {tip.area for tip in poor.tips}
    assert "hr_content" in areas
    assert any("what you did about it" in tip.message for tip in poor.tips)
