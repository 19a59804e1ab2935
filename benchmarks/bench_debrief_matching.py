"""How often a remembered interview question is matched to the right bank question.

The labelled set (`tests/data/debrief_questions.jsonl`) holds questions written the way
people recall them after an interview, each with the bank question and competency a
careful reader would pick (null where the banks hold nothing close). Prints the share of
exact question matches, of right competencies, and how the "no match" cases went, for the
development set (the matcher's stop words and synonyms were tuned on it) and for a
held-out set written afterwards.

    .venv/bin/python benchmarks/bench_debrief_matching.py [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from interview.config import Settings
from interview.interviews.matching import QuestionMatcher
from interview.questions import load_banks

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "debrief_questions.jsonl"
# Written after the matcher was tuned on LABELLED, and not used to tune it.
HELD_OUT = ROOT / "tests" / "data" / "debrief_questions_heldout.jsonl"


def measure(name: str, path: Path, matcher: QuestionMatcher, *, show_misses: bool) -> None:
    items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    start = time.perf_counter()
    results = [(item, matcher.match(item["text"])) for item in items]
    per_item_ms = (time.perf_counter() - start) * 1000 / len(items)
    labelled = [(i, m) for i, m in results if i["question_id"] is not None]
    none = [(i, m) for i, m in results if i["question_id"] is None]
    exact = sum(m.question_id == i["question_id"] for i, m in labelled)
    with_competency = [(i, m) for i, m in results if i["competency"] is not None]
    competency = sum(m.competency == i["competency"] for i, m in with_competency)
    declined = sum(m.question_id is None for _, m in none)
    print(f"{name}: {len(items)} remembered questions ({len(labelled)} with a bank question)")
    print(f"  question match (top 1):    {exact}/{len(labelled)} = {exact / len(labelled):.1%}")
    share = competency / len(with_competency)
    print(f"  competency right:          {competency}/{len(with_competency)} = {share:.1%}")
    print(f"  no-match cases left alone: {declined}/{len(none)}")
    bank_size = len(matcher.questions)
    print(f"  time per question:         {per_item_ms:.2f} ms over {bank_size} bank questions")
    if show_misses:
        for item, match in results:
            if match.question_id != item["question_id"]:
                want, got = item["question_id"], match.question_id
                print(f"    miss: {item['text']!r}: want {want}, got {got} ({match.score})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    settings = Settings.from_env({"INTERVIEW_HOME": str(ROOT / ".bench-home-unused")})
    matcher = QuestionMatcher(load_banks(settings).questions)
    measure("development set", LABELLED, matcher, show_misses=args.show_misses)
    measure("held out", HELD_OUT, matcher, show_misses=args.show_misses)


if __name__ == "__main__":
    main()
