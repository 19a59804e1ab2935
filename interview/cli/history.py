"""`interview history`: list, show, delete, export, import and re-analyse stored attempts.

`interview history --json` is a contract: a list of {id, question_id, created_at, score,
analysed} (more keys may be added, none renamed or dropped), newest first. Deleting
everything asks for `--yes`, because recordings cannot be made again.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from interview.cli.terminal import printable
from interview.config import Settings
from interview.errors import HistoryError
from interview.practice.wording import plural

if TYPE_CHECKING:
    from interview.answers import AttemptOutcome
    from interview.history.attempts import Attempt, AttemptSummary
    from interview.history.store import HistoryStore

TEXT_LIMIT = 50


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "history", help="list, show, delete, export and re-analyse your attempts"
    )
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument(
        "--limit", type=int, metavar="N", help=f"newest N (default: {TEXT_LIMIT}; all with --json)"
    )
    parser.set_defaults(handler=run_list)
    commands = parser.add_subparsers(dest="history_command", metavar="ACTION")

    show = commands.add_parser("show", help="show one attempt with its feedback")
    show.add_argument("id", type=int, help="attempt id, from `interview history`")
    show.add_argument("--json", action="store_true", help="print the attempt as JSON")
    show.set_defaults(handler=run_show)

    _register_delete(commands)
    _register_transfer(commands)

    reanalyse = commands.add_parser(
        "reanalyse", aliases=["reanalyze"], help="analyse a saved attempt again"
    )
    reanalyse.add_argument("id", type=int, help="attempt id")
    reanalyse.add_argument("--json", action="store_true", help="print the analysis as JSON")
    reanalyse.set_defaults(handler=run_reanalyse)


def _register_delete(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    delete = commands.add_parser("delete", help="delete one attempt, or all with --all --yes")
    delete.add_argument("id", type=int, nargs="?", help="attempt id")
    delete.add_argument("--all", action="store_true", help="every attempt and recording")
    delete.add_argument("--yes", action="store_true", help="confirm deleting everything")
    delete.add_argument(
        "--everything",
        action="store_true",
        help="with --all: also your own questions, remembered choices and unsaved answers",
    )
    delete.set_defaults(handler=run_delete)


def _register_transfer(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write every attempt to a CSV or JSON file")
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(handler=run_export)

    importing = commands.add_parser("import", help="add the attempts of a JSON export")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.set_defaults(handler=run_import)


def open_store() -> HistoryStore:
    from interview.history.store import HistoryStore  # noqa: PLC0415 - SQLAlchemy is heavy

    return HistoryStore.open()


def status_text(status: str, score: float | None) -> str:
    if status == "analysed" and score is not None:
        return f"{score:>5.0f}"
    return "failed" if status == "failed" else "not analysed"


def _line(item: AttemptSummary) -> str:
    when = item.created_at[:16].replace("T", " ")
    text = item.question_text if len(item.question_text) <= 60 else item.question_text[:57] + "..."
    status = status_text(item.status, item.score)
    return f"{item.id:>6}  {when}  {status:>12}  {item.question_id}: {text}"


def run_list(args: argparse.Namespace) -> int:
    store = open_store()
    limit = args.limit if args.limit is not None else (None if args.json else TEXT_LIMIT)
    items = store.list_attempts(limit)
    if args.json:
        print(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("No attempts yet. Start with `interview practice`.")
        return 0
    print(f"{'id':>6}  {'created (UTC)':<16}  {'score':>12}  question")
    for item in items:
        print(printable(_line(item)))
    total = store.count_attempts()
    if total > len(items):
        print(f"... {total - len(items)} older; use --limit to see more")
    return 0


def describe_attempt(attempt: Attempt) -> list[str]:
    """The header of `history show`: what was asked, when, how it was answered."""
    how = f"recording {attempt.recording}" if attempt.recording else "typed answer"
    lines = [
        f"Attempt {attempt.id} - {attempt.created_at[:19].replace('T', ' ')} UTC - {how}",
        f"Question {attempt.question_id} ({attempt.kind}, {attempt.competency}): "
        f"{attempt.question_text}",
    ]
    if attempt.duration_s is not None:
        over = " (over time)" if attempt.over_time else ""
        lines.append(f"Answer time: {attempt.duration_s:.0f} s{over}")
    return lines


def run_show(args: argparse.Namespace) -> int:
    from interview.answers import stored_analysis  # noqa: PLC0415
    from interview.cli.report import render_report  # noqa: PLC0415

    attempt = open_store().get_attempt(args.id)
    if args.json:
        print(json.dumps(attempt.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(printable("\n".join(describe_attempt(attempt))) + "\n")
    analysis, unreadable = stored_analysis(attempt.analysis)
    if analysis is not None:
        print(printable(render_report(analysis)), end="")
        return 0
    print(printable(attempt.text or "(not transcribed yet)"))
    error = unreadable or attempt.error
    reason = printable(f": {error}") if error else ""
    command = f"`interview history reanalyse {attempt.id}`"
    # Only the reason is stored, not whether it can pass, so say when trying again helps.
    hint = (
        f"If that was passing trouble (a locked database, a missing model), {command} tries again"
        if error
        else f"Run {command}"
    )
    print(f"\nNot analysed{reason}. {hint}.")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    if args.all == (args.id is not None):
        raise HistoryError("give one attempt id to delete, or --all --yes to delete everything")
    store = open_store()
    if not args.all:
        from interview.history.stories import StoryStore  # noqa: PLC0415

        linked = StoryStore(store).delete_with_follow_ups(args.id)
        also = f", with its follow-up answers {', '.join(map(str, linked))}" if linked else ""
        print(f"deleted attempt {args.id} and its recording{also}")
        return 0
    count = store.count_attempts()
    if count == 0 and not args.everything and not _has_other_data(store):
        print("there are no attempts to delete")
        return 0
    if not args.yes:
        extra = ", your own questions and remembered choices" if args.everything else ""
        raise HistoryError(
            f"this deletes all {count} attempts and their recordings, your stories, interview "
            f"debriefs and practice sessions{extra} for good; add --yes to confirm"
        )
    print_deletion(store, everything=args.everything)
    return 0


def print_deletion(store: HistoryStore, *, everything: bool) -> None:
    """Delete the user's data and say exactly what went and what stayed."""
    from interview.config import Settings  # noqa: PLC0415
    from interview.privacy import delete_my_data  # noqa: PLC0415

    done = delete_my_data(store, Settings.from_env(), everything=everything)
    print(
        f"deleted {done.erased.attempts} attempts, every practice session, story, interview "
        "debrief and recording"
    )
    print("Deleted:\n" + "".join(f"  - {line}\n" for line in done.deleted_lines()), end="")
    print("Kept:\n" + "".join(f"  - {line}\n" for line in done.kept_lines()), end="")
    if not everything:
        print("Add --everything to delete your own questions and remembered choices too.")


def _has_other_data(store: HistoryStore) -> bool:
    """Whether "delete all" has something besides attempts to delete: stories, logged
    interviews, an unfinished session (with its draft)."""
    from interview.history.interviews import list_interviews  # noqa: PLC0415
    from interview.history.stories import StoryStore  # noqa: PLC0415
    from interview.practice import PracticeSession  # noqa: PLC0415

    return bool(
        StoryStore(store).list_stories()
        or list_interviews(store)
        or PracticeSession.in_progress(store)
    )


def run_export(args: argparse.Namespace) -> int:
    from interview.history.export import export_csv, export_json  # noqa: PLC0415

    write = export_csv if args.format == "csv" else export_json
    count = write(open_store(), args.output, force=args.force)
    print(f"exported {plural(count, 'attempt')} to {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from interview.answers import check_readable  # noqa: PLC0415
    from interview.history.export import import_json  # noqa: PLC0415

    result = import_json(open_store(), args.file, check=check_readable)
    also = [
        plural(result.interviews_added, "logged interview") if result.interviews_added else "",
        plural(result.stories_added, "story", "stories") if result.stories_added else "",
    ]
    more = " and ".join(part for part in also if part)
    attempts = plural(result.added, "attempt")
    print(f"imported {attempts} ({result.skipped} already here){', ' + more if more else ''}")
    return 0


def run_reanalyse(args: argparse.Namespace) -> int:
    from interview.answers import analyse_attempt  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415
    from interview.speech.engines import load_transcriber  # noqa: PLC0415

    settings = Settings.from_env()
    engine = partial(load_transcriber, settings)  # loaded only for a recording
    questions = load_banks(settings).questions  # the key points of the question answered
    outcome = analyse_attempt(open_store(), args.id, transcriber=engine, questions=questions)
    return report_outcome(outcome, as_json=args.json)


def report_outcome(outcome: AttemptOutcome, *, as_json: bool) -> int:
    """Print an attempt's analysis (or why it has none); 2 when it could not be analysed."""
    from interview.cli.evaluate import emit  # noqa: PLC0415

    data, error, attempt_id = outcome.to_dict(), outcome.error, outcome.attempt.id
    if outcome.analysis is not None and error is None:
        emit(outcome.analysis, as_json=as_json, data=data)
        if not as_json:
            print(f"Saved as attempt {attempt_id}.")
        return 0
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    print(f"error: {error} ({retry_hint(outcome)})", file=sys.stderr)
    return 2


def retry_hint(outcome: AttemptOutcome) -> str:
    """What to do about an attempt that was saved but not analysed: reanalyse only when
    that can help (a locked database, a missing model), never for a corrupt or silent
    recording, which fails the same way every time."""
    saved = f"the answer is saved as attempt {outcome.attempt.id}"
    if outcome.retry_helps:
        return f"{saved}; run `interview history reanalyse {outcome.attempt.id}` to try again"
    return f"{saved}; analysing it again would fail the same way, so reanalyse cannot help"
