"""Recorded answers on disk: generated names, written whole or not at all.

A recording is the one thing a user cannot make again, so it is written whole or not at all
(`interview.files`): a crash leaves either the whole file or a stray temporary file, never
half an answer under a real name, and the store sweeps old stray files when it opens. Names are
generated (a UUID and an allowed audio suffix), never taken from the user, so nothing from
outside can choose where a file goes or overwrite another one.
"""

from __future__ import annotations

import io
import logging
import re
import time
import uuid
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import BinaryIO

from interview.errors import AudioError, HistoryError
from interview.files import TooLarge, copy_atomically, temp_name_pattern

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

    def __init__(self, folder: Path, *, max_bytes: int | None = None) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def save(self, audio: bytes | Path | BinaryIO, *, suffix: str | None = None) -> str:
        """Copy `audio` (bytes, a file, or an open binary stream such as an upload) into the
        folder, streamed and at most `max_bytes`; return the generated file name."""
        source = suffix or (audio if isinstance(audio, Path) else None)
        name = uuid.uuid4().hex + audio_suffix(source)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with self._open(audio) as stream:
                copied = copy_atomically(self.folder / name, stream, limit=self.max_bytes)
        except TooLarge as exc:
            raise too_large(None, exc.limit) from None
        except OSError as exc:
            raise HistoryError(f"cannot save the recording in {self.folder}: {exc}") from exc
        if copied == 0:
            self.delete(name)
            raise HistoryError("the recording is empty (0 bytes); nothing was saved")
        return name

    @staticmethod
    def _open(audio: bytes | Path | BinaryIO) -> AbstractContextManager[BinaryIO]:
        if isinstance(audio, bytes):
            return io.BytesIO(audio)
        if isinstance(audio, Path):
            try:
                return audio.open("rb")
            except OSError as exc:
                raise HistoryError(f"cannot read the recording {audio}: {exc.strerror}") from exc
        return nullcontext(audio)  # the caller's stream: read from where it stands, left open

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


def _size(n: int) -> str:
    if n < 10_000:
        return f"{n:,} bytes"
    megabytes = n / 1e6
    return f"{megabytes:,.0f} MB" if megabytes >= 10 else f"{megabytes:.2g} MB"


def too_large(size: int | None, limit: int) -> AudioError:
    """The error for a recording over the upload limit (`INTERVIEW_MAX_UPLOAD_MB`)."""
    what = "The recording" if size is None else f"The recording ({_size(size)})"
    return AudioError(
        f"{what} is larger than the {_size(limit)} limit for an answer, so nothing was "
        "saved. A 15-minute answer is usually under 30 MB; record a shorter one, or raise the "
        "limit with INTERVIEW_MAX_UPLOAD_MB."
    )
