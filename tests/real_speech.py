"""Recordings of real people, with what they really said (tests/data/speech/README.md).

Each meeting clip is one speaker's close-talking microphone in a real meeting (AMI Meeting
Corpus: 9 s windows of EN2002b and ES2002a, 5-28 s stretches of ES2004a), with the
corpus's verbatim words, fillers and restarts included; JFK's 11 s is a clean public
speech. The Earnings-22 clips (two accented executives on earnings calls, one of them
hesitant) are held out: `clips()` leaves them out, so the tests and the tuning never see
them, and benchmarks/bench_transcribe.py only measures them (`held_out_clips()`).
`answer(speaker)` joins one speaker's clips, with a short silence between, into a longer
answer that crosses Whisper's 30 s window. The tests and benchmarks/bench_transcribe.py
use the same clips; `SOURCES` says where each group of clips comes from and under which
licence (the README beside the clips has the details).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data" / "speech"
RATE = 16000
# The hesitations a verbatim reference spells out; the filler measures count these.
FILLERS = frozenset({"um", "uh"})
# Silence put between one speaker's clips when they are joined into one answer.
JOIN_SILENCE_S = 1.5
# Other ways to join them (pause, backward), so no one placement of Whisper's chunk cuts
# decides a figure: that alone moves the count of fillers kept by one or two.
JOININGS = tuple((pause, backward) for pause in (1.0, 1.5, 2.5) for backward in (False, True))


@dataclass(frozen=True)
class Source:
    """Where a group of clips comes from: the part of a clip's name before the first "-"."""

    label: str
    licence: str
    # Whether the reference spells out every "um"/"uh" said. A reference that leaves them
    # out can still measure word errors, but not filler recall or precision.
    verbatim_fillers: bool
    # Measure only: no test uses it and nothing is tuned on it, so its figures stay honest.
    held_out: bool = False


SOURCES = {
    "en2002b": Source("EN2002b", "CC BY 4.0", verbatim_fillers=True),
    "es2002a": Source("ES2002a", "CC BY 4.0", verbatim_fillers=True),
    "es2004a": Source("ES2004a", "CC BY 4.0", verbatim_fillers=True),
    "jfk": Source("JFK", "public domain", verbatim_fillers=True),
    "earnings22": Source("Earnings-22", "CC BY-SA 4.0", verbatim_fillers=True, held_out=True),
}


@dataclass(frozen=True)
class Clip:
    """A real recording and its verbatim reference."""

    name: str
    path: Path
    reference: str

    @property
    def speaker(self) -> str:
        return self.name.rsplit("-", 1)[-1]

    @property
    def source(self) -> str:
        """The key of this clip's entry in `SOURCES`."""
        return self.name.split("-", 1)[0]


def every_clip() -> tuple[Clip, ...]:
    """Every committed real recording, by name, the held-out ones included."""
    return tuple(
        Clip(path.stem, path, path.with_suffix(".txt").read_text().strip())
        for path in sorted(DATA.glob("*.flac"))
    )


def _held_out(c: Clip) -> bool:
    source = SOURCES.get(c.source)
    return source is not None and source.held_out


def clips() -> tuple[Clip, ...]:
    """The real recordings the tests use: all but the held-out sources."""
    return tuple(c for c in every_clip() if not _held_out(c))


def held_out_clips() -> tuple[Clip, ...]:
    """The real recordings kept for measuring only (`Source.held_out`)."""
    return tuple(c for c in every_clip() if _held_out(c))


def clip(name: str) -> Clip:
    return next(c for c in every_clip() if c.name == name)


@functools.cache
def samples(path: Path) -> np.ndarray:
    from interview.speech.audio import decode_audio

    return decode_audio(path, max_seconds=600)


def answer(
    speaker: str, *, pause_s: float = JOIN_SILENCE_S, backward: bool = False
) -> tuple[np.ndarray, str]:
    """All of one speaker's clips joined into one answer: (samples, reference).

    `pause_s` of silence between clips, in name order or `backward`: where the pauses fall
    decides where the 30 s chunks are cut, which moves the filler count by one or two
    (JOININGS).
    """
    chosen = [c for c in every_clip() if c.speaker == speaker]
    if backward:
        chosen.reverse()
    gap = np.zeros(int(pause_s * RATE), np.float32)
    parts: list[np.ndarray] = []
    for c in chosen:
        parts += [samples(c.path), gap]
    return np.concatenate(parts[:-1]), " ".join(c.reference for c in chosen)
