from typing import Any

import pytest

from interview.analysis import analyse
from interview.analysis.relevance import RelevanceReport, check_relevance, guess_competency
from interview.analysis.relevance_words import matches_stem, stem
from interview.analysis.sentences import split_sentences
from interview.analysis.tokens import tokenize

CONFLICT_Q = "Tell me about a time you disagreed with a colleague."
ON_TOPIC = (
    "Last spring a colleague and I disagreed about who should cover the late shift. "
    "I asked her for ten minutes after close and we drew up a rota together. "
    "We both kept to it for the rest of the season."
)
OFF_TOPIC = (
    "In 2021 I moved our billing system to a new provider. I wrote the scripts, tested them "
    "on 50,000 accounts and ran the switch over a weekend. Payment failures fell from 4% to "
    "0.5% and finance closed the month two days earlier."
)
# On the question without its words: the competency's story words carry it.
IMPLICIT = (
    "A porter on my ward kept moving patients before their notes were ready, so I asked him "
    "for five minutes after handover. He pushed back at first, but we agreed he would check "
    "the board with me each morning, and the late moves stopped."
)


def _check(answer: str, question: str | None, **kwargs: Any) -> RelevanceReport:
    return check_relevance(tokenize(answer), split_sentences(answer), question=question, **kwargs)


@pytest.mark.parametrize(
    "answer,question,competency,verdict",
    [
        (ON_TOPIC, CONFLICT_Q, "conflict", "on_topic"),
        (IMPLICIT, CONFLICT_Q, "conflict", "on_topic"),
        (OFF_TOPIC, CONFLICT_Q, "conflict", "off_topic"),
        # A typed question: the topic is guessed from its words, which is too weak to call
        # an answer off it ("solved a staffing problem" is about staffing).
        (
            OFF_TOPIC,
            "Describe a disagreement with a coworker and how you resolved it.",
            None,
            "unclear",
        ),
        (
            "Last winter our ward ran short of night nurses for a month. My role on the project "
            "was keeping the night rota safe. I rang every bank nurse on our list and swapped "
            "two day shifts myself. We cut the gaps to zero within three weeks.",
            "Tell me about a time you solved a staffing problem.",
            None,
            "unclear",
        ),
        (
            ON_TOPIC,
            "Describe a disagreement with a coworker and how you resolved it.",
            None,
            "on_topic",
        ),
        # Too short to tell, or no question at all: nothing is claimed.
        ("Yes.", CONFLICT_Q, "conflict", "unclear"),
        (OFF_TOPIC, None, None, "not_checked"),
        # A topic we cannot be sure of is never called off.
        (OFF_TOPIC, "What is your biggest professional achievement?", "achievement", "unclear"),
    ],
)
def test_verdict(answer: str, question: str | None, competency: str | None, verdict: str) -> None:
    assert _check(answer, question, competency=competency).verdict == verdict


def test_evidence_names_the_matched_words_and_the_missed_ones() -> None:
    report = _check(ON_TOPIC, CONFLICT_Q, competency="conflict")
    matched = {(e.text, e.label) for e in report.matched}
    assert ("disagreed", "question") in matched
    assert ("colleague", "question") in matched
    off = _check(OFF_TOPIC, CONFLICT_Q, competency="conflict")
    assert off.matched == ()
    assert set(off.unmatched) == {"disagreed", "colleague"}


def test_key_points_count_as_the_topic() -> None:
    answer = "I drew up a rota for the weekend cover and the two of us agreed it with the manager."
    report = _check(
        answer,
        "Tell me about a time you shared work fairly.",
        competency="teamwork",
        key_points=("Shared the weekend cover",),
    )
    assert "key point" in {e.label for e in report.matched}


@pytest.mark.parametrize(
    "word,root",
    [
        ("disagreed", "disagr"),
        ("disagreement", "disagr"),
        ("colleagues", "colleag"),
        ("complained", "complai"),
        ("complaint", "complai"),
        ("led", "led"),
    ],
)
def test_stem(word: str, root: str) -> None:
    assert stem(word) == root


def test_short_stems_match_whole_words_only() -> None:
    assert matches_stem("led", frozenset({"led"})) == "led"
    assert matches_stem("ledger", frozenset({"led"})) is None
    assert matches_stem("deadlines", frozenset({"deadlin"})) == "deadlin"


@pytest.mark.parametrize(
    "question,competency",
    [
        ("Describe a disagreement with a coworker.", "conflict"),
        ("Tell me about a deadline you nearly missed.", "time-management"),
        ("What is your favourite colour?", None),
    ],
)
def test_guess_competency(question: str, competency: str | None) -> None:
    assert guess_competency(question) == competency


def test_off_topic_answer_is_capped_and_told_first() -> None:
    analysis = analyse(OFF_TOPIC, question=CONFLICT_Q, competency="conflict")
    assert analysis.score_cap is not None and analysis.score_cap.reason == "off_topic"
    assert analysis.tips[0].area == "relevance"
    assert "does not seem to address the question" in analysis.tips[0].message
    assert analysis.to_dict()["relevance"]["verdict"] == "off_topic"
