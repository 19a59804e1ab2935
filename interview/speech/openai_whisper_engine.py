"""The optional engine: OpenAI's reference Whisper (PyTorch), for people who already use it.

Installed with `pip install -e '.[openai-whisper]'`. It loads a local `.pt` checkpoint (the
format `whisper.load_model` reads) or a model name whose checkpoint is already in Whisper's
own cache (`~/.cache/whisper`, or under `XDG_CACHE_HOME`): a name is resolved to that file
here, so `whisper.load_model` is never asked to download. Audio goes through our decoder,
so the `ffmpeg` program Whisper normally shells out to is not needed. Voice activity
detection is the same Silero model faster-whisper bundles: all-silent audio never reaches
the model, and the speech time is measured the same way for both engines.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.errors import TranscriptionError
from interview.speech.audio import Samples
from interview.speech.faster_whisper_engine import looks_like_path
from interview.speech.hallucination import DecodedSegment
from interview.speech.pipeline import PipelineTranscriber
from interview.speech.transcriber import RawWord, one_line
from interview.speech.vad import Region
from interview.speech.verbatim import FILLER_PROMPT

logger = logging.getLogger(__name__)

ENGINE = "openai-whisper"
DEFAULT_MODEL = "tiny.en"
INSTALL_HINT = "install it with: pip install -e '.[openai-whisper]'"
_MODEL_HELP = (
    "INTERVIEW_MODEL / --model takes a .pt checkpoint file saved by Whisper, or a model name"
    " such as 'tiny.en' whose checkpoint is already in Whisper's cache (nothing is downloaded)"
)


@dataclass(frozen=True)
class OpenAIDecodeOptions:
    """How openai-whisper decodes an answer.

    Attributes:
        prompt: text Whisper is told came before the answer (keeps fillers).
        language: the answers are in English.
        max_new_tokens: most tokens decoded per 30 s window; None for Whisper's default
            (a fixed budget keeps a benchmark of a random-weight model comparable).
        drop_hallucinations: leave out segments Whisper made up (see hallucination.py);
            False keeps them (a random-weight test model decodes nothing else).
    """

    prompt: str | None = FILLER_PROMPT
    language: str = "en"
    max_new_tokens: int | None = None
    drop_hallucinations: bool = True


class OpenAIWhisperTranscriber(PipelineTranscriber):
    """Whisper through the `whisper` package on the CPU; loads the model once."""

    name = ENGINE

    def __init__(
        self,
        model: str | None = None,
        *,
        max_audio_seconds: float = 15 * 60.0,
        options: OpenAIDecodeOptions | None = None,
    ) -> None:
        self.options = options or OpenAIDecodeOptions()
        super().__init__(
            max_audio_seconds=max_audio_seconds,
            drop_hallucinations=self.options.drop_hallucinations,
        )
        self.model, self._whisper = _load(model)

    def decode(
        self,
        samples: Samples,
        *,
        beam_size: int | None,
        offset_s: float,
        speech: Sequence[Region] | None = None,
    ) -> list[DecodedSegment]:
        """Sequential 30 s windows over the whole of `samples`; `speech` is not needed."""
        opts = self.options
        extra: dict[str, Any] = {} if beam_size is None else {"beam_size": beam_size}
        if opts.max_new_tokens is not None:
            extra["sample_len"] = opts.max_new_tokens
        try:
            result = self._whisper.transcribe(
                samples,
                language=opts.language,
                initial_prompt=opts.prompt,
                word_timestamps=True,
                condition_on_previous_text=False,
                temperature=0.0,
                fp16=False,
                verbose=None,
                **extra,
            )
        except (RuntimeError, ValueError) as exc:
            raise TranscriptionError(
                f"openai-whisper failed on this audio: {one_line(exc)}"
            ) from exc
        return [_decoded(seg, offset_s) for seg in result["segments"] if seg.get("words")]


def _decoded(segment: dict[str, Any], offset_s: float) -> DecodedSegment:
    return DecodedSegment(
        text=segment["text"],
        words=tuple(
            RawWord(w["word"], w["start"] + offset_s, w["end"] + offset_s, w["probability"])
            for w in segment["words"]
        ),
        start=segment["start"] + offset_s,
        end=segment["end"] + offset_s,
        no_speech_prob=segment["no_speech_prob"],
        avg_logprob=segment["avg_logprob"],
        compression_ratio=segment["compression_ratio"],
    )


def resolve_checkpoint(model: str | None) -> str:
    """What `whisper.load_model` is given: a checkpoint file's path or a model name."""
    ref = model or DEFAULT_MODEL
    path = Path(ref).expanduser()
    if path.is_dir():
        raise TranscriptionError(f"{ref} is a folder; {_MODEL_HELP}")
    if path.is_file():
        return str(path)
    if looks_like_path(ref) or ref.endswith(".pt"):
        raise TranscriptionError(f"the model checkpoint {ref} does not exist")
    cached = whisper_cache() / f"{ref}.pt"
    if not cached.is_file():
        raise TranscriptionError(
            f"the openai-whisper model {ref!r} is not on this machine ({cached} is missing),"
            f" and Interview Coach never downloads one; {_MODEL_HELP}"
        )
    return str(cached)


def whisper_cache() -> Path:
    """Where openai-whisper keeps the checkpoints it downloaded (its `load_model` default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "whisper"


def _load(ref: str | None) -> tuple[str, Any]:
    """The checkpoint `ref` resolves to, loaded (whether the engine is installed comes first)."""
    try:
        import whisper  # noqa: PLC0415 - optional and heavy (PyTorch)
    except ImportError:
        raise TranscriptionError(
            f"the openai-whisper engine is not installed; {INSTALL_HINT}"
        ) from None
    model = resolve_checkpoint(ref)
    try:
        loaded = whisper.load_model(model, device="cpu")
    except (OSError, RuntimeError, ValueError, KeyError, pickle.UnpicklingError) as exc:
        what = "is not a Whisper checkpoint" if Path(model).is_file() else "cannot be loaded"
        raise TranscriptionError(
            f"the openai-whisper model {model!r} {what} ({one_line(exc)}); {_MODEL_HELP}"
        ) from exc
    heads = getattr(whisper, "_ALIGNMENT_HEADS", {}).get(Path(model).stem)
    if heads is not None and Path(model).parent == whisper_cache():
        # What load_model does for a name: the word times use the model's alignment heads.
        loaded.set_alignment_heads(heads)
    logger.info("loaded openai-whisper model %s", model)
    return model, loaded
