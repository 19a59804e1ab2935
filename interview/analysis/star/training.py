"""Training the STAR sentence model from labelled answers, deterministically.

Multinomial logistic regression fitted by stochastic gradient descent in plain Python: the
data is small (hundreds of answers), a run takes a second or two, and the same corpus and
settings always give the same weights (a seeded shuffle, no threads, no native library).
Classes are weighted by the square root of their rarity, so Task and "none" (rare, and the
parts users most need told) are not swamped by Action.

Where a sentence sits may hint at Situation (first), Result (last) or Action, but never at
Task: a task is something the speaker says ("my job was ...", "I had to ..."), so position
features get no Task weight (`POSITION_BLIND`).

Used by `scripts/train_star_model.py`; nothing here runs when an answer is analysed.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from interview.analysis.star.accuracy import GoldAnswer
from interview.analysis.star.context import with_context
from interview.analysis.star.cues import emissions, sentence_words
from interview.analysis.star.features import sentence_features
from interview.analysis.star.lead import main_clause_cues
from interview.analysis.star.lexicon import LABELS, Label

__all__ = ["Settings", "answer_features", "examples_of", "learn_transitions", "train"]

Example = tuple[dict[str, float], Label]
# Labels that position features may not learn to predict.
POSITION_BLIND: frozenset[Label] = frozenset({"task"})


@dataclass(frozen=True)
class Settings:
    """Knobs of one training run (the defaults made the committed model)."""

    epochs: int = 20
    rate: float = 0.1
    l2: float = 1e-3
    seed: int = 0
    prune_below: float = 0.005
    # How much the learned story order counts against the sentence model (0: not at all).
    # 0.3 scored best in 5-fold cross-validation over dev groups (0.1-0.6 tried): at 0.5
    # our writers' habit of opening on the setting kept a duty-first opening from Task.
    transition_weight: float = 0.3


def answer_features(answer: GoldAnswer) -> list[dict[str, float]]:
    """Features of each gold sentence of one answer, as the labeller computes them."""
    count = len(answer.sentences)
    rows = []
    for index, text in enumerate(answer.sentences):
        tokens = sentence_words(text)
        cues = main_clause_cues(tokens, kind=answer.kind, index=index, count=count, text=text)
        rows.append(
            sentence_features(
                tokens,
                text=text,
                index=index,
                count=count,
                kind=answer.kind,
                cue_scores=emissions(cues),
            )
        )
    return with_context(rows)


def examples_of(answers: Sequence[GoldAnswer]) -> list[Example]:
    """(features, label) for every sentence of the given answers."""
    return [
        (features, label or "none")
        for answer in answers
        for features, label in zip(answer_features(answer), answer.labels, strict=True)
    ]


def train(
    examples: Sequence[Example], settings: Settings = Settings()
) -> dict[str, dict[str, float]]:
    """Weights per feature and label, rounded and with negligible ones dropped."""
    counts = Counter(label for _, label in examples)
    most = max(counts.values())
    class_weight = {
        label: math.sqrt(most / counts[label]) if counts[label] else 1.0 for label in LABELS
    }
    weights: dict[tuple[str, Label], float] = {}
    order = list(range(len(examples)))
    rng = random.Random(settings.seed)
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        step = settings.rate / (1 + 0.3 * epoch)
        for i in order:
            features, gold = examples[i]
            _sgd_step(weights, features, gold, step * class_weight[gold], settings.l2)
    table: dict[str, dict[str, float]] = {}
    for (name, label), weight in sorted(weights.items()):
        if abs(weight) >= settings.prune_below:
            table.setdefault(name, {})[label] = round(weight, 4)
    return table


def _sgd_step(
    weights: dict[tuple[str, Label], float],
    features: Mapping[str, float],
    gold: Label,
    step: float,
    l2: float,
) -> None:
    scores = [
        sum(weights.get((k, label), 0.0) * v for k, v in features.items()) for label in LABELS
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    for label, e in zip(LABELS, exps, strict=True):
        gradient = e / total - (1.0 if label == gold else 0.0)
        for name, value in features.items():
            if label in POSITION_BLIND and name.startswith("pos:"):
                continue
            key = (name, label)
            current = weights.get(key, 0.0)
            weights[key] = current - step * (gradient * value + l2 * current)


def learn_transitions(
    answers: Sequence[GoldAnswer], settings: Settings = Settings()
) -> dict[str, dict[str, float]]:
    """log P(next label | last part told), add-one smoothed, best move per row at 0,
    scaled by `settings.transition_weight`: the order our answers are told in.

    Staying in a part stays free whatever the corpus says: a task or a setting may take
    several sentences, and our answers telling it in one is a habit of our writers.
    """
    lasts = ("start", "situation", "task", "action", "result")
    counts: Counter[tuple[str, str]] = Counter()
    for answer in answers:
        last = "start"
        for gold in answer.labels:
            label = gold or "none"
            counts[last, label] += 1
            last = last if label == "none" else label
    table: dict[str, dict[str, float]] = {}
    for last in lasts:
        total = sum(counts[last, label] for label in LABELS) + len(LABELS)
        row = {label: math.log((counts[last, label] + 1) / total) for label in LABELS}
        top = max(row.values())
        table[last] = {
            label: 0.0 if label == last else round(settings.transition_weight * (v - top), 4)
            for label, v in row.items()
        }
    return table
