"""The progress page's tables: how each competency and each question has gone so far.

The figures come from `interview.history.progress` (`per_competency`, `per_question`);
this module only names the columns for a reader and orders the rows so the questions
practised most come first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.practice.wording import name_of

if TYPE_CHECKING:
    from interview.history.groups import CompetencyProgress, QuestionProgress

# The figures come first and the text last, so a phone (420 px) shows the scores without
# scrolling sideways; a missing figure is a dash, never "None".
SMALL = st.column_config.TextColumn(width="small")
NUMBER = st.column_config.NumberColumn(width="small")
COMPETENCY_COLUMNS = {"Average": SMALL, "Answers": NUMBER, "Analysed": NUMBER}
QUESTION_COLUMNS = {
    "Latest": SMALL,
    "Best": SMALL,
    "Change": st.column_config.TextColumn(
        width="small", help="Latest score minus your first; needs two analysed answers."
    ),
    "Answers": NUMBER,
    "Question": st.column_config.TextColumn(width="large"),
}


def figure(value: float | None, spec: str = ".0f") -> str:
    return "—" if value is None else format(value, spec)


def competency_rows(groups: Iterable[CompetencyProgress]) -> list[dict[str, Any]]:
    return [
        {
            "Average": figure(row.average, ".1f"),
            "Answers": row.attempts,
            "Analysed": row.analysed,
            "Competency": name_of(row.competency),
        }
        for row in groups
    ]


def question_rows(questions: Iterable[QuestionProgress]) -> list[dict[str, Any]]:
    """One row per question, the most practised first (then by question text)."""
    ordered = sorted(questions, key=lambda q: (-q.attempts, q.question_text))
    return [
        {
            "Latest": figure(row.latest),
            "Best": figure(row.best),
            "Change": figure(row.change, "+.0f"),
            "Answers": row.attempts,
            "Question": row.question_text,
        }
        for row in ordered
    ]


def show(rows: list[dict[str, Any]], columns: dict[str, Any]) -> None:
    """One of these tables, full width, without the row numbers."""
    st.dataframe(rows, hide_index=True, width="stretch", column_config=columns)
