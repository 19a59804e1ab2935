"""The steps every engine takes around its own decoding, so both engines hear alike.

An engine supplies one thing, `decode`, which runs its Whisper on samples; this module
finds the voice (vad.py), skips decoding when there is none, drops what Whisper made up
and decodes loops again (hallucination.py), decodes again any stretch of voice that came
out as no words and reports what stays wordless (coverage.py), and builds the transcript
with word times fitted to the voice (transcriber.py).
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from interview.models import Transcript, Word
from interview.speech.audio import SAMPLE_RATE, Samples, clip, decode_audio
from interview.speech.coverage import uncovered
from interview.speech.hallucination import (
    RETRY_BEAM_SIZE,
    DecodedSegment,
    content_words,
    heard,
)
from interview.speech.transcriber import build_transcript
from interview.speech.vad import Region, fit_to_speech, speech_regions

logger = logging.getLogger(__name__)

# Audio either side of a wordless stretch decoded with it, so Whisper hears whole words.
CONTEXT_S = 0.5


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
            segments, unclear = self._heard(samples, speech) if speech else ([], ())
        return build_transcript(
            (segment.words for segment in segments),
            duration_s=len(samples) / SAMPLE_RATE,
            speech=speech,
            engine=self.name,
            model=self.model,
            unintelligible=unclear,
        )

    def _heard(
        self, samples: Samples, speech: Sequence[Region]
    ) -> tuple[list[DecodedSegment], tuple[Region, ...]]:
        """The segments heard, and the stretches of voice that still gave no words."""
        decoded = self.decode(samples, beam_size=None, offset_s=0.0, speech=speech)
        if not self.drop_hallucinations:
            return decoded, ()

        def retry(start: float, end: float) -> list[DecodedSegment]:
            clipped = clip(samples, start, end)
            return self.decode(clipped, beam_size=RETRY_BEAM_SIZE, offset_s=start)

        kept = heard(decoded, retry=retry)
        gaps = uncovered(speech, _word_times(kept, speech))
        if not gaps:
            return kept, ()
        for start, end in gaps:
            kept.extend(self.decode_gap(samples, start, end))
        kept.sort(key=lambda segment: segment.start)
        unclear = uncovered(speech, _word_times(kept, speech))
        logger.info("voice with no words: %s; after decoding again: %s", gaps, unclear)
        return kept, unclear

    def decode_gap(self, samples: Samples, start: float, end: float) -> list[DecodedSegment]:
        """The words Whisper hears in [start, end] when that stretch is decoded on its own.

        The gap already keeps clear of the words heard (coverage.py), so only words whose
        middle falls inside it are new; the context either side is there to be heard, not
        written twice.
        """
        begin = max(0.0, start - CONTEXT_S)
        clipped = clip(samples, begin, end + CONTEXT_S)
        again = heard(self.decode_again(clipped, offset_s=begin), retry=lambda *_: [])
        inside = []
        for segment in again:
            words = tuple(
                word for word in segment.words if start <= (word.start + word.end) / 2 <= end
            )
            # Only fillers from voice the first pass could not read is what Whisper writes
            # for a hum ("Mm. Hmm."), so the stretch stays unintelligible instead.
            if content_words("".join(word.text for word in words)):
                inside.append(replace(segment, words=words))
        return inside

    def decode_again(self, samples: Samples, *, offset_s: float) -> list[DecodedSegment]:
        """Decode a stretch the first pass left wordless, on its own; engines whose first pass
        is batched decode it sequentially instead (faster_whisper_engine.py)."""
        return self.decode(samples, beam_size=None, offset_s=offset_s)

    @abstractmethod
    def decode(
        self,
        samples: Samples,
        *,
        beam_size: int | None,
        offset_s: float,
        speech: Sequence[Region] | None = None,
    ) -> list[DecodedSegment]:
        """Every segment Whisper writes for `samples`, unjudged, times shifted by `offset_s`.

        `beam_size` None is the engine's own; `speech` is where the voice is in `samples`
        (found again when None), for an engine that decodes only around it. Public so
        benchmarks can see the raw scores.
        """


def _word_times(
    segments: Sequence[DecodedSegment], speech: Sequence[Region]
) -> list[tuple[float, float]]:
    """Word times as the transcript will have them: fitted to the voice (vad.py).

    Whisper's own times can sit in the silence beside the voice they belong to (a "um"
    timed at 29.08 s for voice at 28.4-28.9 s); judged by those, the voice looked wordless
    and was reported unintelligible while the transcript showed the word right there.
    """
    words = [
        Word(word.text, word.start, word.end) for segment in segments for word in segment.words
    ]
    return [(word.start, word.end) for word in fit_to_speech(words, speech)]
