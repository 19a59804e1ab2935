"""Speed of the answer analysis: median time for a 300- and a 3,000-word answer, import time.

Goals (issue 2): <= 15 ms for 300 words and <= 150 ms for 3,000 words on one core, and
`import interview.analysis` under 0.5 s in a fresh interpreter. Timings on shared machines
vary a lot between runs, so this prints figures rather than failing; run it a few times.

    .venv/bin/python benchmarks/bench_analysis.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "specificity_pairs.json"
IMPORT_SNIPPET = (
    "import time; t = time.perf_counter(); import interview.analysis; "
    "print(time.perf_counter() - t)"
)


def answer_of(words: int) -> str:
    """A realistic answer of exactly `words` words, made of the test stories in turn."""
    pairs = json.loads(PAIRS.read_text())["pairs"]
    stories = [pair[version] for pair in pairs for version in ("specific", "vague")]
    pool: list[str] = []
    while len(pool) < words:
        pool.extend(" ".join(stories).split())
    return " ".join(pool[:words]).rstrip(".,") + "."


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def median_ms(text: str, runs: int) -> float:
    from interview.analysis import analyse

    for _ in range(3):
        analyse(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        analyse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def import_seconds(runs: int = 5) -> float:
    """Median time of `import interview.analysis` in a fresh interpreter."""
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", IMPORT_SNIPPET],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"analysis benchmark, {pin_to_one_core()}, {args.runs} runs after warm-up")
    print(f"import interview.analysis: {import_seconds():.3f} s (goal < 0.5 s)")
    for words, goal in ((300, 15), (3_000, 150)):
        ms = median_ms(answer_of(words), args.runs)
        print(f"{words:>6,} words: median {ms:7.1f} ms (goal <= {goal} ms)")


if __name__ == "__main__":
    main()
