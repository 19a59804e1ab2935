"""Voice regions from the bundled Silero model, and word times fitted to them."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from speech_fixtures import spoken

from interview.models import Word
from interview.speech.audio import SAMPLE_RATE, decode_audio
from interview.speech.vad import fit_to_speech, speech_regions


def times(words: tuple[Word, ...]) -> list[tuple[float, float]]:
    return [(w.start, w.end) for w in words]


@pytest.mark.parametrize(
    "words,regions,fitted",
    [
        # Starting early into the padding before a chunk: moved onto the voice.
        ([(1.1, 1.7), (1.7, 2.0)], [(1.5, 2.1)], [(1.5, 1.7), (1.7, 2.0)]),
        # Running on into a pause, then starting late after it.
        (
            [(3.0, 3.5), (3.5, 4.6), (7.9, 8.2)],
            [(2.9, 4.0), (7.7, 8.5)],
            [(2.9, 3.5), (3.5, 4.0), (7.7, 8.2)],
        ),
        # A late start is moved at most 0.5 s earlier.
        ([(0.2, 0.4), (6.0, 6.3)], [(0.1, 0.5), (5.0, 6.5)], [(0.1, 0.4), (5.5, 6.3)]),
        # After the first word of a region nothing moves; a word spanning two regions keeps
        # both ends.
        ([(1.0, 1.2), (1.3, 2.2)], [(0.9, 1.6), (1.8, 2.5)], [(0.9, 1.2), (1.3, 2.2)]),
        # Put just after the voice it was said in: moved back onto it (the only word there
        # fills it; after other words there it keeps to the end).
        ([(0.5, 1.0), (2.4, 2.4)], [(0.5, 1.0), (1.5, 2.2)], [(0.5, 1.0), (1.5, 2.2)]),
        ([(1.5, 2.0), (2.4, 2.4)], [(1.5, 2.2)], [(1.5, 2.0), (2.1, 2.2)]),
        # ... but never before the word said ahead of it.
        ([(1.5, 2.15), (2.4, 2.6)], [(1.5, 2.2)], [(1.5, 2.15), (2.15, 2.2)]),
        # A word in a pause between words heard stays where Whisper put it (a soft "um"
        # the voice detector left out)...
        (
            [(1.2, 1.8), (3.0, 3.3), (5.2, 5.6)],
            [(1.0, 2.0), (5.0, 6.0)],
            [(1.0, 1.8), (3.0, 3.3), (5.0, 5.6)],
        ),
        # ... but next to voice no word covers, it was slid off that voice: put back on it.
        ([(4.0, 4.3)], [(1.0, 2.0)], [(1.0, 2.0)]),
        ([(5.6, 6.1), (6.5, 6.7)], [(3.0, 4.0), (6.5, 7.7)], [(3.0, 4.0), (6.5, 6.7)]),
        # ... unless it matched no sound (no length): then it goes onto the nearer edge of
        # the voice, before it or after it.
        (
            [(1.2, 2.0), (3.4, 3.4), (5.0, 5.4)],
            [(1.0, 2.0), (5.0, 6.0)],
            [(1.0, 2.0), (2.0, 2.0), (5.0, 5.4)],
        ),
        (
            [(1.2, 2.0), (3.7, 3.7), (5.0, 5.4)],
            [(1.0, 2.0), (5.0, 6.0)],
            [(1.0, 2.0), (5.0, 5.0), (5.0, 5.4)],
        ),
        # No regions: nothing to fit to.
        ([(0.5, 0.9)], [], [(0.5, 0.9)]),
    ],
)
def test_fit_to_speech(
    words: list[tuple[float, float]],
    regions: list[tuple[float, float]],
    fitted: list[tuple[float, float]],
) -> None:
    given = tuple(Word(f"w{i}", start, end) for i, (start, end) in enumerate(words))
    result = fit_to_speech(given, regions)
    assert times(result) == fitted
    assert [w.word for w in result] == [w.word for w in given]


def test_silence_has_no_voice() -> None:
    assert speech_regions(np.zeros(3 * SAMPLE_RATE, dtype=np.float32)) == ()


def test_regions_follow_the_voice_and_its_pauses() -> None:
    said = decode_audio(spoken("We shipped it on time."), max_seconds=60)
    silence = np.zeros(int(1.5 * SAMPLE_RATE), dtype=np.float32)
    samples = np.concatenate([silence, said, silence, said, silence])
    loud = np.flatnonzero(np.abs(said) > 0.01) / SAMPLE_RATE
    voice = (1.5 + loud[0], 1.5 + loud[-1])
    second = (3.0 + len(said) / SAMPLE_RATE + loud[0], 3.0 + len(said) / SAMPLE_RATE + loud[-1])
    regions = speech_regions(samples)
    assert regions[0][0] == pytest.approx(voice[0], abs=0.15)
    assert regions[-1][1] == pytest.approx(second[1], abs=0.15)
    # The 1.5 s silence between the two sentences is a gap between regions.
    gaps = [(a[1], b[0]) for a, b in itertools.pairwise(regions) if b[0] - a[1] > 1.0]
    assert len(gaps) == 1
    assert gaps[0] == pytest.approx((voice[1], second[0]), abs=0.15)
