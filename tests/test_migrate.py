"""Migrations: the exact schema of a new database, and upgrading one made by the first step."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from interview.config import Settings
from interview.history import schema
from interview.history.listing import list_query
from interview.history.migrations import MIGRATIONS
from interview.history.progress import frame_query
from interview.history.store import HistoryStore
from interview.models import Question

# The whole schema of a new database, as SQLite stores it. A change here is a new
# migration step at the end of MIGRATIONS, never an edit to an old one.
EXPECTED_SCHEMA = [
    (
        "table",
        "migrations",
        "CREATE TABLE migrations (\n\tname TEXT NOT NULL, \n\tapplied_at TEXT NOT NULL, "
        "\n\tPRIMARY KEY (name)\n)",
    ),
    (
        "table",
        "sessions",
        "CREATE TABLE sessions (\n\tid INTEGER NOT NULL, \n\tuid TEXT NOT NULL, "
        "\n\tsettings TEXT NOT NULL, \n\tstarted_at TEXT NOT NULL, \n\tended_at TEXT, "
        "\n\tPRIMARY KEY (id), \n\tUNIQUE (uid)\n)",
    ),
    (
        "table",
        "app_settings",
        'CREATE TABLE app_settings (\n\t"key" TEXT NOT NULL, \n\tvalue TEXT NOT NULL, '
        '\n\tupdated_at TEXT NOT NULL, \n\tPRIMARY KEY ("key")\n)',
    ),
    (
        "table",
        "attempts",
        # m005_attempt_ids_never_reused rebuilt it with AUTOINCREMENT
        'CREATE TABLE "attempts" (\n    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,'
        "\n    uid TEXT NOT NULL UNIQUE,"
        "\n    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,"
        "\n    question_id TEXT NOT NULL, question_text TEXT NOT NULL, kind TEXT NOT NULL,"
        "\n    competency TEXT NOT NULL, answer_seconds FLOAT, answer_text TEXT, "
        "transcript_text TEXT,"
        "\n    transcript_json TEXT, recording TEXT, duration_s FLOAT, "
        "over_time BOOLEAN NOT NULL,"
        "\n    status TEXT NOT NULL, error TEXT, analysis_json TEXT, score FLOAT, "
        "star_score FLOAT,"
        "\n    specificity FLOAT, fillers_per_min FLOAT, wpm FLOAT, word_count INTEGER,"
        "\n    created_at TEXT NOT NULL, analysed_at TEXT, fillers_per_100 FLOAT, "
        "hedges_per_100 FLOAT,"
        "\n    ownership FLOAT, length_s FLOAT, length_verdict TEXT, star_situation BOOLEAN,"
        "\n    star_task BOOLEAN, star_action BOOLEAN, star_result BOOLEAN\n)",
    ),
    ("table", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
    (
        "index",
        "ix_attempts_progress",
        "CREATE INDEX ix_attempts_progress ON attempts (created_at, id, status, question_id, "
        "question_text, kind, competency, score, star_score, specificity, fillers_per_min, wpm, "
        "word_count, fillers_per_100, hedges_per_100, ownership, length_s, length_verdict, "
        "star_situation, star_task, star_action, star_result)",
    ),
    (
        "index",
        "ix_attempts_question_id",
        "CREATE INDEX ix_attempts_question_id ON attempts (question_id)",
    ),
    (
        "index",
        "ix_attempts_session_id",
        "CREATE INDEX ix_attempts_session_id ON attempts (session_id)",
    ),
    # m006_practice_drafts
    (
        "table",
        "practice_drafts",
        "CREATE TABLE practice_drafts (\n\tsession_id INTEGER NOT NULL, \n\tstate TEXT NOT NULL, "
        "\n\tdraft TEXT NOT NULL, \n\tsaved_at FLOAT NOT NULL, \n\tPRIMARY KEY (session_id), "
        "\n\tFOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE\n)",
    ),
    # m007_interviews
    (
        "table",
        "interviews",
        "CREATE TABLE interviews (\n\tid INTEGER NOT NULL, \n\tuid TEXT NOT NULL, "
        "\n\tcompany TEXT NOT NULL, \n\trole TEXT NOT NULL, \n\tdate TEXT NOT NULL, "
        "\n\tstage TEXT NOT NULL, \n\toutcome TEXT NOT NULL, \n\tfeedback TEXT NOT NULL, "
        "\n\tcontact TEXT NOT NULL, \n\thighlight TEXT NOT NULL, "
        "\n\tcreated_at TEXT NOT NULL, \n\tupdated_at TEXT NOT NULL, "
        "\n\tPRIMARY KEY (id), \n\tUNIQUE (uid)\n)",
    ),
    (
        "table",
        "debrief_questions",
        "CREATE TABLE debrief_questions (\n\tid INTEGER NOT NULL, \n\tuid TEXT NOT NULL, "
        "\n\tinterview_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, "
        "\n\ttext TEXT NOT NULL, \n\trating INTEGER NOT NULL, \n\tnotes TEXT NOT NULL, "
        "\n\tquestion_id TEXT, \n\tcompetency TEXT, \n\tmatch_source TEXT NOT NULL, "
        "\n\tcreated_at TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tUNIQUE (uid), "
        "\n\tFOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE\n)",
    ),
    (
        "index",
        "ix_debrief_questions_interview_id",
        "CREATE INDEX ix_debrief_questions_interview_id ON debrief_questions (interview_id)",
    ),
    (
        "table",
        "debrief_attempts",
        "CREATE TABLE debrief_attempts (\n\tdebrief_question_id INTEGER NOT NULL, "
        "\n\tattempt_id INTEGER NOT NULL, \n\tPRIMARY KEY (debrief_question_id, attempt_id), "
        "\n\tFOREIGN KEY(debrief_question_id) REFERENCES debrief_questions (id) "
        "ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(attempt_id) REFERENCES attempts (id) ON DELETE CASCADE\n)",
    ),
    (
        "index",
        "ix_debrief_attempts_attempt_id",
        "CREATE INDEX ix_debrief_attempts_attempt_id ON debrief_attempts (attempt_id)",
    ),
    # m008_stories
    (
        "table",
        "stories",
        "CREATE TABLE stories (\n\tid INTEGER NOT NULL, \n\tuid TEXT NOT NULL, "
        "\n\ttitle TEXT NOT NULL, \n\tsituation TEXT NOT NULL, \n\ttask TEXT NOT NULL, "
        "\n\taction TEXT NOT NULL, \n\tresult TEXT NOT NULL, \n\tcompetencies TEXT NOT NULL, "
        "\n\tsource_attempt_id INTEGER, \n\tcreated_at TEXT NOT NULL, "
        "\n\tupdated_at TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tUNIQUE (uid), "
        "\n\tFOREIGN KEY(source_attempt_id) REFERENCES attempts (id) ON DELETE SET NULL\n)",
    ),
    (
        "table",
        "story_attempts",
        "CREATE TABLE story_attempts (\n\tstory_id INTEGER NOT NULL, "
        "\n\tattempt_id INTEGER NOT NULL, \n\tcreated_at TEXT NOT NULL, "
        "\n\tPRIMARY KEY (story_id, attempt_id), "
        "\n\tFOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(attempt_id) REFERENCES attempts (id) ON DELETE CASCADE\n)",
    ),
    (
        "table",
        "follow_ups",
        "CREATE TABLE follow_ups (\n\tattempt_id INTEGER NOT NULL, "
        "\n\tparent_id INTEGER NOT NULL, \n\treason TEXT NOT NULL, "
        "\n\tquestion TEXT NOT NULL, \n\tjudgement_json TEXT, \n\tcreated_at TEXT NOT NULL, "
        "\n\tPRIMARY KEY (attempt_id), "
        "\n\tFOREIGN KEY(attempt_id) REFERENCES attempts (id) ON DELETE CASCADE, "
        "\n\tFOREIGN KEY(parent_id) REFERENCES attempts (id) ON DELETE CASCADE\n)",
    ),
    (
        "index",
        "ix_follow_ups_parent_id",
        "CREATE INDEX ix_follow_ups_parent_id ON follow_ups (parent_id)",
    ),
]

ANALYSIS = {
    "kind": "behavioral",
    "word_count": 200,
    "score": 71,
    "star": {
        "applies": True,
        "situation": {"present": True},
        "task": {"present": True},
        "action": {"present": True},
        "result": {"present": False},
        "score": 68,
    },
    "specificity": {"score": 55},
    "fillers": {"total": 2, "per_100_words": 1.0, "per_minute": None},
    "hedges": {"total": 4},
    "delivery": None,
}


def _db_file() -> Path:
    return Settings.from_env().home / "interview.db"


def _dump(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    conn.close()
    return [(str(t), str(n), str(s)) for t, n, s in rows]


def test_a_new_database_has_exactly_the_pinned_schema() -> None:
    HistoryStore.open().close()
    assert _dump(_db_file()) == EXPECTED_SCHEMA


def test_a_new_database_records_every_step_in_order() -> None:
    HistoryStore.open().close()
    with sqlite3.connect(_db_file()) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    conn.close()
    assert names == [step.__name__ for step in MIGRATIONS]


@pytest.mark.parametrize("table", sorted(schema.metadata.tables))
def test_the_query_schema_matches_the_migrated_tables(table: str) -> None:
    HistoryStore.open().close()
    with sqlite3.connect(_db_file()) as conn:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    conn.close()
    in_db = [(row[1], row[2], bool(row[3])) for row in info]
    described = schema.metadata.tables[table]
    dialect = sa.create_engine("sqlite://").dialect
    in_code = [(c.name, c.type.compile(dialect=dialect), not c.nullable) for c in described.columns]
    assert in_db == in_code


def test_the_first_schema_upgrades_and_keeps_its_attempts() -> None:
    HistoryStore.open(upto="m001_initial").close()
    insert = (
        "INSERT INTO attempts (uid, question_id, question_text, kind, competency, answer_text,"
        " over_time, status, analysis_json, score, star_score, specificity, word_count, created_at)"
        " VALUES (?, 'q1', 'Why this role?', 'behavioral', 'initiative', ?, 0, ?, ?, ?, ?, ?, ?, ?)"
    )
    with sqlite3.connect(_db_file()) as conn:  # rows as the first version wrote them
        assert [r[0] for r in conn.execute("SELECT name FROM migrations")] == ["m001_initial"]
        conn.execute(
            insert,
            (
                "a1",
                "Because I like building things.",
                "analysed",
                json.dumps(ANALYSIS),
                71,
                68,
                55,
                200,
                "2024-03-01T09:00:00.000000+00:00",
            ),
        )
        conn.execute(
            insert,
            (
                "a2",
                "Second try.",
                "pending",
                None,
                None,
                None,
                None,
                None,
                "2024-03-02T09:00:00.000000+00:00",
            ),
        )
    conn.close()

    upgraded = HistoryStore.open()
    assert _dump(_db_file()) == EXPECTED_SCHEMA
    first, second = sorted(upgraded.list_attempts(), key=lambda a: a.id)
    stored = upgraded.get_attempt(first.id)
    assert stored.analysis == ANALYSIS and stored.text == "Because I like building things."
    m = stored.metrics
    assert (m.score, m.star_score, m.specificity, m.hedges_per_100, m.fillers_per_100) == (
        71,
        68,
        55,
        2.0,
        1.0,
    )
    assert m.star_present == {"situation": True, "task": True, "action": True, "result": False}
    assert upgraded.get_attempt(second.id).status == "pending"
    assert upgraded.count_attempts() == 2
    upgraded.close()


def test_opening_again_applies_nothing_twice() -> None:
    HistoryStore.open().close()
    before = _dump(_db_file())
    HistoryStore.open().close()
    with sqlite3.connect(_db_file()) as conn:
        count = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
    conn.close()
    assert (count, _dump(_db_file())) == (len(MIGRATIONS), before)


@pytest.mark.parametrize("table", sorted(schema.metadata.tables))
def test_the_query_schema_knows_every_index(table: str) -> None:
    HistoryStore.open().close()
    with sqlite3.connect(_db_file()) as conn:
        names = [row[1] for row in conn.execute(f"PRAGMA index_list({table})") if row[3] == "c"]
        in_db = {name: [r[2] for r in conn.execute(f"PRAGMA index_info({name})")] for name in names}
    conn.close()
    in_code = {i.name: [c.name for c in i.columns] for i in schema.metadata.tables[table].indexes}
    assert in_db == in_code


def _plan(query: sa.Select[Any]) -> str:
    HistoryStore.open().close()
    sql = str(
        query.compile(
            dialect=sa.create_engine("sqlite://").dialect, compile_kwargs={"literal_binds": True}
        )
    )
    with sqlite3.connect(_db_file()) as conn:
        plan = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    conn.close()
    return plan


def test_progress_reads_only_the_covering_index() -> None:
    assert _plan(frame_query()) == "SCAN attempts USING COVERING INDEX ix_attempts_progress"


@pytest.mark.parametrize("kwargs", [{}, {"analysed": True}, {"analysed": False}])
def test_the_newest_first_list_needs_no_sort(kwargs: dict[str, Any]) -> None:
    plan = _plan(list_query(50, **kwargs))
    assert "ix_attempts_progress" in plan and "TEMP B-TREE" not in plan


def test_ids_are_never_reused_once_a_populated_old_database_is_upgraded() -> None:
    old = HistoryStore.open(upto="m004_app_settings")
    question = Question("q1", "Why this role?", "behavioral", "initiative")
    session = old.start_session({"count": 3})
    ids = [
        old.save_attempt(question, answer_text=f"answer {n}", session_id=session.id).id
        for n in range(3)
    ]
    old.add_analysis(ids[0], ANALYSIS)
    old.delete_attempt(ids[2])  # before the upgrade, the next save would get this id again
    with sqlite3.connect(_db_file()) as conn:  # a table of a later step that points at attempts
        conn.execute(
            "CREATE TABLE notes (attempt_id INTEGER REFERENCES attempts (id) ON DELETE CASCADE)"
        )
        conn.execute("INSERT INTO notes VALUES (?)", (ids[0],))
    conn.close()
    before = [old.get_attempt(i).to_dict() for i in ids[:2]]
    old.close()

    upgraded = HistoryStore.open()
    assert [upgraded.get_attempt(i).to_dict() for i in ids[:2]] == before
    assert upgraded.get_attempt(ids[0]).analysis == ANALYSIS
    assert upgraded.get_attempt(ids[1]).session_id == session.id
    assert upgraded.save_attempt(question, answer_text="new").id > ids[1]
    upgraded.delete_all()
    assert upgraded.save_attempt(question, answer_text="newer").id > ids[2]
    upgraded.close()
    with sqlite3.connect(_db_file()) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        references = conn.execute("PRAGMA foreign_key_list(notes)").fetchall()
    conn.close()
    assert [r[2] for r in references] == ["attempts"]


def test_a_database_that_got_m007_before_m005_keeps_its_debrief_links() -> None:
    """A database made between the two merges has m007's debrief links (ON DELETE CASCADE
    to attempts) when m005 rebuilds attempts: the links must survive the rebuild."""
    from interview.history.migrations.m007_interviews import m007_interviews

    old = HistoryStore.open(upto="m004_app_settings")
    question = Question("q1", "Why this role?", "behavioral", "initiative")
    ids = [old.save_attempt(question, answer_text=f"answer {n}").id for n in range(2)]
    with old.writing() as conn:
        m007_interviews(conn)
        conn.execute(
            sa.text("INSERT INTO migrations VALUES ('m007_interviews', '2026-12-01T00:00:00')")
        )
    old.close()
    with sqlite3.connect(_db_file()) as conn:
        conn.execute(
            "INSERT INTO interviews VALUES (1, 'i1', 'Acme', 'Dev', '2026-11-30', 'final', "
            "'pending', '', '', '', '2026-12-01', '2026-12-01')"
        )
        conn.execute(
            "INSERT INTO debrief_questions VALUES (1, 'd1', 1, 0, 'Why us?', 3, '', NULL, NULL, "
            "'none', '2026-12-01')"
        )
        conn.executemany("INSERT INTO debrief_attempts VALUES (1, ?)", [(i,) for i in ids])
    conn.close()

    HistoryStore.open().close()  # applies m005 now, after m007
    with sqlite3.connect(_db_file()) as conn:
        links = conn.execute("SELECT attempt_id FROM debrief_attempts ORDER BY 1").fetchall()
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        autoincrement = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'attempts'"
        ).fetchone()[0]
    conn.close()
    assert [row[0] for row in links] == ids and problems == []
    assert "AUTOINCREMENT" in autoincrement
