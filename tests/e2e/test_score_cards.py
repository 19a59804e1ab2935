"""A perfect score reads whole: "100/100" on a score card is never cut to "100/…".

Streamlit's metric cuts a value wider than its card with an ellipsis. The cards have a fixed
width so six fit a laptop's row and three a phone's; this checks, in a real browser, that the
widest score they show still fits, on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from interview.answers import record_attempt
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.questions import get_question, load_banks

from .harness import chromium, shot, streamlit_server

pytestmark = pytest.mark.browser

# Scores 100 on STAR and on specificity (and 97 overall): the widest values a card shows.
PERFECT = (
    "Last spring at Northwind I led the support team when our refund backlog hit 400 tickets. "
    "My task was to clear it within two weeks without hurting response times. I set up a daily "
    "triage, wrote three macros for the most common refunds, and paired each new hire with a "
    "senior agent. I also asked finance to approve refunds under 50 pounds automatically. "
    "Within ten days the backlog was down to 30 tickets and customer satisfaction rose from 72% "
    "to 88%. I learned to fix the process before adding people."
)
# The element inside a metric's value that holds the text, and whether it is cut short.
CUT_SHORT = "e => { const t = e.querySelector('div') || e; return t.scrollWidth > t.clientWidth }"


@pytest.mark.parametrize(("name", "width"), [("laptop", 1280), ("phone", 420)])
def test_a_perfect_score_is_shown_whole(
    interview_home: Path, tmp_path: Path, name: str, width: int
) -> None:
    store = HistoryStore.open()
    question = get_question(load_banks(Settings.from_env()), "beh-time-01")
    analysis = record_attempt(store, question, answer_text=PERFECT).analysis
    store.close()
    assert analysis is not None and analysis.star.score == analysis.specificity.score == 100
    with chromium() as launched, streamlit_server(interview_home, tmp_path / "s.log") as base:
        page = launched.new_context(viewport={"width": width, "height": 2000}).new_page()
        page.goto(f"{base}/review")
        values = page.get_by_test_id("stMain").get_by_test_id("stMetricValue")
        expect(values.nth(1)).to_have_text("100/100", timeout=60_000)
        shot(page, f"score-cards-{name}")
        cut = [values.nth(i).inner_text() for i in range(values.count())]
        cut = [text for i, text in enumerate(cut) if values.nth(i).evaluate(CUT_SHORT)]
        assert cut == []
