"""The rule that drops segments Whisper made up, on scores measured with the bundled model.

Each row is a segment seen while measuring the rule (see interview/speech/hallucination.py):
what the model wrote, its no-speech probability, average log-probability and compression
ratio. The end-to-end check on generated hums and buzzes is in test_transcribe.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from interview.speech.hallucination import DecodedSegment, heard, is_hallucination
from interview.speech.transcriber import RawWord


@pytest.mark.parametrize(
    "text,no_speech_prob,avg_logprob,compression_ratio,made_up",
    [
        # Invented from sounds that are not speech.
        ("Hmm. Hmm. Hmm. (x120, a warbling tone)", 0.408, -0.093, 29.47, True),
        ("Uh, uh, (a buzz)", 0.655, -0.977, 0.5, True),
        ("Yeah. (a buzz)", 0.722, -0.821, 0.43, True),
        ("Yeah. (a melody with drum hits)", 0.484, -0.994, 0.43, True),
        ("Mm. (a warbling tone)", 0.351, -0.715, 0.33, True),
        ("Hmm. (a warbling tone)", 0.449, -0.635, 0.385, True),
        ("Whisper's own rule", 0.61, -1.01, 1.0, True),
        # Heard: espeak-ng speech, some of it under pink noise.
        ("Um. (spoken alone)", 0.354, -0.355, 0.333, False),
        ("In my last, um, wrong I looked after the billing", 0.506, -0.35, 1.682, False),
        ("That's a crypt town, uh, rounding problem (10 dB SNR)", 0.418, -0.336, 1.528, False),
        ("It's on, Q. (unsure words, sure it is speech)", 0.013, -0.827, 0.6, False),
        ("And you.", 0.19, -0.681, 0.529, False),
        ("In my last roll, I looked after the building system", 0.413, -0.201, 1.725, False),
        # At the limits.
        ("exactly 2.4 compression", 0.0, -0.1, 2.4, False),
        ("no-speech exactly 0.3", 0.3, -0.9, 1.0, False),
        ("doubt exactly 1.0", 0.4, -0.6, 1.0, False),
    ],
)
def test_made_up_segments_are_told_from_heard_ones(
    text: str, no_speech_prob: float, avg_logprob: float, compression_ratio: float, made_up: bool
) -> None:
    assert (
        is_hallucination(
            no_speech_prob=no_speech_prob,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
        )
        is made_up
    )


def segment(
    text: str, start: float, end: float, *, scores: tuple[float, float, float]
) -> DecodedSegment:
    no_speech_prob, avg_logprob, compression_ratio = scores
    words = tuple(RawWord(f" {w}", start, end) for w in text.split())
    return DecodedSegment(text, words, start, end, no_speech_prob, avg_logprob, compression_ratio)


HEARD = (0.01, -0.2, 1.5)
LOOP = (0.0, -0.1, 15.9)
HUM = (0.7, -0.9, 0.4)


@pytest.mark.parametrize(
    "retried,kept",
    [
        (
            [segment("I kept our team informed.", 30.0, 58.0, scores=HEARD)],
            ["first", "I", "last"],
        ),
        ([segment("again again again again", 30.0, 58.0, scores=LOOP)], ["first", "last"]),
        ([], ["first", "last"]),
    ],
)
def test_a_loop_is_decoded_again_once_and_a_made_up_segment_is_dropped(
    retried: list[DecodedSegment], kept: list[str]
) -> None:
    asked: list[tuple[float, float]] = []

    def retry(start: float, end: float) -> Sequence[DecodedSegment]:
        asked.append((start, end))
        return retried

    segments = [
        segment("first words", 0.0, 28.0, scores=HEARD),
        segment("Yeah.", 28.0, 29.0, scores=HUM),
        segment("I was a little bit more concerned " * 8, 30.0, 58.0, scores=LOOP),
        segment("last words", 59.0, 61.0, scores=HEARD),
    ]
    result = heard(segments, retry=retry)
    assert [s.text.split()[0] for s in result] == kept
    assert asked == [(30.0, 58.0)]  # only the loop, and only once
