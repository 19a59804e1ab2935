"""A real user's path through stories and follow-ups, in a real browser.

Type an answer that never says how things ended; the interviewer's follow-up asks for the
outcome; answer it and see it judged as a result. Then save the first answer as a story and
find it, and the competencies it covers, on the Stories page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .harness import chromium, shot, streamlit_server, type_in

pytestmark = pytest.mark.browser

NO_RESULT = (
    "Last spring our bakery was short of staff before the holidays. My task was to keep the "
    "orders going out. I reorganised the rota and I trained two new starters on the ovens."
)
RESULT = "In the end every order went out on time, and complaints fell from 12 a week to 2."
TIMEOUT_MS = 60_000


def start_typed_session(page: Page) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text="Kind of question").click()
    page.get_by_role("option", name="Behavioral").click()
    page.get_by_text("Type", exact=False).filter(has_text="Type").last.click()
    page.get_by_role("button", name="Start practice").click()
    expect(page.get_by_text("Question 1 of")).to_be_visible(timeout=TIMEOUT_MS)
    ready = page.get_by_role("button", name="I'm ready to answer")
    if ready.count():
        ready.click()


def test_follow_up_then_save_as_a_story(interview_home: Path, tmp_path: Path) -> None:
    with (
        chromium() as browser,
        streamlit_server(interview_home, tmp_path / "log") as base,
    ):
        page = browser.new_page(viewport={"width": 1280, "height": 1700})
        try:
            page.goto(base)
            expect(page.get_by_role("button", name="Start practice")).to_be_visible(
                timeout=TIMEOUT_MS
            )
            start_typed_session(page)
            page.get_by_label("Your answer").fill(NO_RESULT)
            page.get_by_role("button", name="Submit answer").click()

            expect(page.get_by_text("The interviewer follows up")).to_be_visible(timeout=TIMEOUT_MS)
            expect(page.get_by_text("How did it turn out in the end")).to_be_visible()
            type_in(page, page.get_by_label("Your follow-up answer"), RESULT)
            page.get_by_role("button", name="Submit follow-up answer").click()
            expect(page.get_by_text("Answered · judged on the result")).to_be_visible(
                timeout=TIMEOUT_MS
            )
            shot(page, "stories-1-follow-up")

            page.get_by_text("Save this answer as a story").click()
            type_in(page, page.get_by_label("Story title"), "Bakery rota")
            page.get_by_role("button", name="Save as a story").click()
            expect(page.get_by_text("Saved as story 1")).to_be_visible(timeout=TIMEOUT_MS)

            page.get_by_role("link", name="Stories").click()
            expect(page.get_by_text("Bakery rota").first).to_be_visible(timeout=TIMEOUT_MS)
            page.get_by_role("tab", name="Coverage").click()
            expect(page.get_by_text("competencies have a story")).to_be_visible()
            expect(page.get_by_text("No story for").first).to_be_visible()
            shot(page, "stories-2-coverage")
        finally:
            page.close()
