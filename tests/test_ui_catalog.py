"""Searching the question banks and turning a browser upload into an import."""

from __future__ import annotations

import pytest

from interview.config import Settings
from interview.models import Question
from interview.ui.catalog import import_upload, lines, search

QUESTIONS = (
    Question(
        "q-deadline",
        "Tell me about a tight deadline.",
        "behavioral",
        "time-management",
        key_points=("how you prioritised", "the outcome"),
    ),
    Question("q-why", "Why do you want this job?", "hr", "communication"),
)


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("", ["q-deadline", "q-why"]),
        ("DEADLINE", ["q-deadline"]),
        ("prioritised outcome", ["q-deadline"]),
        ("job communication", ["q-why"]),
        ("deadline job", []),
    ],
)
def test_search(query: str, ids: list[str]) -> None:
    assert [q.id for q in search(QUESTIONS, query)] == ids


def test_lines_drops_blank_lines() -> None:
    assert lines("  one \n\n two\n   \n") == ("one", "two")


def test_import_upload_names_the_upload_in_errors() -> None:
    sheet = b"text,kind,competency\nWhy us?,hr,teamwork\nBad row,riddle,teamwork\n"
    report = import_upload(Settings.from_env(), "../../sheet.csv", sheet)
    assert len(report.questions) == 1
    assert report.errors and report.errors[0].startswith("sheet.csv: line 3")
