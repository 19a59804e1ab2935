"""The answer as the user said it, each sentence marked with its STAR part, fillers highlighted.

The markup is built here, not in a page, and always the same way: the user's words are
escaped with `html.escape` first, and only then wrapped in our own spans. A transcript that
contains `<script>` therefore shows as text. Each sentence carries a text label
("ACTION") as well as a colour, so the marking does not rely on colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import streamlit as st

from interview.analysis.star.plan import plan_name

if TYPE_CHECKING:
    from interview.analysis import Analysis
    from interview.analysis.star.report import LabelledSentence

# Background colour and label per STAR part; None is a sentence that is no STAR part.
STYLES: dict[str | None, tuple[str, str]] = {
    "situation": ("#dbeafe", "SITUATION"),
    "task": ("#ede9fe", "TASK"),
    "action": ("#dcfce7", "ACTION"),
    "result": ("#fef3c7", "RESULT"),
    None: ("#f1f5f9", "OTHER"),
}
# A sentence of a plan ("I would ..."): no STAR part, labelled by its role ("PLAN: STEP").
PLAN_BACKGROUND = "#e0f2fe"
_SENTENCE = (
    '<div class="ic-sentence" style="background:{bg};color:#1e293b;border-radius:6px;'
    'padding:4px 8px;margin:3px 0;line-height:1.6">'
    '<span class="ic-star" style="font-size:0.72em;font-weight:700;letter-spacing:0.05em;'
    'border:1px solid #475569;border-radius:4px;padding:0 4px;margin-right:6px">{label}</span>'
    "{body}</div>"
)
_PLAIN = (
    '<div class="ic-sentence" style="color:inherit;padding:2px 0;margin:3px 0;line-height:1.6">'
    "{body}</div>"
)
# Fillers and hedges differ in line style (wavy or dotted) as well as colour.
_MARKS = {
    "filler": (
        '<mark class="ic-filler" title="filler word" style="background:#fecaca;color:#7f1d1d;'
        'text-decoration:underline wavy #b91c1c;padding:0 2px;border-radius:3px">{text}</mark>'
    ),
    "hedge": (
        '<mark class="ic-hedge" title="hedge" style="background:transparent;color:inherit;'
        'text-decoration:underline dotted #b45309 2px;text-underline-offset:3px">{text}</mark>'
    ),
}


Mark = tuple[int, int, str]


def marks_of(analysis: Analysis) -> list[Mark]:
    """Filler and hedge spans as (start, end, kind), in order."""
    found = [(f.start, f.end, "filler") for f in analysis.fillers.fillers]
    found += [(h.start, h.end, "hedge") for h in analysis.hedges.hedges]
    return sorted(found)


def _marked(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    """Escape text[start:end], wrapping the marked spans inside it (overlaps: first wins)."""
    out: list[str] = []
    cursor = start
    for m_start, m_end, kind in marks:
        if m_start < cursor or m_end > end:
            continue
        out.append(html.escape(text[cursor:m_start]))
        out.append(_MARKS[kind].format(text=html.escape(text[m_start:m_end])))
        cursor = m_end
    out.append(html.escape(text[cursor:end]))
    # One line per sentence: a blank line would end the HTML block and start Markdown.
    return " ".join("".join(out).split())


def transcript_html(
    text: str,
    sentences: Sequence[LabelledSentence] = (),
    marks: Sequence[Mark] = (),
    *,
    labelled: bool = False,
) -> str:
    """The whole answer as escaped HTML: sentences (STAR-labelled when `labelled`), fillers
    and hedges marked."""
    spans = [(_style(s), s.sentence.start, s.sentence.end) for s in sentences]
    if not spans:
        spans = [(STYLES[None], 0, len(text))]
    rows = []
    for (bg, label), start, end in spans:
        body = _marked(text, start, end, marks)
        if labelled:
            rows.append(_SENTENCE.format(bg=bg, label=label, body=body))
        else:
            rows.append(_PLAIN.format(body=body))
    return '<div class="ic-transcript">' + "".join(rows) + "</div>"


def _style(sentence: LabelledSentence) -> tuple[str, str]:
    """Background and label of one sentence: its STAR part, or its role in a plan."""
    if sentence.part is None and sentence.plan_part is not None:
        return PLAN_BACKGROUND, plan_name(sentence.plan_part).upper()
    return STYLES[sentence.part]


def analysis_html(text: str, analysis: Analysis | None) -> str:
    """The marked transcript of an analysed answer, or the plain escaped text before analysis."""
    if analysis is None:
        return transcript_html(text)
    return transcript_html(
        text, analysis.star.sentences, marks_of(analysis), labelled=analysis.star.applies
    )


def show_transcript(text: str, analysis: Analysis | None, *, legend: bool = True) -> None:
    """Render the marked transcript, with a key to the marks unless one is already shown."""
    st.markdown(analysis_html(text, analysis), unsafe_allow_html=True)
    if not legend:
        return
    key = "Filler words have a red wavy underline; hedges (“I think”, “maybe”) a dotted one."
    if analysis is not None and analysis.star.applies:
        parts = " · ".join(label for _, label in STYLES.values())
        plan = " A sentence told as a plan is labelled by its role in it (PLAN: STEP)."
        told_as_plan = any(s.plan_part is not None for s in analysis.star.sentences)
        key = f"Each sentence is labelled {parts}.{plan * told_as_plan} {key}"
    st.caption(key)
