"""The HR content check: each family's checklist found with its words, its faults, the
component it adds to the score, and answers that must not lose points (an honest weakness
told plainly, a short but complete answer). Every answer here is our own."""

from __future__ import annotations

import pytest

from interview.analysis import Analysis, analyse
from interview.analysis.hr.content import check_hr_content
from interview.analysis.hr.families import FAMILIES, family_of
from interview.analysis.sentences import split_sentences
from interview.config import Settings
from interview.questions import load_banks

WEAKNESS = "What is your greatest weakness?"


def _hr(text: str, question: str, **options: str) -> Analysis:
    return analyse(text, kind="hr", question=question, **options)


@pytest.mark.parametrize(
    "question,family",
    [
        ("Tell me about yourself.", "introduction"),
        ("Walk me through your CV.", "introduction"),
        ("What is your greatest weakness?", "weakness"),
        ("Which areas of development would your manager point to?", "weakness"),
        ("What are your strengths?", "strengths"),
        ("Why should we hire you?", "strengths"),
        ("Why do you want to work here?", "motivation"),
        ("Why this company rather than another?", "motivation"),
        ("Why are you leaving your current job?", "leaving"),
        ("Why did you leave your last role?", "leaving"),
        ("Why do you want to leave?", "leaving"),
        ("Where do you see yourself in five years?", "career_goals"),
        ("What are your salary expectations?", "salary"),
        ("Can you explain the gap in your CV?", "gap"),
        ("Do you have any questions for us?", "questions"),
        ("What motivates you at work?", None),
        ("When could you start?", None),
        ("Are you willing to relocate?", None),
    ],
)
def test_the_family_comes_from_the_wording(question: str, family: str | None) -> None:
    assert family_of(question) == family


def test_a_bank_id_or_a_clear_competency_names_the_family() -> None:
    assert family_of("Is there anything you'd like to tell us?", question_id="hr-weakness") == (
        "weakness"
    )
    assert family_of("And the money side?", competency="salary") == "salary"
    assert family_of("And the money side?", competency="communication") is None


def test_every_family_question_of_the_hr_bank_gets_a_family() -> None:
    hr = [q for q in load_banks(Settings.from_env()).questions if q.id.startswith("hr-")]
    assert set(FAMILIES) <= {family_of(q.text, question_id=q.id) for q in hr}
    # The wording alone finds the same family as the id, for every HR bank question.
    for question in hr:
        named = family_of(question.text, question_id=question.id)
        assert family_of(question.text) == named, question.id


HONEST_WEAKNESS = (
    "I find it hard to say no when other teams ask me for help. Last spring that meant I "
    "missed a deadline on my own report. I now check my week with my manager before I "
    "agree to anything extra, and I haven't missed one since."
)
POLISHED_CLICHE = (
    "My greatest weakness is that I am a perfectionist. I hold myself to very high "
    "standards and I always go the extra mile, because I care so deeply about the quality "
    "of everything I deliver for my employer."
)


def test_an_honest_weakness_told_plainly_has_the_whole_checklist() -> None:
    report = _hr(HONEST_WEAKNESS, WEAKNESS).hr_content
    assert report.family == "weakness"
    assert report.score == 100
    assert not report.faults
    for check in report.checks:
        assert check.evidence is not None
        assert HONEST_WEAKNESS[check.evidence.start : check.evidence.end] == check.evidence.text


def test_the_honest_weakness_outranks_a_polished_cliche() -> None:
    honest, cliche = _hr(HONEST_WEAKNESS, WEAKNESS), _hr(POLISHED_CLICHE, WEAKNESS)
    assert honest.score > cliche.score
    assert [f.key for f in cliche.hr_content.faults] == ["disguised_strength"]
    tip = next(t for t in cliche.tips if t.area == "hr_content")
    assert "perfectionist" in tip.message
    assert tip.quote == "My greatest weakness is that I am a perfectionist."


def test_a_short_but_complete_answer_loses_nothing_on_content() -> None:
    short = _hr(
        "I rush my checks when the shop is busy, which once cost us a wrong delivery. I now "
        "use a two-line checklist, and every order has been right since.",
        WEAKNESS,
    )
    assert short.hr_content.score == 100
    assert not [t for t in short.tips if t.area == "hr_content"]
    assert not short.relevance.off_topic  # never says "weakness", still on the question


@pytest.mark.parametrize(
    "question,good,weak,missing",
    [
        (
            "Tell me about yourself.",
            "I'm a dental nurse with four years in a busy NHS practice. Last year I set up "
            "the recall system that brought back 300 lapsed patients. I'm applying because "
            "I want to train in orthodontics, which your practice specialises in.",
            "I grew up in Hull and I've got two sisters. In my spare time I like cooking, "
            "and I'm a big rugby fan.",
            {"achievement", "next"},
        ),
        (
            "What are your strengths?",
            "I'm good at calming angry callers. Last quarter I had the team's lowest "
            "escalation rate, 2% of 1,400 calls, which matters in a complaints role like this.",
            "I'm hard-working, a team player and a fast learner.",
            {"example"},
        ),
        (
            "Why do you want to work here?",
            "I read that your library service runs homework clubs in every branch, and "
            "I've spent two years running one as a volunteer.",
            "It's a great company and I'm looking for a new challenge.",
            {"specific"},
        ),
        (
            "Why are you leaving your current job?",
            "My fixed-term contract ends in May, and I'd like a permanent post where I can "
            "keep building on the payroll work I've learned there.",
            "It's just time for a change.",
            {"forward"},
        ),
        (
            "Where do you see yourself in five years?",
            "I'd like to be leading a small maintenance team. The next step is my level 4 "
            "qualification, and this role would give me the plant experience for it.",
            "Who knows, I don't really plan that far ahead.",
            {"direction"},
        ),
        (
            "What are your salary expectations?",
            "Similar roles in this area advertise £24,000 to £27,000, so I'm looking for "
            "about £26,000, and I'm open to talking about the whole package.",
            "Whatever you think is fair, I don't mind.",
            {"figure"},
        ),
        (
            "Can you explain the gap in your CV?",
            "I was caring for my mother for eighteen months. In that time I completed a "
            "bookkeeping course, and she now has a carer, so I'm ready to come back full-time.",
            "I had some personal things going on.",
            {"what", "ready"},
        ),
        (
            "Do you have any questions for us?",
            "Yes: what would success look like in the first three months of this role?",
            "No, I think you've covered everything.",
            {"asks", "thoughtful"},
        ),
    ],
)
def test_each_family_ranks_the_answer_that_does_its_job_first(
    question: str, good: str, weak: str, missing: set[str]
) -> None:
    strong, poor = _hr(good, question), _hr(weak, question)
    assert strong.hr_content.score is not None and poor.hr_content.score is not None
    assert strong.hr_content.score >= 75
    assert strong.hr_content.score > poor.hr_content.score
    assert missing <= {check.key for check in poor.hr_content.missing}
    assert strong.score > poor.score
    # What it lacks is told: in its own tips, or in the one tip a one-liner gets.
    told = " ".join(t.message for t in poor.tips)
    assert all(check.label in told for check in poor.hr_content.missing)


def test_a_question_in_no_family_gets_no_checklist_and_no_component() -> None:
    analysis = _hr(
        "I like a manager who tells me early when something is off.",
        "What do you value in a manager?",
    )
    assert not analysis.hr_content.applies
    assert analysis.hr_content.score is None
    assert "hr_content" not in {part.area for part in analysis.score_parts}
    assert analysis.to_dict()["hr_content"] == {
        "applies": False,
        "family": None,
        "score": None,
        "elements": [],
        "faults": [],
    }


def test_a_behavioral_answer_is_never_read_against_a_checklist() -> None:
    analysis = analyse(HONEST_WEAKNESS, kind="behavioral", question=WEAKNESS)
    assert not analysis.hr_content.applies


def test_a_fault_with_an_unless_is_harmless_next_to_that_element() -> None:
    praise = "It's a great company. I liked that your team trains every new starter for a week."
    report = check_hr_content(split_sentences(praise), "motivation")
    assert not report.faults
    assert (
        not check_hr_content(split_sentences("It's a great company."), "motivation").checks[0].found
    )


@pytest.mark.parametrize(
    "answer,open_to_talk",
    [
        ("About twenty-six thousand, and it's negotiable.", True),
        ("I'm flexible on the figure.", True),
        ("Twenty-six thousand, and that's non-negotiable.", False),
        ("Twenty-six thousand. It's not negotiable and I'm not flexible.", False),
    ],
)
def test_a_closed_door_on_pay_is_not_openness(answer: str, open_to_talk: bool) -> None:
    checks = check_hr_content(split_sentences(answer), "salary").checks
    assert {check.key: check.found for check in checks}["open"] is open_to_talk


def test_perks_are_fine_after_a_real_question() -> None:
    both = "How does the team decide what to work on? And how many days' holiday is it?"
    only = "How many days' holiday is it? And are breaks paid?"
    assert not check_hr_content(split_sentences(both), "questions").faults
    assert [f.key for f in check_hr_content(split_sentences(only), "questions").faults] == [
        "only_perks"
    ]


def test_the_report_reads_back_from_its_json() -> None:
    analysis = _hr(POLISHED_CLICHE, WEAKNESS)
    again = Analysis.from_dict(analysis.to_dict())
    assert again.hr_content == analysis.hr_content
    assert again.to_dict() == analysis.to_dict()


def test_an_analysis_stored_before_the_check_reads_with_none() -> None:
    data = _hr(HONEST_WEAKNESS, WEAKNESS).to_dict()
    del data["hr_content"]
    assert not Analysis.from_dict(data).hr_content.applies


@pytest.mark.parametrize(
    "question,answer,declined",
    [
        ("Do you have any questions for us?", "No, I think you've answered it all.", True),
        ("What is your greatest weakness?", "Honestly, I can't think of any.", True),
        # A refusal beside a real question, or a plain dodge, declines nothing.
        (
            "Do you have any questions for us?",
            "Nothing else really. Oh, what does a normal first week look like?",
            False,
        ),
        ("Do you have any questions for us?", "What time do shifts start?", False),
    ],
)
def test_declining_the_question(question: str, answer: str, declined: bool) -> None:
    analysis = _hr(answer, question)
    assert analysis.hr_content.declined is declined
    reason = analysis.score_cap.reason if analysis.score_cap else None
    assert (reason == "declines_question") is declined


def test_no_questions_at_all_ranks_below_a_plain_question() -> None:
    # Our own pair: a thin question still beats declining to ask one.
    asked = _hr("Is there parking on site?", "Do you have any questions for us?")
    declined = _hr(
        "No, I think you've covered everything, thanks.", "Do you have any questions for us?"
    )
    assert declined.score < asked.score


def test_a_strength_backed_by_a_seasonal_story_has_its_example() -> None:
    answer = (
        "I'd say my biggest strength is staying calm. Last winter when our ward lost power "
        "for two hours I kept the patients settled and ran the handover by torchlight."
    )
    report = analyse(answer, question="What is your greatest strength?", kind="hr").hr_content
    assert "example" not in [check.key for check in report.missing]


def test_a_buzzword_strength_is_named_but_unsupported() -> None:
    """The checklist and the buzzword fault agree: 'hard-working' names a strength, one
    with nothing behind it, so the tips never ask for a strength the answer has."""
    answer = _hr(
        "I'm hard-working, reliable and a real team player. I always give a hundred and ten "
        "percent and I learn fast.",
        "Why should we hire you?",
    )
    named = next(check for check in answer.hr_content.checks if check.key == "named")
    assert named.evidence is not None and named.evidence.text.lower() == "hard-working"
    assert [fault.key for fault in answer.hr_content.faults] == ["buzzwords"]
    messages = [tip.message for tip in answer.tips]
    assert not any("a strength, named" in message for message in messages)
    assert any("names a strength, but" in message for message in messages)
