"""`interview transcribe` and `interview record`: local speech from the terminal.

`transcribe --json` is a contract: {text, words:[{word, start, end, probability}],
duration_s, speech_s, engine, model}; keys may be added, never renamed or dropped.
`record` shows a live level meter on stderr (when it is a terminal) so the user can see
the microphone hears them, and stops on Enter or at the time limit.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import threading
from pathlib import Path
from typing import TextIO

from interview.config import ENGINES, Settings
from interview.errors import RecordingError

_METER_WIDTH = 30
_METER_FLOOR_DB = -60.0
_QUIET_DB = -50.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    transcribe = subparsers.add_parser(
        "transcribe",
        help="transcribe a recorded answer on this machine (fillers kept)",
        description="Formats: WAV, MP3, M4A/AAC, OGG/Opus, WebM, FLAC.",
    )
    transcribe.add_argument("audio", type=Path, metavar="AUDIO")
    transcribe.add_argument("--engine", choices=ENGINES, help="default: INTERVIEW_ENGINE")
    transcribe.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        help="model directory, .pt checkpoint or size name (default: the bundled tiny.en)",
    )
    transcribe.add_argument("--json", action="store_true", help="print the transcript as JSON")
    transcribe.set_defaults(handler=run_transcribe)

    record = subparsers.add_parser(
        "record", help="record an answer from the microphone to a 16 kHz mono WAV"
    )
    record.add_argument("out", type=Path, metavar="OUT.wav")
    record.add_argument(
        "--seconds", type=float, help="stop after this long (default: INTERVIEW_MAX_AUDIO_SECONDS)"
    )
    record.add_argument("--device", help="input device name, or part of it (default: system)")
    record.set_defaults(handler=run_record)


def run_transcribe(args: argparse.Namespace) -> int:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - heavy
    from interview.speech.transcriber import require_speech  # noqa: PLC0415

    settings = Settings.from_env()
    settings = dataclasses.replace(
        settings, engine=args.engine or settings.engine, model=args.model or settings.model
    )
    transcript = require_speech(load_transcriber(settings).transcribe(args.audio), args.audio)
    if args.json:
        print(json.dumps(transcript.to_dict(), ensure_ascii=False))
    else:
        print(transcript.text)
    for start, end in transcript.unintelligible:
        print(
            f"note: voice from {start:.1f} s to {end:.1f} s could not be made out", file=sys.stderr
        )
    return 0


def run_record(args: argparse.Namespace) -> int:
    from interview.speech.audio import MIN_SECONDS  # noqa: PLC0415 - loads PyAV
    from interview.speech.recording import record_wav  # noqa: PLC0415 - loads PortAudio

    settings = Settings.from_env()
    out: Path = args.out
    if out.suffix.lower() != ".wav":
        raise RecordingError(f"{out}: the recording is a WAV file, so its name must end in .wav")
    seconds = settings.max_audio_seconds if args.seconds is None else args.seconds
    if not MIN_SECONDS <= seconds <= settings.max_audio_seconds:
        raise RecordingError(
            f"--seconds must be from {MIN_SECONDS:g} (the shortest answer) to"
            f" {settings.max_audio_seconds:g} (INTERVIEW_MAX_AUDIO_SECONDS), not {seconds:g}"
        )
    stop = threading.Event()
    threading.Thread(target=stop_on_enter, args=(sys.stdin, stop), daemon=True).start()
    meter = _Meter(sys.stderr) if sys.stderr.isatty() else None
    if meter is not None:
        print(f"recording to {out}, press Enter to stop", file=sys.stderr)
    recording = record_wav(out, max_seconds=seconds, device=args.device, stop=stop, on_level=meter)
    if meter is not None:
        meter.finish()
    if recording.peak_db < _QUIET_DB:
        print(
            f"warning: the recording is almost silent ({recording.peak_db:.0f} dBFS)",
            file=sys.stderr,
        )
    print(f"saved {recording.path} ({recording.seconds:.1f} s from {recording.device})")
    return 0


def stop_on_enter(stdin: TextIO, stop: threading.Event) -> None:
    """Set `stop` when the user presses Enter. End of input (no terminal) stops nothing."""
    try:
        line = stdin.readline()
    except (OSError, ValueError):
        return
    if line:
        stop.set()


def meter_line(seconds: float, db: float) -> str:
    """One line of the live meter: elapsed time, a bar for the level, the level in dB."""
    fraction = min(1.0, max(0.0, (db - _METER_FLOOR_DB) / -_METER_FLOOR_DB))
    filled = round(fraction * _METER_WIDTH)
    bar = "#" * filled + "-" * (_METER_WIDTH - filled)
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:04.1f} [{bar}] {db:4.0f} dB  Enter stops"


class _Meter:
    """Redraws the meter line in place on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __call__(self, seconds: float, db: float) -> None:
        self.stream.write("\r" + meter_line(seconds, db))
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
