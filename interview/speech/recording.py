"""Record an answer from the microphone to a 16 kHz mono WAV, for the terminal.

The browser records on its own (st.audio_input); this is for `interview record`. Samples
go to a temporary file beside the target, renamed into place only when recording ends
well, so an interrupted recording never leaves a half-written answer under the real name.
The stop condition is counted in samples, not wall-clock time, so a recording of N seconds
holds exactly N seconds of audio whatever the device's pace.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import queue
import threading
import uuid
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from interview.errors import RecordingError
from interview.speech.audio import MIN_SECONDS

logger = logging.getLogger(__name__)

RATE = 16000
BLOCK = 1600  # 0.1 s: how often the level meter moves
_READ_TIMEOUT_S = 5.0

# Called after each block with (seconds recorded, level in dBFS of that block).
LevelCallback = Callable[[float, float], None]


@dataclass(frozen=True)
class Recording:
    """A finished recording.

    Attributes:
        path: the WAV file written.
        seconds: its length.
        peak_db: loudest block in dBFS (about -60 or lower means nothing was heard).
        device: the input device's name.
    """

    path: Path
    seconds: float
    peak_db: float
    device: str


def _sounddevice() -> Any:
    try:
        import sounddevice  # noqa: PLC0415 - loads PortAudio; only when recording
    except OSError as exc:  # the PortAudio library itself is missing
        raise RecordingError(
            f"cannot record: PortAudio is not installed ({exc}); install the system"
            " package libportaudio2 (Debian/Ubuntu: apt-get install libportaudio2)"
        ) from None
    return sounddevice


def input_device(sd: Any, name: str | None) -> dict[str, Any]:
    """The input device matching `name` (a substring of its name), or the default one."""
    try:
        device: dict[str, Any] = sd.query_devices(name, kind="input")
    except ValueError:
        inputs = [d["name"] for d in sd.query_devices() if d["max_input_channels"] > 0]
        known = ", ".join(repr(n) for n in inputs) or "none"
        raise RecordingError(f"no input device matches {name!r}; input devices: {known}") from None
    except sd.PortAudioError:
        raise RecordingError(
            "no microphone found: this machine has no input device (connect one, or check"
            " that your user may use the sound card)"
        ) from None
    return device


def level_db(block: np.ndarray) -> float:
    """Loudness of int16 samples in dBFS; -96 for digital silence."""
    if block.size == 0:
        return -96.0
    rms = float(np.sqrt(np.mean((block.astype(np.float64) / 32768.0) ** 2)))
    return max(-96.0, 20 * math.log10(rms)) if rms > 0 else -96.0


def record_wav(
    out: Path,
    *,
    max_seconds: float,
    device: str | None = None,
    stop: threading.Event | None = None,
    on_level: LevelCallback | None = None,
) -> Recording:
    """Record until `stop` is set or `max_seconds` of audio are in; write `out` atomically.

    Raises RecordingError, before the microphone opens when `out` cannot be written, and
    without leaving a file when the recording is shorter than an answer can be.
    """
    _check_target(out)
    sd = _sounddevice()
    info = input_device(sd, device)
    stop = stop or threading.Event()
    limit = int(max_seconds * RATE)
    with _atomic_wav(out) as wav:
        frames, peak = 0, -96.0
        for incoming in _blocks(sd, info, stop):
            block = incoming[: limit - frames]
            wav.writeframes(block.astype("<i2").tobytes())
            frames += len(block)
            level = level_db(block)
            peak = max(peak, level)
            if on_level is not None:
                on_level(frames / RATE, level)
            if frames >= limit:
                break
        if frames < MIN_SECONDS * RATE:
            raise RecordingError(
                f"the recording stopped after {frames / RATE:.1f} s; an answer needs at least"
                f" {MIN_SECONDS:g} s, so nothing was saved"
            )
    logger.info("recorded %.1f s from %s to %s", frames / RATE, info["name"], out)
    return Recording(out, frames / RATE, peak, str(info["name"]))


def _check_target(out: Path) -> None:
    """Make sure `out` can be written before anyone speaks into the microphone."""
    try:
        if out.is_dir():
            raise RecordingError(f"{out} is a folder; give the recording a file name")
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(out, exc) from None


def _cannot_write(out: Path, exc: OSError) -> RecordingError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileExistsError | NotADirectoryError):
        reason = f"{exc.filename or out.parent} is a file, not a folder"
    return RecordingError(f"cannot save the recording to {out}: {reason}")


def _blocks(sd: Any, info: dict[str, Any], stop: threading.Event) -> Iterator[np.ndarray]:
    """Blocks of int16 samples from the device until `stop` is set."""
    blocks: queue.Queue[np.ndarray] = queue.Queue()

    def collect(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        if status:
            logger.debug("input status: %s", status)
        blocks.put(indata[:, 0].copy())

    try:
        stream = sd.InputStream(
            samplerate=RATE,
            channels=1,
            dtype="int16",
            device=info["index"],
            blocksize=BLOCK,
            callback=collect,
        )
    except sd.PortAudioError as exc:
        raise RecordingError(f"cannot open the microphone {info['name']!r}: {exc}") from None
    with stream:
        while not stop.is_set():
            try:
                yield blocks.get(timeout=_READ_TIMEOUT_S)
            except queue.Empty:
                raise RecordingError(
                    f"the microphone {info['name']!r} stopped sending sound"
                ) from None


@contextlib.contextmanager
def _atomic_wav(out: Path) -> Iterator[wave.Wave_write]:
    """A 16 kHz mono 16-bit WAV writer on a temporary file renamed to `out` on success."""
    temp = out.parent / f".{out.name}.{uuid.uuid4().hex}.part"
    try:
        try:
            raw = temp.open("xb")
        except OSError as exc:
            raise _cannot_write(out, exc) from None
        with raw, wave.open(raw, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            yield wav
        try:
            os.replace(temp, out)
        except OSError as exc:
            raise _cannot_write(out, exc) from None
    finally:
        temp.unlink(missing_ok=True)
