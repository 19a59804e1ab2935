"""`interview progress`: are you improving, and what to practise next.

`--json` is a contract: an object with at least `attempts` (how many are stored) and
`weak_areas: [{area, value, trend, action}]` (the three weakest, weakest first); more keys
may be added, none renamed or dropped.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview.history.progress import ProgressSummary
    from interview.history.trends import Trend

_TRENDS = {"improving": "improving", "steady": "steady", "declining": "declining (!)"}
# Below MIN_POINTS answers the trend is "steady" only by default: say so, as the page does
# (which shows no trend), instead of calling a 28-to-79 jump over two answers steady.
TOO_FEW = "too few answers to tell"


def _trend(trend: Trend, attempts: int) -> str:
    from interview.history.trends import MIN_POINTS  # noqa: PLC0415 - numpy, only when shown

    return _TRENDS[trend] if attempts >= MIN_POINTS else TOO_FEW


# Questions listed under "answered more than once", most practised first.
QUESTION_ROWS = 8


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "progress", help="your scores over time, weak areas and what to practise next"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=run_progress)


def run_progress(args: argparse.Namespace) -> int:
    from interview.history.progress import progress_summary  # noqa: PLC0415 - pandas
    from interview.history.store import HistoryStore  # noqa: PLC0415 - SQLAlchemy

    summary = progress_summary(HistoryStore.open())
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_progress(summary), end="")
    return 0


def _number(value: float | None, *, share: bool = False) -> str:
    if value is None:
        return "-"
    if share:
        return f"{value:.0%}"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.2g}"


def render_progress(summary: ProgressSummary) -> str:
    """The readable progress report."""
    if summary.attempts == 0:
        return "No attempts yet. Start with `interview practice`.\n"
    head = [
        f"{summary.attempts} attempts, {summary.analysed} analysed"
        + (f", {summary.not_analysed} not analysed" if summary.not_analysed else "")
    ]
    if summary.analysed == 0:
        head.append("Nothing analysed yet: run `interview history reanalyse ID`.")
        return "\n".join(head) + "\n"
    since = (summary.window_since or "")[:10]
    head.append(
        f"Trends and weak areas are judged on your last {summary.window_attempts} analysed "
        f"attempts (since {since})."
    )
    sections = [
        head,
        _weak_lines(summary),
        _metric_lines(summary),
        _competency_lines(summary),
        _question_lines(summary),
    ]
    return "\n\n".join("\n".join(lines) for lines in sections if lines) + "\n"


def _weak_lines(summary: ProgressSummary) -> list[str]:
    lines = ["Weakest areas, and what to do next"]
    for number, area in enumerate(summary.weak_areas, 1):
        lines.append(
            f"  {number}. {area.area}: {area.measure()} - {_trend(area.trend, area.attempts)}"
        )
        lines.append(f"     {area.action}")
    return lines


def _metric_lines(summary: ProgressSummary) -> list[str]:
    lines = [f"  {'metric':<26} {'latest':>7} {'median':>7}  trend"]
    for metric in summary.metrics:
        if metric.attempts:
            share = metric.name == "ownership"
            lines.append(
                f"  {metric.label:<26} {_number(metric.latest, share=share):>7} "
                f"{_number(metric.recent, share=share):>7}  {_trend(metric.trend, metric.attempts)}"
            )
    return ["Recent metrics", *lines]


def _competency_lines(summary: ProgressSummary) -> list[str]:
    lines = ["By competency (average score, attempts)"]
    for row in summary.per_competency:
        lines.append(f"  {row.competency:<22} {_number(row.average):>5}  {row.attempts}")
    return lines


def _question_lines(summary: ProgressSummary) -> list[str]:
    repeated = sorted(
        (q for q in summary.per_question if q.change is not None),
        key=lambda q: (-q.analysed, q.question_id),
    )
    if not repeated:
        return []
    lines = ["Questions answered more than once (first to latest score, best)"]
    for q in repeated[:QUESTION_ROWS]:
        change = f"{q.change:+.0f}" if q.change is not None else ""
        lines.append(
            f"  {q.question_id:<28} {change:>4}  latest {_number(q.latest)}, best "
            f"{_number(q.best)}, {q.analysed} tries"
        )
    if len(repeated) > QUESTION_ROWS:
        # Say what the cut hides: a question left out silently looks never repeated.
        hidden = len(repeated) - QUESTION_ROWS
        lines.append(f"  and {hidden} more (all of them: interview progress --json)")
    return lines
