"""STAR labels follow sentence structure: the failure classes of issue 10, one table each.

Every answer here is our own. Each row is a short story with one sentence under test;
the other sentences give it the context a real answer has.
"""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.sentences import split_sentences
from interview.analysis.star.cues import emissions, sentence_cues, sentence_words
from interview.analysis.star.features import sentence_features
from interview.analysis.star.labeller import analyse_star

OPENING = "Last winter our ward ran short of night nurses for a month. "
ACTION = " I rang every bank nurse on our list and swapped two day shifts myself."


def label_of(text: str, index: int, kind: str = "behavioral") -> str | None:
    report = analyse_star(split_sentences(text), kind=kind)  # type: ignore[arg-type]
    return report.sentences[index].part


@pytest.mark.parametrize(
    "task",
    [
        "My role on the project was keeping the night rota safe.",
        "My responsibility was to keep every night shift at the safe minimum.",
        "What I had to do was fill the gaps without paying agency rates.",
        "I needed a way to cover the nights without burning out the day team.",
        "The goal I was given was to keep every shift at the safe minimum.",
        "As the deputy sister I had to keep the nights covered.",
        "It was on me to sort the rota before the weekend.",
        "My instructions were to have every night covered by the end of the week.",
        "I wasn't going to let one bad month undo the whole rota.",
    ],
)
def test_role_and_duty_wording_is_a_task(task: str) -> None:
    assert label_of(OPENING + task + ACTION, 1) == "task"


@pytest.mark.parametrize(
    "text,index,part",
    [
        ("The situation was that our biggest client was about to leave. " + ACTION, 0, "situation"),
        (OPENING + "My first step was to ring every bank nurse on our list.", 1, "action"),
        (OPENING + ACTION + " The result was a full rota for the whole of February.", 2, "result"),
        (
            OPENING + ACTION + " What I learned is that people say yes when asked early.",
            2,
            "result",
        ),
    ],
)
def test_the_speakers_own_framing_decides(text: str, index: int, part: str) -> None:
    assert label_of(text, index) == part


@pytest.mark.parametrize(
    "sentence",
    [
        # A setback word inside a negation is no setback.
        "I listened to the relative without getting upset.",
        # An outcome inside a purpose clause is no result.
        "I rang the agency every morning to make sure the shifts were finished on time.",
        "I checked the rota twice a day so that nobody was left on their own.",
    ],
)
def test_negated_and_purpose_clauses_do_not_decide(sentence: str) -> None:
    text = OPENING + sentence + " By February every night had two nurses on."
    assert label_of(text, 1) == "action"


@pytest.mark.parametrize(
    "outcome",
    [
        "We cut the backlog to zero within a month.",
        "We finished the move two days early.",
        "By July, 21 of the 28 students had reached their reading age.",
    ],
)
def test_an_outcome_told_with_we_or_without_a_change_verb_is_a_result(outcome: str) -> None:
    text = "Our support queue had grown to 400 tickets by March." + ACTION + " " + outcome
    report = analyse_star(split_sentences(text))
    assert report.sentences[2].part == "result"
    assert not any(f.code == "missing" and f.part == "result" for f in report.findings)


def test_a_number_in_a_we_outcome_is_not_asked_for_again() -> None:
    text = "Our support queue had grown to 400 tickets by March." + ACTION
    report = analyse_star(split_sentences(text + " We cut the backlog to zero within a month."))
    assert not any(f.code == "result_not_measurable" for f in report.findings)


@pytest.mark.parametrize(
    "answer",
    [
        "I would first talk to them privately to understand what is going on. "
        "Then I would explain how their behaviour affects the team. "
        "If nothing changed, I would involve my manager.",
        "I'd start by listening to the customer. I'd offer a refund or a replacement.",
        "My first step would be to check the rota. I would then ring the agency.",
    ],
)
def test_hypothetical_sentences_are_not_part_of_a_story(answer: str) -> None:
    report = analyse_star(split_sentences(answer))
    assert [s.part for s in report.sentences] == [None] * len(report.sentences)
    assert all("a plan" in s.evidence[0] for s in report.sentences)


def test_a_situational_answer_may_be_a_plan() -> None:
    answer = "I would listen to the whole complaint first. Then I would offer a replacement."
    sentences = analyse_star(split_sentences(answer), kind="situational").sentences
    assert "action" in [s.plan_part for s in sentences]
    assert [s.part for s in sentences] == [None, None]


@pytest.mark.parametrize(
    "claim",
    [
        "I always work well in teams.",
        "I am a very organised person.",
        "I believe good communication solves most problems.",
        "Safety is always my number one priority.",
    ],
)
def test_generic_claims_are_not_a_situation(claim: str) -> None:
    # Opening an answer is where a setting usually goes: a claim there is still no setting.
    report = analyse_star(split_sentences(claim + " People tell me that a lot."))
    assert report.sentences[0].part is None


@pytest.mark.parametrize(
    "second",
    [
        "The queue was out of the door by nine.",
        "Two of the bakers had called in sick as well.",
        "It was the busiest weekend of the year.",
        # A need that went unmet is the problem, not the duty.
        "In the rush I forgot half of what had to be done before opening.",
    ],
)
def test_no_task_by_position_alone(second: str) -> None:
    text = (
        "Last spring our bakery's oven broke on a Saturday morning. "
        + second
        + " I rang a repair firm and moved the bread orders to the café next door."
        + " We sold out by noon."
    )
    assert "task" not in [s.part for s in analyse_star(split_sentences(text)).sentences]


@pytest.mark.parametrize(
    "task",
    [
        "My role on the project was keeping the night rota safe.",
        "As the deputy sister I had to keep the nights covered.",
        "What I had to do was fill the gaps without paying agency rates.",
    ],
)
def test_tips_do_not_ask_for_the_task_just_said(task: str) -> None:
    text = OPENING + task + ACTION + " By February every night had two nurses on."
    analysis = analyse(text)
    assert analysis.star.part("task").present
    assert not [t for t in analysis.tips if t.area == "task"]
    assert not any(f.part == "task" for f in analysis.star.findings)


def test_a_vague_team_sentence_is_not_a_strong_action() -> None:
    text = "I just worked on various stuff with the team and we kind of helped with things."
    report = analyse_star(split_sentences(OPENING + text))
    assert report.part("action").strength != "strong"


@pytest.mark.parametrize(
    "opening,duty",
    [
        ("My first job was at a bakery on the high street.", False),
        ("My job was as a runner in a hotel kitchen.", False),
        ("My job was to keep the ovens running on the early shift.", True),
    ],
)
def test_a_job_as_employer_is_not_the_speaker_naming_the_task(opening: str, duty: bool) -> None:
    words = sentence_words(opening)
    cues = sentence_cues(words, kind="behavioral", index=0, count=3, text=opening)
    features = sentence_features(
        words, text=opening, index=0, count=3, kind="behavioral", cue_scores=emissions(cues)
    )
    assert ("copula:task" in features) is duty


@pytest.mark.parametrize(
    "remark",
    [
        "I've dealt with a lot of late deliveries over the years.",
        "Um, so, I have handled plenty of those in the warehouse.",
        "Late lorries are part of the job in a warehouse.",
        "This might not seem like much, but it mattered to me.",
    ],
)
def test_a_remark_before_the_story_is_not_its_setting(remark: str) -> None:
    text = (
        remark
        + " Last March a lorry with our Easter stock arrived two days late."
        + " I rang our three biggest shops that morning and offered them February's stock."
        + " All three took it, and we lost none of their orders."
    )
    report = analyse_star(split_sentences(text))
    assert [s.part for s in report.sentences] == [None, "situation", "action", "result"]
    assert "remark before the story" in report.sentences[0].evidence[0]


@pytest.mark.parametrize(
    "opening",
    [
        # Experience stated as a setting, not as many times: it stays the Situation.
        "I've worked in the same warehouse for six years.",
        "Last March a lorry with our Easter stock arrived two days late.",
    ],
)
def test_a_setting_that_opens_the_story_stays_the_setting(opening: str) -> None:
    text = opening + " I rang our three biggest shops that morning and offered them stock."
    assert analyse_star(split_sentences(text)).sentences[0].part == "situation"


@pytest.mark.parametrize(
    "complication",
    [
        "The owner liked the quote but still wasn't convinced about the timing.",
        "While the owner appreciated the quote, he still had doubts about the cost.",
        "I discovered that the boiler had never been serviced.",
        # Someone's worry or advice about the next step, someone who will not talk, and a
        # discovery told with feeling: still the problem, though the work has begun.
        "He was worried that a new boiler would be too loud for the top flat.",
        "His surveyor recommended that we start with the top-floor flats.",
        "The tenant in flat two refused to talk to us about access.",
        "I was surprised to find out that the last fitter had no gas licence.",
    ],
)
def test_a_complication_mid_story_is_situation(complication: str) -> None:
    text = (
        "Last winter a landlord asked our firm to replace the heating in six flats. "
        "I priced the job and sent him a quote with two options. "
        + complication
        + " I offered to do the two worst flats first and the rest in spring."
        + " He agreed, and all six flats had heating by April."
    )
    assert label_of(text, 2) == "situation"


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("Rang every tenant on the list that evening.", True),
        ("Action: Drafted a new rota for the night shifts.", True),
        ("Pulled into a lay-by, put the hazards on and rang the depot.", True),
        ("Set up a tracker by the door.", False),  # the bare form may be an order
        ("Asked to cover the late shift, I said yes straight away.", False),
        ("Rota changes were hard to agree.", False),
    ],
)
def test_a_step_with_the_subject_dropped_reads_as_the_speakers_deed(
    sentence: str, deed: bool
) -> None:
    features = sentence_features(
        sentence_words(sentence), text=sentence, index=1, count=3, kind="behavioral", cue_scores={}
    )
    assert bool(features.get("subj:elided")) is deed


def test_bullet_steps_with_no_subject_are_actions() -> None:
    text = (
        OPENING
        + "Drafted a new rota that spread the nights across the whole team. "
        + "Rang every bank nurse on our list and booked six of them for the month. "
        + "By the end of the month every night shift had been covered."
    )
    assert [label_of(text, i) for i in (1, 2)] == ["action", "action"]
