"""The published answer sets the benchmarks measure on, and what each is called in their output.

Published answers were written by other people (coaching sites' sample answers, weaker real
answers quoted in articles and Q&A threads) and labelled by us. Their text is not ours, so the
files live outside the repository and each benchmark skips a missing one with a one-line note
(CI has none of them). They are the honest test of the analysis on answers we did not write:
read their figures, never tune on them.

- /work/eval/published_star.jsonl: behavioral answers with sentence labels, no quality grades;
- /work/eval/published2.jsonl: a second set, kept from the engineers who tune the analysis,
  with quality grades and groups (one question answered several ways) and HR answers.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DEFAULT_SETS = (Path("/work/eval/published_star.jsonl"), Path("/work/eval/published2.jsonl"))
_LEGACY_NAME = {"published_star": "published"}


def add_argument(parser: argparse.ArgumentParser) -> None:
    """`--published PATH`, repeatable; without it, every default set that exists."""
    parser.add_argument(
        "--published",
        type=Path,
        action="append",
        metavar="PATH",
        help="a published answer set (JSON lines); repeat for several "
        f"(default: {', '.join(str(p) for p in DEFAULT_SETS)})",
    )


def set_name(path: Path) -> str:
    """The set's name in the output: "published" for published_star.jsonl (the name the
    benchmarks always printed for it, which other tools read), else the file's stem."""
    return _LEGACY_NAME.get(path.stem, path.stem)


def available(paths: Sequence[Path] | None) -> list[tuple[str, Path]]:
    """(name, path) of each set that exists, in the order given; a one-line note for each
    missing one. Two files with the same name get "#2", "#3" after it."""
    found: list[tuple[str, Path]] = []
    for path in paths or DEFAULT_SETS:
        if not path.is_file():
            print(f"(published set {path} not found: skipped)")
            continue
        name, taken = set_name(path), {n for n, _ in found}
        number = 2
        while name in taken:
            name = f"{set_name(path)}#{number}"
            number += 1
        found.append((name, path))
    return found


def load_records(path: Path) -> list[dict[str, Any]]:
    """Every record of one set, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
