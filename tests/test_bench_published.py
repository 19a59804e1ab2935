"""The benchmarks' handling of published answer sets: found or skipped with a note, named in
the output as other tools expect, and reported (AUC over graded groups, HR answers not judged
on STAR). The sets themselves live outside the repository, so these tests write tiny ones."""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str) -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)


def _record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"split": "published2", "style": "strong", "voice": "written"}
    return base | fields


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


STRONG = _record(
    id="t-strong",
    kind="behavioral",
    group="deadline",
    quality=5,
    question="Tell me about a time you met a tight deadline.",
    sentences=[
        {"text": "Last March our payroll run failed two days before payday.", "label": "situation"},
        {"text": "As the duty analyst I had to get 400 staff paid on time.", "label": "task"},
        {"text": "I rebuilt the export by hand and checked every total twice.", "label": "action"},
        {"text": "All 400 people were paid on the Friday, with no errors.", "label": "result"},
    ],
)
ONE_LINER = _record(
    id="t-yes",
    kind="behavioral",
    group="deadline",
    quality=1,
    question="Tell me about a time you met a tight deadline.",
    sentences=[{"text": "Yes.", "label": None}],
)
HR = _record(
    id="t-hr",
    kind="hr",
    group="about",
    quality=3,
    question="Tell me about yourself.",
    sentences=[
        {"text": "I have worked in retail for six years and now run a small team.", "label": None}
    ],
)


def test_missing_sets_are_skipped_with_a_note(tmp_path: Path, capsys: Any) -> None:
    published = _module("published")
    there = _write(tmp_path / "published2.jsonl", [STRONG])
    found = published.available([tmp_path / "absent.jsonl", there])
    assert found == [("published2", there)]
    assert "absent.jsonl not found: skipped" in capsys.readouterr().out


def test_sets_are_named_as_the_output_always_named_them(tmp_path: Path) -> None:
    published = _module("published")
    legacy = _write(tmp_path / "published_star.jsonl", [STRONG])
    (tmp_path / "other").mkdir()
    twin = _write(tmp_path / "other" / "published_star.jsonl", [STRONG])
    names = [name for name, _ in published.available([legacy, twin])]
    assert names == ["published", "published#2"]


def test_star_accuracy_reads_every_published_set(tmp_path: Path) -> None:
    bench = _module("bench_star_accuracy")
    first = _write(tmp_path / "published_star.jsonl", [STRONG])
    second = _write(tmp_path / "published2.jsonl", [STRONG, ONE_LINER, HR])
    sets = bench.published_sets([first, second])
    assert list(sets) == ["published", "published2"]
    evaluation = bench.measure_accuracy(sets["published2"])
    assert evaluation.answers == 2  # the HR answer is not judged on STAR
    assert bench.format_evaluation("published2", evaluation).startswith(
        "== published2: 2 answers judged on STAR"
    )


def test_score_ranking_reports_auc_and_hr_answers(capsys: Any) -> None:
    bench = _module("bench_score_ranking")
    answers = bench.score_records([STRONG, ONE_LINER, HR])
    assert not bench.judged_on_star(answers[2].analysis)
    assert bench.judged_on_star(answers[0].analysis)
    bench.report_published("published2", answers, errors=True)
    out = capsys.readouterr().out
    assert "published2: 3 answers, 3 graded, 1 HR" in out
    assert re.search(r"published2 groups +AUC \d\.\d{3} over +1 pairs, \d inverted, \d tied", out)
    assert "published2: HR answers not judged on STAR: 1/1" in out


def test_ungraded_sets_say_the_auc_is_not_measured(capsys: Any) -> None:
    bench = _module("bench_score_ranking")
    ungraded = {k: v for k, v in STRONG.items() if k not in ("quality", "group")}
    bench.report_published("published", bench.score_records([ungraded]), errors=False)
    out = capsys.readouterr().out
    assert "published: no quality grades, strong-vs-weak AUC not measured" in out
    assert "HR answers" not in out


def test_score_ranking_reports_the_hr_pairs_alone(capsys: Any) -> None:
    bench = _module("bench_score_ranking")
    weak = HR | {
        "id": "t-hr-weak",
        "quality": 1,
        "sentences": [{"text": "What do you want to know?", "label": None}],
    }
    answers = bench.score_records([STRONG, ONE_LINER, HR, weak])
    pairs = bench.corpus_pairs(answers)
    assert len(pairs) == 2
    assert [(b.id, w.id) for b, w in bench.hr_pairs(pairs)] == [("t-hr", "t-hr-weak")]
    bench.report_published("published2", answers, errors=False)
    out = capsys.readouterr().out
    assert re.search(r"published2 HR groups +AUC 1\.000 over +1 pairs, 0 inverted or tied", out)
