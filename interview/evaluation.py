"""One path from an answer to its feedback, for every front end.

The CLI, the history and the Streamlit pages all call these functions, so a typed answer
and a spoken one are judged the same way. A spoken answer is transcribed first; the
analysis then runs on the transcript's text, so filler spans point into `transcript.text`
and each filler gets the time it was said. A recording with no speech in it is refused
with a message rather than scored as an empty answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from interview.analysis import Analysis, analyze
from interview.config import Settings
from interview.models import Transcript
from interview.speech.transcriber import Transcriber, require_speech, transcript_to_dict


def evaluate_text(
    text: str,
    *,
    kind: str = "behavioral",
    question: str | None = None,
    duration_s: float | None = None,
) -> Analysis:
    """Analyse a typed answer. Raises AnswerError for an empty or over-long answer."""
    return analyze(text, kind=kind, question=question, duration_s=duration_s)


def evaluate_audio(
    audio: Path | bytes,
    *,
    transcriber: Transcriber,
    kind: str = "behavioral",
    question: str | None = None,
) -> tuple[Transcript, Analysis]:
    """Transcribe a recorded answer and analyse it, delivery included.

    Raises AudioError for audio that cannot be used or holds no speech, TranscriptionError
    when the engine fails, AnswerError when the words cannot be analysed.
    """
    transcript = require_speech(transcriber.transcribe(audio), audio)
    analysis = analyze(transcript.text, kind=kind, question=question, transcript=transcript)
    return transcript, analysis


def spoken_analysis_dict(transcript: Transcript, analysis: Analysis) -> dict[str, Any]:
    """`Analysis.to_dict()` plus the transcript: the JSON of `interview evaluate --audio`."""
    return {**analysis.to_dict(), "transcript": transcript_to_dict(transcript)}


def evaluate_audio_file(
    audio: Path,
    *,
    kind: str = "behavioral",
    question: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Load the configured engine, evaluate one recording, return the JSON-ready dict."""
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - loads Whisper

    transcriber = load_transcriber(settings or Settings.from_env())
    transcript, analysis = evaluate_audio(
        audio, transcriber=transcriber, kind=kind, question=question
    )
    return spoken_analysis_dict(transcript, analysis)
