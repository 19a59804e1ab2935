"""Schema changes as an ordered list of named steps, recorded in the `migrations` table.

The store runs `migrate()` every time it opens a database, inside one write transaction, so
a new database gets every step and an old one gets the steps it lacks, exactly once even
when two processes open it together. Steps are never edited once released: a change to
the schema is a new step at the end. A database that records a step this code does not know
was written by a newer version; it is refused before anything is written to it.

Steps use SQLAlchemy constructs or plain portable DDL, so the same list can later run on
PostgreSQL through `INTERVIEW_DATABASE_URL`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.errors import HistoryError
from interview.history.attempts import utc_now
from interview.history.metrics import metrics_from_analysis, metrics_to_columns

logger = logging.getLogger(__name__)

MIGRATIONS_TABLE = "migrations"


def m001_initial(conn: Connection) -> None:
    """Practice sessions and attempts with the answer, the analysis and the main scores."""
    md = sa.MetaData()
    sa.Table(
        "sessions",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("started_at", sa.Text, nullable=False),
        sa.Column("ended_at", sa.Text),
    )
    sa.Table(
        "attempts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="SET NULL")),
        *(sa.Column(name, sa.Text, nullable=False) for name in _M001_QUESTION),
        sa.Column("answer_seconds", sa.Float),
        *(sa.Column(name, sa.Text) for name in ("answer_text", "transcript_text")),
        *(sa.Column(name, sa.Text) for name in ("transcript_json", "recording")),
        sa.Column("duration_s", sa.Float),
        sa.Column("over_time", sa.Boolean, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("analysis_json", sa.Text),
        *(sa.Column(name, sa.Float) for name in _M001_SCORES),
        sa.Column("word_count", sa.Integer),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("analysed_at", sa.Text),
    )
    md.create_all(conn)


_M001_QUESTION = ("question_id", "question_text", "kind", "competency")
_M001_SCORES = ("score", "star_score", "specificity", "fillers_per_min", "wpm")

_M002_COLUMNS = (
    ("fillers_per_100", "FLOAT"),
    ("hedges_per_100", "FLOAT"),
    ("ownership", "FLOAT"),
    ("length_s", "FLOAT"),
    ("length_verdict", "TEXT"),
    ("star_situation", "BOOLEAN"),
    ("star_task", "BOOLEAN"),
    ("star_action", "BOOLEAN"),
    ("star_result", "BOOLEAN"),
)


def m002_progress_metrics(conn: Connection) -> None:
    """Columns progress reads (STAR parts, ownership, hedges, length), filled from the JSON."""
    for name, sql_type in _M002_COLUMNS:
        conn.execute(sa.text(f"ALTER TABLE attempts ADD COLUMN {name} {sql_type}"))
    names = [name for name, _ in _M002_COLUMNS]
    table = sa.table("attempts", sa.column("id"), *(sa.column(n) for n in names))
    rows = conn.execute(
        sa.text("SELECT id, analysis_json FROM attempts WHERE analysis_json IS NOT NULL")
    ).all()
    for attempt_id, raw in rows:
        columns = metrics_to_columns(metrics_from_analysis(json.loads(raw)))
        values = {name: columns[name] for name in names}
        conn.execute(sa.update(table).where(table.c.id == attempt_id).values(**values))


# Everything the progress view reads, in time order, so it is answered from the index alone
# and never reads the large analysis documents stored in the same rows.
_M003_PROGRESS = (
    "created_at, id, status, question_id, question_text, kind, competency, score, star_score, "
    "specificity, fillers_per_min, wpm, word_count, fillers_per_100, hedges_per_100, "
    "ownership, length_s, length_verdict, star_situation, star_task, star_action, star_result"
)


def m003_attempt_indexes(conn: Connection) -> None:
    """Indexes for the newest-first list, the progress view, questions and sessions."""
    conn.execute(sa.text(f"CREATE INDEX ix_attempts_progress ON attempts ({_M003_PROGRESS})"))
    conn.execute(sa.text("CREATE INDEX ix_attempts_question_id ON attempts (question_id)"))
    conn.execute(sa.text("CREATE INDEX ix_attempts_session_id ON attempts (session_id)"))


def m004_app_settings(conn: Connection) -> None:
    """A small key/value table for choices the app remembers between visits."""
    md = sa.MetaData()
    sa.Table(
        "app_settings",
        md,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    md.create_all(conn)


Step = Callable[[Connection], None]
MIGRATIONS: tuple[tuple[str, Step], ...] = (
    ("m001_initial", m001_initial),
    ("m002_progress_metrics", m002_progress_metrics),
    ("m003_attempt_indexes", m003_attempt_indexes),
    ("m004_app_settings", m004_app_settings),
)
KNOWN = frozenset(name for name, _ in MIGRATIONS)


def _migrations_table() -> sa.Table:
    return sa.Table(
        MIGRATIONS_TABLE,
        sa.MetaData(),
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("applied_at", sa.Text, nullable=False),
    )


def applied_migrations(conn: Connection, *, where: str) -> tuple[str, ...] | None:
    """Names already applied, None for an empty database; refuses databases that are not ours.

    Reads only, so it is safe on a file that turns out to be someone else's.
    """
    tables = set(sa.inspect(conn).get_table_names())
    if MIGRATIONS_TABLE not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5])
            raise HistoryError(
                f"{where} is not an Interview Coach database (it has tables {listed} but no "
                "record of migrations); it was left unchanged. Point INTERVIEW_HOME or "
                "INTERVIEW_DATABASE_URL at another location."
            )
        return None
    table = _migrations_table()
    names = tuple(conn.execute(sa.select(table.c.name)).scalars())
    unknown = sorted(set(names) - KNOWN)
    if unknown:
        raise HistoryError(
            f"{where} was written by a newer version of Interview Coach (schema steps "
            f"{', '.join(unknown)} are unknown to this version); it was left unchanged. "
            "Upgrade Interview Coach, or point INTERVIEW_HOME at another folder."
        )
    return names


def migrate(conn: Connection, *, where: str, upto: str | None = None) -> tuple[str, ...]:
    """Apply the missing steps in order (all, or up to and including `upto`); return them."""
    names = applied_migrations(conn, where=where)
    table = _migrations_table()
    if names is None:
        table.create(conn)
        names = ()
    done: list[str] = []
    for name, step in MIGRATIONS:
        if name not in names:
            logger.info("applying migration %s to %s", name, where)
            step(conn)
            row: dict[str, Any] = {"name": name, "applied_at": utc_now()}
            conn.execute(sa.insert(table).values(**row))
            done.append(name)
        if name == upto:
            break
    return tuple(done)
