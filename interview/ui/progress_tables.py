"""The progress page's tables: how each competency and each question has gone so far.

The figures come from `interview.history.progress` (`per_competency`, `per_question`);
this module only names the columns for a reader and orders the rows so the questions
practised most come first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import streamlit as st

if TYPE_CHECKING:
    from interview.history.groups import CompetencyProgress, QuestionProgress

SCORE = st.column_config.NumberColumn(format="%.0f")
COMPETENCY_COLUMNS = {"Average score": st.column_config.NumberColumn(format="%.1f")}
QUESTION_COLUMNS = {
    "Question": st.column_config.TextColumn(width="large"),
    "Best": SCORE,
    "Latest": SCORE,
    "Change since first": st.column_config.NumberColumn(
        format="%+.0f", help="Latest score minus your first; needs two analysed answers."
    ),
}


def competency_rows(groups: Iterable[CompetencyProgress]) -> list[dict[str, Any]]:
    return [
        {
            "Competency": row.competency.replace("-", " "),
            "Answers": row.attempts,
            "Analysed": row.analysed,
            "Average score": row.average,
        }
        for row in groups
    ]


def question_rows(questions: Iterable[QuestionProgress]) -> list[dict[str, Any]]:
    """One row per question, the most practised first (then by question text)."""
    ordered = sorted(questions, key=lambda q: (-q.attempts, q.question_text))
    return [
        {
            "Question": row.question_text,
            "Answers": row.attempts,
            "Best": row.best,
            "Latest": row.latest,
            "Change since first": row.change,
        }
        for row in ordered
    ]


def show(rows: list[dict[str, Any]], columns: dict[str, Any]) -> None:
    """One of these tables, full width, without the row numbers."""
    st.dataframe(rows, hide_index=True, width="stretch", column_config=columns)
