"""Print how well the STAR labeller agrees with the labelled development corpus.

Per-part precision / recall / F1 at sentence level and at part-presence level (is the part
in the answer at all), their macro F1, a confusion summary, and the same figures for the
held-out answers (written after the rules were tuned, never tuned on). The goal of issue 2
is a presence macro F1 of at least 0.85.

    .venv/bin/python benchmarks/bench_star_accuracy.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from interview.analysis.star.accuracy import Accuracy, GoldAnswer, measure_accuracy, predict
from interview.models import STAR_PARTS

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "star_corpus.jsonl"
GOAL_PRESENCE_MACRO_F1 = 0.85
_LABELS = (*STAR_PARTS, "none")


def load_corpus(path: Path = CORPUS) -> tuple[GoldAnswer, ...]:
    """All answers of the corpus, in file order."""
    with path.open(encoding="utf-8") as handle:
        return tuple(GoldAnswer.from_dict(json.loads(line)) for line in handle if line.strip())


def format_accuracy(title: str, accuracy: Accuracy) -> str:
    """The accuracy figures of one corpus as a plain-text table."""
    lines = [f"== {title}: {accuracy.answers} answers"]
    header = f"{'part':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"
    for level, scores, macro in (
        ("sentence level", accuracy.sentence, accuracy.sentence_macro_f1),
        ("part presence", accuracy.presence, accuracy.presence_macro_f1),
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
        cells = "".join(f"{accuracy.confusion.get((gold, p), 0):>10}" for p in _LABELS)
        lines.append(f"{gold:<10}{cells}")
    return "\n".join(lines)


def print_errors(answers: tuple[GoldAnswer, ...]) -> None:
    """Every sentence the labeller gets wrong, for tuning by hand."""
    for answer in answers:
        labels = predict(answer).labels
        for text, gold, got in zip(answer.sentences, answer.labels, labels, strict=True):
            if gold != got:
                print(f"{answer.id:<22} gold={gold or 'none':<9} got={got or 'none':<9} {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list mislabelled sentences")
    args = parser.parse_args(argv)
    answers = load_corpus()
    dev = tuple(a for a in answers if a.split == "dev")
    held_out = tuple(a for a in answers if a.split == "held-out")
    dev_accuracy = measure_accuracy(dev)
    print(format_accuracy("development", dev_accuracy))
    if held_out:
        print()
        print(format_accuracy("held-out", measure_accuracy(held_out)))
    met = "met" if dev_accuracy.presence_macro_f1 >= GOAL_PRESENCE_MACRO_F1 else "NOT met"
    print(f"\ngoal: presence macro F1 >= {GOAL_PRESENCE_MACRO_F1} on development: {met}")
    if args.errors:
        print()
        print_errors(answers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
