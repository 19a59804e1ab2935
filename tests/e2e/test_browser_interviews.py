"""A real user's evening after an interview, in a real browser: log it, debrief two
questions, and read the practice plan that comes out of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .harness import chromium, shot, streamlit_server, type_in

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 2200}


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def debrief_question(page: Page, number: int, text: str, rating: str) -> None:
    """Fill question `number` (1-based): its text and how it went."""
    form = page.get_by_test_id("stMain")
    type_in(page, form.get_by_label("What they asked, as you remember it").nth(number - 1), text)
    form.get_by_test_id("stRadio").nth(number - 1).get_by_text(rating, exact=True).click()


def test_log_an_interview_debrief_two_questions_and_see_the_plan(
    interview_home: Path, tmp_path: Path, browser: Browser
) -> None:
    page = browser.new_context(viewport=VIEWPORT).new_page()
    with streamlit_server(interview_home, tmp_path / "streamlit.log") as base:
        page.goto(base)
        page.get_by_role("link", name="Interviews").click()
        expect(page.get_by_role("heading", name="Your interviews")).to_be_visible(timeout=60_000)
        form = page.get_by_test_id("stMain")
        type_in(page, form.get_by_label("Company"), "Acme")
        type_in(page, form.get_by_label("Role"), "Data analyst")
        debrief_question(page, 1, "A time you disagreed with a colleague", "1 · hard going")
        debrief_question(page, 2, "Someone at work you did not get along with", "2 · rough")
        type_in(page, form.get_by_label("Notes (optional)").first, "froze, no example ready")
        shot(page, "interviews-1-debrief")
        form.get_by_role("button", name="Save interview").click()

        expect(page.get_by_text("Saved your Acme interview with 2 debriefed")).to_be_visible(
            timeout=30_000
        )
        main = page.get_by_test_id("stMain")
        expect(main.get_by_text("Closest bank question").first).to_be_visible()
        shot(page, "interviews-2-debriefed")
        page.get_by_role("tab", name="Practice plan").click()
        focus = main.get_by_text("You rated 2 questions on conflict 1-2 in the Acme interview")
        expect(focus).to_be_visible(timeout=30_000)
        expect(main.get_by_text("Focus on these, in this order")).to_be_visible()
        expect(main.get_by_text("Your schedule")).to_be_visible()
        shot(page, "interviews-3-plan")
