import pytest

from interview.analysis import analyse
from interview.analysis.framing import judge_framing
from interview.analysis.sentences import split_sentences
from interview.analysis.story import NOT_A_STORY
from interview.models import QuestionKind

PLAN = (
    "I would first sit down with the colleague privately and hear their side. "
    "Then I would look for the goal we both share and agree on next steps. "
    "If that did not work, I would bring in my manager."
)
CLAIMS = (
    "I always get on well with the people I work with. "
    "I believe honest communication is the key to any disagreement. "
    "I never let a difference of opinion become personal."
)
STORY = (
    "Last March a porter on my ward kept moving patients before their notes were ready. "
    "I asked him for five minutes after handover and showed him two late discharges. "
    "We agreed he would check the board with me at ten each morning. "
    "Late discharges fell from six a week to one by the end of April."
)
STORY_WITH_LESSON = STORY + " Next time I would raise it even sooner."
# Present tense all through, no habit word: what the speaker is like, not one time.
HABITS = (
    "Good teamwork starts with listening. "
    "When two people on my shift clash, I hear each of them out on their own. "
    "I stay calm and I look for what they both want. "
    "My manager trusts me with the difficult conversations. "
    "In the end the shift runs more smoothly."
)
# What the speaker has learned over the years, with no one time in it.
LEARNED = (
    "In a pharmacy you need to remember that people are often worried about more than the "
    "prescription. "
    "A calm voice goes a long way. "
    "I have found that taking a minute at the start saves a lot of time later. "
    "Many times it just means asking one more question before they leave."
)
# Past habits told with "would", around one line of setting: no one time either.
PAST_HABITS = (
    "My first job was on the tills at a garden centre. "
    "Now and then a customer would be charged twice and they would get upset. "
    "I would say sorry and look at the receipt with them. "
    "If it was a card problem, I would call the supervisor over. "
    "Otherwise I would refund the extra charge myself. "
    "I found that staying calm helped. "
    "Sorting it on the spot was usually quickest."
)
# Present tense too, but one evening on one ward: a story told in the present.
PRESENT_STORY = (
    "So it's a Saturday night on the ward and two of my healthcare assistants are arguing "
    "at the nurses' station. "
    "I take them into the office one at a time and ask what happened. "
    "Turns out one of them has done the last four night shifts in a row. "
    "I swap her next shift with the bank nurse, and they both finish the night on good terms."
)
# A speaker who tells the past in the present tense, with "one day" and "so I ...".
NON_NATIVE_STORY = (
    "I am working in a bakery, early shift. "
    "One day the big oven is broken and we have forty orders for the morning. "
    "So I call the owner, and I bake the bread in the small ovens, two trays each time. "
    "All the orders go out, only twenty minutes late."
)


@pytest.mark.parametrize(
    "answer,kind,label",
    [
        (PLAN, "behavioral", "hypothetical"),
        (CLAIMS, "behavioral", "generic"),
        (STORY, "behavioral", "example"),
        # A lesson told as "next time I would" does not undo a real story.
        (STORY_WITH_LESSON, "behavioral", "example"),
        (HABITS, "behavioral", "generic"),
        (LEARNED, "behavioral", "generic"),
        (PAST_HABITS, "behavioral", "hypothetical"),
        (PRESENT_STORY, "behavioral", "example"),
        (NON_NATIVE_STORY, "behavioral", "example"),
        # A one-liner is not a story, even in the past tense.
        ("I had a disagreement once and we sorted it.", "behavioral", "generic"),
        ("Yes.", "behavioral", "generic"),
        # A situational question asks for the plan; an HR one is judged on other things.
        (PLAN, "situational", "not_applicable"),
        (CLAIMS, "hr", "not_applicable"),
    ],
)
def test_answer_level_verdict(answer: str, kind: QuestionKind, label: str) -> None:
    report = judge_framing(split_sentences(answer), kind=kind)
    assert report.label == label
    assert report.real_example == (label in ("example", "not_applicable"))


@pytest.mark.parametrize(
    "answer,says",
    [
        (PLAN, "says what you would do ('I would first sit down with the colleague"),
        (CLAIMS, "describes how you usually are ('I always get on well"),
        ("Yes.", "'Yes' does not tell a story yet"),
    ],
)
def test_a_plan_or_claims_are_called_out_with_what_to_do(answer: str, says: str) -> None:
    analysis = analyse(answer, question="Tell me about a time you disagreed with a colleague.")
    first = analysis.tips[0]
    assert first.area == "example"
    assert says in first.message
    # What to do instead: one real time, when and where, what you did, how it ended.
    for step in ("real example", "when and where", "what you did yourself", "how it ended"):
        assert step in first.message
    assert analysis.score_cap is not None and analysis.score_cap.reason == "not_a_real_example"
    assert analysis.to_dict()["framing"]["real_example"] is False


def test_a_real_story_is_not_called_out() -> None:
    analysis = analyse(STORY, question="Tell me about a time you disagreed with a colleague.")
    assert analysis.framing.label == "example"
    assert all(tip.area != "example" for tip in analysis.tips)
    assert analysis.score_cap is None


def test_the_verdict_quotes_the_sentences_and_words_that_made_it() -> None:
    report = judge_framing(split_sentences(PLAN), kind="behavioral")
    assert report.quotes[0].startswith("I would first sit down")
    assert report.evidence and all(words for words in report.evidence)


@pytest.mark.parametrize("answer", [PLAN, CLAIMS, "Yes."])
def test_no_advice_on_the_details_of_an_answer_that_is_not_a_story(answer: str) -> None:
    tips = analyse(answer, question="Tell me about a time you disagreed with a colleague.").tips
    story_areas = {"situation", "task", "action", "result", "specificity", "ownership", "length"}
    assert not {tip.area for tip in tips} & story_areas


@pytest.mark.parametrize("answer", [PLAN, CLAIMS, HABITS, LEARNED, PAST_HABITS])
def test_an_answer_that_is_not_a_story_has_no_star_parts(answer: str) -> None:
    star = analyse(answer, kind="behavioral").star
    assert all(s.part is None for s in star.sentences)
    assert all(s.evidence == (NOT_A_STORY,) for s in star.sentences)
    assert not any(p.present for p in star.parts)
    assert star.findings == ()


def test_a_story_keeps_its_parts() -> None:
    star = analyse(STORY, kind="behavioral").star
    assert {p.part for p in star.parts if p.present} >= {"situation", "action", "result"}


def test_one_sentence_keeps_its_part() -> None:
    # A follow-up answer gives one part of a story: the outcome it was asked for.
    star = analyse("In the end complaints fell from 12 a week to 2.", kind="behavioral").star
    assert [s.part for s in star.sentences] == ["result"]
