from __future__ import annotations

import io
import re
import struct
import sys
import wave
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from speech_fixtures import (
    FORMATS,
    Format,
    converted,
    run_without_file_privileges,
    spoken,
    write_wav,
)

from interview.errors import AudioError
from interview.speech.audio import SAMPLE_RATE, decode_audio

TEXT = "I kept our finance team informed with a short note every Friday."


@pytest.fixture(scope="module")
def speech_wav() -> Path:
    return spoken(TEXT)


def reference(path: Path) -> np.ndarray:
    return decode_audio(path, max_seconds=60)


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.suffix + "-" + f.container for f in FORMATS])
def test_every_format_decodes_to_16k_mono_float32(speech_wav: Path, fmt: Format) -> None:
    original = reference(speech_wav)
    samples = decode_audio(converted(speech_wav, fmt), max_seconds=60)
    assert samples.dtype == np.float32 and samples.ndim == 1
    # Encoders add a little priming/padding; the length must still match the speech.
    assert abs(len(samples) - len(original)) / SAMPLE_RATE < 0.15
    assert float(np.abs(samples).max()) <= 1.0
    # Same loudness within 3 dB: the whole answer came through, not noise or silence.
    rms, rms_original = np.sqrt(np.mean(samples**2)), np.sqrt(np.mean(original**2))
    assert 0.7 < rms / rms_original < 1.4


def test_bytes_and_path_give_the_same_samples(speech_wav: Path) -> None:
    from_path = decode_audio(speech_wav, max_seconds=60)
    from_bytes = decode_audio(speech_wav.read_bytes(), max_seconds=60)
    np.testing.assert_array_equal(from_path, from_bytes)


def png_bytes() -> bytes:
    """A valid 1x1 PNG: a real file FFmpeg opens, with no audio in it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0"))
        + chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("answer.txt", "cannot be read as audio")
    return buffer.getvalue()


def half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def garbled(data: bytes) -> bytes:
    noise = np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes()
    at = len(data) // 3
    return data[:at] + noise + data[at + len(noise) :]


def fmt(suffix: str) -> Format:
    return next(f for f in FORMATS if f.suffix == suffix)


# (case, file name, how the bytes are made from the spoken WAV, what the message says)
BAD_INPUTS: list[tuple[str, str, Callable[[Path], bytes], str]] = [
    ("empty", "answer.wav", lambda _: b"", "is empty (0 bytes)"),
    (
        "text renamed .wav",
        "answer.wav",
        lambda _: b"hello, this is my answer\n" * 20,
        "cannot be read as audio",
    ),
    ("image", "answer.png", lambda _: png_bytes(), "has no audio track"),
    # FFmpeg opens this as LRC lyrics: a subtitle track, which is still not a sound file.
    ("toml renamed .webm", "answer.webm", lambda _: b'[project]\nname = "x"\n', "cannot be read"),
    ("zip archive", "answer.zip", lambda _: zip_bytes(), "cannot be read as audio"),
    ("header only", "answer.wav", lambda w: w.read_bytes()[:44], "is cut off"),
    ("truncated wav", "answer.wav", lambda w: half(w.read_bytes()), "is cut off"),
    (
        "truncated mp3",
        "answer.mp3",
        lambda w: half(converted(w, fmt(".mp3")).read_bytes()),
        "looks cut off",
    ),
    (
        "truncated webm",
        "answer.webm",
        lambda w: half(converted(w, fmt(".webm")).read_bytes()),
        "looks cut off",
    ),
    (
        "truncated m4a",
        "answer.m4a",
        lambda w: half(converted(w, fmt(".m4a")).read_bytes()),
        "cannot be read as audio",
    ),
    (
        "truncated flac",
        "answer.flac",
        lambda w: half(converted(w, fmt(".flac")).read_bytes()),
        "is damaged",
    ),
    (
        "corrupt mp3",
        "answer.mp3",
        lambda w: garbled(converted(w, fmt(".mp3")).read_bytes()),
        "is damaged",
    ),
    ("0.2 s clip", "answer.wav", lambda _: short_clip(0.2), "is only 0.2 s long"),
    # Rounded down: never "0.5 s long; an answer needs at least 0.5 s".
    ("0.47 s clip", "answer.wav", lambda _: short_clip(0.47), "is only 0.47 s long"),
]


def short_clip(seconds: float) -> bytes:
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(int(seconds * 16000)) / 16000)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes((tone * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name,make,message", [row[1:] for row in BAD_INPUTS], ids=[row[0] for row in BAD_INPUTS]
)
def test_bad_input_gives_a_clear_audio_error(
    speech_wav: Path, tmp_path: Path, name: str, make: Callable[[Path], bytes], message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make(speech_wav))
    with pytest.raises(AudioError, match=re.escape(message)) as raised:
        decode_audio(path, max_seconds=60)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    "max_seconds,message",
    [
        (2.0, r"is 4 s long; the limit of 2 s"),  # the header says so: rejected before decoding
        (3.5, r"is longer than the limit of 3.5 s"),  # found while decoding
    ],
)
def test_longer_than_the_limit(tmp_path: Path, max_seconds: float, message: str) -> None:
    path = write_wav(tmp_path / "long.wav", np.zeros(4 * 16000, dtype=np.float32))
    with pytest.raises(AudioError, match=message):
        decode_audio(path, max_seconds=max_seconds)


@pytest.mark.parametrize(
    "source,message",
    [
        (Path("/nonexistent/answer.wav"), "no such file"),
        (Path(__file__) / "answer.wav", "no such file"),  # a file where a folder should be
        (Path("/tmp"), "is not a file"),
        (Path("/dev/zero"), "is not a file"),  # a device would be read for ever
    ],
)
def test_missing_files(source: Path, message: str) -> None:
    with pytest.raises(AudioError, match=message):
        decode_audio(source, max_seconds=60)


def test_an_unreadable_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "locked.wav"
    path.write_bytes(short_clip(1.0))
    path.chmod(0)
    # Root reads any file, so the check runs in a process without that privilege.
    script = (
        "import sys; from pathlib import Path; from interview.errors import AudioError;"
        " from interview.speech.audio import decode_audio\n"
        "try: decode_audio(Path(sys.argv[1]), max_seconds=60)\n"
        "except AudioError as exc: print(exc)"
    )
    result = run_without_file_privileges([sys.executable, "-c", script, str(path)])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == (
        f"{path} cannot be read: permission denied; check the file's permissions"
    )


def test_silence_decodes_it_is_the_engine_that_hears_nothing(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "silence.wav", np.zeros(3 * 16000, dtype=np.float32))
    samples = decode_audio(path, max_seconds=60)
    assert len(samples) == 3 * 16000 and not samples.any()


def test_bytes_are_named_in_messages() -> None:
    with pytest.raises(AudioError, match=r"^recording\.webm is empty"):
        decode_audio(b"", max_seconds=60, name="recording.webm")
