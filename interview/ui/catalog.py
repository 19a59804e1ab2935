"""Helpers for the question banks page: searching, and turning uploads into import files.

The banks themselves are loaded, validated and written by `interview.questions`; this
module only adapts them to what a browser page has (a search box, an uploaded file).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from interview.config import Settings
from interview.models import Question
from interview.question_import import ImportReport, import_csv


def matches(question: Question, query: str) -> bool:
    """Whether every word of `query` appears in the question, its id, key points or tip."""
    haystack = " ".join(
        (question.id, question.text, question.competency, question.tip, *question.key_points)
    ).casefold()
    return all(word in haystack for word in query.casefold().split())


def search(questions: Iterable[Question], query: str) -> tuple[Question, ...]:
    """The questions matching `query`, in bank order (all of them for an empty query)."""
    return tuple(q for q in questions if matches(q, query))


def lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of a text box (one key point or follow-up per line)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def import_upload(settings: Settings, name: str, data: bytes) -> ImportReport:
    """Import an uploaded CSV; messages name the upload, not the temporary copy."""
    safe_name = Path(name).name or "questions.csv"
    with tempfile.TemporaryDirectory(prefix="interview-import-") as folder:
        path = Path(folder) / safe_name
        path.write_bytes(data)
        report = import_csv(settings, path)
        prefixes = (str(path), str(path.resolve()))
    errors = tuple(_renamed(message, prefixes, safe_name) for message in report.errors)
    return ImportReport(bank_path=report.bank_path, questions=report.questions, errors=errors)


def _renamed(message: str, prefixes: tuple[str, ...], name: str) -> str:
    for prefix in prefixes:
        message = message.replace(prefix, name)
    return message
