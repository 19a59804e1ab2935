"""`interview record` on a real PortAudio/ALSA stack, with a file standing in for the microphone.

An `.asoundrc` under a temporary HOME defines an ALSA `type file` device whose `infile` is a
prepared raw 16-bit file; PortAudio lists it like a sound card, so the command runs exactly
as it would for a user, in a subprocess, and the WAV it writes is compared sample by sample.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path

import numpy as np
import pytest
from speech_fixtures import run_without_file_privileges

from interview.cli.speech import meter_line, stop_on_enter
from interview.speech.recording import level_db

ASOUNDRC = """\
pcm.filemic {{ type file; slave.pcm null; file "/dev/null"; infile "{infile}"; format "raw" }}
pcm.!default {{ type plug; slave.pcm "filemic"; slave.format S16_LE; slave.rate 16000;
  slave.channels 1 }}
"""


def microphone_home(tmp_path: Path, infile: Path | None) -> Path:
    """A HOME whose ALSA default device reads `infile`; None gives a machine with no sound card."""
    home = tmp_path / "home"
    home.mkdir()
    if infile is None:
        (home / ".asoundrc").write_text("pcm.!default { type hw; card 99 }\n")
    else:
        (home / ".asoundrc").write_text(ASOUNDRC.format(infile=infile))
    return home


def spoken_samples(seconds: float) -> np.ndarray:
    """A recognisable int16 signal: a 440 Hz tone with a slow ramp, so any shift shows."""
    t = np.arange(int(seconds * 16000)) / 16000
    return (8000 * np.sin(2 * np.pi * 440 * t) + 2000 * t).astype("<i2")


def record(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "interview", "record", *args],
        env=env,
        check=False,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def read_wav(path: Path) -> tuple[tuple[int, int, int], np.ndarray]:
    with wave.open(str(path), "rb") as wav:
        shape = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
        return shape, np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")


@pytest.mark.parametrize(
    "seconds,device",
    [("2", None), ("1.5", "filemic"), ("0.5", "default")],
)
def test_records_the_microphone_sample_for_sample(
    tmp_path: Path, seconds: str, device: str | None
) -> None:
    source = spoken_samples(3.0)
    raw = tmp_path / "answer.s16le.raw"
    source.tofile(raw)
    out = tmp_path / "answers" / "answer.wav"
    args = [str(out), "--seconds", seconds] + ([] if device is None else ["--device", device])
    result = record(microphone_home(tmp_path, raw), *args)
    assert result.returncode == 0, result.stderr
    shape, samples = read_wav(out)
    assert shape == (16000, 1, 2)
    expected = round(float(seconds) * 16000)
    np.testing.assert_array_equal(samples, source[:expected])
    assert f"saved {out} ({float(seconds):.1f} s" in result.stdout
    assert [p.name for p in out.parent.iterdir()] == ["answer.wav"]  # no temporary left


def test_silent_microphone_gives_a_warning(tmp_path: Path) -> None:
    out = tmp_path / "quiet.wav"
    result = record(microphone_home(tmp_path, Path("/dev/zero")), str(out), "--seconds", "1")
    assert result.returncode == 0
    assert "warning: the recording is almost silent" in result.stderr
    assert not read_wav(out)[1].any()


@pytest.mark.parametrize(
    "has_microphone,args,message",
    [
        (False, ["--seconds", "1"], "error: no microphone found"),
        (True, ["--seconds", "1", "--device", "nonexistent"], "error: no input device matches"),
        (True, ["--seconds", "0"], "error: --seconds must be from 0.5 (the shortest answer)"),
        (True, ["--seconds", "0.2"], "error: --seconds must be from 0.5 (the shortest answer)"),
        (
            True,
            ["--seconds", "99999"],
            "error: --seconds must be from 0.5 (the shortest answer) to 900",
        ),
    ],
)
def test_problems_give_one_line_and_exit_2_and_leave_the_old_file(
    tmp_path: Path, has_microphone: bool, args: list[str], message: str
) -> None:
    raw = tmp_path / "answer.s16le.raw"
    spoken_samples(1.0).tofile(raw)
    out = tmp_path / "answers" / "answer.wav"
    out.parent.mkdir()
    out.write_bytes(b"an earlier answer")
    result = record(microphone_home(tmp_path, raw if has_microphone else None), str(out), *args)
    assert result.returncode == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert out.read_bytes() == b"an earlier answer"
    assert [p.name for p in out.parent.iterdir()] == ["answer.wav"]


@pytest.mark.parametrize(
    "target,reason",
    [
        ("folder.wav", None),
        (
            "a-file/answer.wav",
            "cannot save the recording to {out}: {tmp}/a-file is a file, not a folder",
        ),
        ("read-only/answer.wav", "cannot save the recording to {out}: Permission denied"),
    ],
)
def test_a_target_that_cannot_be_written_is_refused_before_recording(
    tmp_path: Path, target: str, reason: str | None
) -> None:
    raw = tmp_path / "answer.s16le.raw"
    spoken_samples(1.0).tofile(raw)
    (tmp_path / "folder.wav").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "read-only").mkdir(mode=0o555)
    home = microphone_home(tmp_path, raw)
    before = sorted(tmp_path.rglob("*"))
    out = tmp_path / target
    command = [sys.executable, "-m", "interview", "record", str(out), "--seconds", "1"]
    result = run_without_file_privileges(command, env={**os.environ, "HOME": str(home)})
    expected = reason or "{out} is a folder; give the recording a file name"
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"error: {expected.format(out=out, tmp=tmp_path)}\n"
    assert sorted(tmp_path.rglob("*")) == before  # nothing written, no temporary left


def test_stopping_before_half_a_second_saves_nothing(tmp_path: Path) -> None:
    raw = tmp_path / "answer.s16le.raw"
    spoken_samples(1.0).tofile(raw)
    out = tmp_path / "answer.wav"
    script = (
        "import sys, threading; from pathlib import Path;"
        " from interview.errors import RecordingError;"
        " from interview.speech.recording import record_wav\n"
        "stop = threading.Event(); stop.set()\n"
        "try: record_wav(Path(sys.argv[1]), max_seconds=5, stop=stop)\n"
        "except RecordingError as exc: print(exc)"
    )
    env = {**os.environ, "HOME": str(microphone_home(tmp_path, raw))}
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == (
        "the recording stopped after 0.0 s; an answer needs at least 0.5 s, so nothing was saved"
    ), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answer.s16le.raw", "home"]


def test_ctrl_c_while_recording_leaves_no_file(tmp_path: Path) -> None:
    # Ctrl-C arrives as KeyboardInterrupt in the recording loop; here after 1 s of sound.
    out = tmp_path / "answer.wav"
    script = (
        "import sys; from pathlib import Path;"
        " from interview.speech.recording import record_wav\n"
        "def level(seconds, db):\n"
        "    if seconds >= 1.0: raise KeyboardInterrupt\n"
        "try: record_wav(Path(sys.argv[1]), max_seconds=60, on_level=level)\n"
        "except KeyboardInterrupt: print('interrupted')"
    )
    env = {**os.environ, "HOME": str(microphone_home(tmp_path, Path("/dev/zero")))}
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "interrupted", result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_output_must_be_a_wav_name(tmp_path: Path) -> None:
    result = record(tmp_path, str(tmp_path / "answer.mp3"))
    assert (result.returncode, result.stderr.strip()) == (
        2,
        f"error: {tmp_path / 'answer.mp3'}: the recording is a WAV file, so its name must end"
        " in .wav",
    )


@pytest.mark.parametrize(
    "seconds,db,expected",
    [
        (0.0, -96.0, "00:00.0 [------------------------------]  -96 dB  Enter stops"),
        (3.25, -30.0, "00:03.2 [###############---------------]  -30 dB  Enter stops"),
        (75.0, 0.0, "01:15.0 [##############################]    0 dB  Enter stops"),
    ],
)
def test_meter_line(seconds: float, db: float, expected: str) -> None:
    assert meter_line(seconds, db) == expected


@pytest.mark.parametrize(
    "samples,db",
    [
        (np.zeros(1600, dtype=np.int16), -96.0),
        (np.full(1600, 32767, dtype=np.int16), 0.0),
        (np.full(1600, 3277, dtype=np.int16), -20.0),
        (np.zeros(0, dtype=np.int16), -96.0),
    ],
)
def test_level_db(samples: np.ndarray, db: float) -> None:
    assert level_db(samples) == pytest.approx(db, abs=0.01)


@pytest.mark.parametrize(
    "typed,stops",
    [("\n", True), ("stop\n", True), ("", False)],  # "" is end of input: no terminal
)
def test_enter_stops_but_end_of_input_does_not(typed: str, stops: bool) -> None:
    stop = threading.Event()
    stop_on_enter(io.StringIO(typed), stop)
    assert stop.is_set() is stops
