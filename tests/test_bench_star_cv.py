"""The cross-validation benchmark: folds keep a group's answers together, every dev sentence
is predicted exactly once by a model that did not train on it, and the patches it makes to
try extra features are undone afterwards. Tiny corpora of our own, so it runs in seconds."""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from interview.analysis.star import labeller, training
from interview.analysis.star.training import Settings, examples_of

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str) -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)


STORY = (
    ("Our bakery's oven broke on the morning of a wedding order.", "situation"),
    ("I had to get the cake baked by noon.", "task"),
    ("I borrowed the oven of the cafe next door and baked it there.", "action"),
    ("The cake was delivered at half past eleven.", "result"),
)


def _answer(answer_id: str, group: str, split: str = "dev") -> dict[str, Any]:
    return {
        "id": answer_id,
        "split": split,
        "style": "strong",
        "kind": "behavioral",
        "group": group,
        "sentences": [{"text": text, "label": label} for text, label in STORY],
    }


def _corpus(tmp_path: Path) -> Path:
    records = [
        _answer("a1", "oven"),
        _answer("a2", "oven"),
        _answer("b1", "van"),
        _answer("c1", "till"),
        _answer("h1", "held", split="held-out"),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_every_dev_sentence_is_predicted_once_and_groups_stay_together(tmp_path: Path) -> None:
    bench = _module("bench_star_cv")
    rows = bench.development([_corpus(tmp_path)])
    assert [g for g, _ in rows] == ["oven", "oven", "van", "till"]  # held-out left out
    committed = labeller.load_model
    gold, pred = bench.cross_validate(rows, 2, replace(Settings(), epochs=2), 0.0)
    assert labeller.load_model is committed
    assert len(gold) == len(pred) == 16
    assert gold.count("task") == 4
    report = bench.report("base", gold, pred)
    assert "CV sentence macro F1" in report and "confusion" in report


def test_extra_features_reach_training_and_are_removed_after(tmp_path: Path) -> None:
    bench = _module("bench_star_cv")
    answers = [a for _, a in bench.development([_corpus(tmp_path)])]
    before = (training.sentence_features, training.with_context, labeller.with_context)

    def marked(texts: Any) -> list[dict[str, float]]:
        return [{"emb:0": float(len(t))} for t in texts]

    with bench.features_with(marked):
        rows = examples_of(answers[:1])
    assert [f["emb:0"] for f, _ in rows] == [float(len(t)) for t in answers[0].sentences]
    assert (training.sentence_features, training.with_context, labeller.with_context) == before
    assert all("emb:0" not in f for f, _ in examples_of(answers[:1]))


def test_errors_lists_each_missed_sentence_under_its_confusion(tmp_path: Path) -> None:
    bench = _module("bench_star_cv")
    rows = bench.development([_corpus(tmp_path)])
    texts: list[str] = []
    gold, _pred = bench.cross_validate(rows, 2, replace(Settings(), epochs=2), 0.0, texts)
    assert texts == [t for _, a in rows for t in a.sentences]
    listing = bench.errors(["result", "action", "task"], ["situation", "action", None], texts[:3])
    lines = listing.splitlines()
    assert "  result -> situation (1)" in lines and f"      {texts[0]}" in lines
    assert "  task -> none (1)" in lines
    assert texts[1] not in listing  # predicted right, not listed
    assert bench.errors(gold, gold, texts) == ""
