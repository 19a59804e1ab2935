"""Pick and load the speech engine the settings name.

Loading a model takes a second or more and its memory, so this is called once per process
(the app caches the result, the CLI calls it once per command) and the object is shared.
"""

from __future__ import annotations

from interview.config import ENGINES, Settings
from interview.errors import TranscriptionError
from interview.speech.transcriber import Transcriber


def load_transcriber(settings: Settings) -> Transcriber:
    """The engine named by `settings.engine`, with `settings.model` (None: the default model)."""
    if settings.engine == "faster-whisper":
        from interview.speech.faster_whisper_engine import (  # noqa: PLC0415 - heavy
            FasterWhisperTranscriber,
        )

        return FasterWhisperTranscriber(
            settings.model, max_audio_seconds=settings.max_audio_seconds
        )
    if settings.engine == "openai-whisper":
        from interview.speech.openai_whisper_engine import (  # noqa: PLC0415 - heavy
            OpenAIWhisperTranscriber,
        )

        return OpenAIWhisperTranscriber(
            settings.model, max_audio_seconds=settings.max_audio_seconds
        )
    allowed = ", ".join(ENGINES)
    raise TranscriptionError(f"unknown speech engine {settings.engine!r}; use one of {allowed}")
