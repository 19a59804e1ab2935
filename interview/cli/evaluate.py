"""`interview evaluate`: feedback on one typed answer, as a readable report or JSON.

`--json` prints `Analysis.to_dict()`, the contract other tools read (keys are added, never
renamed or dropped). The readable report is rendered from that same dict by
`render_report`, so any front end holding a stored analysis (history, a spoken answer)
prints it the same way. Input is read as bytes and must be UTF-8 text: a binary file or
another encoding is refused with a message rather than analysed as noise.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from interview.config import Settings
from interview.errors import AnswerError
from interview.models import QUESTION_KINDS, STAR_PARTS

# 20,000 words are about 120 KB; anything far bigger is not an answer.
MAX_INPUT_BYTES = 2_000_000
_WIDTH = 96
_FILLER_OPEN, _FILLER_CLOSE = "\u00ab", "\u00bb"


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
        "--kind", choices=QUESTION_KINDS, default="behavioral", help="default: behavioral"
    )
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


def run_evaluate(args: argparse.Namespace) -> int:
    from interview.analysis import analyse  # noqa: PLC0415 - keep `interview --help` fast

    if args.audio is not None:
        return _run_evaluate_audio(args)
    text = read_answer(args.file)
    analysis = analyse(text, kind=args.kind, question=args.question, duration_s=args.duration)
    emit(analysis.to_dict(), as_json=args.json)
    return 0


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
        args.audio, transcriber=transcriber, kind=args.kind, question=args.question
    )
    data = spoken_analysis_dict(transcript, analysis)
    emit(data, as_json=args.json)
    return 0


def emit(data: dict[str, Any], *, as_json: bool, out: TextIO | None = None) -> None:
    """Print an analysis dict as JSON or as the readable report."""
    out = out or sys.stdout
    if as_json:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_report(data))


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
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnswerError(
            f"{source} is not UTF-8 text (byte {exc.start}): save it as UTF-8 and try again"
        ) from None


def read_answer(source: str) -> str:
    """Read the answer from a file, or standard input for "-"."""
    if source == "-":
        if sys.stdin.isatty():
            print("Type or paste your answer, then press Ctrl-D.", file=sys.stderr)
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return decode_answer(data, "standard input")
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


def _marked(sentence: dict[str, Any], spans: list[dict[str, Any]]) -> str:
    """The sentence's text with its fillers marked like «um»."""
    start, text = sentence["start"], sentence["text"]
    inside = [s for s in spans if start <= s["start"] and s["end"] <= sentence["end"]]
    for span in sorted(inside, key=lambda s: s["start"], reverse=True):
        a, b = span["start"] - start, span["end"] - start
        text = f"{text[:a]}{_FILLER_OPEN}{text[a:b]}{_FILLER_CLOSE}{text[b:]}"
    return " ".join(text.split())


def _wrap(text: str, indent: str, hanging: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=hanging)


def _answer_lines(data: dict[str, Any]) -> list[str]:
    lines = ["Your answer (fillers marked \u00ab\u00bb)"]
    spans = data["fillers"]["spans"]
    for sentence in data["sentences"]:
        tag = f"[{sentence['star'].upper()}]" if sentence["star"] else "[-]"
        lines.append(_wrap(_marked(sentence, spans), f"  {tag:<12}", " " * 14))
    return lines


def _breakdown_lines(data: dict[str, Any]) -> list[str]:
    lines = ["Score breakdown (score x weight = points)"]
    for part in data["score_parts"]:
        area, score, weight = part["area"], part["score"], part["weight"]
        lines.append(f"  {area:<12} {score:>3} x {weight:.2f} = {part['points']:>5.1f}")
    lines.append(f"  {'overall':<12} {data['score']:>3}")
    return lines


def _star_line(star: dict[str, Any]) -> str:
    if not star["applies"]:
        return "STAR: not scored for HR questions"
    parts = ", ".join(f"{part} {star[part]['strength']}" for part in STAR_PARTS)
    return f"STAR {star['score']}/100: {parts}" + ("" if star["in_order"] else ", out of order")


def _detail_lines(data: dict[str, Any]) -> list[str]:
    spec, fillers, hedges = data["specificity"], data["fillers"], data["hedges"]
    own = spec["ownership"]
    per_minute = (
        f", {fillers['per_minute']} per minute" if fillers["per_minute"] is not None else ""
    )
    counts = ", ".join(
        f"{'repeated word' if word == 'repeat' else word} x{n}"
        for word, n in fillers["counts"].items()
    )
    hedge_counts = ", ".join(f"{word} x{n}" for word, n in hedges["counts"].items())
    negative = "; ".join(f"'{e['text']}'" for e in data["negativity"]["evidence"]) or "none"
    length = data["length"]
    about = "about " if length["estimated"] else ""
    lines = [
        _star_line(data["star"]),
        f"Specificity {spec['score']}/100: {len(spec['facts'])} figures, "
        f"{len(spec['names'])} names, {len(spec['concrete_verbs'])} concrete and "
        f"{len(spec['vague_verbs'])} vague verbs, {len(spec['vague_words'])} vague words, "
        f"'I' {own['i']} / 'we' {own['we']}",
        f"Fillers: {fillers['total']}"
        + (f" ({counts})" if counts else "")
        + f", {fillers['per_100_words']} per 100 words{per_minute}",
        f"Hedges: {hedges['total']}" + (f" ({hedge_counts})" if hedge_counts else ""),
        f"Negativity: {negative}",
        f"Length: {length['word_count']} words, {about}{length['seconds']:.0f} s, "
        f"{length['verdict'].replace('_', ' ')} "
        f"({length['band_s'][0]:.0f}-{length['band_s'][1]:.0f} s)",
    ]
    return lines + _delivery_lines(data.get("delivery"))


_PACE_WORDS = {"good": "a good pace", "amber": "a little {}", "flagged": "too {}"}


def _delivery_lines(delivery: dict[str, Any] | None) -> list[str]:
    """Pace, start and every pause with its time: where to look when replaying the answer.

    Stored analyses are read too, so a key an older version did not write is left out.
    """
    if not delivery or delivery.get("wpm") is None:
        return []
    line = f"Delivery: {delivery['wpm']:.0f} words a minute"
    if delivery.get("speaking_s") is not None:
        line += f" over {delivery['speaking_s']:.1f} s of speaking"
    if delivery.get("pace") in _PACE_WORDS:
        line += ", " + _PACE_WORDS[delivery["pace"]].format(delivery.get("pace_direction"))
        if "pace_band" in delivery:
            low, high = delivery["pace_band"]["good"]
            line += f" ({low:.0f}-{high:.0f} is good)"
    if delivery.get("first_word_s") is not None:
        late = " (late)" if delivery.get("late_start") else ""
        line += f"; first word at {delivery['first_word_s']:.1f} s{late}"
    if "pauses" not in delivery:
        return [line]
    pauses = ", ".join(_pause_text(pause) for pause in delivery["pauses"])
    return [line, "Pauses over 1 s: " + (pauses or "none")]


def _pause_text(pause: dict[str, Any]) -> str:
    long = ", long" if pause.get("long") else ""
    return f"{pause['start']:.1f}-{pause['end']:.1f} s ({pause['seconds']:.1f} s{long})"


def _tip_lines(tips: list[dict[str, Any]]) -> list[str]:
    if not tips:
        return ["Tips: nothing to add; practise saying it aloud at an even pace."]
    lines = ["Tips, most valuable first"]
    for number, tip in enumerate(tips, 1):
        head = f"  {number}. [{tip['area']}, +{tip['gain']}] "
        lines.append(_wrap(tip["message"], head, " " * 6))
    return lines


def render_report(data: dict[str, Any]) -> str:
    """The readable report of an analysis dict (`Analysis.to_dict()`)."""
    title = f"Score {data['score']}/100 - {data['kind']} answer, {data['word_count']} words"
    sections = [[title] + ([f"Question: {data['question']}"] if data.get("question") else [])]
    sections += [
        _answer_lines(data),
        _breakdown_lines(data),
        _detail_lines(data),
        _tip_lines(data["tips"]),
    ]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
