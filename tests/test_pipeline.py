"""The steps around an engine's decoding (interview/speech/pipeline.py), with a scripted engine.

The voice regions are given and the engine's passes are scripted, so each rule can be seen
on its own: a first pass that stops early (as a batched chunk does), a second pass that
recovers the words or does not, and what the user is then told.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from interview.errors import AudioError
from interview.speech import pipeline
from interview.speech.hallucination import DecodedSegment
from interview.speech.pipeline import PipelineTranscriber
from interview.speech.transcriber import RawWord, require_speech

HEARD = (0.01, -0.2, 1.5)  # no-speech probability, log-probability, compression ratio


def said(text: str, start: float, *, every: float = 0.4) -> DecodedSegment:
    words = tuple(
        RawWord(f" {w}", start + i * every, start + (i + 1) * every)
        for i, w in enumerate(text.split())
    )
    return DecodedSegment(text, words, start, words[-1].end, *HEARD)


class Scripted(PipelineTranscriber):
    name = "scripted"
    model = "scripted"

    def __init__(self, first: list[DecodedSegment], again: list[DecodedSegment]) -> None:
        super().__init__(max_audio_seconds=60.0, drop_hallucinations=True)
        self.first, self.again = first, again
        self.asked: list[float] = []

    def decode(
        self,
        samples: np.ndarray,
        *,
        beam_size: int | None,
        offset_s: float,
        speech: Sequence[tuple[float, float]] | None = None,
    ) -> list[DecodedSegment]:
        return self.first

    def decode_again(self, samples: np.ndarray, *, offset_s: float) -> list[DecodedSegment]:
        self.asked.append(offset_s)
        return [s for s in self.again if s.start >= offset_s]


@pytest.fixture(autouse=True)
def voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Voice from 0 to 4 s and from 5 to 9 s of a 10 s recording."""

    def regions(samples: np.ndarray) -> Sequence[tuple[float, float]]:
        return ((0.0, 4.0), (5.0, 9.0))

    monkeypatch.setattr(pipeline, "speech_regions", regions)


SILENCE = np.zeros(10 * 16000, np.float32)
FIRST = said("so I was leading the migration and we", 0.0, every=0.5)
SECOND = said("had three months to move every customer", 5.1, every=0.5)


def test_words_a_batched_pass_lost_are_decoded_again() -> None:
    engine = Scripted([FIRST], [SECOND])
    transcript = engine.transcribe_samples(SILENCE)
    assert transcript.text.endswith("move every customer")
    assert transcript.unintelligible == ()
    assert engine.asked == [4.5]  # the wordless stretch, with half a second before it


def test_voice_that_stays_wordless_is_reported_not_dropped() -> None:
    engine = Scripted([FIRST], [])
    transcript = engine.transcribe_samples(SILENCE)
    assert transcript.text == "so I was leading the migration and we"
    assert transcript.unintelligible == ((5.0, 9.0),)


def test_a_recording_with_voice_but_no_words_is_not_called_silent() -> None:
    loop = said("Uh, " * 40, 0.0, every=0.1)  # a loop on a hum: dropped
    transcript = Scripted([loop], []).transcribe_samples(SILENCE)
    assert transcript.words == ()
    assert transcript.unintelligible == ((0.0, 4.0), (5.0, 9.0))
    with pytest.raises(AudioError, match="no words could be made out") as caught:
        require_speech(transcript, b"")
    assert "no speech detected" not in str(caught.value)


def test_words_the_first_pass_heard_are_not_written_twice() -> None:
    overlap = said("the migration and we had three months to move every customer", 2.5)
    transcript = Scripted([FIRST], [overlap]).transcribe_samples(SILENCE)
    assert transcript.text.count("migration") == 1


def test_a_word_whisper_timed_in_the_silence_beside_its_voice_covers_that_voice() -> None:
    # Voice at 5-9 s; Whisper timed its one word at 4.2-4.4 s, in the silence before it.
    # The transcript fits the word onto the voice (5.0 s), so the voice it sits on is not
    # reported unintelligible; judged on Whisper's own time all of 5-9 s was.
    early = said("finished", 4.2, every=0.2)
    engine = Scripted([FIRST, early], [])
    transcript = engine.transcribe_samples(SILENCE)
    assert transcript.words[-1].start == 5.0
    assert transcript.unintelligible == ((5.5, 9.0),)
    assert engine.asked == [5.0]
