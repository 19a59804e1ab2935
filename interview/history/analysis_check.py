"""Checking an analysis that came from outside (a history import) before it is stored.

An analysis this app made is right by construction; one read from a JSON file may have been
written by anyone. The pages read numbers, labels and spans from it, so an imported export
once put a Markdown image where a STAR strength belongs. Every key the app reads must have
the type, and the labels the values, that `Analysis.to_dict` writes, and every span must
point inside the answer. Keys may be missing here (older exports have fewer) and unknown
keys are allowed (the contract only ever adds keys); anything else is refused, naming the key.
Whether the analysis reads back as a typed `Analysis` is checked above the store (the
storage layer does not import the analysis): `interview.answers.check_readable`, which the
import takes as its `check`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from interview.errors import HistoryError

# A spec is a type name, a frozenset of allowed labels, a dict (an object with these keys;
# null too if it holds NULLABLE), or a one-item list (a list of that spec). "num?" allows
# null, and so on.
Spec = str | frozenset[str] | dict[str, Any] | list[Any]
NULLABLE = "?"

STRENGTHS = frozenset({"strong", "weak", "missing", "not_applicable"})
_PART: dict[str, Spec] = {
    "present": "bool",
    "strength": STRENGTHS,
    "share": "num?",
    "sentences": ["int"],
    "evidence": ["str"],
}
_SPAN: dict[str, Spec] = {"text": "str", "start": "int", "end": "int", "label": "str?"}
_COUNTED: dict[str, Spec] = {
    "total": "int",
    "counts": "counts",
    "spans": [_SPAN],
    "per_100_words": "num?",
}
ANALYSIS_SPEC: dict[str, Spec] = {
    "schema_version": "int",
    "kind": "str",
    "question": "str?",
    "text": "str",
    "word_count": "int",
    "duration_s": "num?",
    "score": "num?",
    "score_parts": [{"area": "str", "score": "num?", "weight": "num", "points": "num?"}],
    "sentences": [{"text": "str", "start": "int", "end": "int", "star": "str?"}],
    "star": {
        "applies": "bool",
        "kind": "str",
        "score": "num?",
        "in_order": "bool",
        "labels": ["str?"],
        "findings": [{"code": "str", "part": "str?", "message": "str", "quote": "str?"}],
        **dict.fromkeys(("situation", "task", "action", "result"), _PART),
    },
    "specificity": {"score": "num?"},
    "fillers": {**_COUNTED, "per_minute": "num?"},
    "hedges": _COUNTED,
    "negativity": {"flagged": "bool", "count": "int", "evidence": [_SPAN]},
    "length": {
        "word_count": "int",
        "seconds": "num",
        "estimated": "bool",
        "wpm": "num",
        "band_s": ["num"],
        "verdict": frozenset({"too_short", "ok", "too_long"}),
        "score": "num",
    },
    "delivery": {NULLABLE: True, "wpm": "num?", "pace": "str?", "pace_direction": "str?"},
    "tips": [{"area": "str", "message": "str", "quote": "str?", "sentence": "str?"}],
}


def _is(value: Any, name: str) -> bool:
    if name.endswith("?"):
        return value is None or _is(value, name[:-1])
    if name == "num":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, {"str": str, "bool": bool}[name])


def _problems(value: Any, spec: Spec, where: str) -> Iterator[str]:
    if isinstance(spec, list):
        yield from _list_problems(value, spec[0], where)
    elif isinstance(spec, dict):
        yield from _object_problems(value, spec, where)
    elif isinstance(spec, frozenset):
        if not isinstance(value, str) or value not in spec:
            yield f"{where} is {value!r}; expected one of {', '.join(sorted(spec))}"
    elif spec == "counts":
        if not isinstance(value, dict) or not all(_is(v, "int") for v in value.values()):
            yield f"{where} must be an object of counts"
    elif not _is(value, spec):
        yield f"{where} must be {spec.rstrip('?')}{' or null' if spec.endswith('?') else ''}"


def _list_problems(value: Any, spec: Spec, where: str) -> Iterator[str]:
    if not isinstance(value, list):
        yield f"{where} must be a list"
        return
    for index, item in enumerate(value):
        yield from _problems(item, spec, f"{where}[{index}]")


def _object_problems(value: Any, spec: dict[str, Any], where: str) -> Iterator[str]:
    if value is None and spec.get(NULLABLE):
        return
    if not isinstance(value, dict):
        yield f"{where} must be an object"
        return
    for key, inner in spec.items():
        if key in value and key != NULLABLE:
            yield from _problems(value[key], inner, f"{where}.{key}")


def _spans(value: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(value, dict):
        if _is(value.get("start"), "int") and _is(value.get("end"), "int"):
            yield where, value
        for key, inner in value.items():
            yield from _spans(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spans(item, f"{where}[{index}]")


def check_analysis(analysis: Any, where: str) -> None:
    """HistoryError naming the first thing in `analysis` that the app would not have written."""
    for problem in _problems(analysis, ANALYSIS_SPEC, where):
        raise HistoryError(f"{problem} (the file was not imported)")
    text = analysis.get("text")
    if not isinstance(text, str):
        return
    for path, span in _spans(analysis, where):
        if not 0 <= span["start"] <= span["end"] <= len(text):
            raise HistoryError(
                f"{path} points outside the answer ({span['start']}-{span['end']} of "
                f"{len(text)} characters) (the file was not imported)"
            )
