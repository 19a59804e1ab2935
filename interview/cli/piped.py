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


def read_bytes() -> bytes:
    """Standard input's bytes (text already decoded, e.g. a test's StringIO, is encoded back,
    lone surrogates included, so it is checked like a real pipe)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return sys.stdin.read().encode("utf-8", "surrogateescape")
    return bytes(stream.read())


def decode_utf8(data: bytes, source: str, error: type[InterviewError] = InterviewError) -> str:
    """`data` as UTF-8 text (a byte-order mark is dropped), or `error` naming `source`."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"{source} is not UTF-8 text (byte {exc.start}): save it as UTF-8 and try again"
        ) from None


def read_text() -> str:
    """Standard input as UTF-8 text (a byte-order mark is dropped)."""
    return decode_utf8(read_bytes(), "standard input")


def read_json() -> Any:
    """Standard input parsed as JSON."""
    raw = read_text()
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InterviewError(
            f"standard input is not JSON ({exc.msg} at line {exc.lineno})"
        ) from None
