"""Progress charts (Altair) drawn from the history's timeline, one row per analysed attempt.

Each chart answers one question a user asks: is my score going up, am I using fewer
fillers, is my pace in the easy-to-follow band, which STAR parts do I keep leaving out?
Bands show what "good" means, so a single number never has to be interpreted alone.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from interview.areas import GOOD_WPM
from interview.models import STAR_PARTS

STAR_ROW_PX = 32


# The x axis is the answer's place in your history (1, 2, 3...), not its clock time: the
# answers of one session are minutes apart, and on a time axis they stack into one
# vertical zig-zag. The date is in the tooltip.
X_TITLE = "Answer (oldest first)"


def _base(timeline: pd.DataFrame, column: str) -> pd.DataFrame:
    frame = timeline[["attempt_id", "created_at", "question_id", column]].dropna(subset=[column])
    when = pd.to_datetime(frame["created_at"], utc=True).dt.tz_convert(None)
    order = when.rank(method="first").astype(int) if len(frame) else when
    return frame.assign(when=when, answer=order, question=frame["question_id"])


def _domain(values: pd.Series, band: tuple[float, float] | None = None) -> list[float]:
    """The y range: every point (and the band) inside the chart, with a little room."""
    numbers = [float(v) for v in values] + (list(band) if band else [])
    low, high = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
    room = max(1.0, (high - low) * 0.1)
    return [max(0.0, low - room), high + room]


def line(
    timeline: pd.DataFrame,
    column: str,
    title: str,
    *,
    domain: tuple[float, float] | None = None,
    band: tuple[float, float] | None = None,
    decimals: int = 0,
) -> Any:
    """One measure over your answers: points joined by a line, hover for the question."""
    frame = _base(timeline, column)
    scale = alt.Scale(domain=list(domain) if domain else _domain(frame[column], band), clamp=True)
    number = f".{decimals}f"
    return (
        alt.Chart(frame, title=title)
        .mark_line(point=True)
        .encode(
            x=alt.X("answer:Q", title=X_TITLE, axis=alt.Axis(format="d", tickMinStep=1)),
            y=alt.Y(f"{column}:Q", title=None, scale=scale, axis=alt.Axis(format=number)),
            tooltip=[
                alt.Tooltip("answer:Q", title="Answer"),
                alt.Tooltip("when:T", title="When", format="%d %b %Y, %H:%M:%S"),
                alt.Tooltip("question:N", title="Question"),
                alt.Tooltip(f"{column}:Q", title=title, format=number),
            ],
        )
        .properties(height=220)
    )


def pace(timeline: pd.DataFrame) -> Any:
    """Words per minute with the easy-to-follow band (the analysis's own) shaded."""
    low, high = GOOD_WPM
    band = pd.DataFrame({"low": [low], "high": [high]})
    shade = alt.Chart(band).mark_rect(opacity=0.15, color="green").encode(y="low:Q", y2="high:Q")
    title = f"Words per minute ({low:.0f}–{high:.0f} is easy to follow)"
    return (shade + line(timeline, "wpm", title, band=(low, high))).properties(height=220)


def star_coverage(timeline: pd.DataFrame) -> Any:
    """A strip per STAR part: was it in each answer (HR answers have no STAR parts)."""
    columns = [f"star_{part}" for part in STAR_PARTS]
    frame = timeline[["attempt_id", "created_at", *columns]].dropna(subset=columns, how="all")
    long = frame.melt(
        id_vars=["attempt_id", "created_at"],
        value_vars=columns,
        var_name="part",
        value_name="present",
    )
    long = long.dropna(subset=["present"]).assign(
        part=lambda f: f["part"].str.removeprefix("star_").str.capitalize(),
        present=lambda f: f["present"].map({True: "in the answer", False: "missing"}),
        attempt=lambda f: f["attempt_id"].rank(method="dense").astype(int),
    )
    order = [part.capitalize() for part in STAR_PARTS]
    return (
        alt.Chart(long, title="STAR parts in each answer")
        .mark_rect(stroke="white")
        .encode(
            x=alt.X("attempt:O", title="Answer (oldest first)", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("part:N", sort=order, title=None),
            color=alt.Color(
                "present:N",
                scale=alt.Scale(domain=["in the answer", "missing"], range=["#16a34a", "#f59e0b"]),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=["part", "present"],
        )
        # A height per row, not in pixels: under Streamlit's theme a fixed pixel height
        # collapsed the four rows into one unreadable line.
        .properties(height=alt.Step(STAR_ROW_PX))
    )
