"""Things made once and shared: the settings, the history store and the speech model.

`st.cache_resource` keeps one object per process for every browser session. The store is
cached per database URL (tests point each app at its own temporary folder); it opens a
connection per operation, so sharing it across sessions is safe.

The Whisper model is never loaded to draw a page. It loads on first use: when a spoken
practice session shows its first question, `prepare_transcriber` loads it in a background
thread and decodes a short synthetic clip (Whisper's first decode is about a second slower
than the rest), so the work happens while the user is thinking, not after they stop
recording. A recording submitted before that finishes simply waits for the same cached
object.
"""

from __future__ import annotations

import io
import logging
import threading
import wave
from typing import TYPE_CHECKING

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from interview.config import ENGINES, Settings
from interview.errors import InterviewError

if TYPE_CHECKING:
    from interview.history.store import HistoryStore
    from interview.speech.transcriber import Transcriber

log = logging.getLogger(__name__)

_LOADED: set[tuple[str, str | None]] = set()
_PREPARING: set[tuple[str, str | None]] = set()
_WARMING: list[threading.Thread] = []
_LOCK = threading.Lock()


def settings() -> Settings:
    """The settings for this run, read from the environment (cheap, so not cached)."""
    return Settings.from_env()


def store() -> HistoryStore:
    """The history store for the configured database."""
    current = settings()
    return _store(current.database_url, current)


@st.cache_resource(show_spinner=False)
def _store(database_url: str, _settings: Settings) -> HistoryStore:
    from interview.history.store import HistoryStore  # noqa: PLC0415 (SQLAlchemy loads on first use)

    log.info("opening history store at %s", database_url)
    return HistoryStore.open(_settings)


def transcriber() -> Transcriber:
    """The speech engine, loading its model now if nothing has yet."""
    current = settings()
    return _transcriber(current.engine, current.model, current)


def transcriber_loaded() -> bool:
    """Whether this process has loaded the configured speech model (for the settings page)."""
    current = settings()
    return (current.engine, current.model) in _LOADED


@st.cache_resource(show_spinner=False)
def _transcriber(engine: str, model: str | None, _settings: Settings) -> Transcriber:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 (heavy: Whisper)

    log.info("loading speech engine %s (model %s)", engine, model or "bundled")
    loaded = load_transcriber(_settings)
    with _LOCK:
        _LOADED.add((engine, model))
    return loaded


def prepare_transcriber() -> None:
    """Load and warm the speech model in the background, once per process."""
    current = settings()
    key = (current.engine, current.model)
    with _LOCK:
        if key in _PREPARING:
            return
        _PREPARING.add(key)
    worker = threading.Thread(
        target=_prepare, args=(current,), name="speech-model-warm-up", daemon=True
    )
    add_script_run_ctx(worker, get_script_run_ctx())
    with _LOCK:
        _WARMING.append(worker)
    worker.start()


def _prepare(current: Settings) -> None:
    try:
        engine = _transcriber(current.engine, current.model, current)
        if engine.name in ENGINES:  # real engines only: a test's fake needs no warming
            engine.transcribe(warm_up_clip())
    except InterviewError as exc:
        # The answer that needs the model will meet the same error and show it.
        log.warning("could not prepare the speech model: %s", exc)
        with _LOCK:
            _PREPARING.discard((current.engine, current.model))


def warm_up_clip(seconds: float = 1.5, rate: int = 16000) -> bytes:
    """A voiced, syllable-like sound (WAV) that makes Whisper decode, for warming it up."""
    t = np.arange(int(seconds * rate)) / rate
    phase = 2 * np.pi * np.cumsum(120 + 20 * np.sin(2 * np.pi * 0.5 * t)) / rate
    voice = sum(np.sin(k * phase) / k for k in range(1, 15))
    samples = 0.3 * voice * (0.5 + 0.5 * np.sin(2 * np.pi * 4 * t)) ** 2
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def clear() -> None:
    """Forget the cached store and model (tests point each app at a fresh home).

    A warm-up still running would load the model into the fresh cache after this returns,
    so it is waited for first.
    """
    with _LOCK:
        warming, _WARMING[:] = list(_WARMING), []
    for worker in warming:
        worker.join(timeout=120)
    _store.clear()
    _transcriber.clear()
    with _LOCK:
        _LOADED.clear()
        _PREPARING.clear()
