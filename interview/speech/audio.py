"""Turn any answer recording into what Whisper reads: 16 kHz mono float32 samples.

Answers arrive as WAV from the browser's recorder, MP3/M4A from phones, OGG/Opus or WebM
from other recorders, FLAC from careful people. PyAV (FFmpeg's libraries, already a
faster-whisper dependency) reads them all in-process, so no `ffmpeg` program is needed and
both engines get the same samples.

Every way a file can be unusable becomes an `AudioError` that names the file and says
what to do: empty, not audio, no audio track, damaged or cut off, too short, too long.
A file that decodes only partly is rejected rather than analysed as if it were whole.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import stat
import struct
from pathlib import Path
from typing import Any, BinaryIO

import av
import numpy as np
from numpy.typing import NDArray

from interview.errors import AudioError

logger = logging.getLogger(__name__)

SAMPLE_RATE = 16000
MIN_SECONDS = 0.5
SUPPORTED = "WAV, MP3, M4A/AAC, OGG/Opus, WebM or FLAC"
# A declared length the decoded audio falls this far short of means the file was cut off.
_CUT_OFF_RATIO = 0.9
_CUT_OFF_SLACK_S = 0.5
# Enough of the start of a file to find a WAV's data chunk header.
_HEAD_BYTES = 64 * 1024

Samples = NDArray[np.float32]


def decode_audio(
    source: Path | bytes,
    *,
    max_seconds: float,
    min_seconds: float = MIN_SECONDS,
    name: str | None = None,
) -> Samples:
    """Decode a whole recording to 16 kHz mono float32 in [-1, 1].

    `name` is how messages refer to bytes (a path names itself). Raises AudioError.
    """
    label = name or (str(source) if isinstance(source, Path) else "the audio")
    # One open file object for the checks and the decoding, never a path string: FFmpeg
    # would read "concat:..." or "http:..." names as protocols.
    with _open(source, label) as stream:
        head = stream.read(_HEAD_BYTES)
        size = stream.seek(0, io.SEEK_END)
        if size == 0:
            raise AudioError(f"{label} is empty (0 bytes); record or choose the answer again")
        _check_wav_length(head, size, label)
        stream.seek(0)
        samples = _decode(stream, label, max_seconds=max_seconds)
    seconds = len(samples) / SAMPLE_RATE
    if seconds < min_seconds:
        # Rounded down, so 0.47 s is never shown as "0.5 s long; needs at least 0.5 s".
        shown = math.floor(seconds * 100) / 100
        raise AudioError(
            f"{label} is only {shown:g} s long; an answer needs at least {min_seconds:g} s"
        )
    logger.debug("decoded %s: %.2f s", label, seconds)
    return samples


def clip(samples: Samples, start_s: float, end_s: float) -> Samples:
    """The samples from `start_s` to `end_s` seconds."""
    return samples[int(start_s * SAMPLE_RATE) : int(end_s * SAMPLE_RATE)]


def _open(source: Path | bytes, label: str) -> BinaryIO:
    """The recording as a binary stream; a file that cannot be read becomes an AudioError."""
    if not isinstance(source, Path):
        return io.BytesIO(source)
    try:
        # Checked before opening: opening a FIFO or a device would block or never end.
        if not stat.S_ISREG(source.stat().st_mode):
            raise AudioError(f"{label} is not a file")
        return source.open("rb")
    except (FileNotFoundError, NotADirectoryError):
        raise AudioError(f"{label}: no such file") from None
    except PermissionError:
        raise AudioError(
            f"{label} cannot be read: permission denied; check the file's permissions"
        ) from None
    except OSError as exc:
        raise AudioError(f"{label} cannot be read: {exc.strerror or exc}") from None


def _check_wav_length(head: bytes, size: int, label: str) -> None:
    """A WAV whose data chunk promises more bytes than the file holds was cut off.

    FFmpeg quietly decodes what is there, so this is the only way to notice. Streaming
    writers that leave the size at 0 or 0xFFFFFFFF are not judged.
    """
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return
    offset = 12
    while offset + 8 <= len(head):
        chunk_id, chunk_size = struct.unpack_from("<4sI", head, offset)
        offset += 8
        if chunk_id == b"data":
            if 0 < chunk_size < 0xFFFFFF00 and offset + chunk_size > size:
                raise AudioError(
                    f"{label} is cut off: its header promises {chunk_size} bytes of audio but"
                    f" only {size - offset} are there; record or export it again"
                )
            return
        offset += chunk_size + (chunk_size & 1)


def _decode(stream: BinaryIO, label: str, *, max_seconds: float) -> Samples:
    try:
        container: Any = av.open(stream)
    except (av.error.FFmpegError, EOFError, OSError, UnicodeDecodeError) as exc:
        logger.debug("cannot open %s: %r", label, exc)
        raise _not_audio(label) from None
    with container:
        if not container.streams.audio and not container.streams.video:
            # FFmpeg reads some text as subtitles (a TOML file as LRC lyrics): not a sound file.
            raise _not_audio(label)
        if not container.streams.audio:
            raise AudioError(f"{label} has no audio track; use {SUPPORTED}")
        declared_s = container.duration / 1_000_000 if container.duration else None
        if declared_s is not None and declared_s > max_seconds + 1.0:
            raise _too_long(label, declared_s, max_seconds)
        samples = _decode_stream(container, label, max_seconds=max_seconds)
    seconds = len(samples) / SAMPLE_RATE
    if declared_s is not None and seconds < declared_s * _CUT_OFF_RATIO - _CUT_OFF_SLACK_S:
        raise AudioError(
            f"{label} looks cut off: it says it is {declared_s:.1f} s long but only"
            f" {seconds:.1f} s could be decoded; record or export it again"
        )
    return samples


def _decode_stream(container: Any, label: str, *, max_seconds: float) -> Samples:
    stream = container.streams.audio[0]
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    chunks: list[Samples] = []
    total = 0
    limit = int(max_seconds * SAMPLE_RATE)
    try:
        for frame in itertools.chain(container.decode(stream), [None]):
            for out in resampler.resample(frame):
                chunk = out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
                chunks.append(chunk)
                total += len(chunk)
            if total > limit:
                raise _too_long(label, None, max_seconds)
    except (av.error.FFmpegError, EOFError, OSError) as exc:
        logger.debug("decoding %s failed: %r", label, exc)
        raise AudioError(
            f"{label} is damaged: decoding stopped after {total / SAMPLE_RATE:.1f} s;"
            " record or export it again"
        ) from None
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(chunks)


def _not_audio(label: str) -> AudioError:
    return AudioError(
        f"{label} cannot be read as audio: it is not a sound file, or it is damaged or"
        f" cut off; use {SUPPORTED}"
    )


def _too_long(label: str, seconds: float | None, max_seconds: float) -> AudioError:
    length = "is longer than" if seconds is None else f"is {_minutes(seconds)} long;"
    return AudioError(
        f"{label} {length} the limit of {_minutes(max_seconds)}"
        " (set INTERVIEW_MAX_AUDIO_SECONDS to change it)"
    )


def _minutes(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.3g} s"
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"
