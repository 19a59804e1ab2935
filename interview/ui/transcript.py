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
_FILLER = (
    '<mark class="ic-filler" title="filler word" style="background:#fecaca;color:#7f1d1d;'
    'text-decoration:underline wavy #b91c1c;padding:0 2px;border-radius:3px">{text}</mark>'
)


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


def _marked(text: str, start: int, end: int, fillers: Sequence[tuple[int, int]]) -> str:
    """Escape text[start:end], wrapping the filler spans inside it in <mark>."""
    out: list[str] = []
    cursor = start
    for f_start, f_end in fillers:
        if f_start < cursor or f_end > end:
            continue
        out.append(html.escape(text[cursor:f_start]))
        out.append(_FILLER.format(text=html.escape(text[f_start:f_end])))
        cursor = f_end
    out.append(html.escape(text[cursor:end]))
    # One line per sentence: a blank line would end the HTML block and start Markdown.
    return " ".join("".join(out).split())


def transcript_html(text: str, analysis: Mapping[str, Any]) -> str:
    """The whole answer as escaped, STAR-marked HTML."""
    fillers = sorted(
        (int(span["start"]), int(span["end"]))
        for span in analysis.get("fillers", {}).get("spans", ())
    )
    pieces = locate_sentences(text, analysis.get("sentences", ()))
    if not pieces:
        pieces = (Piece(None, 0, len(text)),)
    rows = []
    for piece in pieces:
        bg, label = STYLES[piece.star]
        rows.append(
            _SENTENCE.format(
                bg=bg, label=label, body=_marked(text, piece.start, piece.end, fillers)
            )
        )
    return '<div class="ic-transcript">' + "".join(rows) + "</div>"


def show_transcript(text: str, analysis: Mapping[str, Any]) -> None:
    """Render the marked transcript with a key to the colours."""
    st.markdown(transcript_html(text, analysis), unsafe_allow_html=True)
    key = " · ".join(label for _, label in STYLES.values())
    st.caption(f"Each sentence is labelled {key}. Filler words are underlined in red.")
