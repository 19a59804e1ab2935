"""`interview debrief`, `interview plan` and `interview advert`: after a real interview.

The JSON shapes printed here are contracts other tools read (keys are added, never renamed
or dropped): `debrief add --json` (reads one debrief object on stdin, prints its id and
each question's bank match), `debrief list --json`, `plan --json`, `advert FILE --json`;
`debrief draft ID --kind ...` prints the draft text. Bad input is an `error: ...` with exit
status 2 and nothing stored. Corrections and practice live in `interview.cli.debrief_edit`.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.cli.piped import read_json, read_text
from interview.cli.terminal import printable
from interview.errors import DebriefError
from interview.interviews.drafts import DRAFT_KINDS
from interview.interviews.log import OUTCOMES, check_date
from interview.practice.wording import plural

if TYPE_CHECKING:
    from interview.history.store import HistoryStore
    from interview.models import Question


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_debrief(subparsers)
    plan = subparsers.add_parser(
        "plan",
        help="what to practise next: focus competencies, questions and a schedule",
        description="A practice plan from your debriefs, practice history and saved job advert.",
    )
    plan.add_argument("--before", metavar="YYYY-MM-DD", help="date of your next interview")
    plan.add_argument("--count", type=int, default=6, help="questions in the plan (default 6)")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.set_defaults(handler=run_plan)
    advert = subparsers.add_parser(
        "advert",
        help="the competencies a job advert asks for",
        description="Read a job advert (a text file, or - for standard input) and list the "
        "competencies it asks for, with the phrases that show it.",
    )
    advert.add_argument("file", metavar="FILE", help="the advert as text, or - for stdin")
    advert.add_argument("--save", action="store_true", help="weight your practice plan by it")
    advert.add_argument("--json", action="store_true", help="print the result as JSON")
    advert.set_defaults(handler=run_advert)


def _register_debrief(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from interview.cli import debrief_edit  # noqa: PLC0415

    parser = subparsers.add_parser(
        "debrief",
        help="log a real interview, debrief it, draft replies",
        description="Log real interviews and the questions you were asked, then practise.",
    )
    commands = parser.add_subparsers(dest="debrief_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="store a debrief read as one JSON object on stdin")
    add.add_argument("--json", action="store_true", help="print the stored debrief as JSON")
    add.set_defaults(handler=run_add)
    listing = commands.add_parser("list", help="your interviews, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    show = commands.add_parser("show", help="one interview and its debriefed questions")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    update = commands.add_parser("update", help="change the outcome, feedback or other details")
    update.add_argument("id", type=int)
    update.add_argument("--outcome", choices=OUTCOMES)
    for name in ("company", "role", "date", "stage", "feedback", "contact", "highlight"):
        update.add_argument(f"--{name}")
    update.set_defaults(handler=run_update)
    draft = commands.add_parser("draft", help="a reply to copy and send yourself")
    draft.add_argument("id", type=int)
    draft.add_argument("--kind", required=True, choices=DRAFT_KINDS)
    draft.add_argument("--sender", default="", help="your name, to sign the draft")
    draft.set_defaults(handler=run_draft)
    delete = commands.add_parser("delete", help="delete an interview and its debrief")
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=run_delete)
    progress = commands.add_parser("progress", help="interviews over time and what improved")
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=run_progress)
    debrief_edit.register(commands)


def _store() -> HistoryStore:
    from interview.cli.history import open_store  # noqa: PLC0415

    return open_store()


def bank() -> tuple[Question, ...]:
    from interview.cli.questions import warn_about  # noqa: PLC0415
    from interview.config import Settings  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    banks = load_banks(Settings.from_env())
    warn_about(banks)
    return banks.questions


def say(text: str = "", *, end: str = "\n") -> None:
    """Print text that holds what people typed, without the characters a terminal obeys."""
    print(printable(text), end=end)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def run_add(args: argparse.Namespace) -> int:
    from interview.interviews.debrief import record_debrief  # noqa: PLC0415
    from interview.interviews.log import parse_interview  # noqa: PLC0415

    data = read_json()
    parse_interview(data)  # every check before the database is even opened
    interview = record_debrief(_store(), bank(), data)
    if args.json:
        _print_json({"id": interview.id, **interview.to_dict()})
        return 0
    say(f"stored interview {interview.id}: {interview.label}")
    for q in interview.questions:
        match = q.question_id or "no close bank question"
        say(f"  [{q.id}] {q.rating}/5 {q.text}\n        -> {match} ({q.competency or '?'})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from interview.history.interviews import list_interviews  # noqa: PLC0415

    interviews = list_interviews(_store())
    if args.json:
        keys = ("id", "company", "role", "date", "stage", "outcome", "mean_rating")
        _print_json(
            [
                {**{k: i.to_dict()[k] for k in keys}, "questions": len(i.questions)}
                for i in interviews
            ]
        )
        return 0
    if not interviews:
        say("no interviews logged yet: `interview debrief add` stores one")
    for i in interviews:
        rating = f"{i.mean_rating:.1f}/5" if i.mean_rating is not None else "not debriefed"
        say(f"{i.id:>4}  {i.date}  {i.company}, {i.role} ({i.stage}): {i.outcome}, {rating}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from interview.history.interviews import get_interview  # noqa: PLC0415
    from interview.interviews.log import RATING_WORDS  # noqa: PLC0415
    from interview.interviews.tone import next_step  # noqa: PLC0415

    interview = get_interview(_store(), args.id)
    if args.json:
        _print_json(interview.to_dict())
        return 0
    say(f"{interview.label}: {interview.stage}, {interview.outcome}")
    if interview.feedback:
        say(f"feedback: {interview.feedback}")
    for q in interview.questions:
        say(f"  [{q.id}] {q.rating}/5 ({RATING_WORDS[q.rating]}) {q.text}")
        say(f"        bank: {q.question_id or 'none'} · competency: {q.competency or '?'}")
        if q.notes:
            say(f"        notes: {q.notes}")
        if q.attempt_ids:
            say(f"        answered again: attempts {', '.join(map(str, q.attempt_ids))}")
    step = next_step(interview.questions)
    if step:
        say(f"\n{step}")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from interview.history.interviews import update_interview  # noqa: PLC0415

    names = ("company", "role", "date", "stage", "outcome", "feedback", "contact", "highlight")
    changes = {n: getattr(args, n).strip() for n in names if getattr(args, n) is not None}
    if not changes:
        raise DebriefError("nothing to change: give --outcome, --feedback or another field")
    if "date" in changes:
        changes["date"] = check_date(changes["date"])
    for name in ("company", "role"):
        if name in changes and not changes[name]:
            raise DebriefError(f"--{name} cannot be empty")
    interview = update_interview(_store(), args.id, **changes)
    say(f"updated interview {interview.id}: {interview.label}, {interview.outcome}")
    return 0


def run_draft(args: argparse.Namespace) -> int:
    from interview.history.interviews import get_interview  # noqa: PLC0415
    from interview.interviews.drafts import draft, mismatch  # noqa: PLC0415

    interview = get_interview(_store(), args.id)
    warning = mismatch(interview, args.kind)
    if warning:
        print(f"note: {warning}", file=sys.stderr)
    say(draft(interview, args.kind, sender=args.sender), end="")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from interview.history.interviews import delete_interview  # noqa: PLC0415

    delete_interview(_store(), args.id)
    say(f"deleted interview {args.id} and its debrief (practice answers are kept)")
    return 0


def run_progress(args: argparse.Namespace) -> int:
    from interview.interviews.service import current_timeline  # noqa: PLC0415

    entries = current_timeline(_store())
    if args.json:
        _print_json([e.to_dict() for e in entries])
        return 0
    if not entries:
        say("no interviews logged yet: `interview debrief add` stores one")
    for entry in entries:
        i = entry.interview
        rating = f"{i.mean_rating:.1f}/5" if i.mean_rating is not None else "not debriefed"
        say(f"{i.date}  {i.company}, {i.role}: {i.outcome}, you rated it {rating}")
        for change in entry.changes:
            since = plural(change.answers_since, "answer")
            say(f"    {change.competency}: {change.verdict} ({since} since)")
    return 0


def run_plan(args: argparse.Namespace) -> int:
    from interview.interviews.service import current_plan  # noqa: PLC0415

    if not 1 <= args.count <= 30:
        raise DebriefError(f"--count {args.count} is out of range; expected 1 to 30 questions")
    before = date.fromisoformat(check_date(args.before, "--before")) if args.before else None
    if before is not None and before < date.today():  # else it silently crams into today
        raise DebriefError(f"--before {before} has passed; give the date of your next interview")
    plan = current_plan(_store(), bank(), before=before, total=args.count)
    if args.json:
        _print_json(plan.to_dict())
        return 0
    if not plan.focus:
        say("no plan yet: debrief an interview or practise a few answers first")
    for n, area in enumerate(plan.focus, 1):
        say(f"{n}. {area.competency}: {area.why}")
    if plan.habits:
        say("\nHow you answer (from the employer's feedback)")
    for habit in plan.habits:
        say(f"  {habit.habit} (feedback from {habit.source}): {habit.action}")
    texts = {q.id: q.text for q in plan.questions}
    for session in plan.schedule:
        say(f"\n{session.day} (about {session.minutes} min)")
        for question_id in session.question_ids:
            say(f"  {question_id}: {texts.get(question_id, '')}")
    if plan.schedule:
        say("\n`interview practice --weak-areas` picks questions that follow this plan.")
    return 0


def _read_text(source: str) -> str:
    if source == "-":
        return read_text()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise DebriefError(f"cannot read the advert {source}: {reason}") from None


def run_advert(args: argparse.Namespace) -> int:
    from interview.interviews.advert import read_advert  # noqa: PLC0415

    text = _read_text(args.file)
    report = read_advert(text)
    if args.save:
        from interview.interviews.service import save_advert  # noqa: PLC0415

        save_advert(_store(), text)
    if args.json:
        _print_json(report.to_dict())
        return 0
    if not report.competencies:
        say("no competency phrases found in this advert")
    for item in report.competencies:
        say(f"{item.competency}: {', '.join(item.phrases)}")
    return 0
