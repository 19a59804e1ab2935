import json
from pathlib import Path

import pytest

from interview.analysis.star.accuracy import GoldAnswer, measure_accuracy, pair_scores, predict

CORPUS = Path(__file__).parent / "data" / "star_corpus.jsonl"


def load(split: str | None = None) -> list[GoldAnswer]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    answers = [GoldAnswer.from_dict(json.loads(line)) for line in lines if line.strip()]
    return [a for a in answers if split is None or a.split == split]


def test_corpus_is_large_and_varied() -> None:
    answers = load()
    assert len([a for a in answers if a.split == "dev"]) >= 40
    assert len({a.id for a in answers}) == len(answers)
    styles = {a.style for a in answers}
    assert {
        "strong",
        "partial",
        "vague",
        "rambling",
        "spoken",
        "we-only",
        "result-first",
        "very-short",
    } <= styles


def test_presence_macro_f1_on_the_development_corpus_meets_the_goal() -> None:
    # Regression guard for the goal (macro F1 >= 0.85 on STAR part presence).
    evaluation = measure_accuracy(load("dev"))
    assert evaluation.presence_macro_f1 >= 0.85, evaluation.presence


def test_prediction_aligns_one_label_per_gold_sentence() -> None:
    for answer in load()[:5]:
        assert len(predict(answer).labels) == len(answer.sentences)


@pytest.mark.parametrize(
    "pairs,expected",
    [
        # (gold has the part, prediction has it)
        ([(True, True), (True, False), (False, False)], (1.0, 0.5, 0.667, 2)),
        ([(True, True), (False, True)], (0.5, 1.0, 0.667, 1)),
        ([(True, False)], (1.0, 0.0, 0.0, 1)),
        ([(False, False)], (1.0, 1.0, 1.0, 0)),
    ],
)
def test_metric_arithmetic(
    pairs: list[tuple[bool, bool]], expected: tuple[float, float, float, int]
) -> None:
    scores = pair_scores(pairs)
    assert (scores.precision, scores.recall, scores.f1, scores.support) == expected


def test_bad_labels_are_refused_with_the_answer_named() -> None:
    record = {"id": "x1", "style": "strong", "kind": "behavioral", "sentences": []}
    record["sentences"] = [{"text": "I did it.", "label": "actoin"}]
    with pytest.raises(ValueError, match=r"x1.*actoin"):
        GoldAnswer.from_dict(record)
