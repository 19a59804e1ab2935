"""A real user's path, in a real browser: answer one question out loud, get feedback, review it.

Chromium's fake microphone plays a spoken STAR answer made by espeak-ng; the app runs under
`streamlit run` and transcribes it with the real bundled Whisper model. The time from
clicking stop to the feedback appearing is printed (and kept in test-output/), never asserted:
timings on these machines vary too much.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .harness import CHROMIUM, OUTPUT, ROOT, chromium, shot, speak_to_wav, streamlit_server

pytestmark = pytest.mark.browser

SCREENSHOT = ROOT / "docs" / "screenshot-feedback.png"
# The README's screenshot is refreshed only when asked for: copying it on every run would
# leave a tracked file modified after each `make test` (screenshots always go to OUTPUT).
UPDATE_SCREENSHOT = "INTERVIEW_UPDATE_SCREENSHOT"
# About 55 seconds when spoken: the speed goal is for a recording of about a minute.
ANSWER = (
    "Last year I led the support team at a software company, and our replies to customers "
    "had slipped to three days. Two large clients had written to our director to complain. "
    "My goal was to bring the average reply time under one day within a month. "
    "I set up a shared queue, I wrote templates for the twenty most common questions, and "
    "I trained four new colleagues to send the first replies. Every Friday I reviewed the "
    "oldest tickets with the billing team, so that nothing waited more than a week. "
    "As a result, the average reply time fell to six hours, and customer satisfaction rose "
    "from seventy two to eighty nine percent. Both clients renewed their contracts, and I "
    "learned to fix the process before asking people to work harder. The same templates "
    "are now used by two other teams in the company."
)
FEEDBACK_TIMEOUT_MS = 180_000
VIEWPORT = {"width": 1280, "height": 1700}


@pytest.fixture(scope="module")
def browser_tools() -> None:
    missing = [tool for tool in ("espeak-ng",) if shutil.which(tool) is None]
    if not CHROMIUM.exists():
        missing.append(str(CHROMIUM))
    if missing:
        pytest.fail(
            f"the browser test needs {', '.join(missing)}: run `bash scripts/system-deps.sh test`"
        )


@pytest.fixture
def spoken_answer(tmp_path: Path, browser_tools: None) -> tuple[Path, float]:
    wav = tmp_path / "answer.wav"
    return wav, speak_to_wav(ANSWER, wav)


@pytest.fixture
def browser(spoken_answer: tuple[Path, float]) -> Iterator[Browser]:
    wav, _ = spoken_answer
    with chromium(f"--use-file-for-fake-audio-capture={wav}") as launched:
        yield launched


def start_behavioral_session(page: Page) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text="Kind of question").click()
    page.get_by_role("option", name="Behavioral").click()
    page.get_by_role("button", name="Start practice").click()
    expect(page.get_by_text("Question 1 of")).to_be_visible(timeout=30_000)
    ready = page.get_by_role("button", name="I'm ready to answer")
    if ready.count():
        ready.click()


def record_answer(page: Page, seconds: float) -> float:
    """Record for `seconds`, stop, and return the moment stop was clicked."""
    page.get_by_role("button", name="Record").click()
    expect(page.get_by_role("button", name="Stop recording")).to_be_visible()
    time.sleep(seconds)
    stop = page.get_by_role("button", name="Stop recording")
    stopped = time.monotonic()
    stop.click()
    return stopped


def test_answer_by_voice_then_find_it_on_the_review_page(
    interview_home: Path,
    tmp_path: Path,
    browser: Browser,
    spoken_answer: tuple[Path, float],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, speech_s = spoken_answer
    # Streamlit scrolls inside its main block, so a tall window is what gets the tips in shot.
    context = browser.new_context(permissions=["microphone"], viewport=VIEWPORT)
    page = context.new_page()
    with streamlit_server(interview_home, tmp_path / "streamlit.log") as base:
        page.goto(base)
        expect(page.get_by_role("button", name="Start practice")).to_be_visible(timeout=60_000)
        shot(page, "1-setup")
        start_behavioral_session(page)
        question = page.get_by_test_id("stMarkdown").locator("h3").first.inner_text()
        shot(page, "2-question")

        stopped = record_answer(page, speech_s + 1.5)
        expect(page.get_by_test_id("stMetric").first).to_be_visible(timeout=FEEDBACK_TIMEOUT_MS)
        expect(page.get_by_text("RESULT", exact=True).first).to_be_visible()
        waited = time.monotonic() - stopped

        body = page.locator("section.main, [data-testid='stMain']").first.inner_text()
        for label in ("SITUATION", "ACTION", "RESULT"):
            assert label in body, f"STAR label {label} missing from the feedback"
        for words in ("reply time", "shared queue", "templates"):
            assert words in body.lower(), f"transcript lacks {words!r}"
        for card in ("Overall", "STAR", "Specificity", "Fillers / min", "Pace (wpm)", "Length"):
            assert card in body, f"score card {card} missing"
        feedback_shot = shot(page, "3-feedback")
        if os.environ.get(UPDATE_SCREENSHOT) == "1":
            shutil.copyfile(feedback_shot, SCREENSHOT)

        figure = f"stop → feedback: {waited:.1f} s for a {speech_s + 1.5:.0f} s recording"
        (OUTPUT / "stop-to-feedback.txt").write_text(figure + "\n")
        with capsys.disabled():
            print(f"\n{figure}")

        page.reload()
        page.get_by_role("link", name="Review answers").click()
        expect(page.get_by_text("1 attempt shown of 1")).to_be_visible(timeout=30_000)
        main = page.get_by_test_id("stMain")
        expect(main.locator("h3", has_text=question)).to_be_visible()
        expect(main.get_by_text("shared queue").first).to_be_visible()
        expect(main.get_by_test_id("stAudio")).to_be_visible()
        shot(page, "4-review")
