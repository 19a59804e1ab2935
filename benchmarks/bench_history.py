"""Speed of the history with 10,000 stored attempts: progress, listing, saving.

Goals (issue 5): the progress summary <= 300 ms, listing the latest 50 attempts <= 50 ms and
saving one attempt <= 20 ms, with 10,000 attempts in the database. The database is a fresh
file in a temporary INTERVIEW_HOME, bulk-seeded through the JSON import path with real
analysis documents (a few dozen answers analysed once, spread over a year of practice and
every competency). Timings on shared machines vary a lot between runs, so this prints
medians rather than failing; run it a few times.

    .venv/bin/python benchmarks/bench_history.py [--attempts 10000] [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "specificity_pairs.json"
GOALS_MS = {"progress summary": 300.0, "list latest 50": 50.0, "save one attempt": 20.0}


def sample_analyses() -> list[dict[str, Any]]:
    """Real analysis documents of varied answers (strong and vague tellings of each story)."""
    from interview.analysis import analyse

    pairs = json.loads(PAIRS.read_text())["pairs"]
    answers = [pair[v] for pair in pairs for v in ("specific", "vague")]
    return [
        analyse(a, kind="behavioral" if n % 4 else "hr").to_dict() for n, a in enumerate(answers)
    ]


def seed(store: Any, count: int) -> None:
    from interview.history.export import import_document
    from interview.models import COMPETENCIES

    analyses = sample_analyses()
    start = datetime.now(UTC) - timedelta(days=365)
    attempts = []
    for n in range(count):
        analysis = analyses[n % len(analyses)]
        attempts.append(
            {
                "uid": f"bench-{n:06d}",
                "question_id": f"q-{n % 160:03d}",
                "question_text": f"Benchmark question {n % 160}?",
                "kind": analysis["kind"],
                "competency": COMPETENCIES[n % len(COMPETENCIES)],
                "status": "analysed" if n % 50 else "pending",
                "created_at": (start + timedelta(minutes=52 * n)).isoformat(),
                "answer_text": analysis["text"],
                "analysis": analysis if n % 50 else None,
                "duration_s": 90.0,
            }
        )
    import_document(store, {"sessions": [], "attempts": attempts})


def timings_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and best of `runs` calls, after one warm-up call (imports, caches)."""
    action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEW_HOME"] = home
        from interview.history.progress import progress_summary
        from interview.history.store import HistoryStore
        from interview.models import Question

        store = HistoryStore.open()
        started = time.perf_counter()
        seed(store, args.attempts)
        seeded_s = time.perf_counter() - started
        question = Question(
            id="q-000", text="Benchmark question 0?", kind="behavioral", competency="teamwork"
        )
        figures = {
            "progress summary": timings_ms(lambda: progress_summary(store), args.runs),
            "list latest 50": timings_ms(lambda: store.list_attempts(50), args.runs),
            "save one attempt": timings_ms(
                lambda: store.save_attempt(
                    question, answer_text="I led the rollout.", duration_s=60
                ),
                args.runs,
            ),
        }
        count = store.count_attempts()
        size_mb = Path(home, "interview.db").stat().st_size / 1e6
        store.close()
    print(f"{count:,} attempts seeded in {seeded_s:.1f} s ({size_mb:.0f} MB database)")
    print(f"{'operation':<18} {'median':>9} {'best':>9} {'goal':>9}")
    for name, (median, best) in figures.items():
        verdict = "ok" if median <= GOALS_MS[name] else "OVER"
        print(f"{name:<18} {median:>7.1f}ms {best:>7.1f}ms {GOALS_MS[name]:>7.0f}ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
