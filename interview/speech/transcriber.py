"""What every speech engine promises, and the one way a transcript is put together.

The app, the history and the CLI only know the `Transcriber` protocol: the real engines
are slow to load, so UI and history tests inject a fake. Both real engines hand their
timed words to `build_transcript`, which normalises fillers and builds `Transcript.text`
from the same words, so a character span found in the text always lies on a word whose
times are known.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from interview.errors import AudioError
from interview.models import Transcript, Word
from interview.speech.coverage import rounded
from interview.speech.vad import Region, fit_to_speech
from interview.speech.verbatim import normalise_word


class Transcriber(Protocol):
    """A loaded speech engine. Thread-safe: one instance serves every session."""

    @property
    def name(self) -> str:
        """The engine: "faster-whisper", "openai-whisper" (or "fake" in tests)."""
        ...

    @property
    def model(self) -> str:
        """The model name or path it loaded."""
        ...

    def transcribe(self, audio: Path | bytes) -> Transcript:
        """Transcribe a whole recording; silence gives a transcript with no words.

        Raises AudioError for audio that cannot be used, TranscriptionError if the engine fails.
        """
        ...


@dataclass(frozen=True)
class RawWord:
    """A word as an engine gives it: text with Whisper's own leading space, times in seconds."""

    text: str
    start: float
    end: float
    probability: float = 1.0


def build_transcript(
    segments: Iterable[Sequence[RawWord]],
    *,
    duration_s: float,
    speech: Sequence[Region],
    engine: str,
    model: str,
    unintelligible: Sequence[Region] = (),
) -> Transcript:
    """Join the engine's words into a Transcript; `speech` is where the voice is (vad.py).

    Words are normalised (fillers spelled one way), stripped of spaces and joined the way
    Whisper spaced them: a word without a leading space continues the one before it,
    except at a segment start. Their times are fitted to the voice, clamped into the
    recording and kept in order. Speaking time is the length of the voice regions.
    `unintelligible` are stretches of voice that gave no words (coverage.py).
    """
    words: list[Word] = []
    parts: list[str] = []
    for segment in segments:
        for index, raw in enumerate(segment):
            text = normalise_word(raw.text.strip())
            if not text:
                continue
            if parts and (index == 0 or raw.text[:1].isspace()):
                parts.append(" ")
            parts.append(text)
            words.append(Word(text, float(raw.start), float(raw.end), float(raw.probability)))
    return Transcript(
        text="".join(parts),
        words=_in_order(fit_to_speech(words, speech), duration_s),
        duration_s=duration_s,
        speech_s=min(sum(end - start for start, end in speech), duration_s),
        engine=engine,
        model=model,
        unintelligible=rounded(unintelligible),
        voice=rounded(speech),
    )


def _in_order(words: Sequence[Word], duration_s: float) -> tuple[Word, ...]:
    """Times inside the recording, each word starting no earlier than the one before."""
    ordered: list[Word] = []
    clock = 0.0
    for word in words:
        start = min(max(word.start, clock), duration_s)
        end = min(max(word.end, start), duration_s)
        clock = start
        ordered.append(Word(word.word, round(start, 3), round(end, 3), round(word.probability, 4)))
    return tuple(ordered)


def require_speech(transcript: Transcript, audio: Path | bytes) -> Transcript:
    """The transcript, or AudioError when the recording held no words to transcribe or judge.

    The message says what was found: voice with no words made out of it, or no voice at
    all. Loud noise or music holds no voice either, so that message does not blame the
    level alone.
    """
    if not transcript.words:
        name = str(audio) if isinstance(audio, Path) else "the recording"
        voiced = transcript.unintelligible or transcript.voice
        if voiced:
            raise AudioError(
                f"{name} has {_spans(voiced)} of voice, but no words could"
                " be made out in it; speak a little closer to the microphone, away from"
                " other sounds, and record the answer again"
            )
        raise AudioError(
            f"no speech detected in {name}: it is silent, too quiet, or holds only noise or"
            " music; check the microphone and record the answer again"
        )
    return transcript


def _spans(regions: Sequence[Region]) -> str:
    seconds = sum(end - start for start, end in regions)
    return f"{seconds:.1f} s"


def one_line(exc: BaseException) -> str:
    """A library's error message on one line, for the CLI's single `error:` line."""
    return " ".join(str(exc).split()).rstrip(".")
