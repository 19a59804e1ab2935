"""The rule that drops segments Whisper made up, on scores measured with the bundled model.

Each row is a segment seen while measuring the rule (see interview/speech/hallucination.py):
what the model wrote, its no-speech probability, average log-probability and compression
ratio. The end-to-end check on generated hums and buzzes is in test_transcribe.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from interview.speech.hallucination import (
    MAX_COMPRESSION_RATIO,
    DecodedSegment,
    compression_ratio,
    heard,
    is_hallucination,
    stacked_words,
)
from interview.speech.transcriber import RawWord


@pytest.mark.parametrize(
    "text,duration_s,no_speech_prob,avg_logprob,made_up",
    [
        # Invented from sounds that are not speech.
        ("Hmm. " * 120, 8.0, 0.408, -0.093, True),  # a warbling tone
        ("Uh, uh, (a buzz)", 8.0, 0.655, -0.977, True),
        ("Uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh, uh,", 8.0, 0.1, -0.3, True),
        ("Yeah. (a buzz)", 8.0, 0.722, -0.821, True),
        ("Yeah. (a melody with drum hits)", 8.0, 0.484, -0.994, True),
        ("Mm. (a warbling tone)", 8.0, 0.351, -0.715, True),
        ("Hmm. (a warbling tone)", 8.0, 0.449, -0.635, True),
        ("Whisper's own rule", 2.0, 0.61, -1.01, True),
        ("I was a little bit more concerned about the fact that " * 6, 30.0, 0.0, -0.2, True),
        # Heard: espeak-ng speech, some of it under pink noise.
        ("Um. (spoken alone)", 1.0, 0.354, -0.355, False),
        ("In my last, um, wrong I looked after the billing", 4.0, 0.506, -0.35, False),
        ("That's a crypt town, uh, rounding problem (10 dB SNR)", 4.0, 0.418, -0.336, False),
        ("It's on, Q. (unsure words, sure it is speech)", 2.0, 0.013, -0.827, False),
        ("And you.", 1.0, 0.19, -0.681, False),
        # Heard: a hesitant real speaker, fillers and restarts (not a loop).
        ("um, um, um, some...", 3.0, 0.05, -0.4, False),
        ("Uh, um, uh. Um, uh, um.", 6.0, 0.05, -0.5, False),
        # At the limits.
        ("no-speech exactly 0.3", 2.0, 0.3, -0.9, False),
        ("doubt exactly 1.0", 2.0, 0.4, -0.6, False),
    ],
)
def test_made_up_segments_are_told_from_heard_ones(
    text: str, duration_s: float, no_speech_prob: float, avg_logprob: float, made_up: bool
) -> None:
    assert (
        is_hallucination(
            text=text,
            duration_s=duration_s,
            no_speech_prob=no_speech_prob,
            avg_logprob=avg_logprob,
        )
        is made_up
    )


# A nervous answer as Whisper wrote it, one 31 s segment: every content word is said once,
# with "uh... um... uh" between them.
SAID = (
    "so I was",
    "leading the",
    "the migration",
    "and we had",
    "three months",
    "to move",
    "every customer",
    "so I made",
    "a plan",
    "and then we",
    "finished early",
)
HESITANT = "Uh, um, uh, " + ", uh, um, uh, um, uh, ".join(SAID) + ". Um, uh, um."


def test_a_hesitant_answer_is_speech_though_it_compresses_like_a_loop() -> None:
    assert compression_ratio(HESITANT) > MAX_COMPRESSION_RATIO  # the old guard dropped it
    assert not is_hallucination(
        text=HESITANT, duration_s=31.0, no_speech_prob=0.02, avg_logprob=-0.45
    )
    loop = "and then we moved the customers, " * 12
    assert is_hallucination(text=loop, duration_s=31.0, no_speech_prob=0.02, avg_logprob=-0.2)


def segment(
    text: str, start: float, end: float, *, scores: tuple[float, float, float]
) -> DecodedSegment:
    no_speech_prob, avg_logprob, compression_ratio = scores
    words = tuple(RawWord(f" {w}", start, end) for w in text.split())
    return DecodedSegment(text, words, start, end, no_speech_prob, avg_logprob, compression_ratio)


HEARD = (0.01, -0.2, 1.5)
LOOP = (0.0, -0.1, 15.9)
HUM = (0.7, -0.9, 0.4)
# The loops below are judged on their text: "again again ..." and the repeated sentence.


@pytest.mark.parametrize(
    "retried,kept",
    [
        (
            [segment("I kept our team informed.", 30.0, 58.0, scores=HEARD)],
            ["first", "I", "last"],
        ),
        ([segment("again " * 40, 30.0, 58.0, scores=LOOP)], ["first", "last"]),
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


def test_words_stacked_at_one_instant_are_a_loop_though_the_text_looks_hesitant() -> None:
    # As Whisper wrote a 22 s espeak answer of "Um. Uh. Um, uh, I, um, I, uh. ...": a few
    # real words, then 80 "um" all at 21.98 s. Its content words ("I so I") compress like
    # speech and hesitant speech may be dense with fillers, so only the timing tells.
    said = [RawWord(" Um,", 0.0, 1.2), RawWord(" I,", 4.1, 4.2), RawWord(" so,", 7.7, 8.2)]
    stuck = [RawWord(" um,", 21.98, 21.98)] * 80
    text = "".join(word.text for word in said + stuck)
    looped = DecodedSegment(text, tuple(said + stuck), 0.0, 21.98, 0.11, -0.33, 17.15)
    again = segment("Um, uh, um, uh, I, um, so", 0.0, 21.98, scores=HEARD)
    asked: list[tuple[float, float]] = []

    def retry(start: float, end: float) -> Sequence[DecodedSegment]:
        asked.append((start, end))
        return [again]

    assert not is_hallucination(text=text, duration_s=21.98, no_speech_prob=0.11, avg_logprob=-0.33)
    assert heard([looped], retry=retry) == [again]
    assert asked == [(0.0, 21.98)]
    # Four words at one instant can be alignment jitter; a word with a length is not stacked.
    assert stacked_words(said + stuck[:4]) == 4
    assert heard([replace(looped, words=tuple(said + stuck[:4]))], retry=retry) != [again]


def test_stacked_words_on_a_stretch_whisper_doubts_is_speech_are_dropped_not_retried() -> None:
    stuck = tuple(RawWord(f" {word}", 3.0, 3.0) for word in ["so", "then", "I", "went", "there"])
    hum = DecodedSegment(" so then I went there", stuck, 0.0, 3.0, 0.7, -0.9, 1.2)
    asked: list[tuple[float, float]] = []

    def retry(start: float, end: float) -> Sequence[DecodedSegment]:
        asked.append((start, end))
        return [segment("Mm-hmm.", 0.0, 3.0, scores=HEARD)]

    assert heard([hum], retry=retry) == [] and asked == []
