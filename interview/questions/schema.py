"""The rules one question must follow, shared by TOML banks, CSV imports and custom questions.

Every way a question enters the app (a built-in bank, a user's bank, a CSV row, the "add a
question" form) goes through `build_question`, so a question is either valid everywhere or
rejected everywhere, with the same words. Errors are collected rather than raised one at a
time: someone fixing a bank file wants to see every problem in one pass. Each message names
the field, the bad value and what is allowed; the caller adds the file and the question.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from typing import cast

from interview.models import COMPETENCIES, QUESTION_KINDS, Question, QuestionKind

# Role packs. "general" questions suit any interview; the others belong to one field.
ROLES: tuple[str, ...] = (
    "general",
    "software-engineering",
    "data-analytics",
    "healthcare-nursing",
    "sales",
    "customer-service",
    "teaching",
    "management",
    "new-graduates",
)

DIFFICULTY = (1, 3)
THINK_SECONDS = (0, 300)
ANSWER_SECONDS = (15, 600)
KEY_POINTS = (2, 5)
FOLLOW_UPS = (0, 5)
MAX_TEXT = 500
MAX_ITEM = 300
MAX_TIP = 200
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID = 64

# When a question and its bank say nothing about timing: HR answers are shorter.
KIND_SECONDS: Mapping[str, tuple[int, int]] = {
    "hr": (20, 90),
    "behavioral": (30, 120),
    "situational": (30, 120),
}

REQUIRED_FIELDS: tuple[str, ...] = ("id", "text", "kind", "competency")
# Fields a [bank] table may set once for all its questions.
DEFAULTABLE_FIELDS: tuple[str, ...] = (
    "kind",
    "competency",
    "roles",
    "difficulty",
    "think_seconds",
    "answer_seconds",
)


# Characters a terminal obeys rather than shows (ESC starts colour and cursor commands, CR
# overwrites the line, BEL rings): question text is shown in terminals and pages.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class FieldError(ValueError):
    """One field's value is not allowed; the message says what is."""


def type_name(value: object) -> str:
    """The TOML word for a value's type, for messages a bank author understands."""
    if isinstance(value, bool):
        return "boolean"
    names = {str: "string", int: "integer", float: "float", list: "array", dict: "table"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _wrong_type(name: str, value: object, expected: str) -> FieldError:
    got = f"{type_name(value)} {value!r}"
    return FieldError(f"{name} has the wrong type ({got}); expected {expected}")


def _string(name: str, value: object, *, limit: int) -> str:
    if not isinstance(value, str):
        raise _wrong_type(name, value, "a string")
    text = value.replace("\r\n", "\n").strip()
    if not text:
        raise FieldError(f"{name} is empty; expected some text")
    control = CONTROL_CHARACTER.search(text)
    if control:
        raise FieldError(
            f"{name} holds a control character (U+{ord(control.group()):04X}) at position "
            f"{control.start() + 1}; remove it (only line breaks and tabs are allowed)"
        )
    if len(text) > limit:
        raise FieldError(f"{name} is {len(text)} characters long; the limit is {limit}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise FieldError(f"{name} holds characters that are not valid Unicode text") from None
    return text


def parse_id(name: str, value: object) -> str:
    text = _string(name, value, limit=MAX_ID)
    if not ID_PATTERN.match(text):
        raise FieldError(
            f"{name} {text!r} is not allowed; expected lowercase letters, digits and single "
            "hyphens, such as 'beh-teamwork-03'"
        )
    return text


def _text(name: str, value: object) -> str:
    return _string(name, value, limit=MAX_TEXT)


def _tip(name: str, value: object) -> str:
    text = _string(name, value, limit=MAX_TIP)
    if "\n" in text:
        raise FieldError(f"{name} spans several lines; expected one line")
    return text


def did_you_mean(value: str, allowed: tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' for the closest allowed value, or '' when none is close."""
    close = difflib.get_close_matches(value, allowed, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    """`value` if it is one of `allowed`, else an error listing them (and a close match)."""
    if not isinstance(value, str):
        raise _wrong_type(name, value, "one of: " + ", ".join(allowed))
    if value not in allowed:
        hint = did_you_mean(value, allowed)
        raise FieldError(
            f"{name} {value!r} is not allowed{hint}; expected one of: {', '.join(allowed)}"
        )
    return value


def _int_range(name: str, value: object, bounds: tuple[int, int]) -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(name, value, f"a whole number from {low} to {high}")
    if not low <= value <= high:
        raise FieldError(f"{name} {value} is out of range; expected {low} to {high}")
    return value


def _string_list(name: str, value: object, bounds: tuple[int, int]) -> tuple[str, ...]:
    low, high = bounds
    if not isinstance(value, list | tuple):
        raise _wrong_type(name, value, "an array of strings")
    items = tuple(_string(f"{name}[{i + 1}]", item, limit=MAX_ITEM) for i, item in enumerate(value))
    if not low <= len(items) <= high:
        noun = "item" if len(items) == 1 else "items"
        raise FieldError(f"{name} has {len(items)} {noun}; expected {low} to {high}")
    return items


def _roles(name: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise _wrong_type(name, value, "an array of role names")
    if not value:
        raise FieldError(f"{name} is empty; expected at least one of: {', '.join(ROLES)}")
    roles = tuple(choice(f"{name}[{i + 1}]", item, ROLES) for i, item in enumerate(value))
    if len(set(roles)) != len(roles):
        raise FieldError(f"{name} lists a role twice: {list(roles)}")
    return roles


# Each field's parser: returns the clean value or raises FieldError naming what is allowed.
FIELDS: Mapping[str, Callable[[str, object], object]] = {
    "id": parse_id,
    "text": _text,
    "kind": lambda n, v: choice(n, v, QUESTION_KINDS),
    "competency": lambda n, v: choice(n, v, COMPETENCIES),
    "roles": _roles,
    "difficulty": lambda n, v: _int_range(n, v, DIFFICULTY),
    "think_seconds": lambda n, v: _int_range(n, v, THINK_SECONDS),
    "answer_seconds": lambda n, v: _int_range(n, v, ANSWER_SECONDS),
    "follow_ups": lambda n, v: _string_list(n, v, FOLLOW_UPS),
    "key_points": lambda n, v: _string_list(n, v, KEY_POINTS),
    "tip": _tip,
}
INT_FIELDS: tuple[str, ...] = ("difficulty", "think_seconds", "answer_seconds")
LIST_FIELDS: tuple[str, ...] = ("roles", "follow_ups", "key_points")


def unknown_field(name: str, allowed: tuple[str, ...]) -> str:
    hint = did_you_mean(name, allowed)
    return f"unknown field {name!r}{hint}; expected one of: {', '.join(allowed)}"


def parse_fields(
    record: Mapping[str, object], allowed: tuple[str, ...]
) -> tuple[dict[str, object], list[str]]:
    """Check each field of `record` on its own; returns the good values and the errors."""
    values: dict[str, object] = {}
    errors: list[str] = []
    for name, raw in record.items():
        if name not in allowed:
            errors.append(unknown_field(name, allowed))
            continue
        try:
            values[name] = FIELDS[name](name, raw)
        except FieldError as exc:
            errors.append(str(exc))
    return values, errors


def build_question(
    record: Mapping[str, object],
    *,
    defaults: Mapping[str, object] | None = None,
    source: str = "",
) -> tuple[Question | None, list[str]]:
    """A `Question` from one record (bank defaults filled in), or None and every problem found.

    `defaults` must already be parsed (see `parse_fields`); the record's own values win.
    """
    values, errors = parse_fields(record, tuple(FIELDS))
    merged = {**(defaults or {}), **values}
    for name in REQUIRED_FIELDS:
        if name not in record and name not in merged:
            errors.append(f"{name} is missing; it is required")
    if errors:
        return None, errors
    kind = cast(QuestionKind, merged["kind"])
    think, answer = KIND_SECONDS[kind]
    question = Question(
        id=cast(str, merged["id"]),
        text=cast(str, merged["text"]),
        kind=kind,
        competency=cast(str, merged["competency"]),
        roles=cast(tuple[str, ...], merged.get("roles", ("general",))),
        difficulty=cast(int, merged.get("difficulty", 2)),
        think_seconds=cast(int, merged.get("think_seconds", think)),
        answer_seconds=cast(int, merged.get("answer_seconds", answer)),
        follow_ups=cast(tuple[str, ...], merged.get("follow_ups", ())),
        key_points=cast(tuple[str, ...], merged.get("key_points", ())),
        tip=cast(str, merged.get("tip", "")),
        source=source,
    )
    return question, []
