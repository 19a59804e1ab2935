"""A practice session in a real browser: it survives a reload, lets each question choose how to
answer, and tells the same over-time verdict on screen as it stores.

Each test runs its own `streamlit run app.py` on a free port with its own INTERVIEW_HOME.
Chromium's fake microphone plays an espeak-ng answer of about 55 s; with the answer time at
its minimum of 30 s it is over time, and the feedback must say so exactly as the database
records it. Nothing is asserted on timing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from interview.answers import record_attempt
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.questions import get_question, load_banks

from .harness import chromium, shot, speak_to_wav, streamlit_server
from .test_browser import ANSWER, FEEDBACK_TIMEOUT_MS, record_answer

pytestmark = pytest.mark.browser

TYPED = "Last year I led a support team. Our replies had slipped to three days. I set up a queue."
VIEWPORT = {"width": 1280, "height": 1600}


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[Browser, float]]:
    wav = tmp_path / "answer.wav"
    seconds = speak_to_wav(ANSWER, wav)
    with chromium(f"--use-file-for-fake-audio-capture={wav}") as launched:
        yield launched, seconds


def set_up(page: Page, *, mode: str, think_s: int | None = None, shortest: bool = False) -> None:
    """Choose behavioral questions, the answer mode and the times, then start."""
    expect(page.get_by_role("button", name="Start practice")).to_be_visible(timeout=60_000)
    page.get_by_test_id("stSelectbox").filter(has_text="Kind of question").click()
    page.get_by_role("option", name="Behavioral").click()
    page.get_by_test_id("stRadio").filter(has_text="How will you start").get_by_text(mode).click()
    sliders = page.get_by_role("slider")
    if think_s == 0 or shortest:
        sliders.nth(0).focus()
        page.keyboard.press("Home")  # thinking time 0
    if shortest:
        sliders.nth(1).focus()
        page.keyboard.press("Home")  # answer time 30 s, the least
    page.get_by_role("button", name="Start practice").click()
    expect(page.get_by_text("Question 1 of")).to_be_visible(timeout=30_000)


def question_text(page: Page) -> str:
    return page.get_by_test_id("stMain").locator("h3").first.inner_text()


def thinking_left(page: Page) -> int:
    """Seconds of thinking time the clock shows ("Thinking time · 0:52 left")."""
    label = page.get_by_text(re.compile(r"Thinking time · \d+:\d\d left")).first.inner_text()
    minutes, seconds = re.search(r"(\d+):(\d\d) left", label).groups()  # type: ignore[union-attr]
    return int(minutes) * 60 + int(seconds)


def test_a_reload_mid_question_resumes_the_question_the_clock_and_the_draft(
    interview_home: Path, tmp_path: Path, browser: tuple[Browser, float]
) -> None:
    launched, _ = browser
    page = launched.new_context(viewport=VIEWPORT).new_page()
    with streamlit_server(interview_home, tmp_path / "streamlit.log") as base:
        page.goto(base)
        set_up(page, mode="Type")  # thinking time 30 s (the form's default)
        asked = question_text(page)
        box = page.get_by_role("textbox", name="Your answer")
        box.click()
        box.press_sequentially(TYPED, delay=5)  # still typing: the box has not lost focus
        # Streamlit's "Press Ctrl+Enter to apply" would suggest that submits: it is hidden.
        expect(page.get_by_test_id("InputInstructions")).to_be_hidden()
        time.sleep(3)  # the draft keeper sends the box every 2 s
        before = thinking_left(page)
        page.reload()

        resume = page.get_by_role("button", name=re.compile(r"Resume your session"))
        expect(resume).to_be_visible(timeout=30_000)
        expect(resume).to_have_text("Resume your session (question 1 of 3, draft kept)")
        shot(page, "resume-offer")
        resume.click()
        expect(page.get_by_role("textbox", name="Your answer")).to_have_value(TYPED)
        assert question_text(page) == asked
        # The clock carried on from where it was (a reload is not a fresh start).
        assert thinking_left(page) <= before
        shot(page, "resumed")

        # Leaving for another page at once (no 2 s wait) keeps what was typed too.
        box = page.get_by_role("textbox", name="Your answer")
        box.click()
        box.press("End")
        box.press_sequentially(" More.", delay=5)
        page.get_by_role("link", name="Review answers").click()
        expect(page.get_by_text("Nothing to review yet")).to_be_visible(timeout=30_000)
        page.reload()
        page.get_by_role("link", name="Practice").click()
        resume = page.get_by_role("button", name=re.compile(r"Resume your session"))
        expect(resume).to_be_visible(timeout=30_000)
        resume.click()
        expect(page.get_by_role("textbox", name="Your answer")).to_have_value(TYPED + " More.")


def test_type_one_question_speak_the_next_and_the_over_time_verdict_matches_the_store(
    interview_home: Path, tmp_path: Path, browser: tuple[Browser, float]
) -> None:
    launched, speech_s = browser
    context = launched.new_context(permissions=["microphone"], viewport=VIEWPORT)
    page = context.new_page()
    with streamlit_server(interview_home, tmp_path / "streamlit.log") as base:
        page.goto(base)
        set_up(page, mode="Type", shortest=True)
        page.get_by_role("textbox", name="Your answer").fill(TYPED)
        page.get_by_role("button", name="Submit answer").click()
        expect(page.get_by_text("at a speaking pace of 150 words a minute")).to_be_visible(
            timeout=60_000
        )
        page.get_by_role("button", name="Next question").click()
        expect(page.get_by_text("Question 2 of")).to_be_visible()

        page.get_by_test_id("stRadio").filter(has_text="How will you answer").get_by_text(
            "Speak"
        ).click()
        expect(page.get_by_role("button", name="Record")).to_be_visible(timeout=30_000)
        expect(page.get_by_role("textbox", name="Your answer")).to_have_count(0)
        record_answer(page, speech_s + 1.5)
        verdict = page.get_by_text(re.compile(r"Your answer is \d+:\d\d long as recorded"))
        expect(verdict).to_be_visible(timeout=FEEDBACK_TIMEOUT_MS)
        shown = verdict.inner_text()
        shot(page, "spoken-over-time")

    store = HistoryStore.open()
    typed, spoken = sorted(store.list_attempts(), key=lambda a: a.id)
    assert store.get_attempt(typed.id).answer_text == TYPED
    attempt = store.get_attempt(spoken.id)
    store.close()
    assert attempt.recording is not None and attempt.duration_s is not None
    assert attempt.over_time is True  # about 57 s of recording against 30 s
    whole = int(attempt.duration_s)  # cut to the second, as the audio player shows it
    assert f"{whole // 60}:{whole % 60:02d} long as recorded: over the 0:30 you set" in shown


PHONE = {"width": 420, "height": 2400}  # tall: Streamlit scrolls inside its main block
STRONG = (
    "In March our release was two weeks late. I had to ship the billing fix by Friday. "
    "I cut the scope to three screens and I paired with QA every afternoon. "
    "We shipped on Thursday and support tickets fell by 30 percent."
)
WEAK = "We had a deadline. We worked hard and it went fine in the end."


def test_review_and_progress_show_the_scores_on_a_phone(
    interview_home: Path, tmp_path: Path
) -> None:
    store = HistoryStore.open()
    banks = load_banks(Settings.from_env())
    for question_id, text in (
        ("beh-time-01", WEAK),
        ("beh-time-01", STRONG),
        ("beh-time-01", WEAK),
    ):
        record_attempt(store, get_question(banks, question_id), answer_text=text)
    scores = [f"{a.score:.0f}" for a in store.list_attempts()]
    store.close()
    with (
        chromium() as launched,
        streamlit_server(interview_home, tmp_path / "s.log") as base,
    ):
        page = launched.new_context(viewport=PHONE).new_page()
        page.goto(f"{base}/review")
        main = page.get_by_test_id("stMain")
        expect(main.get_by_text("3 attempts shown of 3")).to_be_visible(timeout=60_000)
        # The newest answer is open: its overall score is the first card.
        expect(main.get_by_test_id("stMetric").first).to_contain_text(f"{scores[0]}/100")
        cards = main.get_by_test_id("stMetric")
        # The six score cards wrap into rows (not one card per line) and stay on screen.
        boxes = [cards.nth(i).bounding_box() for i in range(cards.count())]
        assert all(box is not None and box["x"] + box["width"] <= PHONE["width"] for box in boxes)
        rows = {round(box["y"]) for box in boxes if box is not None}
        assert len(rows) < len(boxes)
        shot(page, "phone-review")
        page.goto(f"{base}/progress")
        expect(main.get_by_text("By question")).to_be_visible(timeout=60_000)
        main.get_by_text("By question").scroll_into_view_if_needed()
        shot(page, "phone-progress")
