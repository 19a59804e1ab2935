"""m002: the columns progress reads (STAR parts, ownership, hedges, length), filled from the JSON.

The transform that reads an analysis document is copied here as it was when this step was
released (from `history/metrics.py` at the time), so later changes to the live metrics code
never change what this step does to an old database.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.history.migrations.registry import migration

_COLUMNS = (
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
_STAR_PARTS = ("situation", "task", "action", "result")
_LENGTH_VERDICTS = ("too_short", "ok", "too_long")
_TYPED_WPM = 150.0


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _section(analysis: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = analysis.get(key)
    return value if isinstance(value, Mapping) else {}


def _star_flags(analysis: Mapping[str, Any]) -> dict[str, bool | None]:
    star = _section(analysis, "star")
    if not star.get("applies"):
        return {f"star_{part}": None for part in _STAR_PARTS}
    return {f"star_{part}": bool(_section(star, part).get("present")) for part in _STAR_PARTS}


def _hedges_per_100(analysis: Mapping[str, Any], word_count: int | None) -> float | None:
    hedges = _section(analysis, "hedges")
    per_100 = _number(hedges.get("per_100_words"))
    total = _number(hedges.get("total"))
    if per_100 is None and total is not None and word_count:
        per_100 = total * 100.0 / word_count
    return per_100


def _columns(analysis: Mapping[str, Any]) -> dict[str, Any]:
    """The m002 columns of one analysis document, as the metrics code computed them then."""
    words = _number(analysis.get("word_count"))
    word_count = int(words) if words is not None else None
    length = _section(analysis, "length")
    seconds = _number(length.get("seconds"))
    if seconds is None and word_count is not None:
        seconds = word_count / _TYPED_WPM * 60.0
    verdict = length.get("verdict")
    ownership = _section(_section(analysis, "specificity"), "ownership")
    return {
        "fillers_per_100": _number(_section(analysis, "fillers").get("per_100_words")),
        "hedges_per_100": _hedges_per_100(analysis, word_count),
        "ownership": _number(ownership.get("share")),
        "length_s": seconds,
        "length_verdict": verdict if verdict in _LENGTH_VERDICTS else None,
        **_star_flags(analysis),
    }


@migration
def m002_progress_metrics(conn: Connection) -> None:
    """Columns progress reads (STAR parts, ownership, hedges, length), filled from the JSON."""
    for name, sql_type in _COLUMNS:
        conn.execute(sa.text(f"ALTER TABLE attempts ADD COLUMN {name} {sql_type}"))
    names = [name for name, _ in _COLUMNS]
    table = sa.table("attempts", sa.column("id"), *(sa.column(n) for n in names))
    rows = conn.execute(
        sa.text("SELECT id, analysis_json FROM attempts WHERE analysis_json IS NOT NULL")
    ).all()
    for attempt_id, raw in rows:
        values = _columns(json.loads(raw))
        conn.execute(sa.update(table).where(table.c.id == attempt_id).values(**values))
