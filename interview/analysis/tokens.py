"""Word tokens with character spans into the text as submitted.

Every verdict quotes the words that caused it, so every word-level check works on tokens
that know where they came from. Matching is on whole tokens, never substrings: "so" is
never found inside "also", nor "like" inside "likely".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner apostrophes and hyphens ("I'd", "follow-up"); numbers keep their
# separators and units ("$1,200", "3.5", "20%", "2023").
_TOKEN_RE = re.compile(
    r"\$?\d+(?:[.,:]\d+)*(?:%|k\b|m\b|x\b)?"
    r"|[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+)*",
)


@dataclass(frozen=True)
class Token:
    """One word or number.

    Attributes:
        text: the token exactly as written.
        lower: lower-cased, with a curly apostrophe made straight.
        start: offset of its first character in the submitted text.
        end: offset just past its last character.
    """

    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str, *, offset: int = 0) -> tuple[Token, ...]:
    """Split `text` into word and number tokens; spans are shifted by `offset`."""
    return tuple(
        Token(
            text=match.group(),
            lower=match.group().lower().replace("\u2019", "'"),
            start=match.start() + offset,
            end=match.end() + offset,
        )
        for match in _TOKEN_RE.finditer(text)
    )
