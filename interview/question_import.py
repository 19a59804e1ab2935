"""Importing questions from a spreadsheet (CSV) into a new bank in the user's folder.

People keep question lists in spreadsheets, so the import accepts a plain CSV with the
columns documented in question_banks/README.md; list cells (roles, follow-ups, key points)
separate items with "|". Each row is checked by the same rules as a bank file. Bad rows are
reported by their line number in the CSV and skipped; good rows are written, together, to a
new TOML bank, so one typo never costs the rest of the sheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.models import Question
from interview.question_bank import display_path, load_banks
from interview.question_schema import FIELDS, INT_FIELDS, LIST_FIELDS, build_question, unknown_field
from interview.question_writer import bank_to_toml, generate_id, slugify, write_checked_bank

CSV_COLUMNS: tuple[str, ...] = tuple(FIELDS)
REQUIRED_COLUMNS: tuple[str, ...] = ("text", "kind", "competency")
LIST_SEPARATOR = "|"
MAX_ROWS = 2000


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    Attributes:
        bank_path: the bank written, or None when no row was good.
        questions: the questions imported.
        errors: one message per rejected row, with its CSV line number.
    """

    bank_path: Path | None
    questions: tuple[Question, ...]
    errors: tuple[str, ...]


def _header(row: list[str], where: str) -> tuple[str, ...]:
    columns = tuple(cell.strip().lower() for cell in row)
    problems = [unknown_field(c, CSV_COLUMNS) for c in columns if c not in CSV_COLUMNS]
    problems += [f"column {c!r} is missing" for c in REQUIRED_COLUMNS if c not in columns]
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    problems += [f"column {c!r} appears more than once" for c in repeated]
    if problems:
        raise QuestionBankError(f"{where}: line 1 (header): " + "; ".join(problems))
    return columns


def _cell_value(column: str, cell: str) -> object:
    if column in LIST_FIELDS:
        return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]
    if column in INT_FIELDS:
        try:
            return int(cell)
        except ValueError:
            raise ValueError(f"{column} {cell!r} is not a whole number") from None
    return cell


def _record(columns: tuple[str, ...], row: list[str]) -> dict[str, object]:
    if len(row) > len(columns):
        raise ValueError(f"has {len(row)} cells but the header names {len(columns)} columns")
    record: dict[str, object] = {}
    for column, raw in zip(columns, row, strict=False):
        if raw.strip():
            record[column] = _cell_value(column, raw.strip())
    return record


def _row_question(
    columns: tuple[str, ...], row: list[str], taken: Collection[str], source: str
) -> tuple[Question | None, list[str]]:
    try:
        record = _record(columns, row)
    except ValueError as exc:
        return None, [str(exc)]
    if "id" not in record:
        record["id"] = generate_id(str(record.get("text", "")), taken)
    question, problems = build_question(record, source=source)
    if question is not None and question.id in taken:
        return None, [f"id {question.id!r} is already used; ids must be unique across all banks"]
    return question, problems


def _decode(path: Path) -> str:
    where = display_path(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise QuestionBankError(f"{where}: cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise QuestionBankError(
            f"{where}: is not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8'"
        ) from exc


def read_csv_questions(
    path: Path, *, taken_ids: Collection[str] = (), bank_path: Path | None = None
) -> tuple[tuple[Question, ...], tuple[str, ...]]:
    """The good rows of a CSV file as questions, and an error per bad row ("line N: ...")."""
    where = display_path(path)
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    header = next(reader, None)
    if header is None:
        raise QuestionBankError(f"{where}: is empty; expected a header row naming the columns")
    columns = _header(header, where)
    taken = set(taken_ids)
    questions: list[Question] = []
    errors: list[str] = []
    source = str(bank_path or path)
    row_start = reader.line_num + 1
    for row in reader:
        line, row_start = row_start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(questions) + len(errors) >= MAX_ROWS:
            errors.append(f"{where}: line {line}: stopped; an import takes at most {MAX_ROWS} rows")
            break
        question, problems = _row_question(columns, row, taken, source)
        errors += [f"{where}: line {line}: {problem}" for problem in problems]
        if question is not None:
            taken.add(question.id)
            questions.append(question)
    return tuple(questions), tuple(errors)


def _new_bank_path(folder: Path, stem: str) -> Path:
    base = slugify(stem) or "imported"
    path, number = folder / f"{base}.toml", 2
    while path.exists():
        path, number = folder / f"{base}-{number}.toml", number + 1
    return path


def import_csv(settings: Settings, path: Path) -> ImportReport:
    """Import a CSV file as a new bank in `settings.user_banks_dir`.

    Ids missing from the sheet are made from each question's text; none may clash with a
    loaded bank. Raises QuestionBankError only when the file as a whole cannot be used.
    """
    bank_path = _new_bank_path(settings.user_banks_dir, path.stem)
    taken = {q.id for q in load_banks(settings).questions}
    questions, errors = read_csv_questions(path, taken_ids=taken, bank_path=bank_path)
    if not questions:
        return ImportReport(bank_path=None, questions=(), errors=errors)
    text = bank_to_toml(questions, name=path.stem, description=f"Imported from {path.name}.")
    write_checked_bank(bank_path, text)
    return ImportReport(bank_path=bank_path, questions=questions, errors=errors)
