"""The `interview` command.

Each sub-command lives in its own module with a `register(subparsers)` function that adds
its parser and sets `handler`. This module only dispatches and translates errors: an
`InterviewError` becomes `error: <message>` on stderr and exit status 2; anything else is a
bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from interview.errors import InterviewError

# Sub-command modules, in the order `interview --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "interview.cli.evaluate",
    "interview.cli.speech",
    "interview.cli.questions",
    "interview.cli.practice",
    "interview.cli.history",
    "interview.cli.progress",
    "interview.cli.interviews",
    "interview.cli.stories",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interview",
        description="Practise interview answers and get feedback, all on this machine.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit, where it cannot be caught
    except InterviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _reader_went_away()
    return status


def _reader_went_away() -> int:
    """The reader closed the pipe (`interview questions list | head`): that is not an error
    to report. Output still buffered goes to /dev/null so the exit flush fails quietly too;
    the status is a shell's for a program stopped by SIGPIPE."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + 13


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
