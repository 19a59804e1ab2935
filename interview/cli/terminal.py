"""Text for a terminal: shown, never obeyed.

Question banks, imported sheets and answers hold text other people wrote. A terminal acts
on control characters instead of printing them: ESC starts colour and cursor commands
(some terminals even answer back), CR returns to the start of the line so later text hides
earlier text, BEL rings. The banks refuse them, but a database or file written by something
else may still hold them, so plain-text output passes through `printable` as well. JSON
output is left exact: its encoder escapes the C0 controls, and the banks refuse the rest.
"""

from __future__ import annotations

import re

# C0 controls except tab and line feed, DEL, and the C1 controls (U+0080-U+009F: U+009B is
# a one-character ESC [ to many terminals); and the bidirectional embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069), which make a terminal that follows them show the
# rest of a line reordered. Hebrew or Arabic text itself is kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without the characters a terminal would obey."""
    return _CONTROL.sub("", text)
