"""The user's history as downloadable files (CSV for spreadsheets, JSON for everything).

`interview.history.export` writes files for the CLI; a browser download wants the content
instead, built by the same functions, so there is one definition of the columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview.history.export import csv_document, export_document

if TYPE_CHECKING:
    from interview.history.store import HistoryStore


def json_text(store: HistoryStore) -> str:
    return json.dumps(export_document(store), indent=1, ensure_ascii=False) + "\n"


def csv_text(store: HistoryStore) -> str:
    return csv_document(store)[0]


@dataclass(frozen=True)
class Download:
    """One download button on the progress page (`make` runs only when it is clicked)."""

    label: str
    make: Callable[[HistoryStore], str]
    file_name: str
    mime: str
    key: str


DOWNLOADS = (
    Download(
        "Download CSV (scores and answers)",
        csv_text,
        "interview-coach-attempts.csv",
        "text/csv",
        "progress_export_csv",
    ),
    Download(
        "Download JSON (everything, re-importable)",
        json_text,
        "interview-coach-history.json",
        "application/json",
        "progress_export_json",
    ),
)
