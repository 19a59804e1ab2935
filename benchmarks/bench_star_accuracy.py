"""Print how well the STAR labeller agrees with careful human labels, on three sets.

- development: the "dev" split of our corpora (`tests/data/star_corpus.jsonl` and
  `tests/data/answer_corpus.jsonl`); the sentence model is trained on it, so these figures
  are optimistic;
- held-out: their "held-out" split, labelled before any rule or model change and never
  tuned on: the honest figure for answers like ours;
- held-out-2: a second held-out batch (`h2-` ids), written by another hand in round 3
  before that round's changes were measured on it; its other half went to development;
- untrained: our own answers (`ac-r5-` ids) written in the shape of answers by others;
  rules may be studied on them, but the model is not trained on them (training on them
  lowered held-out, see tests/data/answer_corpus.md);
- published: sample and weak answers written by other people (coaching sites, Q&A
  threads), labelled by us. Their text is not ours, so the files live outside the
  repository (see `published.py`: by default /work/eval/published_star.jsonl, printed as
  "published", and /work/eval/published2.jsonl, printed as "published2"; or one or more
  --published PATH); each is skipped with a note when absent.

For each: per-part precision / recall / F1 at sentence level and at part-presence level (is
the part in the answer at all), their macro F1, and a confusion matrix. Issue 10's goals:
sentence macro F1 >= 0.85 and presence macro F1 >= 0.92 on held-out.

    .venv/bin/python benchmarks/bench_star_accuracy.py [--errors dev] [--published PATH ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import published

from interview.analysis.star.accuracy import Accuracy, GoldAnswer, measure_accuracy, predict
from interview.models import STAR_PARTS

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPORA = (DATA / "star_corpus.jsonl", DATA / "answer_corpus.jsonl")
GOAL_SENTENCE_MACRO_F1 = 0.85
GOAL_PRESENCE_MACRO_F1 = 0.92
_LABELS = (*STAR_PARTS, "none")


def load_corpus(path: Path) -> tuple[GoldAnswer, ...]:
    """All answers of one corpus file, in file order."""
    with path.open(encoding="utf-8") as handle:
        return tuple(GoldAnswer.from_dict(json.loads(line)) for line in handle if line.strip())


def load_split(split: str, corpora: Sequence[Path] = CORPORA) -> tuple[GoldAnswer, ...]:
    """The answers of one split ("dev", "held-out" or "held-out-2") across our corpora."""
    return tuple(a for path in corpora for a in load_corpus(path) if a.split == split)


def published_sets(paths: Sequence[Path] | None = None) -> dict[str, tuple[GoldAnswer, ...]]:
    """Each published set that exists, by its name in the output (see `published.py`)."""
    return {name: load_corpus(path) for name, path in published.available(paths)}


def format_evaluation(title: str, evaluation: Accuracy) -> str:
    """The figures of one evaluation as a plain-text table."""
    lines = [f"== {title}: {evaluation.answers} answers judged on STAR"]
    header = f"{'part':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"
    for level, scores, macro in (
        ("sentence level", evaluation.sentence, evaluation.sentence_macro_f1),
        ("part presence", evaluation.presence, evaluation.presence_macro_f1),
    ):
        lines += [f"-- {level}", header]
        for part, s in scores.items():
            lines.append(
                f"{part:<10} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.support:>5}"
            )
        lines.append(f"{'macro F1':<10} {'':>6} {'':>6} {macro:>6.3f}")
    lines += [
        "-- confusion (rows gold, columns predicted)",
        " " * 10 + "".join(f"{p:>10}" for p in _LABELS),
    ]
    for gold in _LABELS:
        cells = "".join(f"{evaluation.confusion.get((gold, p), 0):>10}" for p in _LABELS)
        lines.append(f"{gold:<10}{cells}")
    return "\n".join(lines)


def goal_line(name: str, evaluation: Accuracy) -> str:
    """Whether one set meets the issue's goals."""
    sentence, presence = evaluation.sentence_macro_f1, evaluation.presence_macro_f1
    met = sentence >= GOAL_SENTENCE_MACRO_F1 and presence >= GOAL_PRESENCE_MACRO_F1
    return (
        f"{name:<12} sentence {sentence:.3f} (goal {GOAL_SENTENCE_MACRO_F1}), "
        f"presence {presence:.3f} (goal {GOAL_PRESENCE_MACRO_F1}): {'met' if met else 'NOT met'}"
    )


def print_by_kind(sets: dict[str, tuple[GoldAnswer, ...]]) -> None:
    """Each set's figures on its behavioral and its situational answers apart (not instead
    of the headline above): our guide labels a plan's sentences as no part, while the
    analysis labels a plan's goal, steps and outcome on purpose, to coach the plan."""
    lines = []
    for name, answers in sets.items():
        kinds = {a.kind for a in answers} - {"hr"}
        if len(kinds) < 2:
            continue
        for kind in sorted(kinds):
            subset = [a for a in answers if a.kind == kind]
            evaluation = measure_accuracy(subset)
            lines.append(
                f"{name + ', ' + kind:<26} {len(subset):>3} answers: sentence "
                f"{evaluation.sentence_macro_f1:.3f}, presence {evaluation.presence_macro_f1:.3f}"
            )
    if lines:
        print("\nby kind of question (the headline above counts both):")
        print("\n".join(lines))


def print_errors(answers: Sequence[GoldAnswer]) -> None:
    """Every sentence the labeller gets wrong, for study (never on held-out or published)."""
    for answer in answers:
        labels = predict(answer).labels
        for text, gold, got in zip(answer.sentences, answer.labels, labels, strict=True):
            if gold != got:
                print(f"{answer.id:<30} gold={gold or 'none':<9} got={got or 'none':<9} {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("dev",), help="list mislabelled dev sentences")
    published.add_argument(parser)
    args = parser.parse_args(argv)
    sets = {
        "development": load_split("dev"),
        "held-out": load_split("held-out"),
        "held-out-2": load_split("held-out-2"),
        "untrained": load_split("untrained"),
    }
    sets.update(published_sets(args.published))
    evaluations = {name: measure_accuracy(answers) for name, answers in sets.items()}
    for name, evaluation in evaluations.items():
        print(format_evaluation(name, evaluation), end="\n\n")
    print("goals (issue 10):")
    for name, evaluation in evaluations.items():
        print(goal_line(name, evaluation))
    print_by_kind(sets)
    if args.errors:
        print()
        print_errors(sets["development"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
