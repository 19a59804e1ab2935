"""The end of a practice session: a table of how each answer went, and what to work on next.

Read from the stored attempts (the score columns and the analysis), so the summary
shows exactly what the feedback screens showed, one row per question answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.answers import analysis_of
from interview.areas import area_label
from interview.practice.wording import plural
from interview.ui.feedback import number
from interview.ui.text import md_escape

if TYPE_CHECKING:
    from interview.analysis.tips.tip import Tip
    from interview.history.attempts import Attempt

# The figures first (a phone shows them without scrolling sideways), then the question,
# which gets the room. Without widths the question column takes all it wants.
COLUMNS = {
    "Question": st.column_config.TextColumn(width=340),
    "Over time": st.column_config.TextColumn(width="small"),
}


def summary_rows(attempts: Sequence[Attempt]) -> list[dict[str, Any]]:
    """One row per answered question for the end-of-session table."""
    rows = []
    for attempt in attempts:
        metrics = attempt.metrics
        rows.append(
            {
                "Overall": number(metrics.score),
                "STAR": number(metrics.star_score),
                "Specificity": number(metrics.specificity),
                "Fillers / min": number(metrics.fillers_per_min, ".1f"),
                "Pace (wpm)": number(metrics.wpm),
                "Over time": "yes" if attempt.over_time else "",
                "Question": attempt.question_text,
            }
        )
    return rows


def next_steps(attempts: Sequence[Attempt], *, limit: int = 2) -> list[str]:
    """The tip areas that came up most often this session, each with one of its messages."""
    seen: Counter[str] = Counter()
    example: dict[str, str] = {}
    for attempt in attempts:
        areas = {tip.area: tip.message for tip in _tips_of(attempt)}
        seen.update(areas.keys())
        for area, message in areas.items():
            example.setdefault(area, message)
    if not seen:
        return ["No repeated weak spots: try harder questions (difficulty 3) next time."]
    steps = []
    for area, times in seen.most_common(limit):
        name = md_escape(area_label(area))
        steps.append(
            f"**{name}** (in {times} of {len(attempts)} answers): {md_escape(example[area])}"
        )
    return steps


def _tips_of(attempt: Attempt) -> Sequence[Tip]:
    analysis = analysis_of(attempt)
    return analysis.tips if analysis is not None else ()


def show_summary(attempts: Sequence[Attempt], *, skipped: int) -> None:
    """The table and the next steps (or a word of encouragement if nothing was answered)."""
    if not attempts:
        st.write(
            "You skipped every question this time. That's fine: start another session "
            "whenever you're ready."
        )
        return
    st.dataframe(summary_rows(attempts), hide_index=True, width="stretch", column_config=COLUMNS)
    if skipped:
        st.caption(f"{plural(skipped, 'question')} skipped.")
    st.markdown("**What to work on next**")
    for step in next_steps(attempts):
        st.markdown(f"- {step}")
