"""The shared types (interview.models): a transcript's one JSON shape, read and written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import FakeTranscriber

from interview import cli
from interview.analysis import analyse
from interview.answers import record_attempt, spoken_analysis_dict
from interview.history.store import HistoryStore
from interview.models import TRANSCRIPT_VERSION, Question, Transcript, Word

# Durations with more digits than the shape keeps, so rounding is visible.
TRANSCRIPT = Transcript(
    text="I fixed the build and it went green.",
    words=(
        Word("I", 0.2, 0.4, 0.9),
        Word("fixed", 0.4, 0.8),
        Word("the", 0.8, 0.9),
        Word("build", 0.9, 1.3),
        Word("and", 1.3, 1.4),
        Word("it", 1.4, 1.5),
        Word("went", 1.5, 1.7),
        Word("green.", 1.7, 2.1),
    ),
    duration_s=2.71828,
    speech_s=1.91234,
    engine="fake",
    model="fake",
    unintelligible=((2.2, 2.6),),
    voice=((0.2, 2.6),),
)
QUESTION = Question(
    id="fix-1", text="Tell me about a fix.", kind="behavioral", competency="initiative"
)


def test_the_shape_has_every_key_and_a_version() -> None:
    data = TRANSCRIPT.to_dict()
    assert data["version"] == TRANSCRIPT_VERSION
    assert (data["duration_s"], data["speech_s"]) == (2.718, 1.912)
    assert data["words"][0] == {"word": "I", "start": 0.2, "end": 0.4, "probability": 0.9}
    assert data["unintelligible"] == [{"start": 2.2, "end": 2.6}]
    assert set(data) == {
        *("version", "text", "words", "duration_s", "speech_s", "engine", "model"),
        *("unintelligible", "voice"),
    }


def test_from_dict_reads_the_shape_back() -> None:
    again = Transcript.from_dict(json.loads(json.dumps(TRANSCRIPT.to_dict())))
    assert again.words == TRANSCRIPT.words and again.text == TRANSCRIPT.text
    assert (again.duration_s, again.speech_s) == (2.718, 1.912)
    assert again.unintelligible == ((2.2, 2.6),)
    assert again.voice == ((0.2, 2.6),)
    assert again.to_dict() == TRANSCRIPT.to_dict()


def test_from_dict_reads_a_transcript_stored_before_versions() -> None:
    old = {"text": "Hi.", "words": [{"word": "Hi.", "start": 0.0, "end": 0.5}], "duration_s": 1.0}
    read = Transcript.from_dict(old)
    assert (read.speech_s, read.engine, read.words[0].probability) == (1.0, "", 1.0)
    assert read.unintelligible == () and read.voice == ()


def test_the_cli_and_the_store_write_the_same_shape(
    store: HistoryStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    fake = FakeTranscriber(TRANSCRIPT)
    monkeypatch.setattr("interview.speech.engines.load_transcriber", lambda settings: fake)
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF")
    assert cli.main(["transcribe", str(audio), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)

    outcome = record_attempt(store, QUESTION, recording=audio, transcriber=fake)
    assert outcome.ok, outcome.error
    stored = outcome.attempt.transcript
    assert stored is not None
    analysis = analyse(TRANSCRIPT.text, transcript=TRANSCRIPT)
    evaluated = spoken_analysis_dict(TRANSCRIPT, analysis)["transcript"]
    assert printed == stored.to_dict() == evaluated == outcome.to_dict()["transcript"]
