"""`interview practice`: a mock interview in the terminal, or one scripted attempt.

Interactive (in `interview.cli.practice_terminal`): questions one at a time ("Question 2 of
5"), a think-time counter, the answer typed or recorded from the microphone, the feedback
report after each answer and a summary at the end. Every answer goes through the history's
save-first path, so it is stored before it is transcribed or analysed.

Scripted: `interview practice --question ID (--answer-file FILE | --audio FILE) [--json]`
records one attempt and prints the analysis; `--json` prints the analysis JSON plus
`attempt_id` (a contract: keys are added, never renamed or dropped).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from interview.config import Settings
from interview.errors import HistoryError, InterviewError
from interview.models import COMPETENCIES, QUESTION_KINDS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "practice",
        help="practise questions against the clock, typed or spoken, with feedback",
        description="Without --question: an interactive session. With --question: record one "
        "attempt from a file and print its analysis.",
    )
    parser.add_argument("--question", metavar="ID", help="answer this question from a file")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--answer-file", metavar="FILE", help="typed answer (UTF-8, - for stdin)")
    source.add_argument("--audio", type=Path, metavar="FILE", help="recorded answer")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument(
        "--follow-up", type=int, metavar="ATTEMPT", help="answer the follow-up to this attempt"
    )
    parser.add_argument("--count", type=int, default=5, help="questions in a session (default 5)")
    parser.add_argument("--kind", choices=QUESTION_KINDS)
    parser.add_argument("--competency", action="append", default=[], choices=COMPETENCIES)
    parser.add_argument(
        "--role",
        help="a role pack, e.g. software-engineering: its questions and the general ones "
        "(default: general questions only)",
    )
    parser.add_argument("--difficulty", type=int, choices=(1, 2, 3))
    parser.add_argument("--weak-areas", action="store_true", help="favour your weak areas")
    parser.add_argument("--seed", type=int, help="repeat the same question order")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--type", dest="mode", action="store_const", const="type")
    mode.add_argument("--voice", dest="mode", action="store_const", const="voice")
    parser.add_argument("--device", help="microphone name, or part of it")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="carry on with your unfinished session (its question, clock and draft)",
    )
    parser.set_defaults(handler=run_practice)


def run_practice(args: argparse.Namespace) -> int:
    if args.follow_up is not None:
        from interview.cli.follow_up import run_follow_up_command  # noqa: PLC0415

        return run_follow_up_command(args)
    if args.question or args.answer_file or args.audio:
        if args.resume:
            raise InterviewError("--resume carries on a session; it cannot be used with --question")
        return run_single(args)
    from interview.cli.practice_console import Console  # noqa: PLC0415
    from interview.cli.practice_terminal import run_interactive  # noqa: PLC0415

    return run_interactive(args, Console(sys.stdin, sys.stdout, sys.stderr))


def check_recording(path: Path) -> None:
    """InterviewError unless `path` is a file (a folder is named as one, not as missing)."""
    if path.is_dir():
        raise InterviewError(f"{path} is a folder, not a recording: give the audio file")
    if not path.is_file():
        raise InterviewError(f"audio file not found: {path}")


def run_single(args: argparse.Namespace) -> int:
    """Record one attempt at `--question` from a text or audio file and print its analysis."""
    from interview.answers import record_attempt  # noqa: PLC0415
    from interview.cli.evaluate import read_answer  # noqa: PLC0415
    from interview.cli.follow_up import report_with_follow_up  # noqa: PLC0415
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.cli.practice_terminal import load_engine  # noqa: PLC0415
    from interview.cli.questions import warn_about  # noqa: PLC0415
    from interview.questions import get_question, load_banks  # noqa: PLC0415

    if not args.question or not (args.answer_file or args.audio):
        raise InterviewError("use --question ID with --answer-file FILE or --audio FILE")
    settings = Settings.from_env()
    banks = load_banks(settings)
    warn_about(banks)
    question = get_question(banks, args.question)
    if args.audio is not None:
        check_recording(args.audio)
    text = read_answer(args.answer_file) if args.answer_file else None
    store = open_store()
    try:
        outcome = record_attempt(
            store,
            question,
            answer_text=text,
            recording=args.audio,
            transcriber=load_engine(settings) if args.audio else None,
        )
    except HistoryError as exc:  # out of record_attempt, this means nothing was stored
        raise HistoryError(f"your answer was NOT saved: {exc}") from exc
    stored = outcome.attempt.recording
    if outcome.error is not None and stored is not None and args.audio is not None:
        # the service analysed the stored copy; the user knows the file they gave
        outcome = replace(outcome, error=outcome.error.replace(str(stored), str(args.audio)))
    return report_with_follow_up(outcome, question, as_json=args.json)
