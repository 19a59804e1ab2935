"""Things made once and shared: the settings, the history store and the speech model.

`st.cache_resource` keeps one object per process for every browser session, so the Whisper
model loads once, on the first recorded answer, never when a page first renders. The store
is cached per database URL (tests point each app at its own temporary folder); it opens a
connection per operation, so sharing it across sessions is safe.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import streamlit as st

from interview.config import Settings

if TYPE_CHECKING:
    from interview.history.store import HistoryStore
    from interview.speech.transcriber import Transcriber

log = logging.getLogger(__name__)


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
    """The speech engine, loading its model on first use."""
    current = settings()
    return _transcriber(current.engine, current.model, current)


def transcriber_loaded() -> bool:
    """Whether this process has loaded a speech model yet (for the settings page)."""
    return bool(_LOADED)


_LOADED: list[str] = []


@st.cache_resource(show_spinner="Loading the speech model (once per session of the app)…")
def _transcriber(engine: str, model: str | None, _settings: Settings) -> Transcriber:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 (heavy: Whisper)

    log.info("loading speech engine %s (model %s)", engine, model or "bundled")
    loaded = load_transcriber(_settings)
    _LOADED.append(engine)
    return loaded


def clear() -> None:
    """Forget the cached store and model (tests point each app at a fresh home)."""
    _store.clear()
    _transcriber.clear()
    _LOADED.clear()
