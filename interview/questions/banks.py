"""Loading question bank files (TOML) and reporting everything wrong with them.

A bank is a TOML file with an optional `[bank]` table (name, description and defaults for
its questions) and an array of `[[questions]]`. The built-in banks ship in `question_banks/`;
users keep their own in `settings.user_banks_dir`. One broken file must not take the app
down, so `load_banks` returns the good questions together with every error found; strict
callers (`interview questions validate`, tests) use `BankSet.require_valid` or
`load_bank_file`, which raise `QuestionBankError`.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.models import Question
from interview.questions.schema import DEFAULTABLE_FIELDS, build_question, parse_fields, type_name

logger = logging.getLogger(__name__)

BANK_FIELDS: tuple[str, ...] = ("name", "description", *DEFAULTABLE_FIELDS)
TOP_LEVEL: tuple[str, ...] = ("bank", "questions")
MAX_BANK_BYTES = 2_000_000


@dataclass(frozen=True)
class BankSet:
    """The questions that loaded, and a message for each problem found on the way.

    Attributes:
        questions: valid questions, in file order (built-in banks first).
        errors: one message per problem, naming file, question, field, value and what is allowed.
        files: the bank files read.
    """

    questions: tuple[Question, ...]
    errors: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()

    def require_valid(self) -> BankSet:
        """This set, or QuestionBankError listing every error."""
        if self.errors:
            raise QuestionBankError("\n".join(self.errors))
        return self


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def bank_files(folder: Path) -> tuple[Path, ...]:
    """The `*.toml` files directly in `folder`, by name; none when the folder does not exist."""
    if not folder.is_dir():
        return ()
    return tuple(sorted(p for p in folder.glob("*.toml") if p.is_file()))


def _label(index: int, record: object) -> str:
    raw_id = record.get("id") if isinstance(record, dict) else None
    if isinstance(raw_id, str) and raw_id.strip():
        return f'question "{raw_id.strip()}"'
    return f"question #{index + 1}"


def _bank_defaults(data: Mapping[str, object], where: str) -> tuple[dict[str, object], list[str]]:
    table = data.get("bank", {})
    if not isinstance(table, dict):
        return {}, [f"{where}: [bank] must be a table, not {type_name(table)}"]
    values, problems = parse_fields(
        {k: v for k, v in table.items() if k not in ("name", "description")}, BANK_FIELDS
    )
    errors = [f"{where}: [bank]: {problem}" for problem in problems]
    for key in ("name", "description"):
        if key in table and not isinstance(table[key], str):
            errors.append(f"{where}: [bank]: {key} has the wrong type; expected a string")
    return values, errors


def _records(data: Mapping[str, object], where: str) -> tuple[list[object], list[str]]:
    errors = [
        f"{where}: unknown top-level key {key!r}; expected [bank] and [[questions]]"
        for key in data
        if key not in TOP_LEVEL
    ]
    records = data.get("questions")
    if records is None:
        errors.append(f"{where}: no [[questions]] found; a bank needs at least one question")
        return [], errors
    if not isinstance(records, list):
        errors.append(f"{where}: questions must be an array of tables ([[questions]])")
        return [], errors
    return records, errors


def parse_bank_text(text: str, *, source: Path) -> tuple[tuple[Question, ...], tuple[str, ...]]:
    """The valid questions of one bank's text and the problems in it (ids not checked across
    files)."""
    where = display_path(source)
    try:
        # A byte-order mark (Notepad adds one) is not TOML, but the file is fine without it.
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        return (), (f"{where}: not valid TOML: {exc}",)
    except RecursionError:  # tomllib recurses once per nested [ or {: 500 exhaust the stack
        return (), (f"{where}: not valid TOML: arrays or tables nested too deeply",)
    defaults, errors = _bank_defaults(data, where)
    records, more = _records(data, where)
    errors += more
    questions: list[Question] = []
    for index, record in enumerate(records):
        label = _label(index, record)
        if not isinstance(record, dict):
            errors.append(f"{where}: {label}: expected a table, not {type_name(record)}")
            continue
        question, problems = build_question(record, defaults=defaults, source=str(source))
        errors += [f"{where}: {label}: {problem}" for problem in problems]
        if question is not None:
            questions.append(question)
    return tuple(questions), tuple(errors)


def read_bank(path: Path) -> tuple[tuple[Question, ...], tuple[str, ...]]:
    """Parse one bank file; problems come back as messages, never raised."""
    where = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return (), (f"{where}: cannot be read: {exc.strerror or exc}",)
    if len(raw) > MAX_BANK_BYTES:
        return (), (f"{where}: is {len(raw):,} bytes; a bank may be at most {MAX_BANK_BYTES:,}",)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return (), (f"{where}: is not UTF-8 text (byte {exc.start}); save it as UTF-8",)
    return parse_bank_text(text, source=path)


def _expand(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(bank_files(path))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{display_path(path)}: no such file or folder")
    return files, errors


def load_bank_paths(paths: Iterable[Path]) -> BankSet:
    """Load bank files and folders in order; a repeated id is reported and the later copy
    dropped."""
    files, errors = _expand(paths)
    first_seen: dict[str, str] = {}
    questions: list[Question] = []
    for path in files:
        loaded, problems = read_bank(path)
        errors.extend(problems)
        for question in loaded:
            where = display_path(path)
            if question.id in first_seen:
                errors.append(
                    f'{where}: question "{question.id}": id {question.id!r} is already used in '
                    f"{first_seen[question.id]}; ids must be unique across all banks"
                )
                continue
            first_seen[question.id] = where
            questions.append(question)
    # Callers show the errors themselves; logging them at warning level would print them twice.
    for error in errors:
        logger.info("question bank problem: %s", error)
    return BankSet(questions=tuple(questions), errors=tuple(errors), files=tuple(files))


def load_banks(settings: Settings) -> BankSet:
    """The built-in banks, then the user's own banks; problems are reported, not raised."""
    paths = [settings.builtin_banks_dir]
    user = settings.user_banks_dir
    if user.is_dir() and user.resolve() != settings.builtin_banks_dir.resolve():
        paths.append(settings.user_banks_dir)
    return load_bank_paths(paths)


def load_bank_file(path: Path) -> tuple[Question, ...]:
    """The questions of one bank file, or QuestionBankError listing all its problems."""
    return load_bank_paths([path]).require_valid().questions
