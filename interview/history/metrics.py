"""The few numbers progress needs, read once from an analysis JSON and kept as columns.

Parsing thousands of analysis documents on every progress view would be slow, so the store
copies the main scores into columns when the analysis arrives (and migration m002 copies
them for attempts stored before those columns existed). The analysis JSON is a contract
whose keys are never renamed or dropped, so reading it here is safe; missing optional
parts (no delivery for a typed answer, no STAR for an HR question) become None.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from interview.history.attempts import AttemptMetrics
from interview.models import STAR_PARTS

# Speaking rate assumed for typed answers, as the analysis does when no duration is given.
TYPED_WPM = 150.0


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _section(analysis: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = analysis.get(key)
    return value if isinstance(value, Mapping) else {}


def _star_present(analysis: Mapping[str, Any]) -> dict[str, bool] | None:
    star = _section(analysis, "star")
    if not star.get("applies"):
        return None
    return {str(part): bool(_section(star, part).get("present")) for part in STAR_PARTS}


def _ownership(analysis: Mapping[str, Any]) -> float | None:
    """Share of "I" among "I" and "we" in the actions (`specificity.ownership.share`)."""
    ownership = _section(_section(analysis, "specificity"), "ownership")
    return _number(ownership.get("share"))


LENGTH_VERDICTS = ("too_short", "ok", "too_long")


def _length(analysis: Mapping[str, Any], word_count: int | None) -> tuple[float | None, str | None]:
    """Speaking seconds (measured, or estimated from the words) and the band verdict."""
    length = _section(analysis, "length")
    seconds = _number(length.get("seconds"))
    if seconds is None and word_count is not None:
        seconds = word_count / TYPED_WPM * 60.0
    verdict = length.get("verdict")
    return seconds, verdict if verdict in LENGTH_VERDICTS else None


def metrics_from_analysis(analysis: Mapping[str, Any]) -> AttemptMetrics:
    """The columns kept for one analysis JSON (`Analysis.to_dict()`)."""
    words = _number(analysis.get("word_count"))
    word_count = int(words) if words is not None else None
    fillers = _section(analysis, "fillers")
    hedges = _section(analysis, "hedges")
    hedges_total = _number(hedges.get("total"))
    hedges_per_100 = _number(hedges.get("per_100_words"))
    if hedges_per_100 is None and hedges_total is not None and word_count:
        hedges_per_100 = hedges_total * 100.0 / word_count
    delivery = _section(analysis, "delivery")
    length_s, length_verdict = _length(analysis, word_count)
    return AttemptMetrics(
        score=_number(analysis.get("score")),
        star_score=_number(_section(analysis, "star").get("score")),
        specificity=_number(_section(analysis, "specificity").get("score")),
        fillers_per_min=_number(fillers.get("per_minute")),
        fillers_per_100=_number(fillers.get("per_100_words")),
        hedges_per_100=hedges_per_100,
        wpm=_number(delivery.get("wpm")),
        word_count=word_count,
        ownership=_ownership(analysis),
        length_s=length_s,
        length_verdict=length_verdict,
        star_present=_star_present(analysis),
    )


# Every metric but the STAR flags is one column of the same name (see schema.METRIC_COLUMNS).
_SCALAR_FIELDS = tuple(f.name for f in fields(AttemptMetrics) if f.name != "star_present")


def metrics_to_columns(metrics: AttemptMetrics) -> dict[str, Any]:
    """Column values for the attempts table (`schema.METRIC_COLUMNS`)."""
    present = metrics.star_present or {}
    columns = {name: getattr(metrics, name) for name in _SCALAR_FIELDS}
    return columns | {f"star_{part}": present.get(part) for part in STAR_PARTS}


def metrics_from_columns(row: Mapping[Any, Any]) -> AttemptMetrics:
    """The metrics of a stored attempt row (the inverse of `metrics_to_columns`)."""
    flags: dict[str, Any] = {part: row[f"star_{part}"] for part in STAR_PARTS}
    present = (
        None
        if all(v is None for v in flags.values())
        else {part: bool(v) for part, v in flags.items()}
    )
    return AttemptMetrics(**{name: row[name] for name in _SCALAR_FIELDS}, star_present=present)
