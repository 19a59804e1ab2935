"""The optional openai-whisper engine, run for real on a small randomly initialised checkpoint.

No real weights can be downloaded here, so the test builds a Whisper with tiny dimensions,
saves it in the format `whisper.load_model` reads ({"dims", "model_state_dict"}) and runs
the whole pipeline: our decoder (no ffmpeg program), VAD, Whisper's decoding with word
timestamps, our transcript building. Random weights decode nonsense, so the token budget
is fixed and the assertions are about shape, not words.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import sys
from pathlib import Path

import numpy as np
import pytest
from speech_fixtures import SENTENCES, SMALL_DIMS, random_whisper_checkpoint, spoken, write_wav

from interview.analysis.delivery import word_spans
from interview.cli import main
from interview.config import Settings
from interview.errors import TranscriptionError
from interview.speech.engines import load_transcriber
from interview.speech.openai_whisper_engine import (
    OpenAIDecodeOptions,
    OpenAIWhisperTranscriber,
    resolve_checkpoint,
)

TEXT = " ".join(SENTENCES[:2])


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Skipped only when the package is absent: an installed engine that fails to import
    # (say numba against a newer numpy) must fail here, not be skipped in silence.
    try:
        importlib.metadata.version("openai-whisper")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(
            "openai-whisper is not installed (make test installs it; or"
            " pip install -e '.[openai-whisper]')"
        )
    return random_whisper_checkpoint(
        tmp_path_factory.mktemp("whisper") / "random-small.pt", SMALL_DIMS
    )


@pytest.fixture(scope="module")
def engine(checkpoint: Path) -> OpenAIWhisperTranscriber:
    # Random weights decode a repetition loop, which the hallucination guard rightly drops;
    # it is turned off here so the rest of the pipeline has words to carry.
    options = OpenAIDecodeOptions(max_new_tokens=12, drop_hallucinations=False)
    return OpenAIWhisperTranscriber(str(checkpoint), options=options)


def test_pipeline_runs_and_returns_a_transcript_of_the_right_shape(
    engine: OpenAIWhisperTranscriber, checkpoint: Path
) -> None:
    clip = spoken(TEXT)
    transcript = engine.transcribe(clip)
    assert (transcript.engine, transcript.model) == ("openai-whisper", str(checkpoint))
    assert transcript.duration_s == pytest.approx(9.0, abs=2.5)
    assert 0 < transcript.speech_s <= transcript.duration_s
    assert transcript.words, "a fixed token budget still decodes some words"
    for word in transcript.words:
        assert word.word == word.word.strip() and word.word
        assert 0.0 <= word.start <= word.end <= transcript.duration_s
        assert 0.0 <= word.probability <= 1.0
    assert None not in word_spans(transcript)


def test_the_hallucination_guard_drops_a_repetition_loop(checkpoint: Path) -> None:
    guarded = OpenAIWhisperTranscriber(
        str(checkpoint), options=OpenAIDecodeOptions(max_new_tokens=12)
    )
    transcript = guarded.transcribe(spoken(TEXT))
    assert (transcript.text, transcript.words) == ("", ())
    assert transcript.speech_s > 0  # speech was heard; the words were not believed


def test_silence_gives_an_empty_transcript(
    engine: OpenAIWhisperTranscriber, tmp_path: Path
) -> None:
    silence = write_wav(tmp_path / "silence.wav", np.zeros(2 * 16000, np.float32))
    transcript = engine.transcribe(silence)
    assert (transcript.text, transcript.words, transcript.speech_s) == ("", (), 0.0)


def test_settings_choose_the_engine(checkpoint: Path) -> None:
    settings = dataclasses.replace(
        Settings.from_env(), engine="openai-whisper", model=str(checkpoint)
    )
    transcriber = load_transcriber(settings)
    assert isinstance(transcriber, OpenAIWhisperTranscriber)
    assert transcriber.model == str(checkpoint)


def test_cli_transcribe_with_the_openai_engine(
    checkpoint: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The bundled faster-whisper would transcribe this clip; the random checkpoint decodes a
    # repetition loop that the guard drops, twice. So "voice but no words" proves the CLI ran
    # this engine, through our decoder, VAD, Whisper, the guard and the second pass, and said
    # so in one line (never "no speech detected": the voice detector heard speech).
    clip = spoken(TEXT)
    args = ["transcribe", str(clip), "--engine", "openai-whisper", "--model", str(checkpoint)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {clip} has ") and err.count("\n") == 1
    assert "of voice, but no words could be made out in it" in err


@pytest.mark.parametrize(
    "model,message",
    [
        ("/nonexistent.pt", "the model checkpoint /nonexistent.pt does not exist"),
        ("missing.pt", "the model checkpoint missing.pt does not exist"),  # a file, not a name
        ("FOLDER", "FOLDER is a folder; INTERVIEW_MODEL / --model takes a .pt checkpoint"),
        ("TEXT", "the openai-whisper model 'TEXT' is not a Whisper checkpoint ("),
    ],
)
def test_cli_bad_checkpoints_exit_2_with_one_line(
    checkpoint: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    model: str,
    message: str,
) -> None:
    text = tmp_path / "notes.pt"
    text.write_bytes(b"not a checkpoint")
    named = {"FOLDER": str(tmp_path), "TEXT": str(text)}
    model = named.get(model, model)
    args = ["transcribe", str(spoken(TEXT)), "--engine", "openai-whisper", "--model", model]
    assert main(args) == 2
    err = capsys.readouterr().err
    for placeholder, value in named.items():
        message = message.replace(placeholder, value)
    assert err.startswith(f"error: {message}"), err
    assert len(err.splitlines()) == 1


def test_not_installed_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "whisper", None)  # import whisper now raises ImportError
    with pytest.raises(TranscriptionError, match=r"pip install -e '\.\[openai-whisper\]'"):
        OpenAIWhisperTranscriber("tiny.en")


def test_a_model_name_is_never_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    args = ["transcribe", str(spoken(TEXT)), "--engine", "openai-whisper", "--model", "tiny.en"]
    assert main(args) == 2
    err = capsys.readouterr().err
    missing = tmp_path / "whisper" / "tiny.en.pt"
    said = "error: the openai-whisper model 'tiny.en' is not on this machine"
    assert err.startswith(f"{said} ({missing}")
    assert "never downloads" in err and len(err.splitlines()) == 1
    assert not missing.exists()


def test_a_cached_model_name_is_read_from_whisper_s_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = tmp_path / "whisper" / "tiny.en.pt"
    cached.parent.mkdir()
    cached.write_bytes(b"a checkpoint")
    assert resolve_checkpoint("tiny.en") == str(cached)
