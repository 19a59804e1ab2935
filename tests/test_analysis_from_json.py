"""Reading an analysis back from its JSON (interview.analysis.from_json, Analysis.from_dict)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import make_transcript

from interview.analysis import Analysis, analyse

CORPUS = Path(__file__).parent / "data" / "star_corpus.jsonl"


def _answers() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [(row["kind"], " ".join(s["text"] for s in row["sentences"])) for row in rows]


def _round_trip(analysis: Analysis) -> None:
    stored = json.loads(json.dumps(analysis.to_dict()))
    read = Analysis.from_dict(stored)
    assert read.to_dict() == analysis.to_dict()


@pytest.mark.parametrize("kind,text", _answers())
def test_every_corpus_answer_reads_back_to_the_same_json(kind: str, text: str) -> None:
    _round_trip(analyse(text, kind=kind))


def test_a_spoken_answer_reads_back_with_its_delivery() -> None:
    text = "um so last spring I rewrote the test plan and we shipped two weeks later"
    transcript = make_transcript(text, gap=1.2)
    analysis = analyse(text, transcript=transcript)
    assert analysis.delivery is not None
    _round_trip(analysis)
    read = Analysis.from_dict(analysis.to_dict())
    assert read.delivery is not None and read.delivery.wpm == round(analysis.delivery.wpm or 0, 1)
    assert (
        read.fillers.total == analysis.fillers.total and read.tips[0].area == analysis.tips[0].area
    )


def test_what_pages_read_comes_back_as_attributes() -> None:
    text = (
        "I led the migration of 40 databases to AWS. We cut costs by 30%. Um, I think it went well."
    )
    read = Analysis.from_dict(analyse(text, kind="behavioral").to_dict())
    assert read.star.applies and read.specificity.ownership is not None
    assert [p.part for p in read.star.parts] == ["situation", "task", "action", "result"]
    assert read.hedges.total >= 1 and read.fillers.counts
