import pytest

from interview.analysis import analyse
from interview.analysis.attitude import faults_heard, find_attitude
from interview.analysis.sentences import split_sentences
from interview.analysis.tokens import tokenize

WHY_JOB = "Why do you want this job?"
SALARY = "What are your salary expectations?"
STORY = "Tell me about a time a customer was unhappy with your work."


def _remarks(text: str, question: str | None) -> list[tuple[str, str]]:
    report = find_attitude(text, tokenize(text), split_sentences(text), question=question)
    return [(remark.label, remark.text) for remark in report.remarks]


@pytest.mark.parametrize(
    "text,question,expected",
    [
        # Money first, when the question asks why this job.
        ("Mainly for the money, to be honest.", WHY_JOB, [("money_first", "for the money")]),
        ("The pay is better than where I am now.", WHY_JOB, [("money_first", "The pay is")]),
        (
            "I need a bit of gas money.",
            "Why do you want to work here?",
            [("money_first", "gas money")],
        ),
        # Talking about pay when asked about pay is the answer.
        ("The pay is the main thing for me at this stage.", SALARY, []),
        ("My aim is thirty to thirty-two thousand, based on similar roles.", SALARY, []),
        # ... and money in a story is part of the story.
        ("We raised more money than the year before.", STORY, []),
        # No intention to stay, when asked about motivation or plans.
        ("Honestly it's a stepping stone for me.", WHY_JOB, [("no_commitment", "stepping stone")]),
        (
            "I'll do it until something better comes along.",
            "Where do you see yourself in five years?",
            [("no_commitment", "until something better")],
        ),
        ("The rota was just for now, until the new starter came.", STORY, []),
        # A shrug about the outcome.
        ("She never came back, which was no big loss.", STORY, [("dismissive", "no big loss")]),
        ("If they leave, that's their loss.", STORY, [("dismissive", "their loss")]),
        ("I told him it was not my problem.", STORY, [("dismissive", "not my problem")]),
        ("Chasing it wasn't worth my time.", STORY, [("dismissive", "wasn't worth my time")]),
        # Blaming others.
        (
            "It wasn't really my mistake, the notes were unreadable.",
            "Tell me about a mistake.",
            [("blames_others", "wasn't really my mistake")],
        ),
        (
            "I still don't know what her problem was.",
            STORY,
            [("blames_others", "what her problem was")],
        ),
        ("It was his fault the order was late.", STORY, [("blames_others", "his fault")]),
        # Owning a mistake is the opposite.
        ("It was my fault, so I rang the owner straight away.", "Tell me about a mistake.", []),
        ("I took the blame and fixed the label.", "Tell me about a mistake.", []),
        # A demand, when the question is about pay; the same words elsewhere are not one.
        ("Forty is non-negotiable for me.", SALARY, [("demand", "non-negotiable")]),
        (
            "I wouldn't get out of bed for less than forty.",
            SALARY,
            [("demand", "get out of bed for less")],
        ),
        ("Patient safety is non-negotiable.", STORY, []),
    ],
)
def test_attitude_faults(text: str, question: str, expected: list[tuple[str, str]]) -> None:
    assert _remarks(text, question) == expected


def test_faults_heard_follow_the_question() -> None:
    assert "money_first" in faults_heard(WHY_JOB, None)
    assert "money_first" in faults_heard("Tell me about yourself.", "motivation")
    assert "money_first" not in faults_heard(STORY, None)
    assert "demand" in faults_heard(SALARY, None)
    assert "demand" not in faults_heard(WHY_JOB, None)


def test_money_first_ranks_below_a_plain_real_motivation() -> None:
    money = analyse(
        "Honestly the pay is better than at my current shop, and I need the money for "
        "my rent. I have worked tills for two years so I can do the job.",
        kind="hr",
        question=WHY_JOB,
    )
    plain = analyse(
        "I have worked on the tills at a garden centre for two years and the part I enjoy "
        "is helping people pick the right plant. Your shop runs workshops for customers, "
        "and I would like to help run them.",
        kind="hr",
        question=WHY_JOB,
    )
    assert money.score_cap is not None and money.score_cap.reason == "attitude"
    assert money.score < plain.score
    assert money.tips[0].area == "attitude"
    assert "puts pay first" in money.tips[0].message


def test_a_dismissive_story_ranks_below_a_plain_one_and_says_why() -> None:
    shrug = analyse(
        "A client said her cut was too short although it was what she asked for. I told "
        "her it would grow back in three weeks. She did not book again, which was no big "
        "loss really.",
        question=STORY,
    )
    plain = analyse(
        "A client said her cut was too short although it was what she asked for. I "
        "apologised, showed her two ways to style it, and booked her a free trim in three "
        "weeks. She came back and has booked with me since.",
        question=STORY,
    )
    assert shrug.score < plain.score
    assert shrug.attitude.flagged and not plain.attitude.flagged
    assert [t.area for t in shrug.tips][:1] == ["attitude"]
    assert "no big loss" in shrug.tips[0].message


def test_attitude_round_trips_through_json() -> None:
    from interview.analysis import Analysis

    analysis = analyse("It wasn't my fault, the rota was wrong.", question=STORY)
    data = analysis.to_dict()
    assert data["attitude"]["count"] == 1
    assert Analysis.from_dict(data).attitude == analysis.attitude
    del data["attitude"]  # stored before the check existed
    assert not Analysis.from_dict(data).attitude.flagged


def test_a_pay_ultimatum_ranks_below_a_vague_harmless_answer() -> None:
    # Our own: a figure said as an ultimatum, and a dodge that at least offends nobody.
    ultimatum = analyse(
        "I won't take less than thirty-eight thousand, take it or leave it.",
        kind="hr",
        question=SALARY,
    )
    dodge = analyse(
        "I'm easy really, whatever seems fair for the job. I'm not in it for the money.",
        kind="hr",
        question=SALARY,
    )
    assert ultimatum.score_cap is not None and ultimatum.score_cap.factor == 0.3
    assert ultimatum.score < dodge.score
    assert ultimatum.tips[0].area == "attitude"
