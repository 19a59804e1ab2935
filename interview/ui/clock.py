"""The interview clock: thinking time, then answer time, drawn once a second.

The reading is a pure function of the session's stored times (`interview.practice.timing`),
so a rerun, a page switch or a reload never loses the clock. The widget is an
`st.fragment` with `run_every=1`: only the clock redraws every second, not the page (a
page rerun would interrupt the user typing or recording). Running out of time never blocks
the answer. What it says is true for the answer mode: a spoken answer is judged by its
recording's length, a typed one by its words at a speaking pace, never by the typing time.
"""

from __future__ import annotations

import time

import streamlit as st

from interview.practice.timing import (
    mmss,
    read_clock,
    typed_seconds,
    typed_words,
    warn_at,
    word_budget,
)
from interview.ui import practice_events


def _warning(answer_s: float) -> str:
    left = warn_at(answer_s)
    about = "About 30 seconds" if left >= 30 else f"Under {mmss(left)}"
    return f"{about} left: start heading towards your result."


def _typed_budget(answer_s: float, draft: str) -> None:
    """A typed answer's clock is its word count; the typing time is never held against it."""
    budget = word_budget(answer_s)
    words = typed_words(draft)
    note = (
        f"Typed answers are timed by their words at a speaking pace (150 a minute), not by "
        f"your typing: {mmss(answer_s)} is about {budget} words."
    )
    if words:
        spoken = typed_seconds(draft)
        over = " That is over your answer time." if spoken > answer_s else ""
        note += f" Your draft: {words} words, about {mmss(spoken)} spoken.{over}"
    st.progress(min(1.0, words / budget) if budget else 1.0, text=note)


@st.fragment(run_every=1)
def practice_clock() -> None:
    """Draw the clock of the practice session in session state (redrawn every second)."""
    session = practice_events.current()
    if session is None or session.stage not in ("thinking", "answering"):
        return
    run = session.state
    question = run.question
    reading = read_clock(
        think_s=question.think_seconds,
        answer_s=question.answer_seconds,
        answer_start=run.answer_started(),
        now=time.time(),
    )
    if reading.phase == "think":
        st.progress(reading.fraction, text=f"Thinking time · {mmss(reading.left_s)} left")
        st.button("I'm ready to answer", key="practice_ready", on_click=practice_events.ready)
    elif run.mode == "typed":
        _typed_budget(question.answer_seconds, session.draft)
    elif reading.phase == "answer":
        st.progress(reading.fraction, text=f"Answer time · {mmss(reading.left_s)} left")
        if reading.warn:
            st.warning(_warning(question.answer_seconds))
    else:
        st.progress(1.0, text=f"Answer time is up · {mmss(reading.left_s)} over")
        st.info(
            "Finish your thought calmly. What counts is your recording's length: a "
            f"recording longer than {mmss(question.answer_seconds)} is marked over time."
        )
