"""Key points that say what not to do supply no topic words; function words never count."""

import pytest

from interview.analysis.relevance import check_relevance
from interview.analysis.relevance_points import affirmed_words, key_point_stems
from interview.analysis.sentences import split_sentences
from interview.analysis.tokens import tokenize

LOST_DEAL = "Describe a time you lost a deal you expected to win. What did you learn?"
LOST_DEAL_POINTS = (
    "Honest analysis of why it was lost",
    "No blaming the customer or product",
    "A change in their sales approach",
)
REFUNDS = (
    "At the shop we had a backlog of customer refunds that had grown to about three hundred "
    "cases over the winter. I sorted the cases by age, wrote a checklist for the team, and "
    "set aside two hours every morning for refunds only. Within five weeks the backlog was "
    "down to zero and complaints about refunds fell by half."
)
DEADLINES = (
    "Tell me about a time you had several deadlines at once. How did you decide what came first?"
)
DEADLINE_POINTS = (
    "A clear way of prioritising: impact, urgency, dependencies",
    "Agreed priorities with stakeholders",
    "Planned the work",
    "Outcome for each deadline",
)
MOVING_HOUSE = (
    "Last spring I helped my cousin move flat. Each box had to be clear of sharp things "
    "before we loaded the van, so I checked them one by one. We carried the sofa down three "
    "floors and it took the whole afternoon. By evening everything was in the new place."
)


def _matched(
    answer: str, question: str, competency: str, points: tuple[str, ...]
) -> dict[str, str]:
    report = check_relevance(
        tokenize(answer),
        split_sentences(answer),
        question=question,
        competency=competency,
        key_points=points,
    )
    return {evidence.text.lower(): evidence.label for evidence in report.matched}


@pytest.mark.parametrize(
    "point,words",
    [
        ("No blaming the customer or product", []),
        ("Honest rather than guessing", ["honest"]),
        (
            "Raised it and negotiated, not silently overworked",
            ["raised", "it", "and", "negotiated"],
        ),
        ("Listens calmly without leading questions", ["listens", "calmly"]),
        (
            "Tries to work it out first, but not for too long",
            ["tries", "to", "work", "it", "out", "first"],
        ),
        ("Does not promise secrecy", ["does"]),
        ("Said no or not-yet politely", ["said"]),
        ("Took ownership rather than passing the customer on", ["took", "ownership"]),
        ("Honest but professional, with no complaining", ["honest", "professional", "with"]),
    ],
)
def test_a_negation_scope_runs_to_the_end_of_its_clause(point: str, words: list[str]) -> None:
    assert affirmed_words(point) == words


def test_key_point_stems_drop_negated_and_general_words() -> None:
    stems = key_point_stems(LOST_DEAL_POINTS + DEADLINE_POINTS)
    assert not {"custom", "blam", "product", "each", "clear"} & set(stems)
    assert {"honest", "analysi", "sale", "deadlin", "priorit"} <= set(stems)


def test_a_negated_key_point_supplies_no_topic_word() -> None:
    matched = _matched(REFUNDS, LOST_DEAL, "failure-and-learning", LOST_DEAL_POINTS)
    assert "customer" not in matched


def test_function_words_and_general_adjectives_are_no_evidence() -> None:
    matched = _matched(MOVING_HOUSE, DEADLINES, "time-management", DEADLINE_POINTS)
    assert not {"each", "clear", "before"} & set(matched)


def test_a_key_point_word_said_for_real_still_counts() -> None:
    answer = "I agreed the priorities with my manager and planned each deadline by impact."
    matched = _matched(answer, DEADLINES, "time-management", DEADLINE_POINTS)
    assert matched["priorities"] == "key point"
    assert matched["impact"] == "key point"
    assert "each" not in matched


@pytest.mark.parametrize(
    "answer,counts",
    [
        ("We served everyone before kick-off and the queue was gone.", True),
        ("We got the crop in before the rain came.", True),
        ("I checked every box before we loaded the van.", False),
    ],
)
def test_before_says_deadline_only_with_a_time_after_it(answer: str, counts: bool) -> None:
    question = "Tell me about a time you had to work to a tight deadline."
    matched = _matched(answer, question, "time-management", ())
    assert ("before" in matched) is counts


def test_the_question_words_the_answer_misses_are_its_topic_words_only() -> None:
    report = check_relevance(
        tokenize(MOVING_HOUSE),
        split_sentences(MOVING_HOUSE),
        question=DEADLINES,
        competency="time-management",
        key_points=DEADLINE_POINTS,
    )
    # "several" and "first" say nothing of the topic: the tip never asks for them.
    assert report.unmatched == ("deadlines", "decide")
    assert (report.verdict, report.doubtful) == ("unclear", True)
