"""Markdown and web addresses in a pasted answer, blanked out for the sentence splitter.

People paste answers from notes, chats and documents, so an answer can hold an image
(`![chart](http://x/y.png)`), a link (`[the guide](https://...)`), a bare address or
emphasis (`**cut costs**`). None of that is speech, but its marks look like sentence ends
to a splitter: the "!" of an image became a sentence of its own, the "**" after "Bold."
another. `mask_markup` returns the text with those marks (and whole images and addresses)
replaced by spaces of the same length, so every offset still points into the answer as
submitted: the splitter reads the mask, and each sentence quotes the original text.
"""

from __future__ import annotations

import re

# An image carries no words: all of it goes.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
# A link keeps its words and loses the brackets and the address.
_LINK = re.compile(r"\[(?P<words>[^\]\n]*)\]\([^)\s]*\)")
# A bare address, without the punctuation that ends the sentence around it.
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")
# Emphasis and code marks, and the marks that open a heading or a quoted line; a "* " that
# opens a line is a bullet, which the splitter reads as the start of a sentence, so it stays.
_MARKS = re.compile(
    r"(?P<bullet>^[ \t]*\*(?=[ \t]))|\*+|__+|`+|^[ \t]*(?:#{1,6}|>)(?=[ \t])", re.MULTILINE
)


def _blank(match: re.Match[str]) -> str:
    if match.groupdict().get("bullet"):
        return match.group(0)
    return " " * len(match.group(0))


def _blank_link(match: re.Match[str]) -> str:
    """'[the guide](http://x)' -> ' the guide          ': the words stay where they were."""
    words = match.group("words")
    return " " + words + " " * (len(match.group(0)) - len(words) - 1)


def mask_markup(text: str) -> str:
    """`text` with images, link brackets and addresses, web addresses and emphasis marks
    replaced by spaces (a "* " bullet stays): the same length, so its offsets are `text`'s."""
    masked = _IMAGE.sub(_blank, text)
    masked = _LINK.sub(_blank_link, masked)
    masked = _ADDRESS.sub(_blank, masked)
    return _MARKS.sub(_blank, masked)
