"""Opening the database: files that are not ours are refused untouched; writers never clash."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from db_lock import write_locked

from interview.config import Settings
from interview.errors import HistoryError
from interview.history import database
from interview.history.store import HistoryStore
from interview.models import Question

REPO = Path(__file__).resolve().parent.parent


def _db_file() -> Path:
    return Settings.from_env().home / "interview.db"


def _fingerprint(path: Path) -> tuple[str, list[str]]:
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def _other_apps_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.close()


def _newer_version_database(path: Path) -> None:
    HistoryStore.open().close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO migrations (name, applied_at) VALUES ('m999_from_the_future', 'x')"
        )
    conn.close()


def _text_file(path: Path) -> None:
    path.write_text("These are my interview notes, not a database.\n" * 50)


def _truncated_database(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00\x10garbage" * 8)


@pytest.mark.parametrize(
    "make,message",
    [
        (_text_file, "is not an SQLite database"),
        (_other_apps_database, "is not an Interview Coach database"),
        (_newer_version_database, "newer version of Interview Coach.*m999_from_the_future"),
        (_truncated_database, "cannot open the history database"),
    ],
)
def test_a_database_that_is_not_ours_is_refused_and_left_unchanged(
    make: Callable[[Path], None], message: str
) -> None:
    path = _db_file()
    make(path)
    before = _fingerprint(path)
    with pytest.raises(HistoryError, match=message) as caught:
        HistoryStore.open()
    assert str(path) in str(caught.value)
    assert _fingerprint(path) == before


def test_an_empty_file_becomes_a_new_database() -> None:
    path = _db_file()
    path.touch()
    store = HistoryStore.open()
    assert store.count_attempts() == 0
    store.close()


WRITER = textwrap.dedent(
    """
    import sys
    from interview.history.store import HistoryStore
    from interview.models import Question

    name, count = sys.argv[1], int(sys.argv[2])
    question = Question(id=f"q-{name}", text="Why?", kind="hr", competency="communication")
    store = HistoryStore.open()
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for i in range(count):
        attempt = store.save_attempt(question, answer_text=f"{name} answer {i}")
        store.add_analysis(attempt.id, {"score": i % 100, "word_count": 3})
    print(store.count_attempts(), flush=True)
    """
)


def test_two_processes_writing_500_attempts_each_keep_all_1000() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name, "500"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("one", "two")
    ]
    for writer in writers:  # both have opened (and migrated) the same new file
        assert writer.stdout is not None
        if writer.stdout.readline().strip() != "ready":
            pytest.fail(f"a writer could not open the database: {writer.communicate()[1]}")
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [writer.communicate(timeout=300) for writer in writers]
    for writer, (_, err) in zip(writers, results, strict=True):
        assert "locked" not in err
        assert writer.returncode == 0, err
    store = HistoryStore.open()
    assert store.count_attempts() == 1000
    for name in ("one", "two"):
        assert len(store.list_attempts(None, question_id=f"q-{name}", analysed=True)) == 500
    store.close()


@pytest.mark.parametrize(
    "url,message",
    [
        ("not a url", "INTERVIEW_DATABASE_URL is not a database URL"),
        ("nosuchdb://localhost/x", "cannot use the database"),
    ],
)
def test_a_bad_database_url_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, url: str, message: str
) -> None:
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", url)
    with pytest.raises(HistoryError, match=message):
        HistoryStore.open()


@pytest.mark.parametrize("below", ["interview.db", "deeper/interview.db"])
def test_a_database_folder_that_cannot_be_made_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, below: str
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", f"sqlite:///{blocker}/{below}")
    with pytest.raises(HistoryError, match="not-a-folder"):
        HistoryStore.open()


LOCKED = r"database is locked \(another program kept it locked for more than 0.3 s"


def test_a_locked_database_opens_and_reads_but_a_write_fails_clearly_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = Question(id="q-1", text="Why this job?", kind="hr", competency="communication")
    HistoryStore.open().save_attempt(question, answer_text="first answer")
    with write_locked(_db_file(), monkeypatch):
        store = HistoryStore.open()  # nothing to migrate: no write lock needed to open
        [kept] = store.list_attempts()
        with pytest.raises(HistoryError, match=LOCKED):
            store.save_attempt(question, answer_text="second answer")
        with pytest.raises(HistoryError, match=LOCKED):
            store.delete_attempt(kept.id)
        with pytest.raises(HistoryError, match=LOCKED):
            store.save_attempt(question, recording=b"RIFF-my-answer")
        assert [a.id for a in store.list_attempts()] == [kept.id]
        recordings = store.recordings.folder
        assert not recordings.exists() or not any(recordings.iterdir())
    store.save_attempt(question, answer_text="second answer")  # the lock is gone: works again
    assert store.count_attempts() == 2


def test_a_new_database_locked_while_it_is_created_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _db_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    sqlite3.connect(path).close()  # an empty file another program has open
    with write_locked(path, monkeypatch), pytest.raises(HistoryError, match=r"cannot open.*locked"):
        HistoryStore.open()
    assert HistoryStore.open().count_attempts() == 0


def _locked() -> sa.exc.OperationalError:
    return sa.exc.OperationalError(
        "BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")
    )


def _migrate_failing(monkeypatch: pytest.MonkeyPatch, errors: list[Exception]) -> list[int]:
    """Make the first len(errors) migration runs raise those errors; count every run."""
    calls: list[int] = []
    real = database.migrate

    def flaky(*args: object, **kwargs: object) -> tuple[str, ...]:
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database, "migrate", flaky)
    return calls


def test_a_passing_lock_while_opening_a_new_database_is_waited_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite skips its busy handler in a few WAL cases (a closing connection cleaning up),
    so two processes creating the database together must not fail on that lock."""
    calls = _migrate_failing(monkeypatch, [_locked(), _locked()])
    store = HistoryStore.open()
    assert len(calls) == 3
    assert store.count_attempts() == 0
    store.close()


@pytest.mark.parametrize(
    "error,message,retried",
    [
        (_locked(), "database is locked .*kept it locked for more than 0.2 s", True),
        (
            sa.exc.OperationalError("CREATE", {}, sqlite3.OperationalError("disk I/O error")),
            "disk I/O error",
            False,
        ),
    ],
)
def test_a_lasting_lock_or_another_error_while_opening_is_reported(
    monkeypatch: pytest.MonkeyPatch, error: Exception, message: str, retried: bool
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    calls = _migrate_failing(monkeypatch, [error] * 1000)
    with pytest.raises(HistoryError, match=message):
        HistoryStore.open()
    assert (len(calls) > 1) == retried  # only locks are retried


@pytest.mark.parametrize(
    "reason", ["unable to open database file", "attempt to write a readonly database"]
)
def test_a_database_it_may_not_write_says_so(reason: str) -> None:
    # "unable to open database file" alone left a user guessing; a read-only folder or file
    # (a synced or shared folder, another user's checkout) is the usual cause.
    exc = sa.exc.OperationalError("BEGIN", {}, sqlite3.OperationalError(reason))
    message = str(database.database_error("open", "/data/interview.db", exc))
    assert message.startswith(f"cannot open the history database /data/interview.db: {reason}")
    assert "read-only" in message and "write to that file and its folder" in message
