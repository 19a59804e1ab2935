"""Deleting every attempt without racing the people still saving, and without leftovers.

Two things went wrong when "delete all" simply deleted the rows and then emptied the
recordings folder. An answer saved in between kept its row but lost its file, and a live
writer's temporary file vanished under it. So the files removed are exactly those named by
the rows deleted, read in the same write transaction that deletes them: a save that commits
first is deleted whole, one that commits after keeps its file, because its name was never
in the set. Files nobody refers to are removed only once they are old (a process died
between writing the file and committing its row); a fresh one may be a save in progress.

Deleted rows stay readable in SQLite's write-ahead log and in free pages until the next
checkpoint, so afterwards the database is vacuumed and the log checkpointed and truncated.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from interview.history import schema
from interview.history.audio_files import RecordingFiles
from interview.history.database import sqlite_file

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erased:
    """What deleting everything removed, and what it left.

    Attributes:
        attempts: attempts deleted (their answers, transcripts and scores).
        sessions: practice sessions deleted.
        interviews: real interviews logged, with their debriefs (and the saved job advert).
        recordings: recording files deleted (of the deleted attempts, and old orphans).
        settings: remembered app choices deleted (only when asked to).
        recordings_kept: recordings of saves still in progress when the delete ran.
        compacted: the database was vacuumed and its write-ahead log emptied, so no deleted
            text is left readable on disk; False when another program kept it open.
        stories: stories deleted (follow-up links go with their attempts).
    """

    attempts: int
    sessions: int
    interviews: int
    recordings: int
    settings: int
    recordings_kept: int
    compacted: bool
    stories: int = 0


@dataclass(frozen=True)
class _Plan:
    attempts: int
    sessions: int
    interviews: int
    settings: int
    files: tuple[str, ...]
    kept: int
    stories: int = 0


def delete_rows(conn: Connection, recordings: RecordingFiles, *, settings_too: bool) -> _Plan:
    """Inside one write transaction: delete the rows, and name the files they owned."""
    attempts = schema.attempts
    owned = conn.execute(sa.select(attempts.c.recording).where(attempts.c.recording.is_not(None)))
    names = {str(name) for name in owned.scalars()}
    orphans, kept = recordings.unreferenced(names)
    # interviews.py builds on the store, which imports this module: import it when used
    from interview.history.interviews import delete_all_interviews  # noqa: PLC0415

    interviews = delete_all_interviews(conn)  # their debriefs point at attempts
    stories = conn.execute(sa.delete(schema.stories)).rowcount
    count = conn.execute(sa.delete(attempts)).rowcount
    sessions = conn.execute(sa.delete(schema.sessions)).rowcount
    settings = conn.execute(sa.delete(schema.app_settings)).rowcount if settings_too else 0
    files = tuple(sorted(names | set(orphans)))
    plan = _Plan(int(count), int(sessions), interviews, int(settings), files, len(kept))
    return replace(plan, stories=int(stories))


def remove_files(recordings: RecordingFiles, names: Iterable[str]) -> int:
    """Delete the named recordings (after the commit: no row can name them any more)."""
    removed = 0
    for name in names:
        if recordings.path(name).exists():
            recordings.delete(name)
            removed += 1
    recordings.sweep()
    return removed


def compact(engine: Engine) -> bool:
    """VACUUM, then checkpoint and truncate the write-ahead log; False if it could not
    complete (another connection was reading). Other databases keep their own files."""
    if sqlite_file(engine.url) is None:
        return True  # in memory, or a server database that manages its own files
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    except sqlite3.OperationalError as exc:  # a lock another program held past the timeout
        logger.warning("could not compact the history database after deleting: %s", exc)
        return False
    finally:
        raw.close()
    return not busy


def erase(store: HistoryStore, *, settings_too: bool) -> Erased:
    """Delete every attempt, session and recording (and the remembered settings if asked)."""
    with store.writing() as conn:
        plan = delete_rows(conn, store.recordings, settings_too=settings_too)
    removed = remove_files(store.recordings, plan.files)
    compacted = compact(store.engine)
    logger.info("deleted %s attempts and %s recordings", plan.attempts, removed)
    return Erased(
        attempts=plan.attempts,
        sessions=plan.sessions,
        interviews=plan.interviews,
        recordings=removed,
        settings=plan.settings,
        recordings_kept=plan.kept,
        compacted=compacted,
        stories=plan.stories,
    )
