"""Property tests for every parser of outside input, and for the analysis.

Whatever a bank file, a sheet, a history export, an answer or an audio file holds, the
result is a value or an `InterviewError` with a message, never another exception; the
analysis gives the same report for the same text, and every span it reports lies inside
the text. The example counts are small so `make test` stays quick; Hypothesis keeps the
failing examples it finds in its database and tries them first next time.
"""

from __future__ import annotations

import json
import struct
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from interview.analysis import Analysis, analyse
from interview.answers import check_readable
from interview.errors import AnswerError, AudioError, HistoryError, InterviewError
from interview.history.export import FORMAT, VERSION, read_export
from interview.questions.banks import parse_bank_text
from interview.questions.csv_import import read_csv_questions
from interview.questions.schema import CONTROL_CHARACTER
from interview.speech.audio import decode_audio
from interview.ui.feedback import cards, tip_lines
from interview.ui.transcript import analysis_html

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOURCE = Path("fuzz.toml")

# TOML-ish text: real syntax pieces mixed with anything, so the parser gets past line 1.
TOML_PIECES = st.sampled_from(
    [
        "[[questions]]\n",
        "[bank]\n",
        'id = "q-1"\n',
        'text = "Why?"\n',
        'kind = "hr"\n',
        'competency = "integrity"\n',
        "difficulty = 2\n",
        "roles = [",
        "]",
        "{",
        "}",
        '"',
        "\ufeff",
        "\\u001b",
        "\n",
        "= ",
    ]
)
toml_texts = st.one_of(
    st.text(),
    st.lists(st.one_of(TOML_PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


@SETTINGS
@given(toml_texts)
@example("x = " + "[" * 600 + "]" * 600)
@example("\ufeff" + '[[questions]]\nid = "a"\ntext = "Why?"\nkind = "hr"\ncompetency = "x"\n')
def test_any_bank_text_gives_questions_or_named_problems(text: str) -> None:
    questions, problems = parse_bank_text(text, source=SOURCE)
    assert all(isinstance(p, str) and p.startswith("fuzz.toml") for p in problems)
    for question in questions:
        assert not CONTROL_CHARACTER.search(question.text)


CSV_PIECES = st.sampled_from(
    ["text,kind,competency\n", "Why?", ",", "hr", "integrity", '"', "\n", "\r\n", "|", "\x00"]
)
csv_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(CSV_PIECES, st.text(max_size=6)), max_size=30).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
)


@SETTINGS
@given(csv_bytes)
@example(b"text,kind,competency\n" + b"x" * 140_000 + b",hr,integrity\n")
@example("text,kind,competency\nWhy?,hr,integrity\n".encode("utf-16"))
def test_any_csv_gives_a_report_or_a_clear_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.csv"
        path.write_bytes(data)
        try:
            report = read_csv_questions(path)
        except InterviewError as exc:
            assert str(exc)
            return
    for question in report.questions:
        assert not CONTROL_CHARACTER.search(question.text)
    assert all("line " in message for message in report.errors)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
ANALYSIS_KEYS = ("score", "star", "fillers", "hedges", "tips", "sentences", "length", "delivery")
analysis_like = st.dictionaries(st.sampled_from(ANALYSIS_KEYS) | st.text(max_size=6), json_values)


def _attempt(analysis: Any) -> dict[str, Any]:
    return {
        "uid": "a1",
        "question_id": "q",
        "question_text": "Why?",
        "kind": "hr",
        "competency": "integrity",
        "status": "analysed",
        "created_at": "2026-01-01T09:00:00+00:00",
        "analysis": analysis,
    }


@SETTINGS
@given(st.one_of(json_values, analysis_like.map(lambda a: [_attempt(a)])))
def test_any_history_file_is_read_or_refused_with_a_reason(attempts: Any) -> None:
    document = {"format": FORMAT, "version": VERSION, "sessions": [], "attempts": attempts}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        try:
            read_export(path)
        except HistoryError as exc:
            assert str(path) in str(exc)


BASE = analyse(
    "In March our release was late. I had to ship the fix by Friday. Um, I cut the scope to "
    "three screens. We shipped on Thursday and tickets fell by 30 percent.",
    kind="behavioral",
).to_dict()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value[:2]):
            found += _paths(inner, (*prefix, index))
    return found


def _changed(path: tuple[Any, ...], new: Any) -> dict[str, Any]:
    analysis = json.loads(json.dumps(BASE))
    target = analysis
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return analysis


@SETTINGS
@given(st.sampled_from(_paths(BASE)), json_values)
def test_an_analysis_that_passes_the_check_can_be_shown(path: tuple[Any, ...], new: Any) -> None:
    """Change one value of a real analysis to anything: the check refuses it, or the pages
    can show it."""
    analysis = _changed(path, new)
    try:
        check_readable(analysis, "analysis")
    except HistoryError:
        return
    typed = Analysis.from_dict(analysis)
    cards(typed)
    tip_lines(typed.tips)
    analysis_html(typed.text, typed)


def _spans(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            found.append(value)
        for inner in value.values():
            found += _spans(inner)
    elif isinstance(value, list):
        for inner in value:
            found += _spans(inner)
    return found


WORDS = st.sampled_from(
    ["I", "we", "led", "the", "team", "um", "like", "40%", "in", "March", "shipped", "."]
)
answers = st.one_of(
    st.text(max_size=600),
    st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=120).map(" ".join),
)


@SETTINGS
@given(answers, st.sampled_from(["behavioral", "situational", "hr"]))
@example("word " * 20_001, "behavioral")  # just over the cap: refused, not analysed
@example("I led the team. " * 2_000, "behavioral")
def test_analysis_of_any_text_is_deterministic_with_spans_inside_it(text: str, kind: str) -> None:
    try:
        first = analyse(text, kind=kind).to_dict()
    except AnswerError as exc:
        assert str(exc)
        return
    assert analyse(text, kind=kind).to_dict() == first
    for span in _spans(first):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
    check_readable(first, "analysis")  # what the app writes, the import accepts


def _wav(rate: int, channels: int, bits: int, frames: int, declared: int | None) -> bytes:
    block = channels * max(bits // 8, 1)
    data = bytes(frames * block)
    size = len(data) if declared is None else declared
    u32 = 2**32 - 1  # header fields wrap, as a hostile file's would
    fmt = struct.pack("<HHIIHH", 1, channels, rate, (rate * block) & u32, block, bits)
    riff = struct.pack("<I", (36 + size) & u32)
    header = b"RIFF" + riff + b"WAVEfmt " + struct.pack("<I", 16) + fmt
    return header + b"data" + struct.pack("<I", size) + data


wav_headers = st.builds(
    _wav,
    rate=st.sampled_from([0, 1, 8000, 16000, 44100, 2**31 - 1]),
    channels=st.integers(0, 9),
    bits=st.sampled_from([0, 8, 16, 24, 32, 64]),
    frames=st.integers(0, 4000),
    declared=st.one_of(st.none(), st.integers(0, 2**32 - 1)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(wav_headers, st.binary(max_size=200), wav_headers.map(lambda b: b[:60])))
def test_any_audio_header_decodes_or_is_explained(data: bytes) -> None:
    try:
        samples = decode_audio(data, max_seconds=60)
    except AudioError as exc:
        assert str(exc)
        return
    assert samples.ndim == 1


@pytest.mark.parametrize("data", [b"", b"RIFF", b"\x00" * 44])
def test_tiny_audio_is_explained(data: bytes) -> None:
    with pytest.raises(AudioError):
        decode_audio(data, max_seconds=60)
