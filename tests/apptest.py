"""Shared set-up for the AppTest page tests (one `tests/test_app_<page>.py` per page)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from interview.ui import resources

APP = Path(__file__).resolve().parents[1] / "app.py"


def open_page(page: str, *, timeout: float = 30) -> AppTest:
    """Run the app once, switch to `page` ("app_pages/x.py") and run it.

    Cached resources are cleared first: every test has its own INTERVIEW_HOME, and a
    store or model cached by an earlier test must not leak into it.
    """
    resources.clear()
    app = AppTest.from_file(str(APP), default_timeout=timeout)
    app.run()
    if page != "app_pages/practice.py":
        app.switch_page(page).run()
    return app


def texts(app: AppTest) -> str:
    """Everything the page shows as text (markdown, captions, alerts, titles), joined."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "success",
        "info",
        "warning",
        "error",
        "text",
    ):
        parts += [shown(element) for element in app.get(kind)]
    return "\n".join(parts)


def shown(element: Any) -> str:
    """What the user reads: the element's Markdown without its backslash escapes (text we
    did not write, messages included, is escaped so Markdown shows it literally)."""
    return re.sub(r"\\(.)", r"\1", str(element.value))


def errors(app: AppTest) -> list[str]:
    """The error messages on the page, as the user reads them."""
    return [shown(element) for element in app.error]


def impatient_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut the store's busy timeout to 0.2 s (before the app opens it), so a held database
    is given up on quickly, as it would be after 15 s."""
    monkeypatch.setattr("interview.history.database.BUSY_TIMEOUT_MS", 200)


@contextmanager
def database_held(home: Path) -> Iterator[None]:
    """Another program holds the history database's write lock while the block runs
    (reads still work: the database is in WAL mode)."""
    other = sqlite3.connect(home / "interview.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
