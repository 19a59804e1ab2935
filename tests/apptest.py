"""Shared set-up for the AppTest page tests (one `tests/test_app_<page>.py` per page)."""

from __future__ import annotations

from pathlib import Path

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
        parts += [str(element.value) for element in app.get(kind)]
    return "\n".join(parts)
