"""An answer to "How do you handle pressure?" that says what the speaker does and backs it
with one real time counts as a good answer (`hr.checklist_more`)."""

from __future__ import annotations

from interview.analysis import analyse
from interview.analysis.hr.families import family_of

QUESTION = "How do you handle pressure and stress at work?"
BACKED = (
    "I keep calm by working out what has to be done first. One evening in the cafe two "
    "staff went home ill just before a coach party of forty arrived. I moved the washer-up "
    "onto the till, took the hot drinks myself and asked the kitchen to send out sandwiches "
    "first. Everyone was served within half an hour, and since then I ask for help earlier "
    "instead of trying to carry it all myself."
)
VAGUE = (
    "There is always a lot of pressure in my line of work and I think I deal with stress "
    "quite well. Stress is part of any job really and pressure does not bother me much."
)


def test_the_pressure_question_has_a_family() -> None:
    assert family_of(QUESTION) == "pressure"
    assert family_of("How do you cope with tight deadlines?") == "pressure"
    assert family_of("Tell me about yourself.") != "pressure"


def test_a_backed_example_counts_and_outscores_a_vague_answer() -> None:
    good = analyse(BACKED, kind="hr", question=QUESTION, question_id="hr-pressure")
    poor = analyse(VAGUE, kind="hr", question=QUESTION, question_id="hr-pressure")
    assert good.hr_content.score == 100
    assert good.relevance.verdict == "on_topic"
    assert good.score >= 70
    assert good.score > poor.score + 20
    assert "example" in {check.key for check in poor.hr_content.missing}
    assert any("one real time" in tip.message for tip in poor.tips)
