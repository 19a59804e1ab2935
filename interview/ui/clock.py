"""The interview clock: thinking time, then answer time, drawn once a second.

The reading is a pure function of the times kept in session state, so a rerun, a page
switch or a slow analysis never loses the clock. The widget is an `st.fragment` with
`run_every=1`: only the clock redraws every second, not the page (a page rerun would
interrupt the user typing or recording). Running out of time never blocks the answer; it
marks the attempt "over time".
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

import streamlit as st

from interview.ui import practice_run, state
from interview.ui.practice_run import PracticeRun

WARN_S = 30.0

Phase = Literal["think", "answer", "over"]


@dataclass(frozen=True)
class ClockReading:
    """Where the clock stands.

    Attributes:
        phase: "think", "answer" or "over" (answer time used up).
        left_s: seconds left in the phase; for "over", seconds past the answer time.
        fraction: share of the phase used, 0-1 (1 when over).
        warn: under WARN_S seconds of answer time left.
    """

    phase: Phase
    left_s: float
    fraction: float
    warn: bool


def read_clock(*, think_s: float, answer_s: float, answer_start: float, now: float) -> ClockReading:
    """Read the clock at `now`; `answer_start` is `PracticeRun.answer_started()` (same origin)."""
    if now < answer_start:
        left = answer_start - now
        return ClockReading("think", left, 1 - left / think_s if think_s else 1.0, warn=False)
    used = now - answer_start
    if used <= answer_s:
        left = answer_s - used
        return ClockReading("answer", left, used / answer_s, warn=left <= WARN_S)
    return ClockReading("over", used - answer_s, 1.0, warn=True)


def mmss(seconds: float) -> str:
    """Seconds as m:ss, rounded up so the clock shows 0:00 only when time is really up."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


def _ready() -> None:
    """Skip the rest of the thinking time (a callback, so the clock redraws at once)."""
    run: PracticeRun | None = st.session_state.get(state.PRACTICE_RUN)
    if run is not None:
        st.session_state[state.PRACTICE_RUN] = practice_run.answering_now(run)


@st.fragment(run_every=1)
def practice_clock() -> None:
    """Draw the clock of the practice run in session state (redrawn every second)."""
    run: PracticeRun | None = st.session_state.get(state.PRACTICE_RUN)
    if run is None or run.stage != "question":
        return
    reading = read_clock(
        think_s=run.think_s,
        answer_s=run.answer_s,
        answer_start=run.answer_started(),
        now=time.time(),
    )
    if reading.phase == "think":
        st.progress(reading.fraction, text=f"Thinking time · {mmss(reading.left_s)} left")
        st.button("I'm ready to answer", key="practice_ready", on_click=_ready)
    elif reading.phase == "answer":
        st.progress(reading.fraction, text=f"Answer time · {mmss(reading.left_s)} left")
        if reading.warn:
            st.warning("About 30 seconds left: start heading towards your result.")
    else:
        st.progress(1.0, text=f"Answer time is up · {mmss(reading.left_s)} over")
        st.info("Time is up. Finish your thought calmly; this attempt will be marked over time.")
