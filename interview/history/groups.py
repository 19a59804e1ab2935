"""Progress per question and per competency: how often, how well, and how it moved.

Read from the same attempts frame as the rest of `progress` (one row per attempt, oldest
first). Attempts never analysed count as attempts but have no score.

The competency weights tell the question selection where practice is most needed, on the
same 0-1 "need" scale as the STAR parts' share missing: the average of a competency's latest
`COMPETENCY_RECENT` scores maps to 0 at `GOOD_SCORE` or above and to 1 at `POOR_SCORE` or
below, linearly between. A score of 1 - average/100 would put every competency between 0.1
and 0.5 for most people, and the selection would barely prefer the weakest one. A
competency never practised is assumed to be like the others: it gets their mean need, so the
ones the user is known to be weak at come first and untried ones still come up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from interview.models import COMPETENCIES

# Competency weights look at this many latest attempts of that competency.
COMPETENCY_RECENT = 5
# Average scores at which a competency needs no extra practice (0) or the most (1).
GOOD_SCORE = 80.0
POOR_SCORE = 40.0


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


def competency_need(average: float) -> float:
    """0 (fine) to 1 (needs the most practice) for a competency's recent average score."""
    return round(float(np.clip((GOOD_SCORE - average) / (GOOD_SCORE - POOR_SCORE), 0.0, 1.0)), 3)


def competency_weights(analysed: pd.DataFrame) -> dict[str, float]:
    """The need of every competency (see the module docstring); empty with no scores."""
    scored = analysed.dropna(subset=["score"])
    if scored.empty:
        return {}
    recent = scored.groupby("competency")["score"].apply(lambda s: s.tail(COMPETENCY_RECENT).mean())
    tried = {str(name): competency_need(float(average)) for name, average in recent.items()}
    untried = round(float(np.mean(list(tried.values()))), 3)
    return {name: tried.get(name, untried) for name in COMPETENCIES} | tried


def _maybe(value: Any, *, digits: int = 2) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), digits)
