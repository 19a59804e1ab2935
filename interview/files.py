"""Writing a file whole or not at all: the one way this app replaces a file it keeps.

A bank someone edited, a recorded answer and an export are all written to a temporary file
in the same folder, flushed to disk, then renamed over the target (`os.replace` is atomic on
one file system). A crash, a full disk or Ctrl-C leaves the old file or none, never half of
a new one, and a failed write removes its temporary file. Temporary files are named
`.<target name>.<random>.tmp`, so an owner can recognise (and sweep) one a killed process
left behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def temp_name_pattern(target_pattern: str) -> str:
    """A regular expression matching the temporary files of targets matching `target_pattern`
    (and `.<target>.tmp`, the name earlier versions used)."""
    return rf"\.{target_pattern}(?:\.[^/]+)?\.tmp"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`; raises OSError (the target untouched) when it cannot."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
