"""The rule that drops segments Whisper made up, on scores measured with the bundled model.

Each row is a segment seen while measuring the rule (see interview/speech/hallucination.py):
what the model wrote, its no-speech probability, average log-probability and compression
ratio. The end-to-end check on generated hums and buzzes is in test_transcribe.py.
"""

from __future__ import annotations

import pytest

from interview.speech.hallucination import is_hallucination


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
            text=text,
        )
        is made_up
    )
