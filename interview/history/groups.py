"""Progress per question and per competency: how often, how well, and how it moved.

Read from the same attempts frame as the rest of `progress` (one row per attempt, oldest
first). Attempts never analysed count as attempts but have no score. The competency weights
tell the question selection where practice is most needed: 1 - the average of the latest
`COMPETENCY_RECENT` scores / 100, and `UNTRIED_COMPETENCY_WEIGHT` for a competency never
practised, so untried ones are offered too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from interview.models import COMPETENCIES

# A competency never practised is weighted like one averaging 50/100.
UNTRIED_COMPETENCY_WEIGHT = 0.5
# Competency weights look at this many latest attempts of that competency.
COMPETENCY_RECENT = 5


@dataclass(frozen=True)
class QuestionProgress:
    """One question: how often it was tried and how the score moved since the first try."""

    question_id: str
    question_text: str
    attempts: int
    analysed: int
    best: float | None
    latest: float | None
    change: float | None


@dataclass(frozen=True)
class CompetencyProgress:
    competency: str
    attempts: int
    analysed: int
    average: float | None


def per_question(frame: pd.DataFrame) -> tuple[QuestionProgress, ...]:
    if frame.empty:
        return ()
    groups = frame.groupby("question_id", sort=True)
    scores = frame.dropna(subset=["score"]).groupby("question_id")["score"]
    table = pd.DataFrame(
        {
            "text": groups["question_text"].last(),
            "attempts": groups.size(),
            "analysed": scores.count(),
            "best": scores.max(),
            "first": scores.first(),
            "latest": scores.last(),
        }
    )
    table["analysed"] = table["analysed"].fillna(0).astype(int)
    return tuple(
        QuestionProgress(
            question_id=str(qid),
            question_text=str(row["text"]),
            attempts=int(row["attempts"]),
            analysed=int(row["analysed"]),
            best=_maybe(row["best"]),
            latest=_maybe(row["latest"]),
            change=_maybe(row["latest"] - row["first"]) if row["analysed"] >= 2 else None,
        )
        for qid, row in table.to_dict("index").items()
    )


def per_competency(frame: pd.DataFrame) -> tuple[CompetencyProgress, ...]:
    if frame.empty:
        return ()
    groups = frame.groupby("competency", sort=True)["score"]
    table = pd.DataFrame(
        {"attempts": groups.size(), "analysed": groups.count(), "average": groups.mean()}
    )
    return tuple(
        CompetencyProgress(
            competency=str(name),
            attempts=int(row["attempts"]),
            analysed=int(row["analysed"]),
            average=_maybe(row["average"], digits=1),
        )
        for name, row in table.to_dict("index").items()
    )


def competency_weights(analysed: pd.DataFrame) -> dict[str, float]:
    if analysed.empty:
        return {}
    scored = analysed.dropna(subset=["score"])
    recent = scored.groupby("competency")["score"].apply(lambda s: s.tail(COMPETENCY_RECENT).mean())
    weights = dict.fromkeys(COMPETENCIES, UNTRIED_COMPETENCY_WEIGHT)
    for name, average in recent.items():
        weights[str(name)] = round(max(0.0, min(1.0, (100.0 - float(average)) / 100.0)), 3)
    return weights


def _maybe(value: Any, *, digits: int = 2) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), digits)
