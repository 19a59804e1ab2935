"""The follow-up half of `interview practice`: the next question after an answer, and its answer.

`interview practice --question ID --answer-file F --json` adds `"follow_up": {question,
reason, focus}` to a behavioral answer's JSON (a contract: keys only ever added).
`interview practice --follow-up ATTEMPT --answer-file F [--json]` answers that follow-up as
an attempt linked to ATTEMPT and prints its analysis plus `follow_up_of`, `asked` and
`judgement` (judged on what was asked, not on full STAR).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from interview.cli.terminal import printable
from interview.errors import InterviewError

if TYPE_CHECKING:
    from pathlib import Path

    from interview.answers import AttemptOutcome
    from interview.history.attempts import Attempt
    from interview.models import Question
    from interview.questions import BankSet
    from interview.speech.transcriber import Transcriber


def report_with_follow_up(outcome: AttemptOutcome, question: Question, *, as_json: bool) -> int:
    """Print the answer's analysis and, for a behavioral answer, the follow-up to practise."""
    from interview.cli.history import report_outcome  # noqa: PLC0415
    from interview.stories.follow_ups import choose_follow_up  # noqa: PLC0415

    chosen = None if outcome.analysis is None else choose_follow_up(question, outcome.analysis)
    if not as_json or outcome.analysis is None or outcome.error is not None:
        status = report_outcome(outcome, as_json=as_json)
    else:
        data: dict[str, Any] = outcome.to_dict()
        if chosen is not None:
            data["follow_up"] = {
                "question": chosen.question,
                "reason": chosen.reason,
                "focus": chosen.focus,
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        status = 0
    if not as_json:
        for line in follow_up_lines(outcome, question):
            print(line)
    return status


def follow_up_lines(outcome: AttemptOutcome, question: Question) -> list[str]:
    """The follow-up to practise after a behavioral answer, and how to answer it (the
    terminal session prints these too); none when there is no analysis."""
    from interview.stories.follow_ups import choose_follow_up  # noqa: PLC0415

    chosen = None if outcome.analysis is None else choose_follow_up(question, outcome.analysis)
    if chosen is None:
        return []
    command = f"interview practice --follow-up {outcome.attempt.id} --answer-file FILE"
    return [
        printable(f"\nFollow-up: {chosen.question}"),
        printable(f"  ({chosen.reason})"),
        f"  Answer it: {command}",
    ]


def parent_question(attempt: Attempt, banks: BankSet) -> Question:
    """The bank question an attempt answered, or one rebuilt from the attempt when the bank
    no longer has it (the follow-up then comes only from what the answer lacked)."""
    from interview.analysis.analysis import check_kind  # noqa: PLC0415
    from interview.models import Question  # noqa: PLC0415

    for question in banks.questions:
        if question.id == attempt.question_id:
            return question
    kind = check_kind(attempt.kind)
    return Question(attempt.question_id, attempt.question_text, kind, attempt.competency)


def run_follow_up(
    parent_id: int,
    banks: BankSet,
    text: str | None,
    audio: Path | None,
    transcriber: Transcriber | None,
    *,
    as_json: bool,
) -> int:
    """Answer the follow-up to attempt `parent_id`, print its analysis and judgement."""
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.stories.drills import answer_follow_up  # noqa: PLC0415

    store = open_store()
    if store.get_attempt(parent_id).kind != "behavioral":
        raise InterviewError(f"attempt {parent_id} is not a behavioral answer: no follow-up")
    question = parent_question(store.get_attempt(parent_id), banks)
    result = answer_follow_up(
        store, parent_id, question, answer_text=text, recording=audio, transcriber=transcriber
    )
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(printable(f"Follow-up: {result.follow_up.question}"))
        if result.judgement is not None:
            verdict = result.judgement.verdict.replace("_", " ")
            print(f"Judged on what was asked: {verdict} ({result.judgement.score}/100)")
            print(f"  {result.judgement.message}")
        print(f"Saved as attempt {result.outcome.attempt.id}.")
    if result.outcome.error is not None:
        print(f"error: {result.outcome.error}", file=sys.stderr)
        return 2
    return 0


def run_follow_up_command(args: argparse.Namespace) -> int:
    """`interview practice --follow-up ATTEMPT (--answer-file F | --audio F) [--json]`."""
    from interview.cli.evaluate import read_answer  # noqa: PLC0415
    from interview.cli.practice_terminal import load_engine  # noqa: PLC0415
    from interview.cli.questions import warn_about  # noqa: PLC0415
    from interview.config import Settings  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    if args.question:
        raise InterviewError("give --question ID or --follow-up ATTEMPT, not both")
    if not (args.answer_file or args.audio):
        raise InterviewError("use --follow-up ATTEMPT with --answer-file FILE or --audio FILE")
    if args.audio is not None:
        from interview.cli.practice import check_recording  # noqa: PLC0415

        check_recording(args.audio)
    settings = Settings.from_env()
    banks = load_banks(settings)
    warn_about(banks)
    text = read_answer(args.answer_file) if args.answer_file else None
    engine = load_engine(settings) if args.audio else None
    return run_follow_up(
        args.follow_up, banks, text=text, audio=args.audio, transcriber=engine, as_json=args.json
    )
