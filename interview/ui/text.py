"""Showing text we did not write (questions, quotes, messages) through Markdown, safely.

`st.markdown` does not render raw HTML, but it does read Markdown: an answer containing
`**`, `#`, `[x](y)` or `$x$` would be reformatted. Every character Markdown treats as
syntax is backslash-escaped (CommonMark allows that for all ASCII punctuation), so the
words show exactly as written.
"""

from __future__ import annotations

_SPECIAL = frozenset("\\`*_{}[]<>()#+-.!|~$:&=")


def md_escape(text: str) -> str:
    """`text` as Markdown that displays literally, on one line."""
    flat = " ".join(text.split())
    return "".join("\\" + char if char in _SPECIAL else char for char in flat)
