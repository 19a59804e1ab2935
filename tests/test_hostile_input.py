"""Input from anyone: banks, sheets, pipes and full disks never end in a traceback.

Each test reproduces one finding of the attack in issue 12 through the front door it used.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from apptest import errors, open_page
from fakes import FakeTranscriber, make_transcript

from interview.cli import main
from interview.config import Settings
from interview.errors import AudioError, QuestionBankError
from interview.history import audio_files
from interview.history.store import HistoryStore
from interview.questions import load_banks
from interview.questions.csv_import import read_csv_questions
from interview.speech.audio import decode_audio

NESTED = "x = " + "[" * 500 + "]" * 500 + "\n"
GOOD = '[[questions]]\nid = "my-1"\ntext = "Why us?"\nkind = "hr"\ncompetency = "integrity"\n'
REPO = Path(__file__).resolve().parent.parent


def _banks(**files: str | bytes) -> Path:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / f"{name}.toml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# -- 1. a deeply nested bank ------------------------------------------------------------


def test_a_deeply_nested_bank_is_named_and_the_others_still_load() -> None:
    _banks(nested=NESTED, good=GOOD)
    banks = load_banks(Settings.from_env())
    assert "my-1" in {q.id for q in banks.questions} and len(banks.questions) > 100
    assert [e for e in banks.errors if "nested.toml" in e and "nested too deeply" in e]


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (("questions", "list"), 0),
        (("questions", "validate"), 2),
        (("questions", "show", "my-1"), 0),
    ],
)
def test_the_cli_names_a_deeply_nested_bank(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], status: int
) -> None:
    _banks(nested=NESTED, good=GOOD)
    got, _, err = run(capsys, *argv)
    assert got == status and "nested.toml" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "page", ["app_pages/banks.py", "app_pages/practice.py", "app_pages/review.py"]
)
def test_pages_still_render_with_a_deeply_nested_bank(page: str) -> None:
    _banks(nested=NESTED, good=GOOD)
    app = open_page(page)
    assert not app.exception and not errors(app)


# -- 9. a bank with a byte-order mark -----------------------------------------------------


def test_a_bank_with_a_byte_order_mark_loads() -> None:
    _banks(bom=b"\xef\xbb\xbf" + GOOD.encode())
    banks = load_banks(Settings.from_env())
    assert banks.errors == () and "my-1" in {q.id for q in banks.questions}


# -- 6. a CSV cell over the csv module's limit --------------------------------------------


def _sheet(tmp_path: Path, cell: str, *, name: str = "sheet.csv") -> Path:
    path = tmp_path / name
    path.write_text(f"text,kind,competency\n{cell},hr,integrity\n", encoding="utf-8")
    return path


def test_a_cell_over_the_csv_limit_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(
        QuestionBankError, match=r"sheet.csv: line 2: a cell is longer than 131,072"
    ):
        read_csv_questions(_sheet(tmp_path, '"' + "x" * 140_000 + '"'))


def test_the_cli_reports_a_huge_cell_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "questions", "import", str(_sheet(tmp_path, "y" * 140_000)))
    assert status == 2 and err.startswith("error: ") and "131,072" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        (b"text,kind,competency\n" + b"z" * 140_000 + b",hr,integrity\n", "131,072"),
        ("text,kind,competency\nWhy?,hr,integrity\n".encode("utf-16"), "UTF-16"),
    ],
)
def test_the_app_reports_a_bad_sheet_by_its_upload_name(data: bytes, complaint: str) -> None:
    app = open_page("app_pages/banks.py")
    app.file_uploader(key="banks_import_file").upload("mine.csv", data, "text/csv")
    app.run()
    app.button(key="banks_import").click().run()
    assert not app.exception
    [message] = errors(app)
    assert complaint in message and "mine.csv" in message
    assert "interview-import-" not in message and "/tmp" not in message


# -- 8. control characters ----------------------------------------------------------------


@pytest.mark.parametrize("control", ["\x1b[2J", "\x07", "\x00", "\x9b31m", "a\rb"])
def test_control_characters_are_refused_at_csv_import(tmp_path: Path, control: str) -> None:
    report = read_csv_questions(_sheet(tmp_path, f'"Why {control} us?"'))
    assert report.questions == ()
    assert "line 2" in report.errors[0] and "control character" in report.errors[0]


def test_a_multi_line_cell_and_windows_line_ends_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "crlf.csv"
    path.write_bytes(b'text,kind,competency\r\n"Why\r\nus?",hr,integrity\r\n')
    report = read_csv_questions(path)
    assert report.errors == () and report.questions[0].text == "Why\nus?"


def test_control_characters_in_stored_text_are_stripped_from_terminal_output(
    capsys: pytest.CaptureFixture[str], store: HistoryStore
) -> None:
    from interview.models import Question

    hostile = Question("q-esc", "Why \x1b]0;owned\x07us\r?", "hr", "integrity")
    attempt = store.save_attempt(hostile, answer_text="Because \x1b[31mred\x9b.")
    for argv in (("history",), ("history", "show", str(attempt.id))):
        status, out, _ = run(capsys, *argv)
        assert status == 0 and "Why ]0;ownedus?" in out
        assert not any(c in out for c in "\x1b\x07\r\x9b")


# -- 9. a closed pipe ---------------------------------------------------------------------


def test_a_closed_pipe_ends_questions_list_quietly() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "interview", "questions", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` that has read all it wants
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err and err == ""
    assert process.returncode == 141


# -- 9. scripted practice: a full disk, and errors naming the user's file ------------------


@pytest.fixture
def my_bank() -> None:
    _banks(good=GOOD)


def test_on_a_full_disk_scripted_practice_says_the_answer_was_not_saved(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    my_bank: None,
) -> None:
    def full(path: Path, source: object, *, limit: int | None = None) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(audio_files, "copy_atomically", full)
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF-some-audio")
    status, _, err = run(capsys, "practice", "--question", "my-1", "--audio", str(audio))
    assert status == 2 and "your answer was NOT saved" in err and "No space left" in err
    assert HistoryStore.open().count_attempts() == 0


def test_a_full_database_in_scripted_practice_says_the_answer_was_not_saved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, my_bank: None
) -> None:
    store = HistoryStore.open()
    with store.engine.connect() as conn:  # fix the file's size: the next insert finds it full
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    store.close()
    from interview.history import database

    original = database._on_connect

    def capped(dbapi_connection: object, record: object) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    answer = tmp_path / "answer.txt"
    answer.write_text("I fixed it. " + "We shipped the fix on time and it worked well. " * 400)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(database, "_on_connect", capped)
        status, _, err = run(capsys, "practice", "--question", "my-1", "--answer-file", str(answer))
    assert status == 2 and "your answer was NOT saved" in err and "full" in err


def test_audio_errors_name_the_users_file_not_the_stored_copy(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    my_bank: None,
) -> None:
    from interview.cli import practice_terminal

    def decode_for_real(audio: Path | bytes) -> None:
        decode_audio(audio, max_seconds=60)

    engine = FakeTranscriber(make_transcript("never reached"), before_return=decode_for_real)
    monkeypatch.setattr(practice_terminal, "load_engine", lambda settings: engine)
    notes = tmp_path / "my-notes.wav"
    notes.write_text("these are my notes, not a recording\n" * 20)
    status, _, err = run(capsys, "practice", "--question", "my-1", "--audio", str(notes))
    assert status == 2 and str(notes) in err and "recordings" not in err
    assert isinstance(engine.calls[0], Path) and engine.calls[0].parent.name == "recordings"
    with pytest.raises(AudioError):
        decode_audio(notes, max_seconds=60)
