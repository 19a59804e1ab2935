import pytest
from answers import TEACHER, VAGUE_STORY

from interview.analysis import analyse
from interview.analysis.scoring import ScorePart
from interview.analysis.sentences import split_sentences
from interview.analysis.specificity.measure import measure_specificity
from interview.analysis.tips.detail import specificity_gain
from interview.analysis.tokens import tokenize


def test_specificity_gain_is_the_missing_share_of_one_formula_line() -> None:
    text = "I rewrote the loader."
    sentences = split_sentences(text)
    report = measure_specificity(text, tokenize(text), sentences, result_sentences=None)
    parts = (ScorePart("specificity", report.score, 0.5), ScorePart("length", 100, 0.5))
    facts = report.part("facts")
    assert facts is not None and facts.value == 0
    total = sum(p.weight for p in report.parts)
    assert specificity_gain(report, parts, "facts") == pytest.approx(
        0.5 * 100 * facts.weight / total
    )
    assert specificity_gain(report, parts, "measurable_result") == 0.0  # not in the formula


def test_the_figure_tip_looks_beyond_a_result_already_asked_for_a_number() -> None:
    tips = analyse(VAGUE_STORY).tips
    (figures,) = [tip for tip in tips if "figures" in tip.message]
    assert figures.quote != "I think things worked out in the end."


def test_verb_tips_point_at_what_was_done_not_at_the_result() -> None:
    analysis = analyse(TEACHER)
    results = {s.sentence.text for s in analysis.star.sentences if s.part == "result"}
    verb_tips = [t for t in analysis.tips if "concrete verb" in t.message]
    assert all(t.quote not in results for t in verb_tips)


@pytest.mark.parametrize(
    "answer,verb_tip",
    [
        # A claim with neither a deed nor a figure is backed up with something done.
        # The first tip quoted the one sentence, so this one names it "your answer".
        ("I'm a people person and good with customers.", "Back up your answer with something"),
        # A salary range needs no verb.
        ("I'm looking for something between 45 and 50 thousand pounds.", None),
    ],
)
def test_hr_verb_tip_backs_up_claims(answer: str, verb_tip: str | None) -> None:
    tips = [t.message for t in analyse(answer, kind="hr").tips if "concrete verb" in t.message]
    assert len(tips) == (verb_tip is not None)
    assert all(m.startswith(str(verb_tip)) for m in tips)
