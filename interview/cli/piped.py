"""What a command reads from standard input: UTF-8 text, or an error that says so.

Python decodes a pipe with `surrogateescape`, so Latin-1 bytes ("caf\\xe9") arrive as lone
surrogates that reach the database and fail there with a traceback. Reading the bytes and
decoding them here refuses such input with a message before anything is stored.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from interview.errors import InterviewError


def read_text() -> str:
    """Standard input as UTF-8 text (a byte-order mark is dropped)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text, e.g. a test's StringIO
        text: str = sys.stdin.read()
        return text
    try:
        return bytes(stream.read()).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterviewError(
            f"standard input is not UTF-8 text (byte {exc.start}): save it as UTF-8 and try again"
        ) from None


def read_json() -> Any:
    """Standard input parsed as JSON."""
    raw = read_text()
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InterviewError(
            f"standard input is not JSON ({exc.msg} at line {exc.lineno})"
        ) from None
