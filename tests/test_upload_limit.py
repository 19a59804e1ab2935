"""Recordings are copied a chunk at a time and no bigger than the configured limit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import interview.files as atomic
from interview.cli import main
from interview.config import Settings
from interview.errors import AudioError, InterviewError
from interview.history.audio_files import RecordingFiles
from interview.history.store import HistoryStore


class ChunksOnly(io.RawIOBase):
    """A stream that refuses to be read whole, as a huge upload must not be."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.reads: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert 0 < size <= atomic.CHUNK_BYTES, "read whole"
        self.reads.append(size)
        step = min(size, self.left)
        self.left -= step
        return b"x" * step


def test_a_copy_streams_in_chunks(tmp_path: Path) -> None:
    size = 3 * atomic.CHUNK_BYTES + 5
    assert atomic.copy_atomically(tmp_path / "out", ChunksOnly(size)) == size
    assert (tmp_path / "out").stat().st_size == size


def test_a_copy_over_the_limit_leaves_nothing(tmp_path: Path) -> None:
    source = ChunksOnly(5 * atomic.CHUNK_BYTES)
    with pytest.raises(atomic.TooLarge):
        atomic.copy_atomically(tmp_path / "out", source, limit=2 * atomic.CHUNK_BYTES)
    assert list(tmp_path.iterdir()) == [] and len(source.reads) == 3  # stopped early


@pytest.mark.parametrize("as_file", [True, False])
def test_a_recording_over_the_limit_is_refused(tmp_path: Path, as_file: bool) -> None:
    files = RecordingFiles(tmp_path / "recordings", max_bytes=10)
    source = tmp_path / "answer.wav"
    source.write_bytes(b"RIFF" + b"0" * 20)
    with pytest.raises(AudioError, match=r"the 10 bytes limit.*INTERVIEW_MAX_UPLOAD_MB"):
        files.save(source if as_file else source.read_bytes())
    assert list(files.folder.iterdir()) == []
    assert files.save(b"RIFF-small")  # under the limit: fine


def test_the_limit_is_a_setting() -> None:
    assert Settings.from_env({"INTERVIEW_HOME": "/x"}).max_upload_bytes == 200_000_000
    assert Settings.from_env({"INTERVIEW_MAX_UPLOAD_MB": "2.5"}).max_upload_bytes == 2_500_000
    with pytest.raises(InterviewError, match="number of megabytes"):
        Settings.from_env({"INTERVIEW_MAX_UPLOAD_MB": "lots"})


def test_the_cli_refuses_an_audio_file_over_the_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(
        '[[questions]]\nid = "my-1"\ntext = "Why us?"\nkind = "hr"\ncompetency = "integrity"\n'
    )
    monkeypatch.setenv("INTERVIEW_MAX_UPLOAD_MB", "0.001")
    audio = tmp_path / "long.wav"
    audio.write_bytes(b"RIFF" + b"0" * 5000)
    status = main(["practice", "--question", "my-1", "--audio", str(audio)])
    err = capsys.readouterr().err
    assert status == 2 and "larger than" in err and "nothing was saved" in err
    assert HistoryStore.open().count_attempts() == 0


def test_the_settings_page_shows_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from apptest import open_page, texts

    monkeypatch.setenv("INTERVIEW_MAX_UPLOAD_MB", "50")
    app = open_page("app_pages/settings.py")
    assert not app.exception and "Largest recording accepted: **50 MB**" in texts(app)
