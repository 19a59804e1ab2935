"""Helpers for the browser test: a spoken answer, a Streamlit server, a Chromium with a fake mic.

Chromium's fake microphone (`--use-file-for-fake-audio-capture`) plays a WAV file in a loop,
so the spoken answer is padded with silence: a recording stopped inside the padding holds
the answer once. The server runs the real `streamlit run app.py` on a free local port with
INTERVIEW_HOME pointed at the test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output" / "e2e"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
)


def speak_to_wav(
    text: str, path: Path, *, words_per_minute: int = 150, pad_s: float = 6.0
) -> float:
    """Synthesise `text` with espeak-ng into `path`, padded with silence; return speech seconds."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(words_per_minute), "-w", str(raw), text],
        check=True,
        capture_output=True,
    )
    with wave.open(str(raw), "rb") as source:
        params = source.getparams()
        frames = source.readframes(params.nframes)
    silence = b"\x00" * (int(params.framerate * pad_s) * params.sampwidth * params.nchannels)
    with wave.open(str(path), "wb") as target:
        target.setparams(params)
        target.writeframes(frames + silence)
    raw.unlink()
    return params.nframes / params.framerate


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy at {url}:\n{log.read_text()}")


@contextmanager
def streamlit_server(home: Path, log: Path) -> Iterator[str]:
    """Run the app with its data in `home`; yield its base URL; stop it afterwards."""
    port = free_port()
    env = {**os.environ, "INTERVIEW_HOME": str(home)}
    command = [
        str(Path(sys.executable).with_name("streamlit")),
        "run",
        str(ROOT / "app.py"),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(f"{base}/_stcore/health", process, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def chromium(*extra_args: str) -> Iterator[Browser]:
    """Debian's chromium driven by Playwright, closed afterwards; missing, the test fails."""
    if not CHROMIUM.exists():
        pytest.fail(f"the browser test needs {CHROMIUM}: run `bash scripts/system-deps.sh test`")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *extra_args]
        )
        try:
            yield launched
        finally:
            launched.close()


def shot(page: Page, name: str) -> Path:
    """A full-page screenshot in test-output/e2e/, kept for a person to look at."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def type_in(page: Page, field: Locator, text: str) -> None:
    """Type into a plain (form-less) widget and let the rerun its commit starts finish.

    Each committed field reruns the page; a fill that lands while that rerun is drawn can be
    overwritten by it (a fast robot types faster than any person), so wait for the app to
    be idle again before the next field."""
    field.fill(text)
    field.press("Tab")
    page.wait_for_timeout(300)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=30_000)
    expect(field).to_have_value(text)
