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
from interview.errors import HistoryError, InterviewError, RecordingError
from interview.models import Question
from interview.practice import PracticeSession, SessionSummary, summarise
from interview.practice.timing import length_note, typed_seconds, word_budget
from interview.practice.wording import name_of, plural, resume_label

if TYPE_CHECKING:
    from interview.answers import AttemptOutcome
    from interview.history.store import HistoryStore
    from interview.questions import BankSet
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
    from interview.cli.questions import warn_about  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    settings = Settings.from_env()
    banks = load_banks(settings)
    warn_about(banks)
    store = open_store()
    session = _resume(store, console) if args.resume else _start(store, banks, args, console)
    try:
        while not session.finished:
            if not _ask_one(session, args, console, settings):
                session.finish()
    except KeyboardInterrupt:
        console.say(
            "\nStopped. Your session and any answer you were typing are kept: "
            "`interview practice --resume` carries on."
        )
        return 0
    _print_summary(summarise(store, session.state), console)
    return 0


def _start(
    store: HistoryStore, banks: BankSet, args: argparse.Namespace, console: Console
) -> PracticeSession:
    from interview.cli.practice_setup import ask_options  # noqa: PLC0415

    waiting = PracticeSession.in_progress(store)
    if waiting is not None:
        console.say(
            f"You have an unfinished session ({resume_label(waiting)}); "
            "`interview practice --resume` carries on with it."
        )
    has_history = bool(store.list_attempts(1, analysed=True))
    options = ask_options(args, console, banks.questions, has_history=has_history)
    session = PracticeSession.start(store, banks, options)
    console.say(
        f"\n{plural(session.state.total, 'question')}. Answer as you would in the interview."
    )
    if options.weak_areas:
        from interview.practice.reasons import why_lines  # noqa: PLC0415

        for line in why_lines(store, banks.questions, session.state.questions):
            console.say(line)
    return session


def _resume(store: HistoryStore, console: Console) -> PracticeSession:
    waiting = PracticeSession.in_progress(store)
    if waiting is None:
        raise InterviewError(
            "there is no unfinished practice session to resume; start one with `interview practice`"
        )
    session = PracticeSession.resume(store, waiting)
    console.say(f"Resuming your session ({resume_label(waiting)}).")
    if session.state.stage == "feedback":
        console.say(f"Your answer was saved as attempt {session.state.attempt_id}; on to the next.")
        session.advance()
    return session


def _ask_one(
    session: PracticeSession, args: argparse.Namespace, console: Console, settings: Settings
) -> bool:
    """Ask the current question until it is answered or skipped; False when the user quits."""
    while True:
        question = session.question
        console.say(f"\n{session.state.position} - {name_of(question.competency)}, {question.kind}")
        console.say(textwrap.fill(question.text, 96))
        ticker = Ticker(console, "Think", question.think_seconds)
        with ticker:
            reply = console.ask(ticker.prompt("Enter to answer, s to skip, q to quit: "))
        choice = (reply or "").strip().lower()
        if reply is None or choice == "q":
            return False
        if choice == "s":
            session.advance()
            return True
        session.ready()
        mode = args.mode or _ask_mode(console)
        if mode is None:
            return False
        session.choose_mode("voice" if mode == "voice" else "typed")
        outcome = (
            _record_answer(session, console, settings, args.device)
            if mode == "voice"
            else _type_answer(session, console, settings)
        )
        if outcome is not None:
            _print_feedback(outcome, console, question)
            session.advance()
            return True
        console.say("Nothing was saved, so here is the question again (s skips it).")


def _ask_mode(console: Console) -> str | None:
    reply = console.ask("Type or record your answer? [t/r]: ")
    if reply is None:
        return None
    return "voice" if reply.strip().lower().startswith("r") else "type"


def _type_answer(
    session: PracticeSession, console: Console, settings: Settings
) -> AttemptOutcome | None:
    question = session.question
    limit = question.answer_seconds
    console.say(
        f"Answer time {clock(limit)}: about {word_budget(limit)} words at a speaking pace "
        "(a typed answer is timed by its words, not by your typing). Type your answer; end "
        f"with a line holding only '{END_OF_ANSWER}'."
    )
    lines: list[str] = [session.draft] if session.draft else []
    if lines:
        console.say(f"Your draft so far:\n{session.draft}")
    while True:
        line = console.ask("")
        if line is None or line.strip() == END_OF_ANSWER:
            break
        lines.append(line)
        session.save_draft("\n".join(lines))  # every line: a closed terminal loses nothing
    text = "\n".join(lines)
    if not text.strip():
        console.say("No answer typed.")
        return None
    console.say(length_note(typed_seconds(text), limit, typed=True))
    try:
        return session.submit_text(text)
    except HistoryError as exc:
        raise keep_unsaved(settings, question, exc, text=text) from exc


def _record_answer(
    session: PracticeSession, console: Console, settings: Settings, device: str | None
) -> AttemptOutcome | None:
    import tempfile  # noqa: PLC0415

    question = session.question
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answer.wav"
        seconds = _record(path, question, console, settings, device)
        if seconds is None:
            return None
        console.say(f"\nRecorded {seconds:.0f} s. Transcribing...")
        console.say(length_note(seconds, question.answer_seconds, typed=False))
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


def _print_feedback(outcome: AttemptOutcome, console: Console, question: Question) -> None:
    from interview.cli.follow_up import follow_up_lines  # noqa: PLC0415
    from interview.cli.report import render_report  # noqa: PLC0415

    attempt = outcome.attempt
    if outcome.analysis is not None:
        console.say(render_report(outcome.analysis))
        console.say(f"Saved as attempt {attempt.id}.")
        for line in follow_up_lines(outcome, question):
            console.say(line)
    else:
        from interview.cli.history import retry_hint  # noqa: PLC0415

        console.say(f"Not analysed: {outcome.error} ({retry_hint(outcome)}).")


def _print_summary(summary: SessionSummary, console: Console) -> None:
    average = f"{summary.average_score:.0f}" if summary.average_score is not None else "-"
    lines = [
        "",
        "Session summary",
        f"  answered {summary.answered} of {plural(summary.planned, 'question')}, analysed "
        f"{summary.analysed}, skipped {len(summary.skipped)}, over time {summary.over_time}",
        f"  average score {average}",
    ]
    for attempt in summary.attempts:
        score = f"{attempt.score:>3.0f}" if attempt.score is not None else "not analysed"
        text = textwrap.shorten(attempt.question_text, 70, placeholder="...")
        lines.append(f"  {score}  {text} (attempt {attempt.id})")
    lines.append("Run `interview progress` to see your weak areas over time.")
    console.say("\n".join(lines))
