"""A situational answer's plan is coached by its roles, and is never labelled as a story."""

from __future__ import annotations

from interview.analysis import Analysis, analyse
from interview.analysis.sentences import split_sentences
from interview.analysis.star.cues import sentence_words
from interview.analysis.star.labeller import analyse_star
from interview.analysis.star.plan import EXAMPLE_NOTE, is_plan_sentence, plan_note
from interview.analysis.star.report import star_score
from interview.cli.report import render_report
from interview.history.analysis_check import check_analysis
from interview.ui.transcript import analysis_html

QUESTION = "What would you do if two of your cleaners kept swapping shifts without telling you?"
PLAN = (
    "If two cleaners kept swapping shifts behind my back, the rota would stop meaning anything. "
    "My aim would be a rota people trust without banning swaps altogether. "
    "I would talk to each of them on their own first to find out why they swap. "
    "Then I'd set up a shared sheet where any swap is written down and I approve it the same day. "
    "That way the site is always covered and I know who holds the keys each night."
)
PAST = (
    "This happened to me last winter at the leisure centre. "
    "Two of my cleaners swapped Sunday shifts without telling me, and the pool was left "
    "uncleaned. "
    "I sat down with both of them and we agreed every swap goes through me. "
    "Since then we have not missed a single clean."
)


def test_a_plan_gets_no_star_parts_but_keeps_its_roles() -> None:
    report = analyse_star(split_sentences(PLAN), kind="situational")
    assert [s.part for s in report.sentences] == [None] * 5
    roles = [s.plan_part for s in report.sentences]
    assert roles[2] == "action" and roles[3] == "action"
    assert roles[-1] == "result"
    # The plan is still coached by its parts: steps and outcome count.
    assert report.part("action").present and report.part("result").present
    assert report.to_dict()["plan_labels"] == roles
    assert report.to_dict()["labels"] == [None] * 5


def test_a_past_example_inside_a_situational_answer_keeps_its_star_labels() -> None:
    report = analyse_star(split_sentences(PLAN + " " + PAST), kind="situational")
    story = report.sentences[5:]
    assert all(s.plan_part is None for s in story)
    assert [s.part for s in story] == ["situation", "situation", "action", "result"]
    assert all(s.part is None for s in report.sentences[:5])
    assert plan_note(report) is None  # a real example was told


def test_plan_sentences_are_told_apart_from_past_events() -> None:
    def plan(text: str) -> bool:
        return is_plan_sentence(sentence_words(text), text)

    assert plan("I'd ring the parent first.")
    assert plan("If they were still unhappy, I'd call my manager.")
    assert plan("First, listen to the customer without interrupting.")
    assert plan("That way everyone leaves knowing what happens next, even if it isn't ideal.")
    assert plan("That way nothing gets missed and patients stay safe.")
    assert plan("On a busy night I keep calm by prioritising orders and staying organised.")
    # A state after a present verb is the outcome aimed for, not a past event.
    assert plan("That way the work gets back on track and they feel supported.")
    assert plan("Then the rota looks properly balanced and nobody is left out.")
    assert not plan("She felt supported after that.")
    assert not plan("It was fully fixed by Friday.")
    assert not plan("I told her I would call back within the hour.")
    assert not plan("Three days before, the supplier changed the order.")
    assert not plan("The family got the right medicine.")
    assert not plan("I've actually been in this exact spot at the bakery.")
    assert not plan("That's exactly what happened in my first month.")


def test_the_situational_score_still_counts_the_plan_steps() -> None:
    sentences = PLAN.split(". ")
    without_steps = ". ".join(sentences[:2] + sentences[4:])
    full = analyse_star(split_sentences(PLAN), kind="situational")
    short = analyse_star(split_sentences(without_steps), kind="situational")
    assert full.score == star_score(full.parts, in_order=full.in_order)
    assert full.part("action").present and not short.part("action").present
    assert full.score is not None and short.score is not None
    assert full.score - short.score >= 20
    # Weak areas read part presence: a plan with steps does not count as "action missing".
    assert analyse(PLAN, kind="situational", question=QUESTION).to_dict()["star"]["action"][
        "present"
    ]


def test_the_report_shows_a_plan_as_a_plan() -> None:
    text = render_report(analyse(PLAN, kind="situational", question=QUESTION))
    assert "[plan: step]" in text
    assert "[plan: outcome]" in text
    assert "[ACTION]" not in text
    assert "read as a plan" in text
    assert "a short real example" in " ".join(text.split())
    assert EXAMPLE_NOTE.split()[0] in text


def test_the_json_keeps_its_keys_and_adds_the_plan_part() -> None:
    data = analyse(PLAN, kind="situational", question=QUESTION).to_dict()
    sentence = data["sentences"][2]
    assert sentence["star"] is None
    assert sentence["plan_part"] == "action"
    assert {"text", "start", "end", "evidence", "confidence"} <= set(sentence)
    assert data["star"]["action"]["present"] is True


def test_a_stored_plan_reads_back_with_its_plan_parts() -> None:
    analysis = analyse(PLAN, kind="situational", question=QUESTION)
    read = Analysis.from_dict(analysis.to_dict())
    assert [s.plan_part for s in read.star.sentences] == [
        s.plan_part for s in analysis.star.sentences
    ]
    assert [s.part for s in read.star.sentences] == [None] * 5
    check_analysis(analysis.to_dict(), "a stored plan")  # history import accepts the new key
    assert "[plan: step]" in render_report(read)


def test_the_transcript_labels_a_plan_step_and_a_story_action() -> None:
    analysis = analyse(PLAN + " " + PAST, kind="situational", question=QUESTION)
    html_text = analysis_html(PLAN + " " + PAST, analysis)
    assert "PLAN: STEP" in html_text
    assert ">ACTION<" in html_text


def test_a_past_example_told_in_the_present_tense_stays_a_story() -> None:
    text = (
        "I would check the log first. "
        "This happened to me last winter at the leisure centre. "
        "So I walk over to the two of them and ask what is going on. "
        "I would always do that before anything else."
    )
    report = analyse_star(split_sentences(text), kind="situational")
    assert [s.part is None for s in report.sentences] == [True, False, False, True]
    assert report.sentences[0].plan_part is not None
