"""Applying the registered steps: which a database has, and the ones it lacks, in order.

A database that records a step this code does not know was written by a newer version; it
is refused before anything is written to it. Steps use SQLAlchemy constructs or plain
portable DDL, so the same list can later run on PostgreSQL through `INTERVIEW_DATABASE_URL`.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.errors import HistoryError
from interview.history.attempts import utc_now
from interview.history.migrations import MIGRATIONS

logger = logging.getLogger(__name__)

MIGRATIONS_TABLE = "migrations"


def known_names() -> frozenset[str]:
    """The names of every registered step."""
    return frozenset(step.__name__ for step in MIGRATIONS)


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
    unknown = sorted(set(names) - known_names())
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
    for step in MIGRATIONS:
        name = step.__name__
        if name not in names:
            logger.info("applying migration %s to %s", name, where)
            step(conn)
            row: dict[str, Any] = {"name": name, "applied_at": utc_now()}
            conn.execute(sa.insert(table).values(**row))
            done.append(name)
        if name == upto:
            break
    return tuple(done)
