"""How well the STAR labeller agrees with a careful human labeller.

The development corpus (`tests/data/star_corpus.jsonl`) stores answers already split into
sentences, each with the part a coach would give it. To score the labeller honestly the
sentences are joined back into one text and go through the same path as a real answer
(`split_sentences` then `story.star_and_framing`); each gold sentence then takes the label of the
predicted sentence that overlaps it most. Two views are measured:

- sentence level: per-part precision / recall / F1 over all gold sentences;
- presence level: per answer, is each part present at all (what "missing Result" tips use).

Pure functions over already-parsed answers: the benchmark script and the test read the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from interview.analysis.sentences import split_sentences
from interview.analysis.story import star_and_framing
from interview.models import QUESTION_KINDS, STAR_PARTS, QuestionKind, StarPart


@dataclass(frozen=True)
class GoldAnswer:
    """One labelled answer of the corpus."""

    id: str
    split: str
    style: str
    kind: QuestionKind
    sentences: tuple[str, ...]
    labels: tuple[StarPart | None, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GoldAnswer:
        """Build from one corpus record; raises ValueError naming a bad field."""
        kind = data["kind"]
        if kind not in QUESTION_KINDS:
            raise ValueError(f"answer {data['id']}: kind {kind!r} not in {QUESTION_KINDS}")
        labels = tuple(s["label"] for s in data["sentences"])
        for label in labels:
            if label is not None and label not in STAR_PARTS:
                raise ValueError(f"answer {data['id']}: label {label!r} not in {STAR_PARTS}")
        return cls(
            id=data["id"],
            split=data.get("split", "dev"),
            style=data["style"],
            kind=kind,
            sentences=tuple(s["text"] for s in data["sentences"]),
            labels=labels,
        )


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of one part."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Accuracy:
    """Agreement of the labeller with the corpus.

    Attributes:
        answers: how many answers were scored.
        sentence: per-part scores over gold sentences.
        presence: per-part scores of "is the part in the answer at all".
        confusion: (gold, predicted) -> count over sentences; None is "none".
    """

    answers: int
    sentence: dict[StarPart, Scores]
    presence: dict[StarPart, Scores]
    confusion: dict[tuple[str, str], int]

    @property
    def sentence_macro_f1(self) -> float:
        """Mean F1 of the four parts at sentence level."""
        return sum(s.f1 for s in self.sentence.values()) / len(self.sentence)

    @property
    def presence_macro_f1(self) -> float:
        """Mean F1 of the four parts at presence level."""
        return sum(s.f1 for s in self.presence.values()) / len(self.presence)


@dataclass(frozen=True)
class Prediction:
    """The labeller's reading of one gold answer.

    Attributes:
        labels: the part of each gold sentence, from the predicted sentence overlapping it most.
        present: the parts the report says are present.
    """

    labels: tuple[StarPart | None, ...]
    present: frozenset[StarPart]


def predict(answer: GoldAnswer) -> Prediction:
    """Run the real path on the joined answer and align its labels to the gold sentences."""
    text, spans, start = "", [], 0
    for sentence in answer.sentences:
        spans.append((start, start + len(sentence)))
        text += sentence + " "
        start += len(sentence) + 1
    report, _ = star_and_framing(split_sentences(text), kind=answer.kind)
    labels: list[StarPart | None] = []
    for gold_start, gold_end in spans:
        overlaps = [
            (min(gold_end, s.sentence.end) - max(gold_start, s.sentence.start), -i)
            for i, s in enumerate(report.sentences)
        ]
        best = max(overlaps, default=(0, 0))
        labels.append(report.sentences[-best[1]].part if best[0] > 0 else None)
    present = frozenset(s.part for s in report.sentences if s.part is not None)
    return Prediction(tuple(labels), present)


def pair_scores(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    """Scores from (gold has it, prediction has it) pairs; an empty class scores 1.0."""
    counts = Counter(pairs)
    tp, fp, fn = counts[True, True], counts[False, True], counts[True, False]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 3), round(recall, 3), round(f1, 3), tp + fn)


def measure_accuracy(answers: Sequence[GoldAnswer]) -> Accuracy:
    """Score the labeller over `answers` (STAR-judged kinds only)."""
    judged = [a for a in answers if a.kind != "hr"]
    predicted = [predict(a) for a in judged]
    gold_flat = [g for a in judged for g in a.labels]
    pred_flat = [label for p in predicted for label in p.labels]
    sentence = {
        part: pair_scores((g == part, p == part) for g, p in zip(gold_flat, pred_flat, strict=True))
        for part in STAR_PARTS
    }
    presence = {
        part: pair_scores(
            (part in a.labels, part in p.present) for a, p in zip(judged, predicted, strict=True)
        )
        for part in STAR_PARTS
    }
    confusion: Counter[tuple[str, str]] = Counter(
        (g or "none", p or "none") for g, p in zip(gold_flat, pred_flat, strict=True)
    )
    return Accuracy(len(judged), sentence, presence, dict(confusion))
