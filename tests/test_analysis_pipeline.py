import json
from pathlib import Path
from typing import Any

import pytest

from interview.analysis import Analysis, AnalysisOptions, analyse
from interview.errors import AnswerError
from interview.models import STAR_PARTS, Transcript, Word

PAIRS = json.loads((Path(__file__).parent / "data" / "specificity_pairs.json").read_text())["pairs"]
STORY = PAIRS[0]["specific"]
VAGUE = PAIRS[0]["vague"]


def _transcript(text: str, *, seconds_per_word: float = 0.4, lead_s: float = 0.5) -> Transcript:
    words = tuple(
        Word(word, lead_s + i * seconds_per_word, lead_s + (i + 0.9) * seconds_per_word)
        for i, word in enumerate(text.split())
    )
    end = words[-1].end + 0.5
    return Transcript(text, words, duration_s=end, speech_s=end - lead_s, engine="fake", model="")


@pytest.mark.parametrize(
    "text,message",
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("... !!! ???", "no words"),
        ("word " * 20_001, "20,001 words"),
    ],
)
def test_unusable_answers_raise_answer_error(text: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        analyse(text)


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"kind": "technical"}, "expected one of behavioral, hr, situational"),
        ({"duration_s": 0.0}, "positive number of seconds"),
        ({"duration_s": -5.0}, "positive number of seconds"),
        ({"duration_s": float("nan")}, "positive number of seconds"),
    ],
)
def test_bad_options_raise_answer_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        analyse(STORY, **kwargs)


def test_word_limit_is_a_knob_and_inclusive() -> None:
    options = AnalysisOptions(max_words=5)
    assert analyse("one two three four five", options=options).word_count == 5
    with pytest.raises(AnswerError, match="6 words; the most that can be analysed is 5"):
        analyse("one two three four five six", options=options)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"wpm": 0.0},
        {"max_words": 0},
        {"hr_band_s": (90.0, 30.0)},
        {"behavioral_band_s": (0.0, 60.0)},
    ],
)
def test_options_are_checked(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be"):
        AnalysisOptions(**kwargs)


@pytest.mark.parametrize(
    "path",
    [
        "kind",
        "word_count",
        "score",
        "score_parts",
        "sentences",
        "star.applies",
        "star.score",
        *[f"star.{part}.present" for part in STAR_PARTS],
        "specificity.score",
        "fillers.total",
        "fillers.counts",
        "fillers.spans",
        "fillers.per_100_words",
        "fillers.per_minute",
        "hedges.total",
        "negativity.flagged",
        "negativity.evidence",
        "length.verdict",
        "length.seconds",
        "tips",
        "delivery",
        "framing.label",
        "framing.real_example",
        "framing.message",
        "relevance.verdict",
        "relevance.matched",
        "relevance.unmatched",
        "score_cap",
    ],
)
def test_json_contract_keys(path: str) -> None:
    data: Any = analyse(STORY).to_dict()
    for key in path.split("."):
        assert key in data, path
        data = data[key]


def test_sentences_carry_star_part_and_evidence() -> None:
    data = analyse(STORY).to_dict()
    for sentence in data["sentences"]:
        assert sentence["star"] in (*STAR_PARTS, None)
        assert isinstance(sentence["evidence"], list)
        assert STORY[sentence["start"] : sentence["end"]] == sentence["text"]


def test_dict_is_json_and_the_same_every_time() -> None:
    first = json.dumps(analyse(STORY, question="Q?").to_dict(), sort_keys=True)
    second = json.dumps(analyse(STORY, question="Q?").to_dict(), sort_keys=True)
    assert first == second


def test_overall_score_is_the_sum_of_its_visible_parts() -> None:
    analysis = analyse(VAGUE)
    parts = analysis.to_dict()["score_parts"]
    assert {p["area"] for p in parts} == {
        "star",
        "specificity",
        "fillers",
        "hedges",
        "length",
        "negativity",
    }
    assert sum(p["weight"] for p in parts) == pytest.approx(1.0, abs=1e-3)
    assert analysis.score == round(sum(p.score * p.weight for p in analysis.score_parts))


@pytest.mark.parametrize(
    "answer",
    [
        "I am a nurse with eight years on a cardiac ward at St Mary's, and I lead a team of six.",
        "Honestly I just want a new challenge, I think.",
    ],
)
def test_hr_answers_are_not_judged_on_star(answer: str) -> None:
    analysis = analyse(answer, kind="hr")
    data = analysis.to_dict()
    assert data["star"]["applies"] is False
    assert data["star"]["score"] is None
    assert all(s["star"] is None for s in data["sentences"])
    assert not {tip["area"] for tip in data["tips"]} & set(STAR_PARTS)
    assert "star" not in {p["area"] for p in data["score_parts"]}
    assert data["specificity"]["measurable_result"] is None


def test_behavioral_story_without_a_result_gets_a_result_tip() -> None:
    answer = (
        "Last spring our nightly import at the warehouse kept failing. "
        "My job was to get it stable before the audit. "
        "I rewrote the loader in Python and added retries."
    )
    analysis = analyse(answer, kind="behavioral")
    assert analysis.star.applies
    assert "result" in {tip.area for tip in analysis.tips}


@pytest.mark.parametrize("pair", PAIRS, ids=[pair["id"] for pair in PAIRS])
def test_specific_telling_ranks_higher_on_specificity_and_overall(pair: dict[str, str]) -> None:
    vague = analyse(pair["vague"], kind=pair["kind"], question=pair["question"])
    specific = analyse(pair["specific"], kind=pair["kind"], question=pair["question"])
    assert specific.specificity.score > vague.specificity.score
    assert specific.score > vague.score


def test_duration_gives_fillers_per_minute_and_a_measured_length() -> None:
    analysis = analyse("Um, I rewrote the loader, uh, in March.", duration_s=30.0)
    assert analysis.fillers.per_minute == 4.0
    assert analysis.length.estimated is False
    assert analysis.length.seconds == 30.0
    assert analyse("Um, I rewrote it.").fillers.per_minute is None


def test_transcript_adds_delivery_and_a_pace_component() -> None:
    text = "Um, so I rewrote the loader in Python and the import time fell by half."
    analysis = analyse(text, transcript=_transcript(text, seconds_per_word=0.25))
    assert isinstance(analysis, Analysis)
    assert analysis.delivery is not None
    assert analysis.duration_s == analysis.delivery.duration_s
    assert "pace" in {part.area for part in analysis.score_parts}
    data = analysis.to_dict()
    assert data["delivery"]["wpm"] > 200
    assert [f["text"] for f in data["delivery"]["fillers"]] == ["Um", "so"]
    assert "pace" in {tip["area"] for tip in data["tips"]}


def test_typed_answer_has_no_delivery() -> None:
    data = analyse(STORY).to_dict()
    assert data["delivery"] is None
    assert "pace" not in {part["area"] for part in data["score_parts"]}


def test_spans_point_into_the_submitted_text() -> None:
    text = "Umm, so, I, I think we basically fixed the the bug.\nMy boss was useless though."
    data = analyse(text).to_dict()
    quoted = data["fillers"]["spans"] + data["hedges"]["spans"] + data["negativity"]["evidence"]
    assert len(quoted) >= 7
    for item in quoted:
        assert text[item["start"] : item["end"]] == item["text"]
