"""The one path from an answer to feedback: typed text, and recordings through a transcriber.

Most tests inject a fake transcriber with known word times; the last ones run the real
bundled model on espeak-ng speech through `interview evaluate --audio`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from speech_fixtures import FORMATS, Format, bundled_transcriber, converted, spoken, write_wav

from interview.analysis import Analysis, analyse
from interview.answers import analyse_audio, analyse_text, spoken_analysis_dict
from interview.cli import main
from interview.cli.report import render_report
from interview.errors import AudioError
from interview.models import Transcript, Word
from interview.speech.audio import decode_audio

ANSWER = (
    "Last year our release was slipping. Um, I had to get it out by Friday. "
    "I split the work and, uh, I reviewed every change myself. We shipped on time."
)


@dataclass
class FakeTranscriber:
    """Says each word of `text` for 0.3 s with 0.1 s gaps, after `delay` seconds of silence."""

    text: str
    delay: float = 0.5
    name: str = "fake"
    model: str = "fake"
    # Extra silence (seconds) before the word at each index.
    pauses: tuple[tuple[int, float], ...] = ()

    def transcribe(self, audio: Path | bytes) -> Transcript:
        words, clock = [], self.delay
        for index, word in enumerate(self.text.split()):
            clock += dict(self.pauses).get(index, 0.0)
            words.append(Word(word, clock, clock + 0.3))
            clock += 0.4
        duration = clock + 1.0
        return Transcript(self.text, tuple(words), duration, clock - self.delay, "fake", "fake")


def test_typed_answers_go_through_analyze() -> None:
    expected = analyse(ANSWER, kind="behavioral", question="Q?", duration_s=50.0).to_dict()
    got = analyse_text(ANSWER, kind="behavioral", question="Q?", duration_s=50.0).to_dict()
    assert got == expected


def test_spoken_answer_is_analysed_with_delivery_and_timed_fillers() -> None:
    transcript, analysis = analyse_audio(
        b"audio", transcriber=FakeTranscriber(ANSWER), kind="behavioral", question="Q?"
    )
    data = spoken_analysis_dict(transcript, analysis)
    assert data["transcript"]["text"] == ANSWER
    assert data["duration_s"] == pytest.approx(transcript.duration_s)
    delivery = data["delivery"]
    count = len(ANSWER.split())  # one word every 0.4 s, each 0.3 s long
    assert delivery["wpm"] == pytest.approx(count / ((count - 1) * 0.4 + 0.3) * 60, abs=0.1)
    assert delivery["first_word_s"] == 0.5
    timed = {(f["text"], f["char_start"]): f["start"] for f in delivery["fillers"]}
    for span in data["fillers"]["spans"]:
        assert ANSWER[span["start"] : span["end"]] == span["text"]
        word_index = len(ANSWER[: span["start"]].split())
        assert timed[(span["text"], span["start"])] == pytest.approx(0.5 + 0.4 * word_index)


@pytest.mark.parametrize(
    "fake,lines",
    [
        (
            FakeTranscriber(ANSWER, delay=3.0, pauses=((6, 1.5), (20, 2.7))),
            [
                # 30 words from 3.0 s to 19.1 s, less 1.6 s and 2.8 s of pauses: 11.7 s.
                "Delivery: 154 words a minute over 11.7 s of speaking, a good pace"
                " (130-160 is good); first word at 3.0 s (late)",
                "Pauses over 1 s: 5.3-6.9 s (1.6 s), 12.4-15.2 s (2.8 s, long)",
            ],
        ),
        (
            FakeTranscriber("Yes. " * 12, delay=0.2),
            [
                # 12 words in 11 x 0.4 + 0.3 s.
                "Delivery: 153 words a minute over 4.7 s of speaking, a good pace"
                " (130-160 is good); first word at 0.2 s",
                "Pauses over 1 s: none",
            ],
        ),
    ],
)
def test_the_report_gives_pace_start_and_each_pause_with_its_time(
    fake: FakeTranscriber, lines: list[str]
) -> None:
    transcript, analysis = analyse_audio(b"audio", transcriber=fake)
    report = render_report(
        Analysis.from_dict(spoken_analysis_dict(transcript, analysis))
    ).splitlines()
    at = report.index(lines[0])
    assert report[at : at + len(lines)] == lines


def test_a_stored_delivery_from_an_older_version_still_prints() -> None:
    transcript, analysis = analyse_audio(b"audio", transcriber=FakeTranscriber(ANSWER))
    data = {**spoken_analysis_dict(transcript, analysis), "delivery": {"wpm": 131.0}}
    assert "Delivery: 131 words a minute" in render_report(Analysis.from_dict(data)).splitlines()


@pytest.mark.parametrize("audio,name", [(Path("answer.wav"), "answer.wav"), (b"x", "recording")])
def test_no_speech_is_refused_not_scored(audio: Path | bytes, name: str) -> None:
    with pytest.raises(AudioError, match=f"no speech detected in (the )?{name}"):
        analyse_audio(audio, transcriber=FakeTranscriber(""), kind="hr", question=None)


@pytest.mark.slow
def test_spoken_fillers_are_counted_by_the_analysis() -> None:
    text = "I was, uh, leading the project and, uh, we met the deadline. Um, it went well."
    transcript, analysis = analyse_audio(
        spoken(text), transcriber=bundled_transcriber(), kind="behavioral", question=None
    )
    counts = analysis.fillers.counts
    assert (counts.get("uh", 0), counts.get("um", 0)) == (2, 1), transcript.text
    assert analysis.delivery is not None
    assert len(analysis.delivery.fillers) == analysis.fillers.total


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS, ids=[f.suffix + "-" + f.container for f in FORMATS])
def test_cli_evaluate_audio_json_on_every_format(
    capsys: pytest.CaptureFixture[str], fmt: Format
) -> None:
    clip = converted(spoken("So, um, I think the team, um, shipped the release on time."), fmt)
    assert main(["evaluate", "--audio", str(clip), "--kind", "behavioral", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    transcript = data["transcript"]
    assert set(transcript) >= {"text", "words", "duration_s"}
    assert set(transcript["words"][0]) >= {"word", "start", "end"}
    assert set(data["delivery"]) >= {"wpm", "speaking_s", "pauses"}
    assert data["fillers"]["counts"].get("um") == 2
    for span in data["fillers"]["spans"]:
        assert transcript["text"][span["start"] : span["end"]] == span["text"]


def voiced_span(samples: np.ndarray) -> tuple[float, float]:
    """First and last moment a clip is audible (above -40 dBFS), in seconds."""
    loud = np.flatnonzero(np.abs(samples) > 0.01) / 16000
    return float(loud[0]), float(loud[-1])


@pytest.mark.slow
@pytest.mark.parametrize("lead_s,pause_s", [(1.5, 3.0), (0.6, 1.2), (3.0, 2.0)])
def test_cli_evaluate_audio_times_a_real_pause_and_late_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead_s: float, pause_s: float
) -> None:
    # Two spoken sentences with known silences: before, between and after.
    first, second = (
        decode_audio(spoken(text), max_seconds=60)
        for text in ("I led the migration of our billing system.", "We finished two weeks early.")
    )
    silence = [np.zeros(int(s * 16000), np.float32) for s in (lead_s, pause_s, 1.0)]
    clip = write_wav(
        tmp_path / "pause.wav",
        np.concatenate([silence[0], first, silence[1], second, silence[2]]),
    )
    first_on, first_off = voiced_span(first)
    second_on = lead_s + len(first) / 16000 + pause_s + voiced_span(second)[0]
    assert main(["evaluate", "--audio", str(clip), "--json"]) == 0
    delivery = json.loads(capsys.readouterr().out)["delivery"]
    assert delivery["first_word_s"] == pytest.approx(lead_s + first_on, abs=0.3)
    assert delivery["late_start"] is (lead_s > 2.5)
    (pause,) = delivery["pauses"]
    assert pause["start"] == pytest.approx(lead_s + first_off, abs=0.3)
    assert pause["end"] == pytest.approx(second_on, abs=0.3)
    assert pause["long"] is (pause["seconds"] > 2.5) and pause["long"] is (pause_s > 2.5)
    assert delivery["long_pauses"] == int(pause_s > 2.5)


@pytest.mark.slow
def test_cli_evaluate_audio_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    clip = spoken("I was, uh, leading the project and, uh, we met the deadline.")
    assert main(["evaluate", "--audio", str(clip)]) == 0
    out = capsys.readouterr().out
    assert "Delivery:" in out and "\u00abuh\u00bb" in out


@pytest.mark.parametrize(
    "args,message",
    [
        (["--audio", "SILENCE"], "no speech detected in"),
        (["--audio", "/nonexistent.wav"], "/nonexistent.wav: no such file"),
        (["answer.txt", "--audio", "SILENCE"], "give no FILE and no --duration"),
        (["--audio", "SILENCE", "--duration", "30"], "give no FILE and no --duration"),
    ],
)
def test_cli_evaluate_audio_problems_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    silence = write_wav(tmp_path / "silence.wav", np.zeros(2 * 16000, np.float32))
    argv = ["evaluate", *(str(silence) if a == "SILENCE" else a for a in args)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert len(err.strip().splitlines()) == 1
