"""Test doubles shared by the history, practice and app tests.

`FakeTranscriber` implements the `Transcriber` protocol (`transcribe(audio) -> Transcript`,
`name`, `model`) without a model: it hands back the transcript it was given and remembers
what it was asked to transcribe, so tests can check the audio reached it. The speech tests
use the real Whisper engine; everything above the speech layer uses this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from interview.models import Transcript, Word


def make_transcript(text: str, *, seconds_per_word: float = 0.4, gap: float = 0.0) -> Transcript:
    """A transcript of `text` with evenly spaced word times (a pause of `gap` between words)."""
    words = []
    clock = 0.2
    for token in text.split():
        words.append(Word(word=token, start=clock, end=clock + seconds_per_word))
        clock += seconds_per_word + gap
    duration = round(clock + 0.3, 3)
    speech = round(len(words) * seconds_per_word, 3)
    return Transcript(
        text=text,
        words=tuple(words),
        duration_s=duration,
        speech_s=speech,
        engine="fake",
        model="fake",
    )


@dataclass
class FakeTranscriber:
    """Returns `transcript` for any audio; records each call's audio in `calls`.

    `before_return` runs with the audio just before returning (a test can raise from it,
    or block in it to simulate a process that dies mid-transcription).
    """

    transcript: Transcript
    name: str = "fake"
    model: str = "fake"
    calls: list[Path | bytes] = field(default_factory=list)
    before_return: Callable[[Path | bytes], None] | None = None

    def transcribe(self, audio: Path | bytes) -> Transcript:
        self.calls.append(audio)
        if self.before_return is not None:
            self.before_return(audio)
        return self.transcript
