"""Follow-ups: chosen from what the answer lacked, and their answers judged on what was asked."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.models import Question
from interview.stories.follow_ups import Judgement, choose_follow_up, lacks
from interview.stories.judging import judge_follow_up

QUESTION = Question(
    id="q1",
    text="Tell me about a time you fixed a broken process.",
    kind="behavioral",
    competency="problem-solving",
    follow_ups=("Who else was involved, and how did you bring them along?",),
)
COMPLETE = (
    "Last year our nightly import kept failing. I was responsible for fixing it. I traced the "
    "failures to a date format and wrote a parser with 25 tests. Failures dropped to zero and "
    "the team saved 4 hours a week."
)


@pytest.mark.parametrize(
    "answer,focus",
    [
        (
            "Last spring our bakery was short of staff. My task was to keep orders going out. "
            "I reorganised the rota and I trained two new starters on the ovens.",
            "no_result",
        ),
        (
            "Last year our team had a failing nightly import. We had to fix it before the audit. "
            "We traced the failures, we wrote a parser and we added tests. In the end failures "
            "dropped to zero within 2 weeks.",
            "ownership",
        ),
        (
            "Last year our nightly import at work kept failing. I was responsible for fixing it. "
            "I traced the failures to a date format and I wrote a new parser. In the end the "
            "failures stopped and the team was much happier.",
            "no_figures",
        ),
        (COMPLETE, "no_reflection"),
    ],
)
def test_the_follow_up_asks_for_what_the_answer_lacked(answer: str, focus: str) -> None:
    chosen = choose_follow_up(QUESTION, analyse(answer))
    assert chosen is not None and chosen.focus == focus and chosen.reason
    assert lacks(analyse(answer)) == focus


def test_a_complete_answer_gets_the_question_s_own_follow_up() -> None:
    answer = COMPLETE + " I learned to write tests first, and next time I would do it on day one."
    chosen = choose_follow_up(QUESTION, analyse(answer))
    assert chosen is not None
    assert (chosen.focus, chosen.question) == ("bank", QUESTION.follow_ups[0])


def test_a_complete_answer_to_a_question_without_follow_ups_gets_a_general_one() -> None:
    answer = COMPLETE + " I learned to write tests first, and next time I would do it on day one."
    chosen = choose_follow_up(Question("q2", "Tell me.", "behavioral", "teamwork"), analyse(answer))
    assert chosen is not None and chosen.focus == "bank" and "hardest part" in chosen.question


def test_hr_answers_get_no_follow_up() -> None:
    assert (
        choose_follow_up(QUESTION, analyse("I want this job because I love maps.", kind="hr"))
        is None
    )


def test_the_result_follow_up_is_worded_differently_from_the_generic_one() -> None:
    chosen = choose_follow_up(QUESTION, analyse("I reorganised the rota on Monday."))
    assert chosen is not None and chosen.focus == "no_result"
    assert "turn out" in chosen.question and chosen.to_dict().keys() >= {"question", "reason"}


@pytest.mark.parametrize(
    "focus,answer,verdict",
    [
        ("no_result", "In the end complaints fell from 12 to 2 a week.", "answered"),
        ("no_result", "In the end it worked out well and everyone was pleased.", "partly"),
        ("no_result", "I reorganised the rota again.", "not_answered"),
        ("ownership", "I wrote the parser myself and I reviewed every test.", "answered"),
        ("ownership", "We did it together but I wrote some of it.", "partly"),
        ("ownership", "We fixed it together.", "not_answered"),
        ("no_figures", "I tracked them in a dashboard: 30 a week to 0.", "answered"),
        ("no_figures", "They fell from 30 a week to 0.", "partly"),
        ("no_figures", "It went well.", "not_answered"),
        ("no_reflection", "I learned to test first; next time I would start so.", "answered"),
        ("no_reflection", "I learned a lot.", "partly"),
        ("no_reflection", "It went fine.", "not_answered"),
    ],
)
def test_a_follow_up_answer_is_judged_on_what_it_was_asked(
    focus: str, answer: str, verdict: str
) -> None:
    judged = judge_follow_up(focus, analyse(answer))  # type: ignore[arg-type]
    assert judged.verdict == verdict
    assert judged.score == {"answered": 100, "partly": 60, "not_answered": 0}[verdict]
    assert (verdict == "not_answered") or judged.evidence


def test_a_result_answer_is_not_marked_down_for_missing_star_parts() -> None:
    answer = "In the end every order went out on time for 6 weeks and complaints fell from 12 to 2."
    analysis = analyse(answer)
    assert not analysis.star.part("situation").present
    assert judge_follow_up("no_result", analysis).verdict == "answered"


def test_a_judgement_reads_back_as_stored() -> None:
    judged = judge_follow_up(
        "no_figures", analyse("I tracked them in a dashboard: 30 a week to 0.")
    )
    assert Judgement.from_dict(judged.to_dict()) == judged


@pytest.mark.parametrize(
    "focus,answer,quoted",
    [
        (
            "no_reflection",
            "I'd ask them first. Looking back, I learned to check.",
            ("I'd", "learned"),
        ),
        ("ownership", "I called the Supplier and I rewrote the plan.", ("I",)),
        ("no_figures", "Our Survey showed 40% fewer complaints.", ("Survey",)),
    ],
)
def test_the_evidence_quotes_the_words_as_written(focus, answer: str, quoted) -> None:
    """ "From your answer" shows the user's own words, not their lower-cased form ("i'd")."""
    evidence = judge_follow_up(focus, analyse(answer)).evidence
    for word in quoted:
        assert word in evidence
        assert word == word.lower() or word.lower() not in evidence
