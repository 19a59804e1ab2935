"""The STAR sentence model: a small logistic regression over sentence structure.

Hand-written cue weights (`star.cues`) were tuned on answers written by the same hands, and
scored 0.66 macro-F1 on answers written by others. Learning how much each structural
feature (`star.features`) counts, from our labelled development corpus, is more honest and
measured better on the held-out answers (see README and `benchmarks/bench_star_accuracy.py`).

The weights are a JSON file beside this module, made by `scripts/train_star_model.py` from
the development split of `tests/data/*.jsonl` (never the held-out split); rebuild them with
that script after the corpus changes. They are read once, on first use. The model gives a
log-probability per label; `star.decode` then chooses the labels of the whole answer,
preferring the S -> T -> A -> R order.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from interview.analysis.star.decode import TRANSITION, Last
from interview.analysis.star.lexicon import LABELS, Label

__all__ = ["MODEL_PATH", "StarModel", "load_model"]

MODEL_PATH = Path(__file__).with_name("model.json")


@dataclass(frozen=True)
class StarModel:
    """Feature weights per label.

    Attributes:
        weights: feature name -> label -> weight (absent is 0).
        meta: how the weights were made (corpus, sizes, settings), for the record.
        transitions: last part told -> next label -> log-score, learned from the order our
            answers are told in (for `star.decode`); the hand-set table when empty.
    """

    weights: Mapping[str, Mapping[Label, float]]
    meta: Mapping[str, object]
    transitions: Mapping[Last, Mapping[Label, float]] = field(default_factory=dict)

    def log_probabilities(self, features: Mapping[str, float]) -> dict[Label, float]:
        """log P(label | sentence) for each label."""
        scores = dict.fromkeys(LABELS, 0.0)
        for name, value in features.items():
            for label, weight in self.weights.get(name, {}).items():
                scores[label] += weight * value
        top = max(scores.values())
        norm = top + math.log(sum(math.exp(s - top) for s in scores.values()))
        return {label: score - norm for label, score in scores.items()}

    def reasons(self, features: Mapping[str, float], label: Label, *, limit: int = 2) -> list[str]:
        """The features that pushed most towards `label`, strongest first."""
        pushes = [
            (self.weights[name].get(label, 0.0) * value, name)
            for name, value in features.items()
            if name in self.weights and name != "bias"
        ]
        return [name for push, name in sorted(pushes, reverse=True)[:limit] if push > 0]


@functools.cache
def load_model(path: Path = MODEL_PATH) -> StarModel:
    """The committed model, read once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {
        name: {label: float(w) for label, w in row.items() if label in LABELS}
        for name, row in data["weights"].items()
    }
    transitions: dict[Last, dict[Label, float]] = {
        last: {label: float(row[label]) for label in LABELS}
        for last, row in data.get("transitions", {}).items()
        if last in TRANSITION
    }
    return StarModel(
        weights=weights, meta=data.get("meta", {}), transitions=transitions or TRANSITION
    )
