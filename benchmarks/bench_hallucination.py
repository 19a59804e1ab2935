"""How well transcription tells sound from speech, and how close pause times are.

Four measurements with the bundled model:
  1. sounds that are not speech (warbling tones, buzzes, melodies with drum hits, noise
     bursts, white and pink noise), generated here: how many segments Whisper writes for
     them, how many the hallucination guard keeps (goal: none), and how many clips the
     whole pipeline reports as voice it could not make out (rather than words);
  2. espeak-ng speech in four voices at three speeds, clean and under pink noise at about
     20 and 10 dB SNR: how many segments the guard wrongly drops (goal: none), and the
     highest scores a heard segment got, against the guard's limits;
  2b. real people (tests/data/speech: meeting speech dense with "um"s and restarts, each
     speaker's clips also joined into one long answer): segments the guard drops (goal:
     none), and what the old rule (compression of the whole text over 2.4) would drop;
  3. two sentences with known silence before and between them: the error of the first
     word's time and of the pause's start and end (goal: within 0.3 s).

The figures back the limits in interview/speech/hallucination.py and vad.py. Takes a few
minutes on 2 cores.

    python benchmarks/bench_hallucination.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # speech_fixtures: the clips the tests use too

if TYPE_CHECKING:
    from interview.speech.faster_whisper_engine import FasterWhisperTranscriber

RATE = 16000
SEEDS = range(40)
VOICES = ("en-us", "en-gb", "en-us+f3", "en-us+m7")
SPEEDS = (120, 160, 200)
NOISE_RMS = (0.0, 0.01, 0.03)  # espeak-ng speech is about 0.1 RMS: clean, ~20 dB, ~10 dB SNR
PAUSES = ((0.3, 1.5), (1.0, 3.0), (1.5, 3.0), (3.0, 2.0), (0.6, 1.2), (2.0, 4.0), (1.0, 1.1))


def pink(samples: int, rms: float, rng: np.random.Generator) -> np.ndarray:
    spectrum = np.fft.rfft(rng.normal(0, 1, samples))
    freqs = np.fft.rfftfreq(samples)
    freqs[0] = freqs[1]
    noise = np.fft.irfft(spectrum / np.sqrt(freqs), samples)
    return noise / np.sqrt(np.mean(noise**2)) * rms


def melody(seed: int) -> np.ndarray:
    """Notes of a scale with a drum hit on each: music, not speech."""
    rng = np.random.default_rng(seed)
    notes = (261.6, 293.7, 329.6, 349.2, 392.0, 440.0, 493.9, 523.3)
    count = int(rng.integers(8, 24))
    length = 8 * RATE // count
    t = np.arange(length) / RATE
    out = []
    for _ in range(count):
        note = 0.3 * np.sin(2 * np.pi * notes[rng.integers(8)] * t) * np.hanning(length)
        note[:800] += rng.normal(0, rng.uniform(0.05, 0.4), 800)
        out.append(note)
    return np.concatenate(out)


def bursts(seed: int) -> np.ndarray:
    """Short swells of noise, like breaths, rustles or a keyboard."""
    rng = np.random.default_rng(seed)
    out = np.zeros(8 * RATE)
    for _ in range(int(rng.integers(3, 12))):
        at, length = int(rng.integers(0, 7 * RATE)), int(rng.integers(800, 8000))
        out[at : at + length] += rng.normal(0, rng.uniform(0.05, 0.5), length) * np.hanning(length)
    return out


def not_speech() -> Iterator[np.ndarray]:
    from speech_fixtures import buzz, warble

    makers: tuple[Callable[[int], np.ndarray], ...] = (warble, buzz, melody, bursts)
    for make in makers:
        for seed in SEEDS:
            yield make(seed)
    rng = np.random.default_rng(0)
    for rms in (0.003, 0.02, 0.1, 0.3):
        yield rng.normal(0, rms, 8 * RATE)
        yield pink(8 * RATE, rms, rng)


def speech() -> Iterator[np.ndarray]:
    from speech_fixtures import answer_text, speak

    from interview.speech.audio import decode_audio

    texts = (answer_text(40, fillers=True), "Yes.", "Um.", "Okay, uh, yes.", "Thank you.")
    rng = np.random.default_rng(1)
    workdir = Path(tempfile.mkdtemp(prefix="bench-hallucination-"))
    for voice in VOICES:
        for speed in SPEEDS:
            for index, text in enumerate(texts):
                path = workdir / f"{voice}-{speed}-{index}.wav"
                speak(text, path, words_per_minute=speed, voice=voice)
                said = decode_audio(path, max_seconds=600, min_seconds=0)
                padded = np.concatenate([np.zeros(RATE // 2), said, np.zeros(RATE // 2)])
                for rms in NOISE_RMS:
                    yield padded + pink(len(padded), rms, rng) if rms else padded
    shutil.rmtree(workdir, ignore_errors=True)


# (no-speech probability, log-probability, compression ratio, text, seconds)
Scores = tuple[float, float, float, str, float]


def scores(engine: FasterWhisperTranscriber, samples: np.ndarray) -> list[Scores]:
    """The scores of each segment Whisper writes, unjudged."""
    from interview.speech.vad import speech_regions

    clip = samples.astype(np.float32)
    if not speech_regions(clip):
        return []
    segments = engine.decode(clip, beam_size=None, offset_s=0.0)
    return [
        (s.no_speech_prob, s.avg_logprob, s.compression_ratio, s.text, s.end - s.start)
        for s in segments
    ]


def made_up(score: Scores) -> bool:
    from interview.speech.hallucination import is_hallucination

    no_speech, logprob, _, text, seconds = score
    return is_hallucination(
        text=text, duration_s=seconds, no_speech_prob=no_speech, avg_logprob=logprob
    )


def report_real(engine: FasterWhisperTranscriber) -> None:
    from real_speech import answer, clips, samples

    from interview.speech.hallucination import MAX_COMPRESSION_RATIO

    audio = [samples(c.path) for c in clips()]
    audio += [answer(s)[0] for s in sorted({c.speaker for c in clips()})]
    heard = [score for clip in audio for score in scores(engine, clip)]
    dropped = [score[3][:60] for score in heard if made_up(score)]
    old = [score for score in heard if score[2] > MAX_COMPRESSION_RATIO]
    print(f"2b. {len(heard)} segments of real voices: the guard drops {len(dropped)} (goal 0)")
    print(f"   {dropped}; the old whole-text compression rule would drop {len(old)}")


def report_guard(engine: FasterWhisperTranscriber) -> None:
    clips = list(not_speech())
    written = [score for clip in clips for score in scores(engine, clip)]
    kept = [score for score in written if not made_up(score)]
    unclear = sum(
        bool(engine.transcribe_samples(c.astype(np.float32)).unintelligible) for c in clips
    )
    print(f"1. {len(clips)} clips with no speech: Whisper wrote {len(written)} segments,")
    print(f"   the guard keeps {len(kept)} (goal 0): {[(s[3], round(s[0], 2)) for s in kept]};")
    print(f"   {unclear} clips are reported as voice that could not be made out")
    heard = [score for clip in speech() for score in scores(engine, clip)]
    dropped = [score for score in heard if made_up(score)]
    doubt = max(score[0] - score[1] for score in heard)
    print(f"2. {len(heard)} segments of speech: the guard drops {len(dropped)} (goal 0);")
    print(
        f"   highest no-speech minus log-probability {doubt:.2f} (limit 1.0),"
        f" highest compression {max(s[2] for s in heard):.2f} (limit 2.4),"
        f" highest no-speech {max(s[0] for s in heard):.2f}"
    )


def report_timing(engine: FasterWhisperTranscriber) -> None:
    from speech_fixtures import SENTENCES, spoken

    from interview.analysis.delivery import measure_delivery
    from interview.speech.audio import decode_audio

    errors: list[float] = []
    for index, (lead, gap) in enumerate(PAUSES):
        first, second = (
            decode_audio(spoken(SENTENCES[index * 2 + k]), max_seconds=60) for k in (0, 1)
        )
        silence = [np.zeros(int(s * RATE), np.float32) for s in (lead, gap, 1.0)]
        samples = np.concatenate([silence[0], first, silence[1], second, silence[2]])
        on, off = _audible(first)
        second_on = lead + len(first) / RATE + gap + _audible(second)[0]
        report = measure_delivery(engine.transcribe_samples(samples))
        longest = max(report.pauses, key=lambda p: p.seconds)
        errors += [
            abs((report.first_word_s or 0) - lead - on),
            abs(longest.start - lead - off),
            abs(longest.end - second_on),
        ]
    print(
        f"3. {len(PAUSES)} answers with a known start and pause: largest error of the first"
        f" word, pause start or end {max(errors):.2f} s, mean {np.mean(errors):.2f} s (goal <= 0.3)"
    )


def _audible(samples: np.ndarray) -> tuple[float, float]:
    loud = np.flatnonzero(np.abs(samples) > 0.01) / RATE
    return float(loud[0]), float(loud[-1])


def main() -> None:
    from interview.speech.faster_whisper_engine import FasterWhisperTranscriber

    engine = FasterWhisperTranscriber()
    report_guard(engine)
    report_real(engine)
    report_timing(engine)


if __name__ == "__main__":
    main()
