"""m005: attempt ids are never reused, so a late analysis cannot land on a newer attempt."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

# The attempts table as m001-m003 left it, with AUTOINCREMENT: SQLite then never hands out
# an id again, even after the newest attempts (or all of them) are deleted.
_M005_ATTEMPTS = """CREATE TABLE attempts_m005 (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    question_id TEXT NOT NULL, question_text TEXT NOT NULL, kind TEXT NOT NULL,
    competency TEXT NOT NULL, answer_seconds FLOAT, answer_text TEXT, transcript_text TEXT,
    transcript_json TEXT, recording TEXT, duration_s FLOAT, over_time BOOLEAN NOT NULL,
    status TEXT NOT NULL, error TEXT, analysis_json TEXT, score FLOAT, star_score FLOAT,
    specificity FLOAT, fillers_per_min FLOAT, wpm FLOAT, word_count INTEGER,
    created_at TEXT NOT NULL, analysed_at TEXT, fillers_per_100 FLOAT, hedges_per_100 FLOAT,
    ownership FLOAT, length_s FLOAT, length_verdict TEXT, star_situation BOOLEAN,
    star_task BOOLEAN, star_action BOOLEAN, star_result BOOLEAN
)"""
_M005_COLUMNS = (
    "id, uid, session_id, question_id, question_text, kind, competency, answer_seconds, "
    "answer_text, transcript_text, transcript_json, recording, duration_s, over_time, status, "
    "error, analysis_json, score, star_score, specificity, fillers_per_min, wpm, word_count, "
    "created_at, analysed_at, fillers_per_100, hedges_per_100, ownership, length_s, "
    "length_verdict, star_situation, star_task, star_action, star_result"
)

# The indexes m003 made, made again on the new table (dropping the old one dropped them).
_M005_INDEXES = (
    "CREATE INDEX ix_attempts_progress ON attempts (created_at, id, status, question_id, "
    "question_text, kind, competency, score, star_score, specificity, fillers_per_min, wpm, "
    "word_count, fillers_per_100, hedges_per_100, ownership, length_s, length_verdict, "
    "star_situation, star_task, star_action, star_result)",
    "CREATE INDEX ix_attempts_question_id ON attempts (question_id)",
    "CREATE INDEX ix_attempts_session_id ON attempts (session_id)",
)


def _m005_children(conn: Connection) -> list[str]:
    tables = [
        str(t)
        for t in conn.execute(
            sa.text("SELECT name FROM sqlite_master WHERE type = 'table'")
        ).scalars()
    ]
    return [
        table
        for table in tables
        if table != "attempts"
        and any(
            row[2] == "attempts"
            for row in conn.execute(sa.text(f'PRAGMA foreign_key_list("{table}")'))
        )
    ]


@migration
def m005_attempt_ids_never_reused(conn: Connection) -> None:
    """Attempt ids are never handed out twice, so work keyed by an id (a late analysis)
    cannot land on a newer attempt after a delete. SQLite reuses the highest rowid unless
    the table says AUTOINCREMENT, which needs a rebuild; other databases use sequences,
    which never go back. Foreign keys stay on inside this transaction, so dropping the old
    table would run the ON DELETE actions of any table pointing at it: their rows are set
    aside and put back, with the checks deferred to the commit."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    children = _m005_children(conn)
    for table in children:
        conn.execute(sa.text(f'CREATE TEMP TABLE "m005_{table}" AS SELECT * FROM "{table}"'))
    conn.execute(sa.text(_M005_ATTEMPTS))
    conn.execute(
        sa.text(f"INSERT INTO attempts_m005 ({_M005_COLUMNS}) SELECT {_M005_COLUMNS} FROM attempts")
    )
    conn.execute(sa.text("DROP TABLE attempts"))
    conn.execute(sa.text("ALTER TABLE attempts_m005 RENAME TO attempts"))
    for table in children:
        conn.execute(sa.text(f'DELETE FROM "{table}"'))
        conn.execute(sa.text(f'INSERT INTO "{table}" SELECT * FROM temp."m005_{table}"'))
        conn.execute(sa.text(f'DROP TABLE temp."m005_{table}"'))
    for statement in _M005_INDEXES:
        conn.execute(sa.text(statement))
