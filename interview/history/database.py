"""Opening the history database safely, for many threads and processes at once.

SQLite is the default: one file beside the recordings. Every connection gets WAL journaling
(readers never block the writer), a generous busy timeout (a second writer waits instead of
failing with "database is locked") and foreign keys. The engine hands out one pooled
connection per operation, so Streamlit's threads never share a raw sqlite3 connection.

Write transactions start with `BEGIN IMMEDIATE`: they take the write lock up front, so a
transaction that reads and then writes can never fail halfway because another process wrote
in between (SQLite's busy handler cannot retry that case). pysqlite's own transaction
handling is switched off so these BEGINs, and DDL inside migrations, are ours to control.

Before a file is touched it is checked: a file that is not SQLite, an SQLite file from
another program, or a database from a newer version of this app is refused with a clear
message and left byte-for-byte unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool, StaticPool

from interview.errors import HistoryError
from interview.history.migrations.runner import applied_migrations, known_names, migrate

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Long enough for any other writer's transaction (milliseconds; a large import, seconds),
# short enough that someone facing a database left locked hears about it soon.
BUSY_TIMEOUT_MS = 15_000
IMMEDIATE = "interview_immediate"
_T = TypeVar("_T")


def sqlite_file(url: URL) -> Path | None:
    """The database file of an SQLite URL; None for in-memory or other databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """How messages name the database: its file, or its URL without the password."""
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise HistoryError(f"cannot read the history database {path}: {exc.strerror}") from exc
    if head and head != SQLITE_MAGIC:
        raise HistoryError(
            f"{path} is not an SQLite database, so it cannot hold Interview Coach history; "
            "it was left unchanged. Move it away, or point INTERVIEW_HOME or "
            "INTERVIEW_DATABASE_URL at another location."
        )


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is issued by _on_begin
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _on_begin(conn: sa.Connection) -> None:
    immediate = conn.get_execution_options().get(IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_history_engine(url: URL) -> Engine:
    """An engine with the per-connection settings above (SQLite) or the defaults (others)."""
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    if sqlite_file(url) is None:
        engine = sa.create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _is_lock(exc: sa.exc.DBAPIError) -> bool:
    reason = str(exc.orig)
    return "locked" in reason or "busy" in reason


def database_error(action: str, where: str, exc: sa.exc.DBAPIError) -> HistoryError:
    """The HistoryError for a database call that failed; a lock says what to do about it."""
    reason = str(exc.orig)
    if _is_lock(exc):
        reason += (
            f" (another program kept it locked for more than {BUSY_TIMEOUT_MS / 1000:g} s, "
            "perhaps another Interview Coach or an sqlite3 shell; close it and try again; "
            "nothing was changed)"
        )
    elif "unable to open" in reason or "readonly" in reason:
        reason += (
            " (it or its folder may be read-only: check that you may write to that file and its "
            "folder, which also holds its -wal and -shm files)"
        )
    return HistoryError(f"cannot {action} the history database {where}: {reason}")


@contextmanager
def translated(action: str, where: str) -> Iterator[None]:
    """Turn a database error inside the block into `database_error`."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        raise database_error(action, where, exc) from exc
    except UnicodeEncodeError as exc:  # bytes a terminal or pipe passed on undecoded
        raise _not_utf8(action, where, exc) from exc


def _not_utf8(action: str, where: str, exc: UnicodeEncodeError) -> HistoryError:
    """Text that arrived as bytes in another encoding (Python keeps them as lone surrogates,
    which SQLite refuses): name the bytes, so the user can find them."""
    near = exc.object[max(exc.start - 12, 0) : exc.end + 12]
    shown = near.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
    return HistoryError(
        f"cannot {action} the history database {where}: some text is not UTF-8, near "
        f"'{shown}' (is the terminal or file set to another encoding?); nothing was saved"
    )


def _precheck(url: URL, where: str) -> None:
    """Read the existing file's tables without any of our settings, so nothing is written."""
    bare = sa.create_engine(url, poolclass=NullPool)

    def read() -> None:
        with bare.connect() as conn:
            applied_migrations(conn, where=where)

    try:
        with translated("open", where):
            retrying_locks(read)
    finally:
        bare.dispose()


def _prepare_file(url: URL, where: str) -> None:
    """Refuse a file that is not ours, before anything can write to it; make its folder."""
    path = sqlite_file(url)
    if path is None:
        return
    _check_sqlite_header(path)
    if path.is_file() and path.stat().st_size > 0:
        _precheck(url, where)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HistoryError(f"cannot create the folder for {where}: {exc.strerror}") from exc


def retrying_locks(action: Callable[[], _T]) -> _T:
    """Run `action`, retrying while SQLite reports a lock, for up to the busy timeout.

    The busy timeout makes SQLite wait for an ordinary lock, but not in every case: when the
    last connection to a WAL database closes it briefly locks the file to clean up, and a
    connection opening at that moment gets "database is locked" at once. Several processes
    opening a new database together (the app and a CLI command) meet exactly that.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            return action()
        except sa.exc.OperationalError as exc:
            if not _is_lock(exc) or time.monotonic() >= deadline:
                raise
            logger.debug("database busy while opening; retrying in %.2f s", delay)
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def _apply_missing(engine: Engine, where: str, upto: str | None) -> tuple[str, ...]:
    if upto is None:
        with engine.connect() as conn:
            if set(applied_migrations(conn, where=where) or ()) >= known_names():
                return ()
    with engine.execution_options(**{IMMEDIATE: True}).begin() as conn:
        return migrate(conn, where=where, upto=upto)


def _migrated(engine: Engine, where: str, upto: str | None) -> None:
    """Apply missing steps; the write lock is taken only when a step is missing, so the
    history can still be read while another program writes."""
    with translated("open", where):
        applied = retrying_locks(lambda: _apply_missing(engine, where, upto))
    if applied:
        logger.info("history database %s migrated: %s", where, ", ".join(applied))


def open_database(database_url: str, *, upto: str | None = None) -> Engine:
    """Check, open and migrate the database (all steps, or up to `upto` for tests)."""
    try:
        url = make_url(database_url)
    except sa.exc.ArgumentError as exc:
        raise HistoryError(f"INTERVIEW_DATABASE_URL is not a database URL: {exc}") from exc
    where = describe(url)
    _prepare_file(url, where)
    try:
        engine = create_history_engine(url)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise HistoryError(
            f"cannot use the database {where}: {exc} (is its driver installed?)"
        ) from exc
    try:
        _migrated(engine, where, upto)
    except BaseException:
        engine.dispose()
        raise
    return engine
