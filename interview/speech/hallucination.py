"""Tell the words Whisper heard from the words it made up, one decoded stretch at a time.

Voice activity detection keeps silence from the model, but hums, buzzes and music can pass
it, and then Whisper writes what its training captions put there: "Yeah.", "Mm." and, with
our filler-seeded prompt, "Uh, uh," or "Hmm." a hundred times over. Invented fillers are
the worst error this product can make, so each decoded segment is judged on the scores
Whisper gives it:

- a repetition loop compresses far better than speech (Whisper's own limit is 2.4). But a
  nervous answer compresses well too: "uh... um... uh" over and over is speech, and a real
  31 s hesitant answer scored above 2.4 and was dropped whole. So the loop test reads the
  content words only (fillers removed): a loop repeats content ("I was a little bit more
  concerned about..." for 30 s), a hesitant speaker repeats "um". A stretch of nothing but
  fillers is a loop only when they come faster than anyone says them (over 1.5 a second:
  Whisper's "Uh, uh, uh," on a buzz runs at 10 or more). Loops also happen on hard real
  speech (a 2-minute answer under 10 dB of noise had one), so a looped stretch is decoded
  once more with beam search rather than just dropped, and voice that still gives no
  words is reported as unintelligible (coverage.py), never dropped in silence;
- a made-up segment is one the model thinks is probably not speech *and* whose words it
  doubts: no-speech probability over 0.3, and no-speech probability minus the average
  token log-probability over 1.0. Whisper's own rule (over 0.6 and under -1.0) is one
  corner of this region.

Measured by benchmarks/bench_hallucination.py with the bundled tiny.en and the filler
prompt: on 168 generated clips with no speech (warbling tones, buzzes, melodies with drum
hits, noise bursts, white and pink noise) Whisper wrote 21 segments and the guard keeps one,
an "Mm-hmm." scored like speech (no-speech 0.15). Of 216 segments of espeak-ng speech (four
voices, three speeds, clean and under pink noise at about 20 and 10 dB SNR, lone "Um." and
"Yes." included) it drops none; the highest no-speech probability minus log-probability
among them was 0.88, the highest compression ratio 1.7. Of 30 segments of real meeting
speech full of "um"s and restarts (tests/data/speech) it drops none.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from interview.speech.transcriber import RawWord
from interview.speech.verbatim import normalise_word
from interview.speech.wer import normalise

logger = logging.getLogger(__name__)

MAX_COMPRESSION_RATIO = 2.4
MIN_NO_SPEECH_PROB = 0.3
MAX_DOUBT = 1.0
# Hesitations a person can say in a second; a stretch of fillers only, faster than this,
# is a decoder loop.
MAX_FILLERS_PER_S = 1.5
FILLERS = frozenset({"um", "uh", "hmm", "erm", "ah", "mm"})
# Words Whisper put at one same instant, in a row, beyond what alignment jitter gives: a
# loop that ran past the audio (on a 22 s hesitant espeak answer, 80 "um" at 21.98 s, inside
# a segment whose few content words kept the text tests quiet). In the first pass over our
# real meeting answers (8, 11-82 s) and espeak answers no two words were stacked so.
MAX_STACKED_WORDS = 4
# A chunk decoded into a repetition loop is decoded again with beam search, which rarely
# loops and, unlike Whisper's own retry at a higher temperature, gives the same words
# every time.
RETRY_BEAM_SIZE = 5


@dataclass(frozen=True)
class DecodedSegment:
    """A stretch an engine decoded, with the scores Whisper gave it.

    Attributes:
        text: what Whisper wrote.
        words: its timed words, in recording time.
        start: where the stretch starts in the recording (seconds).
        end: where it ends.
        no_speech_prob: Whisper's probability that the stretch holds no speech.
        avg_logprob: average log-probability of the tokens written.
        compression_ratio: how well the text compresses; loops compress very well.
    """

    text: str
    words: tuple[RawWord, ...]
    start: float
    end: float
    no_speech_prob: float
    avg_logprob: float
    compression_ratio: float


def compression_ratio(text: str) -> float:
    """Whisper's measure: bytes of text over bytes of its zlib compression (0 for no text)."""
    data = text.encode()
    return len(data) / len(zlib.compress(data)) if data else 0.0


def content_words(text: str) -> list[str]:
    """The words of `text` without hesitations ("Umm," and "uh" are both left out)."""
    return [word for word in normalise(text) if normalise_word(word) not in FILLERS]


def is_repetition_loop(text: str, *, duration_s: float) -> bool:
    """Whether `text`, decoded from `duration_s` seconds, is a loop rather than speech."""
    content = content_words(text)
    if content:
        return compression_ratio(" ".join(content)) > MAX_COMPRESSION_RATIO
    fillers = len(normalise(text))
    return fillers > 2 and fillers > MAX_FILLERS_PER_S * max(duration_s, 0.1)


def is_hallucination(
    *, text: str, duration_s: float, no_speech_prob: float, avg_logprob: float
) -> bool:
    """Whether a decoded segment with these scores was made up rather than heard."""
    return is_repetition_loop(text, duration_s=duration_s) or (
        no_speech_prob > MIN_NO_SPEECH_PROB and no_speech_prob - avg_logprob > MAX_DOUBT
    )


def stacked_words(words: Sequence[RawWord]) -> int:
    """The most words in a row that Whisper timed at one instant (each lasting no time)."""
    longest = run = 0
    previous: RawWord | None = None
    for word in words:
        same = previous is not None and word.start - previous.start < 0.01
        run = run + 1 if same and word.end - word.start < 0.01 else 1
        longest = max(longest, run)
        previous = word
    return longest


def _stacked(segment: DecodedSegment) -> bool:
    return stacked_words(segment.words) > MAX_STACKED_WORDS


def _worth_retrying(segment: DecodedSegment) -> bool:
    """A loop on speech: its text loops, or its words are stacked though Whisper scored it
    as speech. Stacked words on a stretch it doubts is speech (a hum) are dropped with it,
    as before, rather than given a second chance to write something."""
    duration_s = segment.end - segment.start
    if is_repetition_loop(segment.text, duration_s=duration_s):
        return True
    doubted = is_hallucination(
        text="",
        duration_s=duration_s,
        no_speech_prob=segment.no_speech_prob,
        avg_logprob=segment.avg_logprob,
    )
    return _stacked(segment) and not doubted


def _made_up(segment: DecodedSegment) -> bool:
    made_up = _stacked(segment) or is_hallucination(
        text=segment.text,
        duration_s=segment.end - segment.start,
        no_speech_prob=segment.no_speech_prob,
        avg_logprob=segment.avg_logprob,
    )
    if made_up:
        logger.info("dropped a segment Whisper made up: %r", segment.text[:80])
    return made_up


def heard(
    segments: Sequence[DecodedSegment],
    *,
    retry: Callable[[float, float], Sequence[DecodedSegment]],
) -> list[DecodedSegment]:
    """The segments Whisper heard rather than made up.

    Whisper can also fall into a loop on real speech it finds hard (under noise, say),
    writing one sentence over and over for a whole 30 s chunk. Dropping that would leave a
    hole the delivery report calls a pause, so a loop is decoded once more by
    `retry(start, end)` (with RETRY_BEAM_SIZE), and what that gives is judged the same way.
    """
    kept: list[DecodedSegment] = []
    for segment in segments:
        if not _made_up(segment):
            kept.append(segment)
        elif _worth_retrying(segment):
            kept.extend(again for again in retry(segment.start, segment.end) if not _made_up(again))
    return kept
