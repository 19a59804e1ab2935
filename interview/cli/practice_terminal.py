"""The interactive `interview practice` session in a terminal.

Questions come one at a time ("Question 2 of 5") with a think-time counter; the answer is
typed (ended by a line holding only ".") or recorded from the microphone (Enter stops it);
the feedback report follows each answer and a summary ends the session. Counters redraw
only when stderr is a terminal, so piped input (scripts, tests) sees plain prompts.
"""

from __future__ import annotations

import argparse
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from interview.config import Settings
from interview.errors import InterviewError, RecordingError
from interview.models import QUESTION_KINDS, Question

if TYPE_CHECKING:
    from interview.history.analyse import AttemptOutcome
    from interview.practice import PracticeOptions, PracticeSession, SessionSummary
    from interview.speech.transcriber import Transcriber

END_OF_ANSWER = "."


def load_engine(settings: Settings) -> Transcriber:
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - heavy

    return load_transcriber(settings)


@dataclass
class Console:
    """The terminal: prompts read lines; counters redraw only on a real terminal."""

    stdin: TextIO
    out: TextIO
    err: TextIO
    transcriber: Transcriber | None = field(default=None)

    @property
    def live(self) -> bool:
        return self.err.isatty()

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def ask(self, prompt: str) -> str | None:
        """One line of input without its newline, or None at end of input."""
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        return None if line == "" else line.rstrip("\n")


class Ticker:
    """A "Think time 00:12 / 00:30" counter redrawn on stderr until stopped."""

    def __init__(self, console: Console, label: str, limit: float) -> None:
        self.console, self.label, self.limit = console, label, limit
        self.stop = threading.Event()
        self.started = time.monotonic()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Ticker:
        if self.console.live:
            self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()
            self.console.err.write("\r" + " " * 60 + "\r")

    def _run(self) -> None:
        while not self.stop.wait(0.5):
            spent = time.monotonic() - self.started
            over = "  over time" if spent > self.limit else ""
            self.console.err.write(f"\r{self.label} {clock(spent)} / {clock(self.limit)}{over}  ")
            self.console.err.flush()


def clock(seconds: float) -> str:
    minutes, rest = divmod(int(max(0.0, seconds)), 60)
    return f"{minutes:02d}:{rest:02d}"


def _options(args: argparse.Namespace, console: Console) -> PracticeOptions:
    from interview.practice import PracticeOptions  # noqa: PLC0415

    kind, competencies, count = args.kind, tuple(args.competency), args.count
    if console.stdin.isatty() and not (kind or competencies):
        kind = (console.ask(f"Kind ({', '.join(QUESTION_KINDS)}; Enter for any): ") or "").strip()
        picked = (console.ask("Competency (Enter for any): ") or "").strip()
        competencies = (picked,) if picked else ()
        count = int((console.ask(f"How many questions [{count}]: ") or "").strip() or count)
    if count < 1:
        raise InterviewError(f"--count must be at least 1 (not {count})")
    return PracticeOptions(
        count=count,
        kind=kind or None,
        competencies=competencies,
        role=args.role,
        difficulty=args.difficulty,
        weak_areas=args.weak_areas,
        seed=args.seed,
    )


def run_interactive(args: argparse.Namespace, console: Console) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.practice import PracticeSession  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    settings = Settings.from_env()
    session = PracticeSession.start(open_store(), load_banks(settings), _options(args, console))
    console.say(f"{session.total} questions. Answer as you would in the interview.")
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
    """Ask the current question and record the answer; False when the user quits."""
    question = session.current
    console.say(f"\n{session.label} - {question.competency}, {question.kind}")
    console.say(textwrap.fill(question.text, 96))
    session.begin_thinking()
    with Ticker(console, "Think time", question.think_seconds):
        reply = console.ask(
            f"Think ({question.think_seconds} s), then Enter to answer; s skips, q quits: "
        )
    if reply is None or reply.strip().lower() == "q":
        return False
    if reply.strip().lower() == "s":
        session.skip()
        return True
    mode = args.mode or _ask_mode(console)
    if mode is None:
        return False
    outcome = (
        _record_answer(session, question, console, settings, args.device)
        if mode == "voice"
        else _type_answer(session, question, console)
    )
    if outcome is not None:
        _print_feedback(outcome, console)
    return outcome is not None


def _ask_mode(console: Console) -> str | None:
    reply = console.ask("Type or record your answer? [t/r]: ")
    if reply is None:
        return None
    return "voice" if reply.strip().lower().startswith("r") else "type"


def _type_answer(
    session: PracticeSession, question: Question, console: Console
) -> AttemptOutcome | None:
    console.say(
        f"Answer time {clock(question.answer_seconds)}. Type your answer; end with a line "
        f"holding only '{END_OF_ANSWER}'."
    )
    session.begin_answer()
    lines: list[str] = []
    while (line := console.ask("")) is not None and line.strip() != END_OF_ANSWER:
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
    return session.submit_text(text)


def _record_answer(
    session: PracticeSession,
    question: Question,
    console: Console,
    settings: Settings,
    device: str | None,
) -> AttemptOutcome | None:
    import tempfile  # noqa: PLC0415

    from interview.cli.speech import meter_line  # noqa: PLC0415
    from interview.speech.recording import record_wav  # noqa: PLC0415

    stop = threading.Event()

    def wait_for_enter() -> None:
        console.stdin.readline()
        stop.set()

    pressed = threading.Thread(target=wait_for_enter, daemon=True)
    console.say(f"Recording - answer time {clock(question.answer_seconds)}. Press Enter to stop.")
    session.begin_answer()
    pressed.start()

    def level(seconds: float, db: float) -> None:
        if console.live:
            console.err.write("\r" + meter_line(seconds, db))
            console.err.flush()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answer.wav"
        try:
            recording = record_wav(
                path,
                max_seconds=settings.max_audio_seconds,
                device=device,
                stop=stop,
                on_level=level,
            )
        except RecordingError as exc:
            console.say(f"\nerror: {exc}")
            return None
        if not stop.is_set():
            console.say("\nTime is up. Press Enter to continue.")
        pressed.join()
        console.say(f"\nRecorded {recording.seconds:.0f} s. Transcribing...")
        if console.transcriber is None:
            console.transcriber = load_engine(settings)
        return session.submit_recording(path, transcriber=console.transcriber)


def _print_feedback(outcome: AttemptOutcome, console: Console) -> None:
    from interview.cli.evaluate import render_report  # noqa: PLC0415

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
        score = outcome.attempt.score
        lines.append(
            f"  - {outcome.attempt.question_id}: "
            + (f"{score:.0f}" if score is not None else "not analysed")
            + f" (attempt {outcome.attempt.id})"
        )
    if summary.tip_areas:
        lines.append(f"  most tips were about: {', '.join(summary.tip_areas[:3])}")
    lines.append("Run `interview progress` to see your weak areas over time.")
    console.say("\n".join(lines))
