"""How an answer was spoken, measured from word timestamps: pace, pauses, late start, fillers.

Text analysis says what was said; this module says how. It works only on a `Transcript`
(words with start and end times), so it is pure and the same for every speech engine.

Definitions, so the numbers can be checked by hand:
- a pause is a silence of more than 1 s between the end of one word and the start of the
  next; a long pause is more than 2.5 s; voice in the gap that gave no words
  (`Transcript.unintelligible`, or shorter voice the detector heard, `Transcript.voice`)
  is not silence: the speaker was talking, so only the silent pieces either side of it count;
- speaking time runs from the first word's start to the last word's end, minus the pauses
  and the unintelligible voice
  (a speaker who stops to think is not speaking slowly, they are pausing);
- words per minute are counted over speaking time; 130-160 is good, 110-130 and 160-190
  amber, anything else flagged;
- the first-word delay is the silence before the first word; over 2.5 s it is called late.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.areas import GOOD_WPM
from interview.models import Transcript, Word

PAUSE_S = 1.0
LONG_PAUSE_S = 2.5
LATE_START_S = 2.5
AMBER_WPM = (110.0, 190.0)

Pace = Literal["good", "amber", "flagged"]


@dataclass(frozen=True)
class Pause:
    """Silence between two words, in seconds from the start of the recording."""

    start: float
    end: float
    seconds: float
    long: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": round(self.start, 2),
            "end": round(self.end, 2),
            "seconds": round(self.seconds, 2),
            "long": self.long,
        }


@dataclass(frozen=True)
class TimedFiller:
    """A filler found in the transcript text, with the time it was said.

    Attributes:
        text: the filler as it appears in `transcript.text`.
        char_start: offset of its first character in `transcript.text`.
        char_end: offset just past its last character.
        start: start time of the first word it covers (seconds).
        end: end time of the last word it covers (seconds).
    """

    text: str
    char_start: int
    char_end: int
    start: float
    end: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "start": round(self.start, 2),
            "end": round(self.end, 2),
        }


@dataclass(frozen=True)
class DeliveryReport:
    """Delivery metrics of one spoken answer.

    Attributes:
        duration_s: length of the whole recording.
        word_count: spoken words (punctuation-only tokens are not words).
        speaking_s: first word to last word, minus pauses; 0 when nothing was said.
        wpm: words per minute over speaking time; None when there is no speaking time.
        pace: "good", "amber" or "flagged"; None when wpm is None.
        pace_direction: "slow" or "fast" when pace is not good, else None.
        pauses: every pause over PAUSE_S seconds, in order; `long` marks those over LONG_PAUSE_S.
        first_word_s: silence before the first word; None when nothing was said.
        late_start: first_word_s is over LATE_START_S.
        fillers: fillers with their times, when the caller passed their text spans.
        unintelligible: (start, end) of voice the engine could not make out into words;
            left out of pauses and pace, and shown to the user.
    """

    duration_s: float
    word_count: int
    speaking_s: float
    wpm: float | None
    pace: Pace | None
    pace_direction: Literal["slow", "fast"] | None
    pauses: tuple[Pause, ...]
    first_word_s: float | None
    late_start: bool
    fillers: tuple[TimedFiller, ...] = ()
    unintelligible: tuple[tuple[float, float], ...] = ()

    @property
    def long_pauses(self) -> tuple[Pause, ...]:
        return tuple(pause for pause in self.pauses if pause.long)

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration_s": round(self.duration_s, 2),
            "word_count": self.word_count,
            "speaking_s": round(self.speaking_s, 2),
            "wpm": None if self.wpm is None else round(self.wpm, 1),
            "pace": self.pace,
            "pace_direction": self.pace_direction,
            "pace_band": {"good": list(GOOD_WPM), "amber": list(AMBER_WPM)},
            "pauses": [pause.to_dict() for pause in self.pauses],
            "long_pauses": len(self.long_pauses),
            "first_word_s": None if self.first_word_s is None else round(self.first_word_s, 2),
            "late_start": self.late_start,
            "fillers": [filler.to_dict() for filler in self.fillers],
            "unintelligible": [
                {"start": round(start, 2), "end": round(end, 2)}
                for start, end in self.unintelligible
            ],
        }


def pace_of(wpm: float) -> tuple[Pace, Literal["slow", "fast"] | None]:
    """The pace band of a words-per-minute figure, and which way it is off."""
    if GOOD_WPM[0] <= wpm <= GOOD_WPM[1]:
        return "good", None
    direction: Literal["slow", "fast"] = "slow" if wpm < GOOD_WPM[0] else "fast"
    if AMBER_WPM[0] <= wpm <= AMBER_WPM[1]:
        return "amber", direction
    return "flagged", direction


def find_pauses(
    words: Sequence[Word],
    *,
    unheard: Sequence[tuple[float, float]] = (),
    voice: Sequence[tuple[float, float]] = (),
) -> tuple[Pause, ...]:
    """The silences of more than PAUSE_S between consecutive words.

    A gap between two words is silent only where no voice was heard: voice that gave no
    words (`unheard`) and any voice the detector found (`voice`: a word's tail the engine
    timed short, a word it lost, someone else in the room) are cut out of the gap, and each
    silent piece left that is longer than PAUSE_S is a pause of its own.
    """
    sounds = sorted((*unheard, *voice))
    pauses = []
    for before, after in itertools.pairwise(words):
        for start, end in _silences(before.end, after.start, sounds):
            if end - start > PAUSE_S:
                pauses.append(Pause(start, end, end - start, long=end - start > LONG_PAUSE_S))
    return tuple(pauses)


def _silences(
    start: float, end: float, sounds: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """(start, end) minus the sorted `sounds`."""
    pieces = []
    cursor = start
    for sound_start, sound_end in sounds:
        if sound_end <= cursor:
            continue
        if sound_start >= end:
            break
        if sound_start > cursor:
            pieces.append((cursor, sound_start))
        cursor = max(cursor, sound_end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def word_spans(transcript: Transcript) -> tuple[tuple[int, int] | None, ...]:
    """Where each word of the transcript sits in `transcript.text` (None if it is not there).

    Words are searched for in order, so a repeated word maps to its own occurrence.
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for word in transcript.words:
        needle = word.word.strip()
        found = transcript.text.find(needle, cursor) if needle else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(needle)))
        cursor = found + len(needle)
    return tuple(spans)


def time_char_spans(
    transcript: Transcript, char_spans: Sequence[tuple[int, int]]
) -> tuple[TimedFiller, ...]:
    """Give each (start, end) character span into `transcript.text` the time it was said.

    A span covers every word it overlaps; a span that overlaps no word (the text was edited)
    is left out rather than given a made-up time.
    """
    spans = word_spans(transcript)
    timed = []
    for char_start, char_end in char_spans:
        covered = [
            word
            for word, span in zip(transcript.words, spans, strict=True)
            if span is not None and span[0] < char_end and char_start < span[1]
        ]
        if covered:
            text = transcript.text[char_start:char_end]
            timed.append(TimedFiller(text, char_start, char_end, covered[0].start, covered[-1].end))
    return tuple(timed)


def _is_word(word: Word) -> bool:
    return any(char.isalnum() for char in word.word)


def measure_delivery(
    transcript: Transcript, *, filler_spans: Sequence[tuple[int, int]] = ()
) -> DeliveryReport:
    """Measure pace, pauses and start delay; time the fillers found at `filler_spans`."""
    words = [word for word in transcript.words if _is_word(word)]
    pauses = find_pauses(words, unheard=transcript.unintelligible, voice=transcript.voice)
    if not words:
        return DeliveryReport(
            transcript.duration_s, 0, 0.0, None, None, None, (), None, late_start=False
        )
    span = words[-1].end - words[0].start
    unheard_s = sum(
        max(0.0, min(end, words[-1].end) - max(start, words[0].start))
        for start, end in transcript.unintelligible
    )
    # Words said in unintelligible voice were not counted, so its time is left out of pace.
    speaking_s = max(0.0, span - sum(pause.seconds for pause in pauses) - unheard_s)
    wpm = len(words) / speaking_s * 60.0 if speaking_s > 0 else None
    pace, direction = pace_of(wpm) if wpm is not None else (None, None)
    first_word_s = max(0.0, words[0].start)
    return DeliveryReport(
        duration_s=transcript.duration_s,
        word_count=len(words),
        speaking_s=speaking_s,
        wpm=wpm,
        pace=pace,
        pace_direction=direction,
        pauses=pauses,
        first_word_s=first_word_s,
        late_start=first_word_s > LATE_START_S,
        fillers=time_char_spans(transcript, filler_spans),
        unintelligible=transcript.unintelligible,
    )
