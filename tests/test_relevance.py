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


# Issue 10, second pass: the evidence has to point both ways before an answer is called
# off the question (nothing of this question, a clear fit to another topic).
TEACH_Q = (
    "Tell me about a time you made a lesson engaging for students who were not interested "
    "in the subject."
)
TEACH_POINTS = (
    "Understood what interested the students",
    "Connected the subject to it",
    "Evidence of engagement",
)
SUPPORT_STORY = (
    "Last year I ran the support team at a software firm, and our customers were waiting two "
    "days for a reply. I sorted the tickets by urgency, wrote twelve reply templates for the "
    "most common questions and set up a morning call with the team to share the hardest "
    "cases. Within six weeks our average reply time fell to four hours and our clients' "
    "satisfaction rating went from 71% to 88%."
)
WAREHOUSE_Q = "Tell me about a time you went out of your way to help a colleague."
WAREHOUSE_SPOKEN = (
    "Last winter in the warehouse, the new guy Marek he is not knowing the scanner and he is "
    "very slow, and the boss is shouting on him. So I stay after my shift one hour every day "
    "that week and I show him how to pick the orders with the scanner. After one week he is "
    "doing same speed like everybody, he say thank you to me and he still works there now."
)
SHOP_Q = "Tell me about a time you went the extra mile for a customer."
SHOP_SPOKEN = (
    "Um so one lady she come in the shop, she want the blue coat for her daughter birthday on "
    "Saturday but we don't have her size. I ring the other two branches and the one in Leeds "
    "had it, so I ask my manager and I drive there after work and pick it. She collect it on "
    "Friday, and she come back next week just to say thanks, and she write nice review for "
    "our shop."
)


@pytest.mark.parametrize(
    "answer,question,competency,points,verdict,doubtful,elsewhere",
    [
        # Generic words of the competency ("wrote", "call") no longer pass a support story
        # told for a teaching question: none of its own words or key points are met. It
        # fits customer focus better, but not surely enough (0.78) to say it is off the
        # question: real stories were called off at that confidence, so it is "cannot tell".
        (SUPPORT_STORY, TEACH_Q, "communication", TEACH_POINTS, "unclear", True, None),
        # Real answers in plain, non-native spoken words that share no word with the
        # question or its list, and fit no other topic clearly: only doubtful.
        (WAREHOUSE_SPOKEN, WAREHOUSE_Q, "teamwork", (), "unclear", True, None),
        (SHOP_SPOKEN, SHOP_Q, "customer-focus", (), "unclear", True, None),
        # The clear cases keep their verdicts.
        (OFF_TOPIC, CONFLICT_Q, "conflict", (), "off_topic", False, "adaptability"),
        (IMPLICIT, CONFLICT_Q, "conflict", (), "on_topic", False, None),
        ("Yes.", CONFLICT_Q, "conflict", (), "unclear", False, None),
    ],
)
def test_off_the_question_needs_evidence_both_ways(  # noqa: PLR0917 (one table row)
    answer: str,
    question: str,
    competency: str,
    points: tuple[str, ...],
    verdict: str,
    doubtful: bool,
    elsewhere: str | None,
) -> None:
    report = _check(answer, question, competency=competency, key_points=points)
    assert (report.verdict, report.doubtful, report.elsewhere) == (verdict, doubtful, elsewhere)


def test_support_story_for_a_teaching_question_is_capped_with_its_evidence() -> None:
    analysis = analyse(
        SUPPORT_STORY, question=TEACH_Q, competency="communication", key_points=TEACH_POINTS
    )
    report = analysis.relevance
    assert {"lesson", "students", "subject", "engaging"} <= set(report.unmatched)
    assert {e.label for e in report.matched} == {"competency"}
    # Capped as its confidence says, whether it is called off or only doubted.
    assert analysis.score_cap is not None and analysis.score_cap.reason == "topic_unclear"
    assert analysis.score_cap.factor == round(1 - 0.7 * report.confidence, 2) < 0.5
    assert analysis.score < 40
    assert analysis.tips[0].area == "relevance"
    assert "never says 'lesson'" in analysis.tips[0].message


@pytest.mark.parametrize(
    "answer,question,competency",
    [(WAREHOUSE_SPOKEN, WAREHOUSE_Q, "teamwork"), (SHOP_SPOKEN, SHOP_Q, "customer-focus")],
)
def test_doubtful_answer_gets_the_milder_cap_and_a_gentle_tip(
    answer: str, question: str, competency: str
) -> None:
    analysis = analyse(answer, question=question, competency=competency)
    cap, confidence = analysis.score_cap, analysis.relevance.confidence
    # The cap is proportional to the doubt, and milder than a sure call's 0.3.
    assert 0 < confidence < 0.7
    assert cap is not None and cap.reason == "topic_unclear"
    assert cap.factor == round(1 - 0.7 * confidence, 2) >= 0.55
    assert analysis.score == round(cap.uncapped * cap.factor) and analysis.score >= 45
    gentle = [tip for tip in analysis.tips if tip.area == "relevance"]
    assert len(gentle) == 1 and gentle[0].message.startswith("We could not tell")
    # The story's own tips are still given: the answer may well be relevant.
    assert any(tip.area not in {"relevance", "example"} for tip in analysis.tips)
    assert analysis.to_dict()["relevance"]["doubtful"] is True


# Issue 10, third pass: how sure the call is sets the cap, and tolerant evidence keeps real
# answers told in other words from being called off the question.
LEARN_Q = "Tell me about a time you had to learn something quickly."
LEARN_ANSWER = (
    "Two weeks before term our music teacher left, and I was asked to take her Year 9 guitar "
    "group although I had never played. I practised every evening with an online course, "
    "stayed a lesson ahead of the class and asked a parent who plays in a band to come in "
    "once. By half term all 18 pupils could play four chords and they gave a short concert."
)
LONG_SPOKEN = (
    "Um so yeah, on my old job in the hotel, we had, like, the booking system and it was "
    "always a problem, the reception girls they call me every day because the rooms are "
    "showing wrong, and the manager he say you fix it. So I sit with the reception one "
    "whole morning and I look how they put the bookings, and I see they put the late "
    "check-out in the notes, not in the system, so the system think the room is free. I "
    "make a small sheet for them, one page, with the pictures, how to put the late "
    "check-out in the right place, and I show every girl on her shift. After this, the "
    "double bookings they stop, maybe one in the month, before it was like three in the "
    "week, and the manager he was happy."
)


def test_the_question_wording_counts_as_the_topic_whatever_the_bank_files_it_under() -> None:
    # Filed under adaptability, worded about learning: the story words of learning count.
    report = _check(LEARN_ANSWER, LEARN_Q, competency="adaptability")
    assert report.verdict == "on_topic" and report.confidence == 0
    assert {"practised", "course"} & {e.text for e in report.matched}


def test_confidence_grows_with_a_clear_fit_elsewhere_and_falls_with_length() -> None:
    short = _check(OFF_TOPIC, CONFLICT_Q, competency="conflict")
    spoken = _check(LONG_SPOKEN, CONFLICT_Q, competency="conflict")
    assert short.confidence > spoken.confidence
    assert short.verdict == "off_topic" and spoken.verdict != "off_topic"


@pytest.mark.parametrize("confidence", [0.0, 0.5, 0.63, 0.9])
def test_the_cap_is_proportional_to_the_confidence(confidence: float) -> None:
    from interview.analysis.scoring import ScorePart, score_cap

    parts = (ScorePart("specificity", 80, 1.0),)
    cap = score_cap(
        real_example=True,
        off_topic=confidence >= 0.6,
        topic_unclear=0 < confidence < 0.6,
        parts=parts,
        off_topic_confidence=confidence,
    )
    if confidence == 0:
        assert cap is None
    else:
        assert cap is not None and cap.factor == round(1 - 0.7 * confidence, 2)


def test_key_points_missed_as_well_make_the_call_surer() -> None:
    without = _check(OFF_TOPIC, CONFLICT_Q, competency="conflict")
    points = ("Kept it private and calm", "Agreed a way forward", "Relationship afterwards")
    with_points = _check(OFF_TOPIC, CONFLICT_Q, competency="conflict", key_points=points)
    assert with_points.confidence >= without.confidence
    doubtful = _check(SHOP_SPOKEN, SHOP_Q, competency="customer-focus")
    missed = _check(
        SHOP_SPOKEN, SHOP_Q, competency="customer-focus", key_points=("Offered a refund",)
    )
    assert missed.confidence > doubtful.confidence
    # A key point met in the answer's own words clears the doubt.
    met = _check(
        SHOP_SPOKEN, SHOP_Q, competency="customer-focus", key_points=("Checked other branches",)
    )
    assert met.verdict == "on_topic" and met.confidence == 0
