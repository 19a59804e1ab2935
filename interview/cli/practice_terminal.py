"""The interactive `interview practice` session in a terminal.

Questions come one at a time ("Question 2 of 5") with a think-time counter; the answer is
typed (ended by a line holding only ".") or recorded from the microphone (Enter stops it);
the feedback report follows each answer and a summary ends the session. An answer that
comes to nothing (nothing typed, no microphone) asks the same question again instead of
ending the session. If the history database cannot take an answer (another program holds
its lock), the answer is written to the `unsaved` folder and the error says how to store it
later: what someone typed or said is never thrown away.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import textwrap
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interview.cli.practice_console import Console, Ticker, clock
from interview.config import Settings
from interview.errors import HistoryError, RecordingError
from interview.models import Question

if TYPE_CHECKING:
    from interview.answers import AttemptOutcome
    from interview.practice import PracticeSession, SessionSummary
    from interview.speech.transcriber import Transcriber

__all__ = ["Console", "load_engine", "run_interactive"]

END_OF_ANSWER = "."
UNSAVED_FOLDER = "unsaved"


def load_engine(settings: Settings) -> Transcriber:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - heavy

    return load_transcriber(settings)


def keep_unsaved(
    settings: Settings,
    question: Question,
    error: HistoryError,
    *,
    text: str | None = None,
    audio: Path | None = None,
) -> HistoryError:
    """Write an answer the history could not take to `unsaved/`; the error says how to retry."""
    folder = settings.home / UNSAVED_FOLDER
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{question.id}-{stamp}{'.txt' if text is not None else '.wav'}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if text is not None:
            path.write_text(text, encoding="utf-8")
        elif audio is not None:
            shutil.copyfile(audio, path)
    except OSError as exc:
        return HistoryError(f"{error}; the answer could not be kept either ({exc})")
    flag = "--answer-file" if text is not None else "--audio"
    return HistoryError(
        f"{error}. Your answer is kept in {path}: once the database is free, store it with "
        f"`interview practice --question {question.id} {flag} {shlex.quote(str(path))}`"
    )


def run_interactive(args: argparse.Namespace, console: Console) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.cli.practice_setup import ask_options  # noqa: PLC0415
    from interview.cli.questions import warn_about  # noqa: PLC0415
    from interview.practice import PracticeSession  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    settings = Settings.from_env()
    banks = load_banks(settings)
    warn_about(banks)
    store = open_store()
    has_history = bool(store.list_attempts(1, analysed=True))
    options = ask_options(args, console, banks.questions, has_history=has_history)
    session = PracticeSession.start(store, banks, options)
    console.say(f"\n{session.total} questions. Answer as you would in the interview.")
    try:
        while not session.finished:
            if not _ask_one(session, args, console, settings):
                break
    except KeyboardInterrupt:
        console.say("\nStopped.")
    _print_summary(session.finish(), console)
    return 0


def _ask_one(
    session: PracticeSession, args: argparse.Namespace, console: Console, settings: Settings
) -> bool:
    """Ask the current question until it is answered or skipped; False when the user quits."""
    question = session.current
    while True:
        console.say(f"\n{session.label} - {question.competency}, {question.kind}")
        console.say(textwrap.fill(question.text, 96))
        session.begin_thinking()
        ticker = Ticker(console, "Think", question.think_seconds)
        with ticker:
            reply = console.ask(ticker.prompt("Enter to answer, s to skip, q to quit: "))
        choice = (reply or "").strip().lower()
        if reply is None or choice == "q":
            return False
        if choice == "s":
            session.skip()
            return True
        mode = args.mode or _ask_mode(console)
        if mode is None:
            return False
        outcome = (
            _record_answer(session, question, console, settings, args.device)
            if mode == "voice"
            else _type_answer(session, question, console, settings)
        )
        if outcome is not None:
            _print_feedback(outcome, console)
            return True
        console.say("Nothing was saved, so here is the question again (s skips it).")


def _ask_mode(console: Console) -> str | None:
    reply = console.ask("Type or record your answer? [t/r]: ")
    if reply is None:
        return None
    return "voice" if reply.strip().lower().startswith("r") else "type"


def _type_answer(
    session: PracticeSession, question: Question, console: Console, settings: Settings
) -> AttemptOutcome | None:
    console.say(
        f"Answer time {clock(question.answer_seconds)}. Type your answer; end with a line "
        f"holding only '{END_OF_ANSWER}'."
    )
    session.begin_answer()
    lines: list[str] = []
    while True:
        # On a terminal each line starts with the time spent so far: typing is not redrawn.
        prompt = f"{clock(session.answer_elapsed)} > " if console.live else ""
        line = console.ask(prompt)
        if line is None or line.strip() == END_OF_ANSWER:
            break
        lines.append(line)
    text = "\n".join(lines)
    if not text.strip():
        console.say("No answer typed.")
        return None
    spent = session.answer_elapsed
    over = (
        f", {clock(spent - question.answer_seconds)} over" if session.answer_remaining < 0 else ""
    )
    console.say(f"Answered in {clock(spent)} of {clock(question.answer_seconds)}{over}.")
    try:
        return session.submit_text(text)
    except HistoryError as exc:
        raise keep_unsaved(settings, question, exc, text=text) from exc


def _record_answer(
    session: PracticeSession,
    question: Question,
    console: Console,
    settings: Settings,
    device: str | None,
) -> AttemptOutcome | None:
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answer.wav"
        seconds = _record(path, question, console, settings, device)
        if seconds is None:
            return None
        console.say(f"\nRecorded {seconds:.0f} s. Transcribing...")
        if console.transcriber is None:
            console.transcriber = load_engine(settings)
        try:
            return session.submit_recording(path, transcriber=console.transcriber)
        except HistoryError as exc:
            raise keep_unsaved(settings, question, exc, audio=path) from exc


def _record(
    path: Path, question: Question, console: Console, settings: Settings, device: str | None
) -> float | None:
    """Record from the microphone into `path` until Enter or the time limit; the seconds."""
    from interview.cli.speech import meter_line  # noqa: PLC0415
    from interview.speech.recording import record_wav  # noqa: PLC0415

    stop = threading.Event()

    def wait_for_enter() -> None:
        console.stdin.readline()
        stop.set()

    def level(seconds: float, db: float) -> None:
        if console.live:
            console.err.write("\r" + meter_line(seconds, db))
            console.err.flush()

    pressed = threading.Thread(target=wait_for_enter, daemon=True)
    console.say(f"Recording - answer time {clock(question.answer_seconds)}. Press Enter to stop.")
    pressed.start()
    try:
        recording = record_wav(
            path, max_seconds=settings.max_audio_seconds, device=device, stop=stop, on_level=level
        )
    except RecordingError as exc:
        console.say(f"\nerror: {exc}")
        console.say("Press Enter to go back to the question.")
        pressed.join()
        return None
    if not stop.is_set():
        console.say("\nTime is up. Press Enter to continue.")
    pressed.join()
    return float(recording.seconds)


def _print_feedback(outcome: AttemptOutcome, console: Console) -> None:
    from interview.cli.report import render_report  # noqa: PLC0415

    attempt = outcome.attempt
    if outcome.analysis is not None:
        console.say(render_report(outcome.analysis))
        console.say(f"Saved as attempt {attempt.id}.")
    else:
        console.say(
            f"Saved as attempt {attempt.id}, not analysed: {outcome.error}. "
            f"Run `interview history reanalyse {attempt.id}` later."
        )


def _print_summary(summary: SessionSummary, console: Console) -> None:
    average = f"{summary.average_score:.0f}" if summary.average_score is not None else "-"
    lines = [
        "",
        "Session summary",
        f"  answered {summary.answered} of {summary.planned} questions, analysed "
        f"{summary.analysed}, skipped {len(summary.skipped)}, over time {summary.over_time}",
        f"  average score {average}",
    ]
    for outcome in summary.outcomes:
        attempt = outcome.attempt
        score = f"{attempt.score:>3.0f}" if attempt.score is not None else "not analysed"
        text = textwrap.shorten(attempt.question_text, 70, placeholder="...")
        lines.append(f"  {score}  {text} (attempt {attempt.id})")
    if summary.tip_areas:
        lines.append(f"  most tips were about: {', '.join(summary.tip_areas[:3])}")
    lines.append("Run `interview progress` to see your weak areas over time.")
    console.say("\n".join(lines))
