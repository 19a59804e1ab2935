"""Progress charts drawn from a real history's timeline: readable and showing every answer."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from interview.answers import record_attempt
from interview.config import Settings
from interview.history.progress import progress_summary
from interview.history.store import HistoryStore
from interview.models import Question
from interview.ui import charts

QUESTION = Question("q-deadline", "Tell me about a tight deadline.", "behavioral", "teamwork")
ANSWERS = (
    "We had a deadline. We worked hard on it every evening.",
    "In May our release slipped. I had to ship by Friday. I cut the scope to three screens. "
    "We shipped on Thursday and tickets fell by 30 percent.",
)


@pytest.fixture
def timeline() -> pd.DataFrame:
    store = HistoryStore.open(Settings.from_env())
    for text in ANSWERS:
        record_attempt(store, QUESTION, answer_text=text)
    return progress_summary(store).timeline


def rows(chart: Any) -> list[dict[str, Any]]:
    spec = chart.to_dict()
    [data] = spec["datasets"].values()
    return list(data)


def test_star_coverage_has_a_cell_per_part_and_answer(timeline: pd.DataFrame) -> None:
    cells = rows(charts.star_coverage(timeline))
    assert len(cells) == 4 * len(ANSWERS)
    assert {cell["present"] for cell in cells} <= {"in the answer", "missing"}
    result = [c["present"] for c in cells if c["part"] == "Result"]
    assert result == ["missing", "in the answer"]


def test_star_rows_have_a_height_each(timeline: pd.DataFrame) -> None:
    # A pixel height made Streamlit's theme draw the four rows on top of each other.
    assert charts.star_coverage(timeline).to_dict()["height"] == {"step": charts.STAR_ROW_PX}


def test_pace_band_is_the_analysis_band(timeline: pd.DataFrame) -> None:
    spec = charts.pace(timeline).to_dict()
    assert "130–160" in str(spec["layer"][1]["title"])
