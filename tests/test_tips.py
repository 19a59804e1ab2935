import json
import re
from pathlib import Path

import pytest

from interview.analysis import analyze
from interview.analysis.advice import quote_of
from interview.analysis.scoring import rate_score
from interview.analysis.tips import AREA_ORDER
from interview.models import STAR_PARTS, Transcript, Word

PAIRS = json.loads((Path(__file__).parent / "data" / "specificity_pairs.json").read_text())["pairs"]
ANSWERS = [
    *(pair[version] for pair in PAIRS for version in ("vague", "specific")),
    "Um, so, like, I, I basically fixed it, you know? My boss was useless.",
    "I think I just maybe helped with some stuff.",
]
VERDICT = re.compile(r"\b(hire|hired|hiring|reject|rejected|not a fit|pass on you)\b", re.I)


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("kind", ["behavioral", "hr"])
def test_tips_are_ordered_quoted_and_never_a_verdict(answer: str, kind: str) -> None:
    tips = analyze(answer, kind=kind).tips
    gains = [round(tip.gain, 1) for tip in tips]
    assert gains == sorted(gains, reverse=True)
    for tip in tips:
        assert tip.area in AREA_ORDER
        assert tip.gain > 0
        assert not VERDICT.search(tip.message.replace("hired a", ""))
        if tip.quote is not None:
            assert tip.quote in answer
            assert quote_of(tip.quote) in tip.message
    if kind == "hr":
        assert not {tip.area for tip in tips} & set(STAR_PARTS)


@pytest.mark.parametrize(
    "result,fragment",
    [
        ("Things worked out in the end.", "has no measurable outcome"),
        ("The import got much faster after that.", "not by how much"),
    ],
)
def test_unmeasured_result_is_quoted(result: str, fragment: str) -> None:
    answer = (
        "Last spring the nightly import at our warehouse failed twice a week. "
        "My job was to make it reliable before the audit. "
        "I rewrote the loader in Python, added retries and alerts in Grafana. " + result
    )
    tips = [tip for tip in analyze(answer).tips if tip.area == "result"]
    assert len(tips) == 1
    assert fragment in tips[0].message
    assert quote_of(result) in tips[0].message


def test_a_measured_result_gets_no_result_tip() -> None:
    answer = (
        "Last spring the nightly import at our warehouse failed twice a week. "
        "My job was to make it reliable before the audit. "
        "I rewrote the loader in Python, added retries and alerts in Grafana. "
        "Failures fell from 8 a month to 0 and the audit passed in June 2024."
    )
    assert "result" not in {tip.area for tip in analyze(answer).tips}


@pytest.mark.parametrize(
    "answer,area",
    [
        ("My boss was useless, so I rewrote the loader myself in two days.", "negativity"),
        ("Um, uh, I, like, um, rewrote the, uh, loader.", "fillers"),
        ("I think I maybe just rewrote the loader, I guess.", "hedges"),
        ("We rewrote the loader. We tested it. We shipped it.", "ownership"),
        ("I rewrote the loader.", "length"),
    ],
)
def test_each_problem_gets_its_tip(answer: str, area: str) -> None:
    assert area in {tip.area for tip in analyze(answer).tips}


def test_filler_tip_gain_is_what_the_filler_score_would_regain() -> None:
    analysis = analyze("Um, uh, I, like, um, rewrote the, uh, loader in Python last week.")
    (tip,) = [tip for tip in analysis.tips if tip.area == "fillers"]
    (part,) = [part for part in analysis.score_parts if part.area == "fillers"]
    assert tip.gain == pytest.approx(
        part.weight * (100 - rate_score(analysis.fillers.per_100_words))
    )
    assert "'um' x2" in tip.message and "'uh' x2" in tip.message


def test_pace_tip_for_a_fast_spoken_answer() -> None:
    text = "I rewrote the loader in Python and the import time fell by half in March."
    words = tuple(Word(w, 0.2 * i, 0.2 * i + 0.18) for i, w in enumerate(text.split()))
    transcript = Transcript(text, words, duration_s=4.0, speech_s=3.0, engine="fake", model="")
    (tip,) = [tip for tip in analyze(text, transcript=transcript).tips if tip.area == "pace"]
    assert "words a minute" in tip.message and "slow down" in tip.message
    assert tip.quote is None


@pytest.mark.parametrize(
    "sentence,quoted",
    [
        ("Things worked out.", "Things worked out"),
        ("  It   went\nwell!  ", "It went well"),
        ("word " * 40, ("word " * 18).strip() + "..."),
    ],
)
def test_quote_of(sentence: str, quoted: str) -> None:
    assert quote_of(sentence) == quoted


VAGUE_STORY = (
    "So, um, at my last job we had a lot of problems with the release process and stuff. "
    "I was kind of responsible for helping with it. "
    "We worked on various things and basically it got better. "
    "I think things worked out in the end."
)


def test_vague_story_calls_out_its_vague_result() -> None:
    analysis = analyze(VAGUE_STORY)
    assert analysis.star.part("result").strength == "weak"
    assert analysis.star.part("task").present
    (result,) = [tip for tip in analysis.tips if tip.area == "result"]
    assert "'I think things worked out in the end' has no measurable outcome" in result.message


def test_one_sentence_is_not_given_the_same_advice_twice() -> None:
    tips = analyze(VAGUE_STORY).tips
    # The result tip asks for a number in the result, so the figure tip looks elsewhere.
    (figures,) = [tip for tip in tips if "figures" in tip.message]
    assert figures.quote != "I think things worked out in the end."
    # The vague verb and the vague actions of one sentence are one tip.
    vague = [t for t in tips if "hides what you did" in t.message or "Your actions in" in t.message]
    assert [(t.area, t.message.startswith("'worked on' in")) for t in vague] == [("action", True)]


def test_a_short_answer_is_not_told_to_cut_its_background() -> None:
    analysis = analyze(VAGUE_STORY)
    assert analysis.length.verdict == "too_short"
    assert "too_much_background" in {f.code for f in analysis.star.findings}
    assert not any("Background takes" in tip.message for tip in analysis.tips)
