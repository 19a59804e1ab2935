"""Print how much the STAR figures move when only the training seed changes.

The sentence model is trained by stochastic gradient descent on a shuffled corpus
(`star.training`), and its committed weights come from seed 0. With the code and the corpus
fixed, other seeds give other weights, and on answers written by other people the figures
move by several hundredths: a change measured once, with one seed, can look like a gain or a
loss that is only this noise. This prints, per seed, the sentence macro F1 on held-out,
held-out-2 and each published set (behavioral answers apart for sets that mix kinds), then
the mean, lowest and highest. Compare two versions of the code by their means.

Nothing is written: the committed model.json is left as it is.

    .venv/bin/python benchmarks/bench_star_seeds.py [--seeds 5] [--published PATH ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import published
from bench_star_accuracy import CORPORA, load_corpus, load_split, published_sets

from interview.analysis.star import labeller
from interview.analysis.star.accuracy import GoldAnswer, measure_accuracy
from interview.analysis.star.model import StarModel
from interview.analysis.star.training import Settings, examples_of, learn_transitions, train


def development_answers(corpora: Sequence[Path] = CORPORA) -> list[GoldAnswer]:
    """The answers the committed model is trained on (as scripts/train_star_model.py)."""
    return [
        a for p in corpora for a in load_corpus(p) if a.split == "dev" and a.kind == "behavioral"
    ]


def measured_sets(paths: Sequence[Path] | None) -> dict[str, tuple[GoldAnswer, ...]]:
    """Held-out, held-out-2, each published set, and the behavioral part of mixed sets."""
    sets = {"held-out": load_split("held-out"), "held-out-2": load_split("held-out-2")}
    for name, answers in published_sets(paths).items():
        sets[name] = answers
        behavioral = tuple(a for a in answers if a.kind == "behavioral")
        if len({a.kind for a in answers} - {"hr"}) > 1:
            sets[f"{name} (behavioral)"] = behavioral
    return sets


def figures_for_seed(
    seed: int, dev: Sequence[GoldAnswer], sets: dict[str, tuple[GoldAnswer, ...]]
) -> dict[str, float]:
    """Sentence macro F1 per set with a model trained on `dev` with this seed."""
    settings = replace(Settings(), seed=seed)
    model = StarModel(
        weights=train(examples_of(dev), settings),
        meta={"seed": seed},
        transitions=learn_transitions(dev, settings),
    )
    committed = labeller.load_model
    labeller.load_model = lambda: model  # type: ignore[assignment]
    try:
        return {name: measure_accuracy(a).sentence_macro_f1 for name, a in sets.items()}
    finally:
        labeller.load_model = committed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="how many seeds, from 0")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    published.add_argument(parser)
    args = parser.parse_args(argv)
    dev, sets = development_answers(), measured_sets(args.published)
    runs = [figures_for_seed(seed, dev, sets) for seed in range(args.seeds)]
    if args.json:
        print(json.dumps({"seeds": runs}, indent=1))
        return 0
    width = max(len(n) for n in sets) + 2
    print("sentence macro F1 with the model retrained under each seed (seed 0 is committed)")
    print(
        f"{'set':<{width}}"
        + "".join(f"{'seed ' + str(s):>9}" for s in range(args.seeds))
        + f"{'mean':>8}{'min':>7}{'max':>7}"
    )
    for name in sets:
        values = [run[name] for run in runs]
        cells = "".join(f"{v:>9.3f}" for v in values)
        print(
            f"{name:<{width}}{cells}{statistics.mean(values):>8.3f}"
            f"{min(values):>7.3f}{max(values):>7.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
