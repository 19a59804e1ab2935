"""Feedback on one answer, easy to take in at a glance: score cards, STAR parts, tips.

Everything is read from the analysis JSON (`Analysis.to_dict()`, the contract of issue 2)
as stored in the history, so the practice page and the review page show the same thing
for the same attempt. Missing numbers show as "—" with a reason, never as a made-up 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.models import STAR_PARTS, Question
from interview.ui.clock import mmss
from interview.ui.text import md_escape
from interview.ui.transcript import show_transcript

if TYPE_CHECKING:
    from interview.history.records import Attempt

STRENGTH_MARK = {"strong": "✓", "weak": "~", "missing": "✗"}


def _number(value: Any, spec: str = ".0f") -> str:
    return "—" if value is None else format(float(value), spec)


@dataclass(frozen=True)
class Card:
    """One score card: a figure, and optionally a verdict shown beneath it in a colour."""

    label: str
    value: str
    help: str | None = None
    verdict: str | None = None
    colour: str = "gray"


PACE_VERDICTS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("good", None): ("easy to follow", "green"),
    ("amber", "slow"): ("a little slow", "orange"),
    ("amber", "fast"): ("a little fast", "orange"),
    ("flagged", "slow"): ("slow", "red"),
    ("flagged", "fast"): ("fast", "red"),
}
LENGTH_VERDICTS: dict[str, tuple[str, str]] = {
    "ok": ("good length", "green"),
    "too_short": ("short", "orange"),
    "too_long": ("long", "orange"),
}


def _out_of_100(value: Any) -> str:
    return f"{_number(value)}/100"


def _pace_card(delivery: Mapping[str, Any]) -> Card:
    wpm = delivery.get("wpm")
    if wpm is None:
        return Card("Pace (wpm)", "—", help="Pace is measured on spoken answers.")
    key = (str(delivery.get("pace")), delivery.get("pace_direction"))
    verdict, colour = PACE_VERDICTS.get(key, ("", "gray"))
    return Card(
        "Pace (wpm)", _number(wpm), "130–160 words per minute is easy to follow.", verdict, colour
    )


def _length_card(analysis: Mapping[str, Any]) -> Card:
    length = analysis.get("length") or {}
    seconds = length.get("seconds")
    words = analysis.get("word_count", 0)
    if seconds is None:
        return Card("Length", f"{words} words")
    estimated = bool(length.get("estimated"))
    band: list[float] = list(length.get("band_s") or ())
    about = f"{words} words" + (", timed at 150 words per minute" if estimated else "")
    if len(band) == 2:
        about += f"; {band[0]:.0f}–{band[1]:.0f} s suits this kind of question"
    verdict, colour = LENGTH_VERDICTS.get(str(length.get("verdict")), ("", "gray"))
    return Card(
        "Length", ("≈" if estimated else "") + mmss(float(seconds)), about + ".", verdict, colour
    )


def cards(analysis: Mapping[str, Any]) -> tuple[Card, ...]:
    """The six cards: overall, STAR, specificity, fillers per minute, pace, length."""
    star = analysis.get("star") or {}
    fillers = analysis.get("fillers") or {}
    per_minute = fillers.get("per_minute")
    count = f"{fillers.get('total', 0)} filler word(s)"
    return (
        Card("Overall", _out_of_100(analysis.get("score"))),
        Card("STAR", _out_of_100(star.get("score")))
        if star.get("applies")
        else Card("STAR", "n/a", help="HR questions are not judged on STAR."),
        Card("Specificity", _out_of_100((analysis.get("specificity") or {}).get("score"))),
        Card("Fillers / min", _number(per_minute, ".1f"), f"{count}.")
        if per_minute is not None
        else Card("Fillers / min", "—", f"{count}; per minute is measured on spoken answers."),
        _pace_card(analysis.get("delivery") or {}),
        _length_card(analysis),
    )


def score_cards(analysis: Mapping[str, Any]) -> None:
    """Show the six cards in a row."""
    for column, card in zip(st.columns(6), cards(analysis), strict=True):
        column.metric(
            card.label,
            card.value,
            card.verdict or None,
            delta_color=card.colour,  # type: ignore[arg-type]
            delta_arrow="off",
            help=card.help,
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
    """The tips, most useful first, each with the sentence of the answer it is about."""
    items = analysis.get("tips") or ()
    if not items:
        st.success("No tips this time: a clear, specific answer. Well done.")
        return
    for tip in items:
        area = str(tip.get("area", "")).replace("_", " ").capitalize()
        with st.container(border=True):
            st.markdown(f"**{md_escape(area)}** · {md_escape(str(tip.get('message', '')))}")
            said = tip.get("quote") or tip.get("sentence")
            if said:
                st.caption(f"From your answer: “{md_escape(str(said))}”")


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
                "Overall": _number(metrics.score),
                "STAR": _number(metrics.star_score),
                "Specificity": _number(metrics.specificity),
                "Fillers / min": _number(metrics.fillers_per_min, ".1f"),
                "Pace (wpm)": _number(metrics.wpm),
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
        seen.update(areas.keys())
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
