"""Recordings: generated names only, written whole, deleted with care."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from interview.config import Settings
from interview.errors import HistoryError
from interview.history.audio_files import STALE_TEMP_S, RecordingFiles, audio_suffix
from interview.history.store import HistoryStore


@pytest.mark.parametrize(
    "source,suffix",
    [
        ("answer.wav", ".wav"),
        ("Answer.MP3", ".mp3"),
        (".webm", ".webm"),
        ("clip.m4a", ".m4a"),
        ("notes.txt", ".wav"),
        ("../../etc/passwd", ".wav"),
        ("archive.tar.gz", ".wav"),
        (None, ".wav"),
    ],
)
def test_only_known_audio_suffixes_are_kept(source: str | None, suffix: str) -> None:
    assert audio_suffix(source) == suffix


def test_save_writes_the_whole_file_under_a_fresh_name(tmp_path: Path) -> None:
    files = RecordingFiles(tmp_path / "recordings")
    first = files.save(b"RIFF-one", suffix=".ogg")
    second = files.save(b"RIFF-two", suffix=".ogg")
    assert first != second and first.endswith(".ogg") and len(first) == 32 + 4
    assert files.path(first).read_bytes() == b"RIFF-one"
    assert sorted(os.listdir(files.folder)) == sorted([first, second])  # no temp files left


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path) -> None:
    blocked = tmp_path / "recordings"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(HistoryError, match="cannot save the recording"):
        RecordingFiles(blocked).save(b"RIFF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recordings"]


@pytest.mark.parametrize(
    "name",
    ["../interview.db", "answer.wav", "/etc/passwd", "0" * 32 + ".wav/..", "0" * 32 + ".wav\n", ""],
)
def test_only_generated_names_resolve_to_a_path(tmp_path: Path, name: str) -> None:
    with pytest.raises(HistoryError, match="not a recording name"):
        RecordingFiles(tmp_path).path(name)


def test_deleting_a_missing_recording_is_not_an_error(tmp_path: Path) -> None:
    RecordingFiles(tmp_path).delete("f" * 32 + ".wav")


def test_sweep_removes_only_old_temporary_files_a_killed_process_left(tmp_path: Path) -> None:
    files = RecordingFiles(tmp_path)
    kept = files.save(b"RIFF")
    old, fresh = (tmp_path / f".{c * 32}.wav.x1y2.tmp" for c in "ab")
    for temp in (old, fresh):
        temp.write_bytes(b"half an answer")
    hour_ago = time.time() - STALE_TEMP_S - 60
    os.utime(old, (hour_ago, hour_ago))
    (tmp_path / "notes.tmp").write_text("not ours")
    os.utime(tmp_path / "notes.tmp", (hour_ago, hour_ago))
    assert files.sweep() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([kept, fresh.name, "notes.tmp"])


def test_opening_the_store_sweeps_the_recordings_folder() -> None:
    folder = Settings.from_env().recordings_dir
    folder.mkdir(parents=True)
    stray = folder / f".{'c' * 32}.webm.tmp"
    stray.write_bytes(b"half")
    os.utime(stray, (0, 0))
    HistoryStore.open().close()
    assert not stray.exists()
