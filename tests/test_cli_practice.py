"""`interview practice`: one scripted attempt, and an interactive session fed from stdin."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import numpy as np
import pytest
from db_lock import short_busy_timeout, write_locked
from fakes import FakeTranscriber, make_transcript

from interview.cli import main, practice_terminal
from interview.config import Settings
from interview.errors import HistoryError, TranscriptionError
from interview.history.store import HistoryStore
from interview.models import Question

BANK = """
[[questions]]
id = "mine-beh-01"
text = "Tell me about a project you rescued."
kind = "behavioral"
competency = "problem-solving"
answer_seconds = 60

[[questions]]
id = "mine-beh-02"
text = "Tell me about a time you disagreed with your manager."
kind = "behavioral"
competency = "conflict"

[[questions]]
id = "mine-hr-01"
text = "Why do you want this job?"
kind = "hr"
competency = "communication"
"""
ANSWER = (
    "Last year our data import was failing every night. I was responsible for fixing it. "
    "I traced the failures to a date format, wrote a parser and added 25 tests. "
    "Failures dropped to zero and the team saved 4 hours a week."
)
SPOKEN = "um so I traced the failures and I wrote a parser and the failures stopped"


@pytest.fixture(autouse=True)
def my_bank() -> Iterator[None]:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(BANK)
    yield


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeTranscriber:
    fake = FakeTranscriber(make_transcript(SPOKEN, gap=0.2))
    monkeypatch.setattr(practice_terminal, "load_engine", lambda settings: fake)
    return fake


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_typed_answer_file_is_recorded_and_its_analysis_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER)
    status, out, _ = run(
        capsys, "practice", "--question", "mine-beh-01", "--answer-file", str(answer), "--json"
    )
    data = json.loads(out)
    assert status == 0 and data["analysed"] is True and data["kind"] == "behavioral"
    stored = HistoryStore.open().get_attempt(data["attempt_id"])
    assert stored.answer_text == ANSWER and stored.score == data["score"]
    assert {"star", "specificity", "fillers", "tips"} <= set(data)


def test_an_audio_file_is_saved_transcribed_and_analysed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_engine: FakeTranscriber
) -> None:
    audio = tmp_path / "answer.ogg"
    audio.write_bytes(b"OggS-pretend")
    status, out, _ = run(
        capsys, "practice", "--question", "mine-beh-01", "--audio", str(audio), "--json"
    )
    data = json.loads(out)
    assert status == 0 and data["transcript"]["text"] == SPOKEN and data["delivery"]["wpm"] > 0
    stored = HistoryStore.open().get_attempt(data["attempt_id"])
    assert stored.recording is not None and stored.recording.suffix == ".ogg"
    assert fake_engine.calls == [stored.recording]


def test_readable_output_ends_with_the_attempt_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER)
    status, out, _ = run(
        capsys, "practice", "--question", "mine-beh-01", "--answer-file", str(answer)
    )
    assert status == 0 and out.startswith("Score ") and "Saved as attempt 1.\n" in out


@pytest.mark.parametrize(
    "argv,message",
    [
        (("--question", "nope", "--answer-file", "x.txt"), "no question has the id 'nope'"),
        (
            ("--question", "mine-beh-01"),
            "use --question ID with --answer-file FILE or --audio FILE",
        ),
        (("--answer-file", "x.txt"), "use --question ID"),
        (("--question", "mine-beh-01", "--answer-file", "missing.txt"), "answer file not found"),
        (("--question", "mine-beh-01", "--audio", "missing.wav"), "audio file not found"),
        (("--question", "mine-beh-01", "--audio", "."), ". is a folder, not a recording"),
        (("--follow-up", "1", "--audio", "."), ". is a folder, not a recording"),
    ],
)
def test_scripted_mistakes_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    status, _, err = run(capsys, "practice", *argv)
    assert status == 2 and message in err and "Traceback" not in err
    assert HistoryStore.open().count_attempts() == 0


def test_a_silent_recording_is_kept_and_exit_2_says_to_record_again_not_reanalyse(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_engine: FakeTranscriber
) -> None:
    fake_engine.transcript = make_transcript("")
    audio = tmp_path / "quiet.wav"
    audio.write_bytes(b"RIFF-quiet")
    status, _, err = run(capsys, "practice", "--question", "mine-beh-01", "--audio", str(audio))
    assert status == 2 and "no speech detected" in err and "record the answer again" in err
    # Reanalysing a silent recording fails the same way, so it is not suggested...
    assert "saved as attempt 1" in err and "reanalyse cannot help" in err
    assert "run `interview history reanalyse" not in err
    assert HistoryStore.open().get_attempt(1).status == "failed"
    # ...and reanalyse itself does not send the user round in a circle.
    status, _, err = run(capsys, "history", "reanalyse", "1")
    assert status == 2 and "reanalyse cannot help" in err


def test_a_transient_failure_says_reanalyse_will_help(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_engine: FakeTranscriber
) -> None:
    def missing_model(_: object) -> None:
        raise TranscriptionError("the model directory /nowhere does not exist")

    fake_engine.before_return = missing_model
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF-answer")
    status, _, err = run(capsys, "practice", "--question", "mine-beh-01", "--audio", str(audio))
    assert status == 2 and "run `interview history reanalyse 1` to try again" in err


def test_an_interactive_typed_session(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = f"\n{ANSWER}\n.\ns\n"  # ready, answer, end; skip the second question
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    status, out, _ = run(
        capsys, "practice", "--count", "2", "--kind", "behavioral", "--seed", "1", "--type"
    )
    assert status == 0
    assert "Question 1 of 2" in out and "Question 2 of 2" in out
    # Typed answers are timed by their words at a speaking pace, never by the typing.
    assert "long at a speaking pace of 150 words a minute: within the" in out
    assert "Score " in out and "Saved as attempt 1." in out
    assert "answered 1 of 2 questions, analysed 1, skipped 1" in out
    store = HistoryStore.open()
    [attempt] = store.list_attempts()
    assert (
        attempt.session_id is not None
        and store.get_session(attempt.session_id).ended_at is not None
    )


def test_quitting_at_once_still_closes_the_session(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    status, out, _ = run(capsys, "practice", "--count", "3", "--type")
    assert status == 0 and "answered 0 of 3 questions" in out


def test_an_interrupted_session_resumes_with_its_question_and_draft(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = ANSWER.split(". ", 1)
    # Ready, one line typed, then the terminal is gone (end of input is not a quit).
    monkeypatch.setattr("sys.stdin", Interrupted(f"\n{first}.\n"))
    argv = ("practice", "--count", "2", "--kind", "behavioral", "--seed", "1", "--type")
    status, out, _ = run(capsys, *argv)
    assert status == 0 and "interview practice --resume" in out
    asked = out.split("Question 1 of 2 - ")[1].splitlines()[1]
    assert HistoryStore.open().count_attempts() == 0

    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))  # a new session, quit at once
    status, out, _ = run(capsys, "practice", "--count", "3", "--type")
    assert "You have an unfinished session (question 1 of 2, draft kept)" in out

    monkeypatch.setattr("sys.stdin", io.StringIO(f"\n{second}\n.\nq\n"))
    status, out, _ = run(capsys, "practice", "--resume", "--type")
    assert status == 0 and "Resuming your session (question 1 of 2, draft kept)" in out
    assert "Question 1 of 2 - " in out and asked in out
    assert f"Your draft so far:\n{first}." in out
    store = HistoryStore.open()
    [attempt] = store.list_attempts()
    assert store.get_attempt(attempt.id).answer_text == f"{first}.\n{second}"
    status, _, err = run(capsys, "practice", "--resume")
    assert status == 2 and "there is no unfinished practice session" in err


class Interrupted(io.StringIO):
    """Typed input that ends with Ctrl+C once it is used up."""

    def readline(self, size: int | None = -1) -> str:
        line = super().readline(-1 if size is None else size)
        if line == "":
            raise KeyboardInterrupt
        return line


class Keyboard(io.StringIO):
    """Typed input at a terminal: the session asks what to practise."""

    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_choices_are_asked_and_typos_asked_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = ["behavioural", "beh", "problem solving", "problem", "", "two", "1", ""]
    monkeypatch.setattr("sys.stdin", Keyboard("\n".join([*typed, ANSWER, ".", ""])))
    status, out, err = run(capsys, "practice", "--type")
    assert status == 0 and "Traceback" not in err
    assert "'behavioural' is not one of those (did you mean 'behavioral'?)" in out
    assert "'two' is not a number from 1 to" in out and "Question 1 of 1" in out
    [attempt] = HistoryStore.open().list_attempts()
    assert (attempt.kind, attempt.competency, attempt.analysed) == (
        "behavioral",
        "problem-solving",
        True,
    )


def test_an_empty_answer_asks_the_same_question_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = f"\n.\n\n{ANSWER}\n.\n"  # ready, nothing typed; ready again, the answer
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    status, out, _ = run(capsys, "practice", "--count", "1", "--kind", "behavioral", "--type")
    assert status == 0 and "here is the question again" in out
    assert out.count("Question 1 of 1") == 2 and "answered 1 of 1 question," in out
    assert HistoryStore.open().count_attempts() == 1


def test_a_locked_database_refuses_a_scripted_attempt_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER)
    argv = ("practice", "--question", "mine-beh-01", "--answer-file", str(answer))
    HistoryStore.open().close()
    with write_locked(Settings.from_env().home / "interview.db", monkeypatch):
        status, out, err = run(capsys, *argv)
        assert status == 2 and out == "" and err.count("\n") == 1 and "locked" in err
    assert HistoryStore.open().count_attempts() == 0
    assert run(capsys, *argv)[0] == 0


class LockedOnEnd(io.StringIO):
    """Typed input; when the answer's closing "." is read, another process locks the database."""

    def __init__(self, text: str, lock: Callable[[], None]) -> None:
        super().__init__(text)
        self.lock = lock

    def readline(self, size: int | None = -1) -> str:
        line = super().readline(-1 if size is None else size)
        if line == ".\n":
            self.lock()
        return line


def test_a_typed_answer_the_locked_database_cannot_take_is_kept_with_a_way_to_store_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Settings.from_env().home / "interview.db"
    short_busy_timeout(monkeypatch)  # the session's connection is opened before the lock
    with ExitStack() as held:
        lock = lambda: held.enter_context(write_locked(database, monkeypatch))  # noqa: E731
        monkeypatch.setattr("sys.stdin", LockedOnEnd(f"\n{ANSWER}\n.\n", lock))
        status, _, err = run(capsys, "practice", "--count", "1", "--kind", "behavioral", "--type")
    assert status == 2 and err.startswith("error: cannot write the history database")
    assert err.count("\n") == 1 and "Your answer is kept in" in err
    command = err.split("`")[-2]
    kept = Path(command.split()[-1])
    assert kept.parent.name == "unsaved" and kept.read_text() == ANSWER
    assert HistoryStore.open().count_attempts() == 0
    assert main(command.split()[1:]) == 0  # once the lock is gone, the command stores it
    [attempt] = HistoryStore.open().list_attempts()
    assert HistoryStore.open().get_attempt(attempt.id).answer_text == ANSWER


def test_a_recording_the_database_cannot_take_is_kept_with_the_command_to_store_it(
    tmp_path: Path,
) -> None:
    settings = Settings.from_env()
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF-the-only-copy")
    question = Question(
        id="mine-beh-01", text="A project?", kind="behavioral", competency="teamwork"
    )
    error = practice_terminal.keep_unsaved(
        settings, question, HistoryError("cannot write: locked"), audio=audio
    )
    kept = Path(str(error).split("`")[-2].split()[-1])
    assert kept.parent == settings.home / "unsaved" and kept.read_bytes() == audio.read_bytes()
    assert "--question mine-beh-01 --audio" in str(error) and str(error).startswith("cannot write")


# The interactive session recording from a real PortAudio/ALSA stack, where an `.asoundrc`
# under a temporary HOME makes a raw file the microphone (see tests/test_record.py). It runs
# in a subprocess because PortAudio reads the ALSA set-up once per process.
VOICE_DRIVER = """
import sys
sys.path.insert(0, sys.argv[1])
from fakes import FakeTranscriber, make_transcript
import interview.cli.practice_terminal as practice_cli
from interview.cli import main
fake = FakeTranscriber(make_transcript(sys.argv[2], gap=0.2))
practice_cli.load_engine = lambda settings: fake
sys.exit(main(["practice", "--count", "1", "--kind", "hr", "--voice", "--seed", "3"]))
"""
ASOUNDRC = """\
pcm.filemic {{ type file; slave.pcm null; file "/dev/null"; infile "{infile}"; format "raw" }}
pcm.!default {{ type plug; slave.pcm "filemic"; slave.format S16_LE; slave.rate 16000;
  slave.channels 1 }}
"""


def test_an_interactive_spoken_answer_is_recorded_saved_and_analysed(tmp_path: Path) -> None:
    raw = tmp_path / "mic.s16le.raw"
    tone = (8000 * np.sin(2 * np.pi * 440 * np.arange(3 * 16000) / 16000)).astype("<i2")
    tone.tofile(raw)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text(ASOUNDRC.format(infile=raw))
    env = {**os.environ, "HOME": str(home), "INTERVIEW_MAX_AUDIO_SECONDS": "1.5"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    tests = str(Path(__file__).resolve().parent)
    process = subprocess.Popen(
        [sys.executable, "-c", VOICE_DRIVER, tests, SPOKEN],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("\n")  # ready to answer
    process.stdin.flush()
    seen = []
    for line in process.stdout:
        seen.append(line)
        if "Time is up" in line:  # 1.5 s of the file were recorded; Enter goes on
            process.stdin.write("\n")
            process.stdin.flush()
            break
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    text = "".join(seen) + out
    assert "Question 1 of 1" in text and "Recorded 2 s" in text and "Saved as attempt 1." in text
    store = HistoryStore.open()
    attempt = store.get_attempt(1)
    assert attempt.analysed and attempt.transcript is not None and attempt.text == SPOKEN
    assert attempt.recording is not None
    with wave.open(str(attempt.recording), "rb") as wav:
        assert (wav.getframerate(), wav.getnframes()) == (16000, 24000)


def test_a_weak_area_session_says_why_each_question_was_picked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    status, out, _ = run(capsys, "practice", "--count", "3", "--type", "--weak-areas")
    lines = out.splitlines()
    start = lines.index("Why these questions:")
    assert status == 0 and [line[:5] for line in lines[start + 1 : start + 4]] == [
        "  1. ",
        "  2. ",
        "  3. ",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    _, plain, _ = run(capsys, "practice", "--count", "3", "--type")
    assert "Why these questions" not in plain
