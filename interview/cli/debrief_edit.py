"""`interview debrief match` and `interview debrief practise`: correct a match, answer again.

A debriefed question's automatic match can be replaced by another bank question, by a
competency alone, or by saving the question into the user's own bank. Any debriefed
question can be answered again; the attempt is stored and analysed like every practice
answer, and linked back to the debrief.
"""

from __future__ import annotations

import argparse

from interview.errors import DebriefError
from interview.models import COMPETENCIES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    match = commands.add_parser(
        "match", help="correct which bank question or competency a debriefed question is"
    )
    match.add_argument("debrief_question", type=int, metavar="QUESTION", help="debriefed id")
    how = match.add_mutually_exclusive_group(required=True)
    how.add_argument("--question", metavar="BANK_ID", help="the bank question it really was")
    how.add_argument("--competency", choices=COMPETENCIES, help="only the competency")
    how.add_argument(
        "--custom", choices=COMPETENCIES, metavar="COMPETENCY", help="save it as your own question"
    )
    match.set_defaults(handler=run_match)
    again = commands.add_parser("practise", help="answer a debriefed question again")
    again.add_argument("debrief_question", type=int, metavar="QUESTION", help="debriefed id")
    again.add_argument("--answer-file", required=True, metavar="FILE", help="UTF-8, - for stdin")
    again.add_argument("--json", action="store_true", help="print the analysis as JSON")
    again.set_defaults(handler=run_practise)


def run_match(args: argparse.Namespace) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.cli.interviews import bank  # noqa: PLC0415
    from interview.config import Settings  # noqa: PLC0415
    from interview.interviews import debrief  # noqa: PLC0415

    store = open_store()
    if args.question:
        debrief.choose_bank_question(store, bank(), args.debrief_question, args.question)
        print(f"question {args.debrief_question} now matches {args.question}")
    elif args.competency:
        debrief.choose_competency(store, args.debrief_question, args.competency)
        print(f"question {args.debrief_question} is now about {args.competency}")
    else:
        saved = debrief.save_as_custom(
            store, Settings.from_env(), args.debrief_question, args.custom
        )
        print(f"saved as your own question {saved.id} ({saved.competency})")
    return 0


def run_practise(args: argparse.Namespace) -> int:
    from interview.cli.evaluate import read_answer  # noqa: PLC0415
    from interview.cli.history import open_store, report_outcome  # noqa: PLC0415
    from interview.cli.interviews import bank  # noqa: PLC0415
    from interview.interviews.debrief import practise_again  # noqa: PLC0415

    text = read_answer(args.answer_file)
    if not text.strip():
        raise DebriefError("the answer is empty: write your answer, then run this again")
    outcome = practise_again(open_store(), bank(), args.debrief_question, answer_text=text)
    return report_outcome(outcome, as_json=args.json)
