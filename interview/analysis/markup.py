"""Markdown and web addresses in a pasted answer, blanked out for the sentence splitter.

People paste answers from notes, chats and documents, so an answer can hold an image
(`![chart](http://x/y.png)`), a link (`[the guide](https://...)`), a bare address or
emphasis (`**cut costs**`). None of that is speech, but its marks look like sentence ends
to a splitter: the "!" of an image became a sentence of its own, the "**" after "Bold."
another. `mask_markup` returns the text with those marks (and whole images and addresses)
replaced by spaces of the same length, so every offset still points into the answer as
submitted: the splitter reads the mask, and each sentence quotes the original text.

Answers copied from a web page or a rich-text editor carry HTML: `<p>...</p><p>...` glued
the last word of one paragraph to the first of the next ("applied.</p><p>I refunded" was one
sentence), "</p><p>" was heard as the word "p" said twice, and a script's code counted as
words. Tags (and whatever a script or style element holds) are blanked too; a "<" that opens
no tag ("<5 minutes", "I <3 it") stays. A heading line that only names a part ("Action:",
"**What I did:**") is no sentence: the lines under it are; a numbered item's number is read
as a bullet (it is no figure, and no sentence end).
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
# Code and styling inside a pasted page are not words, whatever they say.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
# A tag opens with a letter ("<p>", "</b>", "<br/>", "<a href='x'>"); "<5" and "<3" are no tags.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});")
# A line holding only a short heading that ends in a colon ("Action:", "**Result:**"),
# whatever the line ending (a Windows "\r\n" too).
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?[*_]*[ \t]*[A-Za-z][A-Za-z'/& -]{0,30}:[ \t]*[*_]*[ \t\r]*$",
    re.MULTILINE,
)
# The number of a numbered list item ("1. I rang them", "2) I checked"): Punkt ended a
# sentence after it, so each item's number was glued to the end of the item before ("I
# told the cook 2.") and counted as a figure. It reads as a bullet instead.
_ENUMERATOR = re.compile(r"^([ \t]*)\d{1,2}[.)](?=[ \t]+\S)", re.MULTILINE)


def _blank(match: re.Match[str]) -> str:
    if match.groupdict().get("bullet"):
        return match.group(0)
    return " " * len(match.group(0))


def _as_bullet(match: re.Match[str]) -> str:
    """'  12. ' -> '  -   ': the item's number becomes a bullet the splitter starts at."""
    indent = match.group(1)
    return indent + "-" + " " * (len(match.group(0)) - len(indent) - 1)


def _blank_link(match: re.Match[str]) -> str:
    """'[the guide](http://x)' -> ' the guide          ': the words stay where they were."""
    words = match.group("words")
    return " " + words + " " * (len(match.group(0)) - len(words) - 1)


def mask_markup(text: str) -> str:
    """`text` with HTML tags and entities, heading lines, images, link brackets and
    addresses, web addresses and emphasis marks replaced by spaces (a "* " bullet stays):
    the same length, so its offsets are `text`'s."""
    masked = _SCRIPT.sub(_blank, text)
    masked = _TAG.sub(_blank, masked)
    masked = _ENTITY.sub(_blank, masked)
    masked = _HEADING_LINE.sub(_blank, masked)
    masked = _ENUMERATOR.sub(_as_bullet, masked)
    masked = _IMAGE.sub(_blank, masked)
    masked = _LINK.sub(_blank_link, masked)
    masked = _ADDRESS.sub(_blank, masked)
    return _MARKS.sub(_blank, masked)
