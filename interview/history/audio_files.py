"""Recorded answers on disk: generated names, written whole or not at all.

A recording is the one thing a user cannot make again, so it is written whole or not at all
(`interview.files`): a crash leaves either the whole file or a stray temporary file, never
half an answer under a real name, and the store sweeps old stray files when it opens. Names are
generated (a UUID and an allowed audio suffix), never taken from the user, so nothing from
outside can choose where a file goes or overwrite another one.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from pathlib import Path

from interview.errors import HistoryError
from interview.files import temp_name_pattern, write_atomically

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
# A temporary file older than this was left by a process that died while writing it.
STALE_TEMP_S = 3600.0
_NAME_RE = re.compile(r"[0-9a-f]{32}\.[a-z0-9]{1,5}")
_TEMP_RE = re.compile(temp_name_pattern(_NAME_RE.pattern))


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
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.folder / name, data)
        except OSError as exc:
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

    def sweep(self, *, older_than_s: float = STALE_TEMP_S) -> int:
        """Delete temporary files a killed process left (only old ones: a live writer's
        file is seconds old). Returns how many went."""
        if not self.folder.is_dir():
            return 0
        cutoff = time.time() - older_than_s
        removed = 0
        for entry in self.folder.iterdir():
            if not _TEMP_RE.fullmatch(entry.name):
                continue
            try:  # another process may finish or remove it meanwhile
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed += 1
                    logger.info("removed %s, a recording a stopped process left unfinished", entry)
            except OSError:
                continue
        return removed

    def unreferenced(self, names: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Recordings no row names, split into old ones (a killed process left them) and
        fresh ones (perhaps a save whose row is about to be committed)."""
        if not self.folder.is_dir():
            return (), ()
        cutoff = time.time() - STALE_TEMP_S
        old: list[str] = []
        fresh: list[str] = []
        for entry in self.folder.iterdir():
            if not _NAME_RE.fullmatch(entry.name) or entry.name in names:
                continue
            try:
                stale = entry.stat().st_mtime < cutoff
            except OSError:  # deleted meanwhile
                continue
            (old if stale else fresh).append(entry.name)
        return tuple(sorted(old)), tuple(sorted(fresh))

    @staticmethod
    def _read(source: Path) -> bytes:
        try:
            return source.read_bytes()
        except OSError as exc:
            raise HistoryError(f"cannot read the recording {source}: {exc.strerror}") from exc
