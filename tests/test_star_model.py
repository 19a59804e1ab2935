"""The STAR sentence model: deterministic training, a sane committed model, learned order."""

from __future__ import annotations

import json
import math
from pathlib import Path

from interview.analysis.star.accuracy import GoldAnswer
from interview.analysis.star.model import MODEL_PATH, load_model
from interview.analysis.star.training import Settings, examples_of, learn_transitions, train

CORPUS = Path(__file__).parent / "data" / "star_corpus.jsonl"


def some_answers(count: int = 8) -> list[GoldAnswer]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:count]
    return [GoldAnswer.from_dict(json.loads(line)) for line in lines]


def test_training_is_deterministic() -> None:
    examples = examples_of(some_answers())
    settings = Settings(epochs=3)
    assert train(examples, settings) == train(examples, settings)


def test_position_never_teaches_task() -> None:
    weights = train(examples_of(some_answers()), Settings(epochs=3))
    assert all("task" not in row for name, row in weights.items() if name.startswith("pos:"))


def test_staying_in_a_part_is_free_in_the_learned_order() -> None:
    table = learn_transitions(some_answers())
    for part in ("situation", "task", "action", "result"):
        assert table[part][part] == 0.0
    assert all(score <= 0.0 for row in table.values() for score in row.values())


def test_the_committed_model_was_trained_on_the_dev_split_only() -> None:
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["split"].startswith("dev")
    assert meta["made_by"] == "scripts/train_star_model.py"


def test_the_model_gives_a_probability_per_label() -> None:
    model = load_model()
    scores = model.log_probabilities({"bias": 1.0, "copula:task": 1.0, "w:responsibility": 1.0})
    assert math.isclose(sum(math.exp(s) for s in scores.values()), 1.0, rel_tol=1e-9)
    assert max(scores, key=lambda label: scores[label]) == "task"
