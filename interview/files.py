"""Writing a file whole or not at all: the one way this app replaces a file it keeps.

A bank someone edited, a recorded answer and an export are all written to a temporary file
in the same folder, flushed to disk, then renamed over the target (`os.replace` is atomic on
one file system). A crash, a full disk or Ctrl-C leaves the old file or none, never half of
a new one, and a failed write removes its temporary file. Temporary files are named
`.<target name>.<random>.tmp`, so an owner can recognise (and sweep) one a killed process
left behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK_BYTES = 1 << 20


class TooLarge(Exception):
    """The source held more than the limit; nothing was written."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


def temp_name_pattern(target_pattern: str) -> str:
    """A regular expression matching the temporary files of targets matching `target_pattern`
    (and `.<target>.tmp`, the name earlier versions used)."""
    return rf"\.{target_pattern}(?:\.[^/]+)?\.tmp"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`; raises OSError (the target untouched) when it cannot."""
    copy_atomically(path, io.BytesIO(data))


def copy_atomically(path: Path, source: BinaryIO, *, limit: int | None = None) -> int:
    """Copy `source` into `path` a chunk at a time (never all of it in memory), whole or not
    at all; raises TooLarge past `limit` bytes and OSError, the target untouched, on failure.
    Returns the number of bytes copied."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    copied = 0
    try:
        with os.fdopen(fd, "wb") as handle:
            while chunk := source.read(CHUNK_BYTES):
                copied += len(chunk)
                if limit is not None and copied > limit:
                    raise TooLarge(limit)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return copied
