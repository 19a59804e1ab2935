"""Feedback on one answer, easy to take in at a glance: score cards, STAR parts, tips.

Everything is read from the analysis JSON (`Analysis.to_dict()`, the contract of issue 2)
as stored in the history, so the practice page and the review page show the same thing
for the same attempt. Missing numbers show as "—" with a reason, never as a made-up 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.models import STAR_PARTS, Question
from interview.ui.text import md_escape, quote
from interview.ui.transcript import show_transcript

if TYPE_CHECKING:
    from interview.history.records import Attempt

STRENGTH_MARK = {"strong": "✓", "weak": "~", "missing": "✗"}


def _number(value: Any, spec: str = ".0f") -> str:
    return "—" if value is None else format(float(value), spec)


def score_cards(analysis: Mapping[str, Any]) -> None:
    """Six cards: overall, STAR, specificity, fillers per minute, pace, length."""
    star = analysis.get("star") or {}
    fillers = analysis.get("fillers") or {}
    delivery = analysis.get("delivery") or {}
    length = analysis.get("length") or {}
    per_minute = fillers.get("per_minute")
    cards = st.columns(6)
    cards[0].metric("Overall", f"{_number(analysis.get('score'))}/100")
    cards[1].metric(
        "STAR",
        f"{_number(star.get('score'))}/100" if star.get("applies") else "n/a",
        help=None if star.get("applies") else "HR questions are not judged on STAR.",
    )
    cards[2].metric(
        "Specificity", f"{_number((analysis.get('specificity') or {}).get('score'))}/100"
    )
    cards[3].metric(
        "Fillers / min",
        _number(per_minute, ".1f") if per_minute is not None else "—",
        help=f"{fillers.get('total', 0)} filler words"
        + ("" if per_minute is not None else "; per minute is measured on spoken answers"),
    )
    wpm = delivery.get("wpm")
    cards[4].metric(
        "Pace",
        f"{_number(wpm)} wpm" if wpm is not None else "—",
        help="130–160 words per minute is easy to follow"
        + ("" if wpm is not None else "; pace is measured on spoken answers"),
    )
    seconds = length.get("seconds", length.get("estimated_s"))
    cards[5].metric(
        "Length",
        f"{analysis.get('word_count', 0)} words",
        help=None if seconds is None else f"about {float(seconds):.0f} seconds spoken",
    )


def star_parts(analysis: Mapping[str, Any]) -> None:
    """One line: which STAR parts the answer has (✓ strong, ~ weak, ✗ missing)."""
    star = analysis.get("star") or {}
    if not star.get("applies"):
        return
    marks = []
    for part in STAR_PARTS:
        strength = (star.get(part) or {}).get("strength", "missing")
        marks.append(f"{STRENGTH_MARK.get(strength, '?')} **{part.capitalize()}** ({strength})")
    st.markdown(" · ".join(marks))


def tips(analysis: Mapping[str, Any]) -> None:
    """The tips, each with the sentence it is about."""
    items = analysis.get("tips") or ()
    if not items:
        st.success("No tips this time: a clear, specific answer. Well done.")
        return
    for tip in items:
        area = str(tip.get("area", "")).replace("_", " ").capitalize()
        st.markdown(f"**{md_escape(area)}** · {md_escape(str(tip.get('message', '')))}")
        said = tip.get("quote") or tip.get("sentence")
        if said:
            st.markdown(quote(str(said)))


def question_notes(question: Question | None) -> None:
    """Key points and follow-up questions: shown only once the question has been answered."""
    if question is None:
        return
    points, follow = st.columns(2)
    with points:
        st.markdown("**What an interviewer listens for**")
        st.markdown("\n".join(f"- {md_escape(p)}" for p in question.key_points) or "—")
    with follow:
        st.markdown("**Follow-up questions to expect**")
        st.markdown("\n".join(f"- {md_escape(f)}" for f in question.follow_ups) or "—")
    if question.tip:
        st.info(md_escape(question.tip), icon=":material/lightbulb:")


def summary_rows(attempts: Sequence[Attempt]) -> list[dict[str, Any]]:
    """One row per answered question for the end-of-session table."""
    rows = []
    for attempt in attempts:
        metrics = attempt.metrics
        rows.append(
            {
                "Question": attempt.question_text,
                "Overall": metrics.score,
                "STAR": metrics.star_score,
                "Specificity": metrics.specificity,
                "Fillers / min": metrics.fillers_per_min,
                "Pace (wpm)": metrics.wpm,
                "Over time": "yes" if attempt.over_time else "",
            }
        )
    return rows


def next_steps(attempts: Sequence[Attempt], *, limit: int = 2) -> list[str]:
    """The tip areas that came up most often this session, each with one of its messages."""
    seen: Counter[str] = Counter()
    example: dict[str, str] = {}
    for attempt in attempts:
        areas = {str(t.get("area", "")): str(t.get("message", "")) for t in _tips_of(attempt)}
        seen.update(areas)
        for area, message in areas.items():
            example.setdefault(area, message)
    if not seen:
        return ["No repeated weak spots: try harder questions (difficulty 3) next time."]
    steps = []
    for area, times in seen.most_common(limit):
        name = md_escape(area.replace("_", " ").capitalize())
        steps.append(
            f"**{name}** (in {times} of {len(attempts)} answers): {md_escape(example[area])}"
        )
    return steps


def _tips_of(attempt: Attempt) -> Sequence[Mapping[str, Any]]:
    tips_found: Sequence[Mapping[str, Any]] = (attempt.analysis or {}).get("tips") or ()
    return tips_found


def attempt_feedback(attempt: Attempt, *, audio: bool = True) -> None:
    """Everything about one stored attempt: scores, STAR parts, recording, transcript, tips."""
    if attempt.analysis is None:
        reason = attempt.error or "it has not been analysed yet"
        st.warning(f"Your answer is saved, but there is no feedback yet: {md_escape(reason)}")
        if attempt.text:
            st.markdown("**What you said**")
            show_transcript(attempt.text, {})
        return
    score_cards(attempt.analysis)
    star_parts(attempt.analysis)
    if audio and attempt.recording is not None and attempt.recording.exists():
        st.audio(str(attempt.recording))
    st.markdown("**What you said**")
    show_transcript(attempt.text, attempt.analysis)
    st.markdown("**Tips**")
    tips(attempt.analysis)


def transcript_only(attempt: Attempt) -> None:
    """The marked transcript of an attempt, for side-by-side comparison."""
    show_transcript(attempt.text, attempt.analysis or {})
