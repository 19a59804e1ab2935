"""HR answers are coached on what their question asks for first, and only on the detail
that fits the question: no "add a figure" to an honest weakness or to the questions a
candidate asks at the end (`tips.build.HR_TIERS`, `specificity.hr_fit`)."""

from __future__ import annotations

from interview.analysis import analyse
from interview.analysis.specificity.hr_fit import fits

WEAKNESS = (
    "My greatest weakness is that I find it hard to say no when colleagues ask for help. "
    "Last year it meant I fell behind on my own work more than once. Now I check my own "
    "deadlines before I agree, and I tell people honestly when I cannot take something on. "
    "It is getting better, and my manager has noticed."
)
QUESTIONS = (
    "Yes, thank you. What would success look like in the first six months for this role? "
    "And how does the team decide which projects to take on next? I would also like to "
    "hear what you enjoy most about working here."
)
INTRODUCTION = (
    "I am a backend developer who enjoys turning messy systems into simple ones. I started "
    "in support, which taught me to listen to users. Then I moved into development at a "
    "logistics firm, where I built the tools our drivers use. I am now looking for a team "
    "where I can grow into designing larger systems, which is why this role appeals to me."
)
STRENGTH = (
    "My greatest strength is that I stay calm under pressure and keep the team focused on "
    "what matters. When things go wrong I like to work through the problem step by step. "
    "People tell me I am easy to work with."
)


def _tips(text: str, question: str) -> list[tuple[str, str]]:
    return [(t.area, t.message) for t in analyse(text, kind="hr", question=question).tips]


def test_a_weakness_answer_hears_what_it_lacks_before_any_detail() -> None:
    tips = _tips(WEAKNESS, "What is your greatest weakness?")
    assert tips[0][0] == "hr_content"
    assert "the steps you took" in tips[0][1]
    assert not any("figure" in message for _, message in tips)


def test_content_tips_come_before_detail_even_when_detail_gains_as_much() -> None:
    areas = [area for area, _ in _tips(STRENGTH, "What is your greatest strength?")]
    assert "hr_content" in areas and "specificity" in areas
    assert areas.index("specificity") > max(i for i, a in enumerate(areas) if a == "hr_content")


def test_a_strengths_answer_is_still_asked_for_a_figure_once() -> None:
    tips = _tips(STRENGTH, "What is your greatest strength?")
    # the checklist asks for "an example or a figure"; "no figures" would say it again
    assert any(area == "hr_content" and "or a figure" in m for area, m in tips)
    assert not any("no figures" in m for _, m in tips)


def test_questions_for_us_get_no_advice_to_add_figures_names_or_deeds() -> None:
    tips = _tips(QUESTIONS, "Do you have any questions for us?")
    assert not any(area == "specificity" for area, _ in tips)
    assert not any("figure" in message for _, message in tips)
    length = [message for area, message in tips if area == "length"]
    assert length and "one more question" in length[0]


def test_an_introduction_is_asked_for_names_not_for_a_figure() -> None:
    tips = _tips(INTRODUCTION, "Tell me about yourself.")
    assert not any("figure" in message for _, message in tips)
    assert any("Name the tool, team" in message for _, message in tips)


def test_the_score_still_reads_every_line_of_the_specificity_formula() -> None:
    analysis = analyse(WEAKNESS, kind="hr", question="What is your greatest weakness?")
    assert analysis.specificity.part("facts") is not None
    assert not fits("weakness", "facts") and fits("strengths", "facts")
    assert fits(None, "facts")


def test_a_salary_answer_is_not_asked_to_name_a_tool_or_team() -> None:
    salary = (
        "I'm looking for something around 32 to 35 thousand. That's based on what similar "
        "roles in the area pay, but I'm open to talking about the whole package."
    )
    tips = _tips(salary, "What are your salary expectations?")
    assert not any("Name the tool" in message for _, message in tips)


CALM = (
    "I'd say my biggest strength is staying calm. Last winter when our ward lost power for "
    "two hours I kept the patients settled and ran the handover by torchlight."
)


def test_a_strength_s_detail_is_asked_of_its_example_not_of_the_claim() -> None:
    # The claim is backed by the very next sentence: no "back it up", no figure in the claim.
    tips = _tips(CALM, "What is your greatest strength?")
    detail = [message for area, message in tips if area in ("specificity", "length")]
    assert detail and not any("biggest strength is" in message for message in detail)
    assert not any("add one concrete example" in message for message in detail)


def test_a_sentence_an_hr_fault_quotes_gets_no_detail_tips() -> None:
    # "Leave out private details" and "Name the organisation in 'I'm 34, married ...'"
    # would pull the answer two ways.
    answer = (
        "I'm 34, married with two kids, and I love hiking and baking. I've been a "
        "receptionist at a dental practice for six years."
    )
    tips = _tips(answer, "Tell me about yourself.")
    assert any(area == "hr_content" and "I'm 34" in message for area, message in tips)
    assert not any(area == "specificity" and "I'm 34" in message for area, message in tips)
