"""Where an export may be written: never over the history itself, never into a device.

`interview history export --output PATH` takes a path from the user, and an atomic write
replaces whatever is there. Pointed at `interview.db` it replaced the live database; at a
symlink it replaced the link; as root at `/dev/full` it turned the device into a file. So
the target is checked first: the database, its journal files and the recordings folder are
refused, so is anything that is not a regular file, and an existing file is replaced only
when the user says so (`--force`). A symlink to a regular file is written through, so the
link stays a link.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from interview.errors import HistoryError
from interview.history.database import sqlite_file
from interview.history.store import HistoryStore

_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _protected(store: HistoryStore) -> tuple[tuple[Path, ...], Path]:
    database = sqlite_file(store.engine.url)
    files: tuple[Path, ...] = ()
    if database is not None:
        real = database.resolve()
        files = tuple(real.with_name(real.name + end) for end in _DATABASE_COMPANIONS)
    return files, store.recordings.folder.resolve()


def export_target(store: HistoryStore, output: Path, *, force: bool = False) -> Path:
    """The file to write the export to (the link's target for a symlink), or HistoryError
    saying why `output` may not be written."""
    real = output.resolve()
    files, recordings = _protected(store)
    if real in files:
        raise HistoryError(
            f"{output} is the history database (or one of its files); "
            "choose another file name for the export"
        )
    if real == recordings or recordings in real.parents:
        raise HistoryError(f"{output} is inside the recordings folder; choose another place")
    if not os.path.lexists(output):
        return real
    try:
        mode = os.stat(output).st_mode  # follows a symlink to what it points at
    except OSError:
        raise HistoryError(f"{output} is a link to nothing; choose another file name") from None
    if not stat.S_ISREG(mode):
        raise HistoryError(
            f"{output} is not a regular file (a folder, device or pipe); "
            "give the name of a file to create"
        )
    if not force:
        raise HistoryError(f"{output} already exists; add --force to replace it")
    return real
