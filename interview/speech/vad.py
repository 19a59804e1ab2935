"""Where the voice is (the Silero model inside faster-whisper), and word times fitted to it.

Both engines ask here, so they skip silent recordings, measure speaking time and place
words the same way. The regions are tight (no padding, split at 0.1 s of silence), unlike
the chunks faster-whisper decodes, which are padded by 0.4 s so Whisper hears word edges.
Whisper's word times drift into that padding: measured on espeak-ng answers with known
silences, the first word started 0.3-0.4 s before the voice did and a sentence's last word
ran on up to 0.8 s into the pause after it, so a 1.5 s pause was reported as 1.1 s.
`fit_to_speech` moves those edges back onto the voice; benchmarks/bench_hallucination.py
measures what is left (under 0.1 s on those answers).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from interview.models import Word

if TYPE_CHECKING:  # the decoder loads PyAV; fitting words needs none of it
    from interview.speech.audio import Samples

Region = tuple[float, float]

# Silences shorter than this stay inside one region: word gaps and stop consonants.
_MIN_SILENCE_MS = 100
# Whisper starts a word after a pause about 0.2 s late; moving a start earlier by more
# than this would take in words it did not write.
_MAX_EARLIER_S = 0.5


def speech_regions(samples: Samples) -> tuple[Region, ...]:
    """(start, end) seconds of each stretch of voice, in order; none for silence."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps  # noqa: PLC0415 - heavy

    from interview.speech.audio import SAMPLE_RATE  # noqa: PLC0415 - loads PyAV

    options = VadOptions(min_silence_duration_ms=_MIN_SILENCE_MS, speech_pad_ms=0)
    regions = get_speech_timestamps(samples, options, sampling_rate=SAMPLE_RATE)
    return tuple((r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in regions)


def fit_to_speech(words: Sequence[Word], regions: Sequence[Region]) -> tuple[Word, ...]:
    """Words with their edges moved onto the voice in `regions`.

    A word ends no later than the last region it overlaps (Whisper runs ends on into the
    silence after them), and starts no earlier than the first. The first word said in a
    region starts where the region does, up to 0.5 s before Whisper put it (Whisper starts
    a word late after a pause). A word overlapping no region: `_placed_in_silence`.
    """
    ends = [end for _, end in regions]  # regions are in order and do not overlap
    worded = {index for word in words for index in _overlapped(word, regions, ends)}
    fitted: list[Word] = []
    for word in words:
        overlapping = [regions[index] for index in _overlapped(word, regions, ends)]
        if not overlapping:
            before = bisect.bisect_right(ends, word.start) - 1
            fitted.append(_placed_in_silence(word, regions, before, fitted, worded))
            continue
        (first_start, _), (_, last_end) = overlapping[0], overlapping[-1]
        opens_region = not fitted or fitted[-1].end <= first_start
        start = max(first_start, word.start - _MAX_EARLIER_S) if opens_region else word.start
        start = max(start, first_start)
        end = max(start, min(word.end, last_end))
        fitted.append(replace(word, start=round(start, 3), end=round(end, 3)))
    return tuple(fitted)


def _overlapped(word: Word, regions: Sequence[Region], ends: Sequence[float]) -> list[int]:
    """The indexes of the regions `word` overlaps."""
    index = bisect.bisect_right(ends, word.start)  # the first region ending after it starts
    found = []
    while index < len(regions) and regions[index][0] < word.end:
        found.append(index)
        index += 1
    return found


def _placed_in_silence(
    word: Word, regions: Sequence[Region], before: int, fitted: Sequence[Word], worded: set[int]
) -> Word:
    """A word the aligner put where there is no voice, next to regions[before].

    The decoded chunks hold whole pauses (chunks.py), and the aligner can slide a word
    seconds into one: "Oh." said at 3.0 s came back at 5.6 s, after a stretch of voice
    with no word on it. Whisper wrote the word, so it was said: next to voice that no word
    covers, it goes onto that voice. A word timed at no length matched no sound, so it goes
    onto the nearer edge of the voice and the pause stays whole (a sentence's last word put
    1.8 s into a 3.4 s pause split it in two). Anything else is a quiet sound the voice
    detector left out, a soft "um" before a sentence, and keeps its place.
    """
    after = before + 1 if before + 1 < len(regions) else -1
    empty_before = before >= 0 and before not in worded
    empty_after = after >= 0 and after not in worded
    soundless = word.end <= word.start
    after_s = word.start - regions[before][1] if before >= 0 else math.inf
    to_after = after >= 0 and (
        (empty_after and not empty_before)
        or (soundless and not empty_before and regions[after][0] - word.end < after_s)
    )
    if to_after:
        start = regions[after][0]
        end = min(regions[after][1], start + (word.end - word.start))
        return replace(word, start=round(start, 3), end=round(end, 3))
    if before < 0 or not (empty_before or soundless or 0 <= after_s <= _MAX_EARLIER_S):
        return word
    return _onto_end(word, regions[before], fitted)


def _onto_end(word: Word, region: Region, fitted: Sequence[Word]) -> Word:
    """`word` moved onto the end of `region`: filling it when no word was heard there yet,
    else keeping its length after the words already there."""
    start, end = region
    if fitted and fitted[-1].end > start:  # the region has words already: keep its length
        start = max(start, end - max(word.end - word.start, 0.1), fitted[-1].end)
    if start >= end:  # the words before it fill the region: a soundless word goes at its end
        soundless = word.end <= word.start
        return replace(word, start=round(end, 3), end=round(end, 3)) if soundless else word
    return replace(word, start=round(start, 3), end=round(end, 3))
