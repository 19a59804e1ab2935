"""Feedback on one answer, easy to take in at a glance: score cards, STAR parts, tips.

Everything is read from the typed `Analysis` (a stored one read back once with
`interview.answers.analysis_of`), so the practice page and the review page show the same
thing for the same attempt. Missing numbers show as "—" with a reason, never as a made-up 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import streamlit as st

from interview.analysis.star.plan import is_mixed, is_plan, plan_note, source_name
from interview.analysis.tips.tip import ORDER_RULE
from interview.answers import analysis_of, stored_analysis
from interview.areas import area_label
from interview.models import Question
from interview.practice.timing import length as clock_length
from interview.practice.timing import mmss
from interview.practice.wording import plural
from interview.ui.no_feedback import explain, has_sound
from interview.ui.text import md_escape, rename_paths
from interview.ui.transcript import show_transcript

if TYPE_CHECKING:
    from interview.analysis import Analysis
    from interview.analysis.delivery import DeliveryReport
    from interview.analysis.tips.tip import Tip
    from interview.history.attempts import Attempt

STRENGTH_MARK = {"strong": "✓", "weak": "~", "missing": "✗"}
# A few tips are taken in at a glance; nine in a row are not (the rest stay one click away).
TIPS_SHOWN = 3
# A tip that names its sentence may shorten it; this many first characters identify it.
QUOTE_HEAD = 40


def number(value: Any, spec: str = ".0f") -> str:
    """A measure as text: formatted, or "—" when there is none (never a made-up 0), or when
    what is stored is not a number at all."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—"
    return format(float(value), spec)


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
    return f"{number(value)}/100"


def _pace_card(delivery: DeliveryReport | None) -> Card:
    if delivery is None or delivery.wpm is None:
        return Card("Pace (wpm)", "—", help="Pace is measured on spoken answers.")
    key = (str(delivery.pace), delivery.pace_direction)
    verdict, colour = PACE_VERDICTS.get(key, ("", "gray"))
    wpm = round(delivery.wpm, 1)
    return Card(
        "Pace (wpm)", number(wpm), "130–160 words per minute is easy to follow.", verdict, colour
    )


def _length_card(analysis: Analysis) -> Card:
    length, words = analysis.length, analysis.word_count
    estimated = length.estimated
    low, high = length.band_s
    about = f"{words} words" + (", timed at 150 words per minute" if estimated else "")
    about += f"; {low:.0f}–{high:.0f} s suits this kind of question"
    verdict, colour = LENGTH_VERDICTS.get(length.verdict, ("", "gray"))
    shown = ("≈" if estimated else "") + clock_length(length.seconds)
    return Card("Length", shown, about + ".", verdict, colour)


def cards(analysis: Analysis) -> tuple[Card, ...]:
    """The six cards: overall, STAR (Content for an HR answer with a checklist),
    specificity, fillers per minute, pace, length."""
    fillers = analysis.fillers
    per_minute = fillers.per_minute
    count = plural(int(fillers.total), "filler word")  # a tooltip reads Markdown: digits only
    return (
        Card("Overall", _out_of_100(analysis.score)),
        _star_card(analysis),
        Card("Specificity", _out_of_100(analysis.specificity.score)),
        Card("Fillers / min", number(per_minute, ".1f"), f"{count}.")
        if per_minute is not None
        else Card("Fillers / min", "—", f"{count}; per minute is measured on spoken answers."),
        _pace_card(analysis.delivery),
        _length_card(analysis),
    )


def _star_card(analysis: Analysis) -> Card:
    """STAR for a story; for an HR answer, how much of what its question asks for it has."""
    if analysis.star.applies:
        return Card("STAR", _out_of_100(analysis.star.score))
    if analysis.hr_content.applies:
        return Card(
            "Content",
            _out_of_100(analysis.hr_content.score),
            help="How much of what this kind of question asks for the answer has.",
        )
    return Card("STAR", "n/a", help="HR questions are not judged on STAR.")


# Wide enough for "100/100" (120 px in the metric's 36 px font; at 104 px a perfect score was
# cut to "100/…"); six fit a laptop's row, two a 420 px phone's (columns would stack them one
# per line there, 700 px before the transcript).
CARD_PX = 124


def score_cards(analysis: Analysis) -> None:
    """Show the six cards in a row that wraps on a narrow screen."""
    with st.container(horizontal=True, wrap=True, gap="small"):
        for card in cards(analysis):
            st.metric(
                card.label,
                card.value,
                card.verdict or None,
                delta_color=card.colour,  # type: ignore[arg-type]
                delta_arrow="off",
                help=card.help,
                width=CARD_PX,
            )


def star_parts(analysis: Analysis) -> None:
    """One line: which STAR parts the answer has (✓ strong, ~ weak, ✗ missing), or for an
    HR answer which elements of its question's checklist."""
    if not analysis.star.applies:
        checklist = [
            f"{'✓' if check.found else '✗'} {md_escape(check.label)}"
            for check in analysis.hr_content.checks
        ]
        if checklist:
            st.markdown(" · ".join(checklist))
        return
    star = analysis.star
    plan, mixed = is_plan(star), is_mixed(star)
    marks = []
    for report in analysis.star.parts:
        strength = str(report.strength)
        mark = STRENGTH_MARK.get(strength, "?")
        name = source_name(star, report.part)
        name = name.capitalize() if mixed or not plan else f"Plan: {name}"
        # escaped whatever its origin: an imported history file once put an image link here
        marks.append(f"{mark} **{md_escape(name)}** ({md_escape(strength)})")
    st.markdown(("A plan and a past example: " if mixed else "") + " · ".join(marks))
    note = plan_note(analysis.star)
    if note:
        st.caption(md_escape(note))


@dataclass(frozen=True)
class TipLine:
    """One tip as shown: its area, its advice, and the quoted sentence when the advice
    does not already quote it."""

    area: str
    message: str
    quote: str | None


def tip_lines(tips: Sequence[Tip]) -> tuple[TipLine, ...]:
    """The analysis's tips in its order (most useful first), ready to show."""
    lines = []
    for tip in tips:
        said = tip.quote or ""
        # Most tips name their sentence already (a long one cut short with "..."); quoting
        # it again under them is noise.
        quote = said if said and said.rstrip(".!?")[:QUOTE_HEAD] not in tip.message else None
        lines.append(TipLine(area_label(tip.area), tip.message, quote))
    return tuple(lines)


def _tip(line: TipLine) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(line.area)}** · {md_escape(line.message)}")
        if line.quote:
            st.caption(f"From your answer: “{md_escape(line.quote)}”")


def tips(analysis: Analysis, *, shown: int = TIPS_SHOWN) -> None:
    """The most useful tips, each with the sentence it is about; the rest folded away."""
    lines = tip_lines(analysis.tips)
    if not lines:
        st.success("No tips this time: a clear, specific answer. Well done.")
        return
    st.caption(f"Most important first: {ORDER_RULE}.")
    for line in lines[:shown]:
        _tip(line)
    if len(lines) > shown:
        with st.expander(f"{plural(len(lines) - shown, 'more tip')}"):
            for line in lines[shown:]:
                _tip(line)


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


def reason(attempt: Attempt, message: str) -> str:
    """Why an attempt was not analysed, naming its stored recording "your recording"
    (the user never saw that file's name)."""
    stored = () if attempt.recording is None else (str(attempt.recording),)
    return rename_paths(message, stored, "your recording")


def attempt_feedback(attempt: Attempt) -> None:
    """Everything about one stored attempt: scores, STAR parts, recording, transcript, tips.

    An attempt without feedback still shows what was kept: its recording can be replayed
    and its words read, whatever stopped the analysis.
    """
    analysis, unreadable = stored_analysis(attempt.analysis)
    playable = attempt.recording is not None and attempt.recording.exists()
    if analysis is None:
        playable = has_sound(attempt.recording)  # looked at only when there is no feedback
        why = reason(attempt, unreadable or attempt.error or "it has not been analysed yet")
        failed = attempt.status == "failed" or unreadable is not None
        recorded_nothing = attempt.recording is not None and not playable and not unreadable
        explain(why, failed=failed, nothing_recorded=recorded_nothing)
    else:
        score_cards(analysis)
        star_parts(analysis)
    if playable and attempt.recording is not None:
        st.audio(str(attempt.recording))
    if attempt.text:
        st.markdown("**What you said**")
        unclear_note(analysis)
        show_transcript(attempt.text, analysis)
    if analysis is not None:
        st.markdown("**Tips**")
        tips(analysis)


def unclear_note(analysis: Analysis | None) -> None:
    """Say where the recording had voice but no words could be made out, if anywhere."""
    note = unclear_text(analysis)
    if note:
        st.info(note)


def unclear_text(analysis: Analysis | None) -> str | None:
    delivery = None if analysis is None else analysis.delivery
    if delivery is None or not delivery.unintelligible:
        return None
    where = ", ".join(f"{mmss(start)}-{mmss(end)}" for start, end in delivery.unintelligible)
    return (
        f"Some of your answer could not be made out ({where}), so those words are missing"
        " below and pace and pauses leave that time out. Speaking a little closer to the"
        " microphone, away from other sounds, usually helps."
    )


def transcript_only(attempt: Attempt) -> None:
    """The marked transcript of an attempt, for side-by-side comparison (the key to the
    marks is already shown with the opened answer above it)."""
    show_transcript(attempt.text, analysis_of(attempt), legend=False)
