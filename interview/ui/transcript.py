"""The answer as the user said it, each sentence marked with its STAR part, fillers highlighted.

The markup is built here, not in a page, and always the same way: the user's words are
escaped with `html.escape` first, and only then wrapped in our own spans. A transcript that
contains `<script>` therefore shows as text. Each sentence carries a text label
("ACTION") as well as a colour, so the marking does not rely on colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

# Background colour and label per STAR part; None is a sentence that is no STAR part.
STYLES: dict[str | None, tuple[str, str]] = {
    "situation": ("#dbeafe", "SITUATION"),
    "task": ("#ede9fe", "TASK"),
    "action": ("#dcfce7", "ACTION"),
    "result": ("#fef3c7", "RESULT"),
    None: ("#f1f5f9", "OTHER"),
}
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


@dataclass(frozen=True)
class Piece:
    """A sentence of the answer: its STAR part and where it sits in the text."""

    star: str | None
    start: int
    end: int


def locate_sentences(text: str, sentences: Sequence[Mapping[str, Any]]) -> tuple[Piece, ...]:
    """Place each analysed sentence in `text` (by its span when given, else by searching)."""
    pieces: list[Piece] = []
    cursor = 0
    for sentence in sentences:
        star = sentence.get("star")
        star = star if star in STYLES else None
        start, end = sentence.get("start"), sentence.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            body = str(sentence.get("text", "")).strip()
            found = text.find(body, cursor) if body else -1
            if found < 0:
                continue
            start, end = found, found + len(body)
        pieces.append(Piece(star, start, end))
        cursor = end
    return tuple(pieces)


Mark = tuple[int, int, str]


def _marks(analysis: Mapping[str, Any]) -> list[Mark]:
    """Filler and hedge spans as (start, end, kind), in order."""
    found = [
        (int(span["start"]), int(span["end"]), kind)
        for kind, key in (("filler", "fillers"), ("hedge", "hedges"))
        for span in (analysis.get(key) or {}).get("spans", ())
    ]
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


def transcript_html(text: str, analysis: Mapping[str, Any]) -> str:
    """The whole answer as escaped HTML: STAR-labelled sentences, fillers and hedges marked."""
    marks = _marks(analysis)
    pieces = locate_sentences(text, analysis.get("sentences", ()))
    if not pieces:
        pieces = (Piece(None, 0, len(text)),)
    labelled = star_applies(analysis)
    rows = []
    for piece in pieces:
        body = _marked(text, piece.start, piece.end, marks)
        if labelled:
            bg, label = STYLES[piece.star]
            rows.append(_SENTENCE.format(bg=bg, label=label, body=body))
        else:
            rows.append(_PLAIN.format(body=body))
    return '<div class="ic-transcript">' + "".join(rows) + "</div>"


def star_applies(analysis: Mapping[str, Any]) -> bool:
    """Whether the answer was judged on STAR (not for HR questions, nor before analysis)."""
    return bool((analysis.get("star") or {}).get("applies", False))


def show_transcript(text: str, analysis: Mapping[str, Any], *, legend: bool = True) -> None:
    """Render the marked transcript, with a key to the marks unless one is already shown."""
    st.markdown(transcript_html(text, analysis), unsafe_allow_html=True)
    if not legend:
        return
    key = "Filler words have a red wavy underline; hedges (“I think”, “maybe”) a dotted one."
    if star_applies(analysis):
        parts = " · ".join(label for _, label in STYLES.values())
        key = f"Each sentence is labelled {parts}. {key}"
    st.caption(key)
