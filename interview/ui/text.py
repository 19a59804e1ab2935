"""Showing text we did not write (questions, quotes, messages) through Markdown, safely.

`st.markdown` does not render raw HTML, but it does read Markdown: an answer containing
`**`, `#`, `[x](y)` or `$x$` would be reformatted. Every character Markdown treats as
syntax is backslash-escaped (CommonMark allows that for all ASCII punctuation), so the
words show exactly as written. Error messages go through here too: they quote what the
user gave (a CSV cell, a file name).
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

_SPECIAL = frozenset("\\`*_{}[]<>()#+-.!|~$:&=")


def md_escape(text: str) -> str:
    """`text` as Markdown that displays literally, on one line."""
    flat = " ".join(text.split())
    return "".join("\\" + char if char in _SPECIAL else char for char in flat)


def show_error(message: str) -> None:
    """An error message (ours, but quoting file names, CSV cells or answers), shown literally."""
    st.error(md_escape(message))


def rename_paths(message: str, paths: Iterable[str], name: str) -> str:
    """`message` with each of `paths` replaced by `name`: a user knows their upload or
    "your recording", not the temporary or stored file the library had to name."""
    for path in paths:
        message = message.replace(path, name)
    return message
