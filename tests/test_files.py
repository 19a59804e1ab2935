"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from interview.files import temp_name_pattern, write_atomically


def test_a_write_replaces_the_whole_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "bank.toml"
    target.write_bytes(b"old content that is longer than the new")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and os.listdir(tmp_path) == ["bank.toml"]


@pytest.mark.parametrize("interruption", [OSError("disk full"), KeyboardInterrupt()])
def test_an_interrupted_write_keeps_the_old_file_and_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interruption: BaseException
) -> None:
    target = tmp_path / "answer.wav"
    target.write_bytes(b"the old answer")

    def fail(_fd: int) -> None:
        raise interruption

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(type(interruption)):
        write_atomically(target, b"half of a new answer")
    assert target.read_bytes() == b"the old answer" and os.listdir(tmp_path) == ["answer.wav"]


def test_a_missing_folder_is_an_os_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nowhere" / "x.json", b"{}")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "name,matches",
    [
        (".answer.wav.k2j3_x.tmp", True),  # what write_atomically makes
        (".answer.wav.tmp", True),  # what earlier versions made
        ("answer.wav", False),
        (".other.wav.abc.tmp", False),
        (".answer.wav.abc.tmp.wav", False),
    ],
)
def test_temporary_names_are_recognised(name: str, matches: bool) -> None:
    assert bool(re.fullmatch(temp_name_pattern(r"answer\.wav"), name)) is matches
