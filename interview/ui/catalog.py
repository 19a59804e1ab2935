"""Helpers for the question banks: searching, uploads as import files, and bank problems.

The banks themselves are loaded, validated and written by `interview.questions`; this
module only adapts them to what a browser page has (a search box, an uploaded file), and
says which bank files could not be read, wherever questions are drawn from them.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable
from pathlib import Path

import streamlit as st

from interview.config import Settings
from interview.errors import InterviewError
from interview.models import Question
from interview.questions.csv_import import ImportReport, import_csv
from interview.ui.text import md_escape, rename_paths


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
        prefixes = (str(path.resolve()), str(path))
        try:
            report = import_csv(settings, path)
        except InterviewError as exc:  # the whole file refused: name the upload all the same
            raise type(exc)(rename_paths(str(exc), prefixes, safe_name)) from exc
    return dataclasses.replace(
        report,
        errors=tuple(rename_paths(message, prefixes, safe_name) for message in report.errors),
        duplicates=tuple(rename_paths(note, prefixes, safe_name) for note in report.duplicates),
    )


def bank_problems(errors: tuple[str, ...]) -> None:
    """Say that some bank files were left out, and why (the rest of the banks still load)."""
    if not errors:
        return
    label = f"{len(errors)} of your question bank files could not be read"
    with st.expander(label, icon=":material/warning:"):
        st.caption("Their questions are left out until the file is fixed or removed.")
        for message in errors:
            st.warning(md_escape(message))
