"""Writing questions into the user's banks: a small TOML writer and safe file replacement.

`tomllib` only reads, and this schema needs nothing more than strings, integers and arrays
of strings, so a short writer here is easier to trust than another dependency. Files are
never edited in place: the new content is checked by the same loader that reads banks,
then written whole or not at all (`interview.files`), so a crash leaves either the old bank
or the new one, never half of each.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.files import write_atomically
from interview.models import Question
from interview.questions.banks import display_path, load_banks, parse_bank_text, read_bank
from interview.questions.schema import build_question

logger = logging.getLogger(__name__)

CUSTOM_BANK_FILE = "my-questions.toml"
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_SLUG_WORDS = 7
_SLUG_CHARS = 40


def toml_string(value: str) -> str:
    """`value` as a TOML basic string: quotes, backslashes and control characters escaped."""
    out: list[str] = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _string_array(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "[" + ", ".join(toml_string(item) for item in items) + "]"
    return "[\n" + "".join(f"    {toml_string(item)},\n" for item in items) + "]"


def question_to_toml(question: Question) -> str:
    """One `[[questions]]` table; empty optional fields are left out."""
    lines = [
        "[[questions]]",
        f"id = {toml_string(question.id)}",
        f"text = {toml_string(question.text)}",
        f"kind = {toml_string(question.kind)}",
        f"competency = {toml_string(question.competency)}",
        f"roles = {_string_array(question.roles)}",
        f"difficulty = {question.difficulty}",
        f"think_seconds = {question.think_seconds}",
        f"answer_seconds = {question.answer_seconds}",
    ]
    if question.follow_ups:
        lines.append(f"follow_ups = {_string_array(question.follow_ups)}")
    if question.key_points:
        lines.append(f"key_points = {_string_array(question.key_points)}")
    if question.tip:
        lines.append(f"tip = {toml_string(question.tip)}")
    return "\n".join(lines) + "\n"


def bank_header(name: str, description: str = "") -> str:
    header = "# Written by Interview Coach. Schema: question_banks/README.md\n\n[bank]\n"
    header += f"name = {toml_string(name)}\n"
    if description:
        header += f"description = {toml_string(description)}\n"
    return header


def bank_to_toml(questions: Iterable[Question], *, name: str, description: str = "") -> str:
    """A whole bank file: the `[bank]` table, then each question."""
    parts = [bank_header(name, description)] + [question_to_toml(q) for q in questions]
    return "\n".join(parts)


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens, short enough for an id."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:_SLUG_WORDS]
    slug = "-".join(words)[:_SLUG_CHARS].strip("-")
    return slug


def generate_id(text: str, taken: Collection[str], *, prefix: str = "my") -> str:
    """A readable id from the question's first words, numbered when already taken."""
    base = f"{prefix}-{slugify(text) or 'question'}"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def atomic_write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` (see `interview.files.write_atomically`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise QuestionBankError(f"cannot write {display_path(path)}: {exc}") from exc
    logger.info("wrote question bank %s", path)


def write_checked_bank(path: Path, text: str) -> tuple[Question, ...]:
    """Write a bank only if the loader accepts every question in it; returns the questions."""
    questions, errors = parse_bank_text(text, source=path)
    if errors:  # a bug in the writer, not in the user's input; never leave a broken bank
        raise QuestionBankError("refusing to write an invalid bank:\n" + "\n".join(errors))
    atomic_write_text(path, text)
    return questions


def _existing_text(path: Path) -> str:
    if not path.exists():
        return bank_header("My questions", "Questions I added in Interview Coach.")
    _, errors = read_bank(path)
    if errors:
        problems = "\n".join(errors)
        raise QuestionBankError(
            f"cannot add to {display_path(path)} until it is fixed:\n{problems}"
        )
    text = path.read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"


def add_custom_question(
    settings: Settings,
    *,
    text: str,
    kind: str,
    competency: str,
    roles: Sequence[str] = ("general",),
    difficulty: int = 2,
    think_seconds: int | None = None,
    answer_seconds: int | None = None,
    follow_ups: Sequence[str] = (),
    key_points: Sequence[str] = (),
    tip: str = "",
    question_id: str | None = None,
    bank_file: str = CUSTOM_BANK_FILE,
) -> Question:
    """Validate one question and append it to a bank in the user's folder (created if needed).

    The id is generated from the text unless given; either way it must be new across all
    banks. Raises QuestionBankError naming each bad field.
    """
    path = settings.user_banks_dir / bank_file
    existing = _existing_text(path)
    taken = {q.id for q in load_banks(settings).questions}
    record: dict[str, object] = {
        "id": question_id if question_id is not None else generate_id(text, taken),
        "text": text,
        "kind": kind,
        "competency": competency,
        "roles": list(roles),
        "difficulty": difficulty,
    }
    optional = {"think_seconds": think_seconds, "answer_seconds": answer_seconds, "tip": tip}
    record |= {key: value for key, value in optional.items() if value not in (None, "")}
    record |= {"follow_ups": list(follow_ups)} if follow_ups else {}
    record |= {"key_points": list(key_points)} if key_points else {}
    question = _new_question(record, path, taken)
    write_checked_bank(path, existing + "\n" + question_to_toml(question))
    return question


def _new_question(record: dict[str, object], path: Path, taken: set[str]) -> Question:
    """The validated question, or QuestionBankError naming each bad field or a used id."""
    question, problems = build_question(record, source=str(path))
    if question is None:
        raise QuestionBankError("cannot add the question: " + "; ".join(problems))
    if question.id in taken:
        raise QuestionBankError(f"id {question.id!r} is already used; choose another id")
    return question
