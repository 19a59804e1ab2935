"""Choosing what to practise at the start of `interview practice`, one checked answer at a time.

Someone at a terminal who gave no filter flags is asked for the kind, competency, role pack
(none means the general questions only, as on the Practice page; so does no --role), number
of questions and, once they have a history, whether to focus on their weak areas.
Every reply is checked as it is typed: a typo ("behavioural", "two") is answered with what
is allowed and the same question is asked again, so a slip never ends the session or shows
a traceback. With filter flags, or piped input, nothing is asked: the flags are the choice.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

from interview.cli.practice_console import Console
from interview.errors import InterviewError
from interview.models import COMPETENCIES, QUESTION_KINDS, Question
from interview.practice import PracticeOptions
from interview.questions import filter_questions
from interview.questions.schema import ROLES, did_you_mean

MAX_COUNT = 50
GENERAL_ROLE = "general"
ROLE_PROMPT = "general questions only; type a role above, e.g. 'sales', for its questions too"
WIDTH = 96


def pick(reply: str, allowed: tuple[str, ...]) -> str | None:
    """The allowed value `reply` names: itself, or the only one starting with it ("beh")."""
    text = reply.strip().lower().replace(" ", "-")
    starting = [value for value in allowed if value.startswith(text)]
    if text in allowed:
        return text
    return starting[0] if text and len(starting) == 1 else None


def _ask_choice(
    console: Console, label: str, allowed: tuple[str, ...], *, enter: str = "any"
) -> str | None:
    """One of `allowed`, or None for what Enter means (`enter`; also at end of input)."""
    listed = f"{label}: {', '.join(allowed)}"
    console.say(textwrap.fill(listed, WIDTH, subsequent_indent="  ", break_on_hyphens=False))
    while True:
        reply = (console.ask(f"{label} (Enter for {enter}): ") or "").strip()
        if not reply:
            return None
        picked = pick(reply, allowed)
        if picked is not None:
            return picked
        console.say(f"  {reply!r} is not one of those{did_you_mean(reply.lower(), allowed)}")


def _ask_count(console: Console, default: int, available: int) -> int:
    most = min(MAX_COUNT, available)
    default = min(default, most)
    while True:
        reply = (console.ask(f"How many questions, 1 to {most} [{default}]: ") or "").strip()
        if not reply:
            return default
        if reply.isdigit() and 1 <= int(reply) <= most:
            return int(reply)
        console.say(f"  {reply!r} is not a number from 1 to {most}")


def _ask_yes(console: Console, prompt: str) -> bool:
    reply = (console.ask(f"{prompt} [y/N]: ") or "").strip().lower()
    return reply in ("y", "yes")


def _matching(questions: Sequence[Question], options: PracticeOptions) -> int:
    return len(filter_questions(questions, **options.filters()))


def _filters(console: Console, args: argparse.Namespace) -> PracticeOptions:
    kind = _ask_choice(console, "Kind", QUESTION_KINDS)
    competency = _ask_choice(console, "Competency", COMPETENCIES)
    # As on the Practice page, no role means the general questions only: every role pack
    # would give anyone a nurse's or a seller's questions. A pack adds the general ones.
    role = _ask_choice(console, "Role", ROLES, enter=ROLE_PROMPT)
    return options_from(
        args, kind=kind, competencies=(competency,) if competency else (), role=role
    )


def options_from(
    args: argparse.Namespace,
    *,
    kind: str | None = None,
    competencies: tuple[str, ...] | None = None,
    role: str | None = None,
    count: int | None = None,
    weak_areas: bool | None = None,
) -> PracticeOptions:
    """The options of the flags, with the choices made at the prompts in their place."""
    return PracticeOptions(
        count=args.count if count is None else count,
        kind=kind or args.kind,
        competencies=tuple(args.competency) if competencies is None else competencies,
        role=role or args.role or GENERAL_ROLE,
        difficulty=args.difficulty,
        weak_areas=args.weak_areas if weak_areas is None else weak_areas,
        mode="voice" if args.mode == "voice" else "typed",
        seed=args.seed,
    )


def ask_options(
    args: argparse.Namespace,
    console: Console,
    questions: Sequence[Question],
    *,
    has_history: bool,
) -> PracticeOptions:
    """The session's options: the flags, or answers to prompts when someone is typing and
    gave no filter flag."""
    if args.count < 1:
        raise InterviewError(f"--count must be at least 1 (not {args.count})")
    flagged = args.kind or args.competency or args.role or args.difficulty is not None
    if flagged or not console.interactive:
        return options_from(args)
    while True:
        options = _filters(console, args)
        available = _matching(questions, options)
        if available:
            break
        console.say("No question matches all of these; choose again with fewer filters.")
    count = _ask_count(console, args.count, available)
    weak = args.weak_areas or (
        has_history and _ask_yes(console, "Favour your weak areas from past answers?")
    )
    return options_from(
        args,
        kind=options.kind,
        competencies=options.competencies,
        role=options.role,
        count=count,
        weak_areas=weak,
    )
