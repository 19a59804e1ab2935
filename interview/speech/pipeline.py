"""The steps every engine takes around its own decoding, so both engines hear alike.

An engine supplies one thing, `decode`, which runs its Whisper on samples; this module
finds the voice (vad.py), skips decoding when there is none, drops what Whisper made up
and decodes loops again (hallucination.py), and builds the transcript with word times
fitted to the voice (transcriber.py).
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from pathlib import Path

from interview.models import Transcript
from interview.speech.audio import SAMPLE_RATE, Samples, clip, decode_audio
from interview.speech.hallucination import RETRY_BEAM_SIZE, DecodedSegment, heard
from interview.speech.transcriber import build_transcript
from interview.speech.vad import speech_regions


class PipelineTranscriber(ABC):
    """A Whisper engine: the subclass loads its model and decodes; the rest happens here.

    Thread-safe: one decode at a time, so a second session waits rather than halving both
    speeds.
    """

    name: str
    model: str

    def __init__(self, *, max_audio_seconds: float, drop_hallucinations: bool) -> None:
        self.max_audio_seconds = max_audio_seconds
        self.drop_hallucinations = drop_hallucinations
        self._lock = threading.Lock()

    def transcribe(self, audio: Path | bytes) -> Transcript:
        samples = decode_audio(audio, max_seconds=self.max_audio_seconds)
        return self.transcribe_samples(samples)

    def transcribe_samples(self, samples: Samples) -> Transcript:
        """Transcribe audio already decoded to 16 kHz mono float32; silence is not decoded."""
        with self._lock:
            speech = speech_regions(samples)
            segments = self._heard(samples) if speech else []
        return build_transcript(
            (segment.words for segment in segments),
            duration_s=len(samples) / SAMPLE_RATE,
            speech=speech,
            engine=self.name,
            model=self.model,
        )

    def _heard(self, samples: Samples) -> list[DecodedSegment]:
        decoded = self.decode(samples, beam_size=None, offset_s=0.0)
        if not self.drop_hallucinations:
            return decoded

        def retry(start: float, end: float) -> list[DecodedSegment]:
            clipped = clip(samples, start, end)
            return self.decode(clipped, beam_size=RETRY_BEAM_SIZE, offset_s=start)

        return heard(decoded, retry=retry)

    @abstractmethod
    def decode(
        self, samples: Samples, *, beam_size: int | None, offset_s: float
    ) -> list[DecodedSegment]:
        """Every segment Whisper writes for `samples`, unjudged, times shifted by `offset_s`.

        `beam_size` None is the engine's own. Public so benchmarks can see the raw scores.
        """
