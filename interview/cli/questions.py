"""`interview questions`: browse, check and import question banks from the terminal.

`list --json` is a contract (a list of {id, text, kind, competency, roles, difficulty});
keys may be added, never renamed or dropped. `validate` and `import` exit 2 when anything
was wrong, after printing every problem, so they work in scripts and CI.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from interview.cli.terminal import printable
from interview.config import Settings
from interview.models import COMPETENCIES, QUESTION_KINDS, Question
from interview.practice.wording import plural
from interview.questions import csv_import, filter_questions, get_question, load_banks
from interview.questions.banks import BankSet, display_path, load_bank_paths
from interview.questions.csv_import import CSV_COLUMNS, import_csv
from interview.questions.schema import ROLES

# Bank problems printed before a listing; `validate` prints them all.
WARNINGS_SHOWN = 5


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "questions", help="list, show, validate and import question banks"
    )
    commands = parser.add_subparsers(dest="questions_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list questions, optionally filtered")
    listing.add_argument("--kind", help="one of: " + ", ".join(QUESTION_KINDS))
    listing.add_argument("--competency", help="one of: " + ", ".join(COMPETENCIES))
    listing.add_argument("--role", help="one of: " + ", ".join(ROLES))
    listing.add_argument("--difficulty", type=int, help="1 (warm-up) to 3 (hard)")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="show one question with its key points")
    show.add_argument("id", help="question id, as printed by `interview questions list`")
    show.add_argument("--json", action="store_true", help="print every field as JSON")
    show.set_defaults(handler=run_show)

    validate = commands.add_parser(
        "validate", help="check bank files (default: the built-in and your own banks)"
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="file or folder")
    validate.set_defaults(handler=run_validate)

    importing = commands.add_parser(
        "import",
        help="import a CSV file as a new bank in your banks folder",
        description="Columns: " + ", ".join(CSV_COLUMNS) + ". Required: text, kind, "
        'competency. Separate items in roles, follow_ups and key_points with "|".',
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.set_defaults(handler=run_import)


def warn_about(banks: BankSet) -> None:
    """Say on stderr what was skipped while loading the banks, and where (the rest loaded)."""
    shown = banks.errors[:WARNINGS_SHOWN]
    for error in shown:
        print(printable(f"warning: skipped {error}"), file=sys.stderr)
    if len(banks.errors) > len(shown):
        print(
            f"warning: {plural(len(banks.errors) - len(shown), 'more problem')} in the "
            "question banks; run `interview questions validate` to see them all",
            file=sys.stderr,
        )


def summary(question: Question) -> dict[str, object]:
    """The `list --json` record for one question."""
    return {
        "id": question.id,
        "text": question.text,
        "kind": question.kind,
        "competency": question.competency,
        "roles": list(question.roles),
        "difficulty": question.difficulty,
    }


def run_list(args: argparse.Namespace) -> int:
    banks = load_banks(Settings.from_env())
    warn_about(banks)
    found = filter_questions(
        banks,
        kind=args.kind,
        competencies=args.competency,
        role=args.role,
        difficulty=args.difficulty,
    )
    if args.json:
        print(json.dumps([summary(q) for q in found], indent=2, ensure_ascii=False))
        return 0
    width = max((len(q.id) for q in found), default=0)
    for q in found:
        print(
            printable(
                f"{q.id:<{width}}  {q.kind:<11}  {q.competency:<20}  {q.difficulty}  {q.text}"
            )
        )
    print(plural(len(found), "question"))
    return 0


def _show_text(question: Question) -> str:
    lines = [
        question.id,
        question.text,
        "",
        f"kind: {question.kind}   competency: {question.competency}   "
        f"difficulty: {question.difficulty}   roles: {', '.join(question.roles)}",
        f"time: {question.think_seconds} s to think, {question.answer_seconds} s to answer",
    ]
    if question.source:
        lines.append(f"from: {display_path(Path(question.source))}")
    if question.key_points:
        lines += ["", "What the interviewer listens for:"]
        lines += [f"  - {point}" for point in question.key_points]
    if question.follow_ups:
        lines += ["", "Follow-up questions:"]
        lines += [f"  - {follow}" for follow in question.follow_ups]
    if question.tip:
        lines += ["", f"Tip: {question.tip}"]
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> int:
    banks = load_banks(Settings.from_env())
    warn_about(banks)
    question = get_question(banks, args.id)
    if args.json:
        record = summary(question) | {
            "think_seconds": question.think_seconds,
            "answer_seconds": question.answer_seconds,
            "follow_ups": list(question.follow_ups),
            "key_points": list(question.key_points),
            "tip": question.tip,
            "source": question.source,
        }
        print(json.dumps(record, indent=2, ensure_ascii=False))
    else:
        print(printable(_show_text(question)))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths
    banks = load_bank_paths(paths) if paths else load_banks(Settings.from_env())
    for error in banks.errors:
        print(printable(error), file=sys.stderr)
    if banks.errors:
        print(f"error: {plural(len(banks.errors), 'problem')} found", file=sys.stderr)
        return 2
    if not banks.files:
        print("error: no bank files (*.toml) found", file=sys.stderr)
        return 2
    print(f"ok: {plural(len(banks.questions), 'question')} in {plural(len(banks.files), 'file')}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    report = import_csv(Settings.from_env(), args.file)
    for message in (*report.duplicates, *report.errors):
        print(printable(message), file=sys.stderr)
    if report.bank_path is not None:
        where = display_path(report.bank_path)
        print(f"imported {plural(len(report.questions), 'question')} into {where}")
    elif not report.errors:
        print(f"nothing new to import: every question in {display_path(args.file)} is there")
    bad_rows = len(report.errors) - (report.stopped_at is not None)
    if bad_rows:
        print(
            f"error: {plural(bad_rows, 'row')} not imported; fix the file and import it "
            "again (rows already imported are skipped)",
            file=sys.stderr,
        )
    if report.stopped_at is not None:  # not "1 row": every row from here on was left unread
        print(
            f"error: stopped at line {report.stopped_at} (an import takes at most "
            f"{csv_import.MAX_ROWS} rows); import the same file again to add the rest",
            file=sys.stderr,
        )
    return 2 if report.errors else 0
