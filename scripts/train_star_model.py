"""Rebuild interview/analysis/star/model.json from the development split of our corpora.

Only answers with split "dev" are used (never "held-out"), and only behavioral ones: HR
answers are not labelled, and the two corpora disagree on how to label a situational
plan. The run is deterministic: the same corpus gives the same file.

    .venv/bin/python scripts/train_star_model.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interview.analysis.star.accuracy import GoldAnswer  # noqa: E402
from interview.analysis.star.model import MODEL_PATH  # noqa: E402
from interview.analysis.star.training import (  # noqa: E402
    Settings,
    examples_of,
    learn_transitions,
    train,
)

CORPORA = (
    ROOT / "tests" / "data" / "star_corpus.jsonl",
    ROOT / "tests" / "data" / "answer_corpus.jsonl",
)


def development_answers() -> list[GoldAnswer]:
    answers = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                answer = GoldAnswer.from_dict(json.loads(line))
                if answer.split == "dev" and answer.kind == "behavioral":
                    answers.append(answer)
    return answers


def main() -> int:
    answers = development_answers()
    examples = examples_of(answers)
    settings = Settings()
    weights = train(examples, settings)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in CORPORA)).hexdigest()[:16]
    meta = {
        "made_by": "scripts/train_star_model.py",
        "corpora": [str(p.relative_to(ROOT)) for p in CORPORA],
        "corpora_sha256_16": digest,
        "split": "dev, behavioral only",
        "answers": len(answers),
        "sentences": len(examples),
        "labels": dict(sorted(Counter(label for _, label in examples).items())),
        "settings": settings.__dict__,
        "features": len(weights),
    }
    model = {"meta": meta, "transitions": learn_transitions(answers, settings), "weights": weights}
    text = json.dumps(model, sort_keys=True, separators=(",", ":"))
    MODEL_PATH.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(weights)} features, {len(text):,} bytes")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
