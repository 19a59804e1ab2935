"""Shared fixtures: no test touches real user data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.history.store import HistoryStore


@pytest.fixture(autouse=True)
def interview_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point INTERVIEW_HOME (database, recordings, user banks) at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("interview-home")
    monkeypatch.setenv("INTERVIEW_HOME", str(home))
    for name in (
        "INTERVIEW_DATABASE_URL",
        "INTERVIEW_BANKS_DIR",
        "INTERVIEW_ENGINE",
        "INTERVIEW_MODEL",
    ):
        monkeypatch.delenv(name, raising=False)
    yield home


@pytest.fixture
def store(interview_home: Path) -> Iterator[HistoryStore]:
    """A history store in the test's INTERVIEW_HOME, closed afterwards."""
    opened = HistoryStore.open()
    yield opened
    opened.close()
