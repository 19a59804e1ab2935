"""`interview evaluate`: feedback on one typed answer, as a readable report or JSON.

`--json` prints `Analysis.to_dict()`, the contract other tools read (keys are added, never
renamed or dropped). The readable report is rendered from the typed `Analysis` by
`interview.cli.report.render_report`, so any front end holding an analysis (history, a
spoken answer) prints it the same way. Without `--kind` the question's wording decides
(`interview.analysis.question_kind`), so "Tell me about yourself" is not judged on STAR.
Input is read as bytes and must be UTF-8 text: a binary file or another encoding is refused
with a message rather than analysed as noise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from interview.cli.piped import decode_utf8, read_bytes
from interview.cli.report import render_report
from interview.cli.terminal import printable
from interview.config import Settings
from interview.errors import AnswerError
from interview.models import COMPETENCIES, QUESTION_KINDS, QuestionKind

if TYPE_CHECKING:
    from interview.analysis import Analysis

# 20,000 words are about 120 KB; anything far bigger is not an answer.
MAX_INPUT_BYTES = 2_000_000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="analyse one answer: STAR, specificity, fillers, score and tips",
        description="Analyse one interview answer read from FILE or standard input.",
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for stdin"
    )
    parser.add_argument("--question", metavar="TEXT", help="the question that was answered")
    parser.add_argument(
        "--kind",
        choices=QUESTION_KINDS,
        help="default: the kind of a bank question worded like --question, else guessed from"
        " its wording (tell me about a time: behavioral;"
        " what would you do if: situational; about yourself, strengths, salary: hr),"
        " else behavioral",
    )
    parser.add_argument(
        "--competency",
        choices=COMPETENCIES,
        metavar="NAME",
        help="what the question probes (as in the banks: conflict, teamwork, ...); with it an"
        " answer that is not about it is called off the question",
    )
    _add_key_points(parser)
    parser.add_argument(
        "--duration", type=float, metavar="SECONDS", help="how long the answer took to say"
    )
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument(
        "--audio",
        type=Path,
        metavar="AUDIO",
        help="a recorded answer (WAV, MP3, M4A, OGG, WebM, FLAC): transcribe it on this"
        " machine and add delivery (pace, pauses) and the transcript",
    )
    parser.set_defaults(handler=run_evaluate)


def _add_key_points(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--key-point",
        dest="key_points",
        action="append",
        default=[],
        metavar="TEXT",
        help="what an interviewer listens for (repeat for each); with --competency, an answer"
        " that meets none of them is judged off the question more surely",
    )


def run_evaluate(args: argparse.Namespace) -> int:
    from interview.analysis import analyse  # noqa: PLC0415 - keep `interview --help` fast

    guessed = args.kind is None
    args.kind = _kind_of(args)
    if args.audio is not None:
        _run_evaluate_audio(args)
    else:
        analysis = analyse(
            read_answer(args.file),
            kind=args.kind,
            question=args.question,
            duration_s=args.duration,
            competency=args.competency,
            key_points=tuple(args.key_points),
        )
        emit(analysis, as_json=args.json)
    if guessed and args.question and args.kind != "behavioral":
        # Said once the answer was judged: a refused answer gets only its error.
        print(
            f"note: judged as {_KIND_NAMES[args.kind]} question from its wording;"
            " give --kind to choose another",
            file=sys.stderr,
        )
    return 0


def _kind_of(args: argparse.Namespace) -> QuestionKind:
    """The kind given, else that of a bank question worded alike, else the wording's."""
    from interview.analysis.question_kind import guess_kind  # noqa: PLC0415
    from interview.questions import load_banks  # noqa: PLC0415

    if args.kind is not None:
        return cast("QuestionKind", args.kind)
    if not args.question:
        return guess_kind(args.question)
    # A bank question typed as free text keeps the bank's kind (a broken bank is skipped).
    questions = load_banks(Settings.from_env()).questions
    return guess_kind(args.question, known=[(q.text, q.kind) for q in questions])


_KIND_NAMES: dict[str, str] = {"hr": "an HR", "situational": "a situational"}


def _run_evaluate_audio(args: argparse.Namespace) -> int:
    from interview.answers import analyse_audio, spoken_analysis_dict  # noqa: PLC0415
    from interview.speech.engines import load_transcriber  # noqa: PLC0415 - loads Whisper

    if args.file != "-" or args.duration is not None:
        raise AnswerError(
            "with --audio the answer and its length come from the recording:"
            " give no FILE and no --duration"
        )
    transcriber = load_transcriber(Settings.from_env())
    transcript, analysis = analyse_audio(
        args.audio,
        transcriber=transcriber,
        kind=args.kind,
        question=args.question,
        competency=args.competency,
        key_points=tuple(args.key_points),
    )
    emit(analysis, as_json=args.json, data=spoken_analysis_dict(transcript, analysis))
    return 0


def emit(
    analysis: Analysis,
    *,
    as_json: bool,
    data: Mapping[str, Any] | None = None,
    out: TextIO | None = None,
) -> None:
    """Print an analysis as JSON (`data`, by default `analysis.to_dict()`) or as the report."""
    out = out or sys.stdout
    if as_json:
        shown = analysis.to_dict() if data is None else data
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(printable(render_report(analysis)))  # an answer may hold ESC or U+202E


def decode_answer(data: bytes, source: str) -> str:
    """The answer as text, or AnswerError when it is not UTF-8 text."""
    if len(data) > MAX_INPUT_BYTES:
        raise AnswerError(
            f"{source} is {len(data):,} bytes; an answer of at most 20,000 words is far smaller"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise AnswerError(f"{source} is UTF-16 text: save it as UTF-8 and try again")
    if b"\x00" in data:
        raise AnswerError(f"{source} looks like a binary file, not text: give a UTF-8 text file")
    return decode_utf8(data, source, AnswerError)


def read_answer(source: str) -> str:
    """Read the answer from a file, or standard input for "-"."""
    if source == "-":
        if sys.stdin.isatty():
            print("Type or paste your answer, then press Ctrl-D.", file=sys.stderr)
        return decode_answer(read_bytes(), "standard input")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AnswerError(f"answer file not found: {source}") from None
    except IsADirectoryError:
        raise AnswerError(f"{source} is a folder: give a text file with the answer") from None
    except OSError as exc:
        raise AnswerError(f"cannot read answer file {source}: {exc.strerror}") from None
    return decode_answer(data, source)
