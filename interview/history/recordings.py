"""Recorded answers on disk: generated names, written whole or not at all.

A recording is the one thing a user cannot make again, so it is written to a temporary
file, flushed to disk and renamed into place (`os.replace` is atomic): a crash leaves either
the whole file or a stray temporary file, never half an answer under a real name. Names are
generated (a UUID and an allowed audio suffix), never taken from the user, so nothing from
outside can choose where a file goes or overwrite another one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import uuid
from pathlib import Path

from interview.errors import HistoryError

logger = logging.getLogger(__name__)

AUDIO_SUFFIXES: tuple[str, ...] = (
    ".wav",
    ".mp3",
    ".m4a",
    ".aac",
    ".ogg",
    ".opus",
    ".webm",
    ".flac",
)
_NAME_RE = re.compile(r"[0-9a-f]{32}\.[a-z0-9]{1,5}")
_TEMP_RE = re.compile(r"\.[0-9a-f]{32}\.[a-z0-9]{1,5}\.tmp")


def audio_suffix(source: Path | str | None) -> str:
    """The suffix to save with, from a file name or a suffix (".webm"); ".wav" if unknown."""
    text = str(source or "")
    suffix = "." + text.rsplit(".", 1)[-1].lower() if "." in text else ""
    return suffix if suffix in AUDIO_SUFFIXES else ".wav"


class RecordingFiles:
    """The recordings folder: save, locate and delete recordings by their generated name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, audio: bytes | Path, *, suffix: str | None = None) -> str:
        """Copy `audio` (bytes or a file) into the folder; return the generated file name."""
        data = audio if isinstance(audio, bytes) else self._read(audio)
        if not data:
            raise HistoryError("the recording is empty (0 bytes); nothing was saved")
        source = suffix or (None if isinstance(audio, bytes) else audio)
        name = uuid.uuid4().hex + audio_suffix(source)
        temp = self.folder / f".{name}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with temp.open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.folder / name)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise HistoryError(f"cannot save the recording in {self.folder}: {exc}") from exc
        return name

    def path(self, name: str) -> Path:
        """Where a stored recording lives; refuses anything that is not a generated name."""
        if not _NAME_RE.fullmatch(name):
            raise HistoryError(f"{name!r} is not a recording name this app generated")
        return self.folder / name

    def delete(self, name: str) -> None:
        """Remove one recording; a file already gone is not an error."""
        try:
            self.path(name).unlink(missing_ok=True)
        except OSError as exc:
            raise HistoryError(f"cannot delete recording {self.folder / name}: {exc}") from exc

    def purge(self) -> int:
        """Delete every recording (and stray temporary file) this app made; keep anything else."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for entry in self.folder.iterdir():
            if entry.is_file() and (
                _NAME_RE.fullmatch(entry.name) or _TEMP_RE.fullmatch(entry.name)
            ):
                entry.unlink(missing_ok=True)
                removed += 1
        return removed

    @staticmethod
    def _read(source: Path) -> bytes:
        try:
            return source.read_bytes()
        except OSError as exc:
            raise HistoryError(f"cannot read the recording {source}: {exc.strerror}") from exc
