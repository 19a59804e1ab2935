"""The end of a practice session: a table of how each answer went, and what to work on next.

Read from the stored attempts (the score columns and the analysis), so the summary
shows exactly what the feedback screens showed, one row per question answered.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.analysis.tips.build import TIERS, tiers_for
from interview.answers import analysis_of
from interview.areas import BY_KEY, area_label, report_order
from interview.practice.wording import plural
from interview.ui.feedback import number
from interview.ui.text import md_escape

if TYPE_CHECKING:
    from interview.analysis.tips.tip import Tip
    from interview.history.attempts import Attempt

# An area no tier names (a stored analysis from an older version) comes after every other.
LAST_TIER = max(TIERS.values()) + 1
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


@dataclass(frozen=True)
class Area:
    """One tip area over a session: its most urgent tier, how often it came up, what fixing
    it would gain in all, and one of its messages."""

    key: str
    tier: int
    answers: int
    gain: float
    message: str

    def rank(self) -> tuple[int, float, int]:
        """The tips' own order (`tips.build`): substance before length and delivery, by
        points to gain within a tier; an area no longer in the table goes last."""
        order = report_order(self.key) if self.key in BY_KEY else len(BY_KEY)
        return self.tier, -round(self.gain, 1), order


def session_areas(attempts: Sequence[Attempt]) -> list[Area]:
    """Every tip area this session, most important first, each counted once per answer."""
    found: dict[str, Area] = {}
    for attempt in attempts:
        analysis = analysis_of(attempt)
        if analysis is None:
            continue
        tiers = tiers_for(analysis)
        for area, tips in groupby(sorted(analysis.tips, key=_area), key=_area):
            said = list(tips)
            here = Area(area, tiers.get(area, LAST_TIER), 1, sum(t.gain for t in said), "")
            found[area] = _merge(found.get(area), here, said[0].message)
    return sorted(found.values(), key=Area.rank)


def _merge(seen: Area | None, here: Area, message: str) -> Area:
    """An area's session so far and one more answer it came up in (first message kept)."""
    if seen is None:
        return dataclasses.replace(here, message=message)
    tier = min(seen.tier, here.tier)
    return dataclasses.replace(
        seen, tier=tier, answers=seen.answers + 1, gain=seen.gain + here.gain
    )


def _area(tip: Tip) -> str:
    return tip.area


def next_steps(attempts: Sequence[Attempt], *, limit: int = 2) -> list[str]:
    """The most important tip areas this session (the order the tips use, not how often
    they came up), each with how often and one of its messages."""
    areas = session_areas(attempts)
    if not areas:
        return ["No repeated weak spots: try harder questions (difficulty 3) next time."]
    return [
        f"**{md_escape(area_label(area.key))}** (in {area.answers} of {len(attempts)} "
        f"answers): {md_escape(area.message)}"
        for area in areas[:limit]
    ]


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
