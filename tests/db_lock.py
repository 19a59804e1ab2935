"""Another process holding the history database's write lock, for the locked-database tests.

A second Python process opens the file with the standard `sqlite3` module, runs
`BEGIN EXCLUSIVE` and keeps the transaction open until the test lets go, exactly as a
`sqlite3` shell left mid-transaction would. Tests shorten the store's busy timeout so they
do not wait a minute for it to run out.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from interview.history import database

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
    conn.execute("ROLLBACK")
    """
)
SHORT_TIMEOUT_MS = 300


def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened from now on give up waiting for a lock after `SHORT_TIMEOUT_MS`."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", SHORT_TIMEOUT_MS)


@contextmanager
def write_locked(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hold an exclusive lock on `path` in another process, with a short busy timeout here
    (for connections opened after this; call `short_busy_timeout` earlier for the others)."""
    short_busy_timeout(monkeypatch)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
