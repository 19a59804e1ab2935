"""Matching remembered questions to the banks: table rows, stability, the no-match case."""

from __future__ import annotations

import pytest

from interview.config import Settings
from interview.interviews.matching import QuestionMatcher, content_words
from interview.questions import load_banks


@pytest.fixture(scope="module")
def matcher() -> QuestionMatcher:
    settings = Settings.from_env({"INTERVIEW_HOME": "/nonexistent-home"})
    return QuestionMatcher(load_banks(settings).questions)


@pytest.mark.parametrize(
    "text, question_id, competency",
    [
        ("a time you disagreed with a coworker", "beh-conflict-01", "conflict"),
        (
            "When did you fail and what did you learn from it",
            "beh-failure-01",
            "failure-and-learning",
        ),
        ("tell me about yourself", "hr-tell-me-about-yourself", "communication"),
        ("a hard bug you had to track down", "swe-09", "problem-solving"),
        ("how do you cope with pressure and stress", "hr-pressure", "adaptability"),
    ],
)
def test_close_questions_match(matcher, text, question_id, competency) -> None:
    match = matcher.match(text)
    assert (match.question_id, match.competency) == (question_id, competency)
    assert match.shared and match.bank_text


@pytest.mark.parametrize("text", ["What is your favourite book?", "Do you have a car?"])
def test_far_questions_do_not_match(matcher, text) -> None:
    assert matcher.match(text).question_id is None


def test_unmatched_text_still_gets_a_lexicon_competency(matcher) -> None:
    match = matcher.match("any clashes about negotiation in your old workplace")
    assert match.competency == "conflict"


def test_framing_words_are_ignored() -> None:
    assert content_words("Tell me about a time you describe an example") == ()


def test_matching_is_deterministic(matcher) -> None:
    text = "a conflict between two people on my team"
    assert matcher.match(text) == matcher.match(text)
    assert matcher.candidates(text)[0].competency == "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about a conflict with a colleague",
        "A conflict with a coworker",
        "How do you handle conflict with colleagues?",
    ],
)
def test_a_question_that_names_its_competency_is_matched_within_it(matcher, text) -> None:
    # "colleague" alone once won: "How would your colleagues describe you?" (teamwork), so a
    # debrief of a conflict question that went badly planned teamwork practice instead.
    match = matcher.match(text)
    assert match.competency == "conflict" and match.question_id is not None
    assert match.question_id.startswith("beh-conflict")
