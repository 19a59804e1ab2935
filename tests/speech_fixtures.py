"""Spoken test answers made at test time: espeak-ng speaks, PyAV converts to other containers.

Nothing here is committed audio: every clip is generated from the text beside it, so a
reader can see exactly what was said, and the word error rate has a true reference.
The benchmark imports this module too, so tests and figures use the same clips.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import pytest

from interview.speech.faster_whisper_engine import FasterWhisperTranscriber

# Sentences espeak-ng pronounces clearly enough for Whisper tiny.en; numbers are spelled
# out so the reference and the transcript agree on how they are written.
SENTENCES: tuple[str, ...] = (
    "In my last role I looked after the billing system with a small team.",
    "The old provider was shutting down, so we had to move every customer within three months.",
    "I started by listing what could go wrong and who would be affected.",
    "Then I split the work into weekly milestones that anyone could check.",
    "Each morning we met for ten minutes to talk about what was blocking us.",
    "When the export failed, I wrote a script to compare the old and new records.",
    "That script found a rounding problem before any customer noticed it.",
    "I kept our finance team informed with a short note every Friday.",
    "We moved the last customer two weeks early.",
    "Support tickets went down by almost half.",
    "Looking back, I would involve the support team sooner.",
    "They knew which customers were most likely to complain.",
    "I learned that a clear plan matters more than working long hours.",
    "My manager asked me to share the checklist with other teams.",
    "Two other groups now use it for their own migrations.",
)
# How espeak-ng is asked to say fillers so that Whisper hears them as fillers: "um" and
# "uh" come back as "um"/"uh"; "umm", "uhh", "uhm" and "erm" were tried and come back as
# other words or are dropped.
FILLERS: tuple[str, ...] = ("um", "uh")
# Seconds espeak-ng takes per sentence above at 150 words per minute, near enough to pick
# how many sentences make a clip of a given length.
SECONDS_PER_SENTENCE = 5.0


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def answer_text(seconds: float, *, fillers: bool) -> str:
    """An answer about `seconds` long when spoken; every other sentence has a filler in it."""
    count = max(1, round(seconds / SECONDS_PER_SENTENCE))
    out = []
    for i in range(count):
        words = SENTENCES[i % len(SENTENCES)].split(" ")
        if fillers and i % 2 == 0:
            at = 3 + i % 3
            words[at - 1] += ","
            words.insert(at, FILLERS[(i // 2) % len(FILLERS)] + ",")
        out.append(" ".join(words))
    return " ".join(out)


def speak(text: str, path: Path, *, words_per_minute: int = 150, voice: str = "en-us") -> Path:
    """Write `text` spoken by espeak-ng (American English unless `voice`) to the WAV `path`."""
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(path), text],
        check=True,
        capture_output=True,
    )
    return path


def write_wav(path: Path, samples: np.ndarray, *, rate: int = 16000) -> Path:
    """Write float samples in [-1, 1] as a 16-bit mono WAV."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def warble(seed: int, *, seconds: float = 8.0) -> np.ndarray:
    """A tone gliding up and down, its loudness pulsing like syllables: not speech."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 16000)) / 16000
    pitch = rng.uniform(100, 400) + rng.uniform(50, 300) * np.sin(
        2 * np.pi * rng.uniform(0.5, 4) * t
    )
    pulse = 0.5 + 0.5 * np.sin(2 * np.pi * rng.uniform(2, 6) * t)
    return (0.3 * np.sin(2 * np.pi * np.cumsum(pitch) / 16000) * pulse).astype(np.float32)


def buzz(seed: int, *, seconds: float = 8.0) -> np.ndarray:
    """A voice-like buzz under six random tones, pulsing at syllable rate: not speech."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 16000)) / 16000
    tones = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in rng.uniform(100, 3000, 6))
    pulse = (0.5 + 0.5 * np.sin(2 * np.pi * rng.uniform(3, 6) * t)) ** 2
    voice = np.sign(np.sin(2 * np.pi * rng.uniform(90, 220) * t))
    return ((0.033 * tones + 0.06 * voice) * pulse).astype(np.float32)


def pad_with_silence(src: Path, dst: Path, *, before_s: float, after_s: float) -> Path:
    """Copy a 16-bit WAV with silence added before and after (for pause and delay tests)."""
    with wave.open(str(src), "rb") as inp:
        rate, width, channels = inp.getframerate(), inp.getsampwidth(), inp.getnchannels()
        frames = inp.readframes(inp.getnframes())
    silence = b"\0" * width * channels
    with wave.open(str(dst), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(silence * int(before_s * rate) + frames + silence * int(after_s * rate))
    return dst


def run_without_file_privileges(
    command: list[str], *, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `command` so that file permissions apply to it, as they do to a user.

    Tests often run as root, who reads and writes any file; `setpriv` drops the two
    capabilities that bypass permission bits, so a mode-000 file is really unreadable.
    """
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot test file permissions")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    return subprocess.run(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@dataclass(frozen=True)
class Format:
    """A container and codec to convert test speech into, as browsers and phones send it."""

    suffix: str
    container: str
    codec: str
    rate: int
    layout: str


FORMATS: tuple[Format, ...] = (
    Format(".wav", "wav", "pcm_s16le", 44100, "stereo"),
    Format(".mp3", "mp3", "libmp3lame", 44100, "stereo"),
    Format(".m4a", "ipod", "aac", 48000, "stereo"),
    Format(".aac", "adts", "aac", 22050, "mono"),
    Format(".ogg", "ogg", "libopus", 48000, "mono"),
    Format(".webm", "webm", "libopus", 48000, "stereo"),
    Format(".flac", "flac", "flac", 8000, "mono"),
)


def convert(src: Path, dst: Path, fmt: Format) -> Path:
    """Re-encode `src` into `dst` with PyAV, at the format's rate and channel layout."""
    with av.open(str(src)) as inp, av.open(str(dst), "w", format=fmt.container) as out:
        stream = out.add_stream(fmt.codec, rate=fmt.rate, layout=fmt.layout)
        context = stream.codec_context
        resampler = av.AudioResampler(
            format=context.format,
            layout=fmt.layout,
            rate=fmt.rate,
            frame_size=context.frame_size or None,
        )
        for frame in [*inp.decode(audio=0), None]:
            for chunk in resampler.resample(frame):
                out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
    return dst


@functools.cache
def clips_dir() -> Path:
    """One temporary folder per test session for generated clips (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="interview-speech-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def spoken(text: str, *, words_per_minute: int = 150) -> Path:
    """`text` spoken to a WAV once per session; later calls return the same file."""
    if not espeak_available():
        raise RuntimeError("espeak-ng is not installed; run `make test` (it installs it)")
    digest = hashlib.sha1(f"{words_per_minute}:{text}".encode()).hexdigest()[:12]
    return speak(text, clips_dir() / f"{digest}.wav", words_per_minute=words_per_minute)


@functools.cache
def converted(src: Path, fmt: Format) -> Path:
    return convert(src, clips_dir() / f"{src.stem}-{fmt.container}{fmt.suffix}", fmt)


@functools.cache
def bundled_transcriber() -> FasterWhisperTranscriber:
    """The real bundled model, loaded once for every speech test module."""
    return FasterWhisperTranscriber()


# Whisper tiny.en's real dimensions, and a much smaller model for quick tests. The audio
# context (1500) is fixed by Whisper's 30 s window and the vocabulary (51864) by the
# English-only tokenizer; everything else may shrink.
TINY_EN_DIMS: dict[str, int] = {
    "n_mels": 80,
    "n_audio_ctx": 1500,
    "n_audio_state": 384,
    "n_audio_head": 6,
    "n_audio_layer": 4,
    "n_vocab": 51864,
    "n_text_ctx": 448,
    "n_text_state": 384,
    "n_text_head": 6,
    "n_text_layer": 4,
}
SMALL_DIMS: dict[str, int] = {
    **TINY_EN_DIMS,
    "n_audio_state": 64,
    "n_audio_head": 2,
    "n_audio_layer": 1,
    "n_text_state": 64,
    "n_text_head": 2,
    "n_text_layer": 1,
}


def random_whisper_checkpoint(path: Path, dims: dict[str, int], *, seed: int = 0) -> Path:
    """Save a randomly initialised Whisper where `whisper.load_model(path)` can read it.

    The text decoder's positional embedding is created with `torch.empty` (real weights
    overwrite it), so it is filled here: left as it is, it may hold NaNs and decode nothing.
    """
    import torch
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(seed)
    model = Whisper(ModelDimensions(**dims))
    with torch.no_grad():
        torch.nn.init.normal_(model.decoder.positional_embedding, std=0.02)
    torch.save({"dims": dict(dims), "model_state_dict": model.state_dict()}, path)
    return path
