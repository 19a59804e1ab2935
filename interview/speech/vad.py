"""How much of a recording is speech, by the Silero model that ships inside faster-whisper.

faster-whisper runs this model itself; the openai-whisper engine asks here, so both engines
skip silent recordings and report speaking time the same way.
"""

from __future__ import annotations

from interview.speech.audio import SAMPLE_RATE, Samples


def speech_regions(samples: Samples) -> tuple[tuple[float, float], ...]:
    """(start, end) seconds of each stretch of speech, in order."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps  # noqa: PLC0415 - heavy

    regions = get_speech_timestamps(samples, VadOptions(), sampling_rate=SAMPLE_RATE)
    return tuple((r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in regions)


def speech_seconds(samples: Samples) -> float:
    """Seconds of detected speech; 0.0 for a silent recording."""
    return sum(end - start for start, end in speech_regions(samples))
