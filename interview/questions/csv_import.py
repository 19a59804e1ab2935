"""Importing questions from a spreadsheet (CSV) into a new bank in the user's folder.

People keep question lists in spreadsheets, so the import accepts a plain CSV with the
columns documented in question_banks/README.md; list cells (roles, follow-ups, key points)
separate items with "|". Each row is checked by the same rules as a bank file. Bad rows are
reported by their line number in the CSV and skipped; good rows are written, together, to a
new TOML bank, so one typo never costs the rest of the sheet. A row whose question is already
in the banks is skipped with a note, so the same sheet can be imported again once its bad
rows are fixed without doubling the rest.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.models import Question
from interview.questions.banks import display_path, load_banks
from interview.questions.schema import (
    FIELDS,
    INT_FIELDS,
    LIST_FIELDS,
    build_question,
    unknown_field,
)
from interview.questions.writer import bank_to_toml, generate_id, slugify, write_checked_bank

CSV_COLUMNS: tuple[str, ...] = tuple(FIELDS)
REQUIRED_COLUMNS: tuple[str, ...] = ("text", "kind", "competency")
LIST_SEPARATOR = "|"
MAX_ROWS = 2000


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    Attributes:
        bank_path: the bank written, or None when no row was new and good.
        questions: the questions imported.
        errors: one message per rejected row, with its CSV line number.
        duplicates: one note per row skipped because its question is already in the banks
            (importing a sheet again after fixing its bad rows adds only those rows).
        stopped_at: the line where reading stopped at `MAX_ROWS` rows (also one of `errors`),
            None when the whole sheet was read; importing it again reads on from there.
    """

    bank_path: Path | None
    questions: tuple[Question, ...]
    errors: tuple[str, ...]
    duplicates: tuple[str, ...] = ()
    stopped_at: int | None = None


def same_text_key(text: str) -> str:
    """Question text compared loosely: case, spacing and closing punctuation ignored."""
    return " ".join(text.casefold().split()).rstrip(" ?.!")


def _header(row: list[str], where: str) -> tuple[str, ...]:
    columns = tuple(cell.strip().lower() for cell in row)
    unknown = [c for c in columns if c not in CSV_COLUMNS]
    problems = [unknown_field(c, CSV_COLUMNS) for c in unknown[:1]]
    if len(unknown) > 1:
        problems = [
            f"unknown columns {', '.join(map(repr, unknown))}; expected: {', '.join(CSV_COLUMNS)}"
        ]
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
        raw = path.read_bytes()
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise QuestionBankError(
                f"{where}: is saved as UTF-16 (Excel's 'Unicode text'); save it as 'CSV UTF-8'"
            )
        return raw.decode("utf-8-sig")
    except OSError as exc:
        raise QuestionBankError(f"{where}: cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise QuestionBankError(
            f"{where}: is not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8'"
        ) from exc


def _delimiter(text: str) -> str:
    """The cell separator, read from the header line: spreadsheets set to a language that
    writes decimal commas save "CSV" with semicolons, and "Unicode text" uses tabs. Without
    this a semicolon file's whole header was one unknown column."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count) if header.count(",") == 0 else ","


def _checked_rows(reader: Any, where: str) -> Iterator[list[str]]:
    """The reader's rows; a row the csv module cannot read (a cell over its 131,072
    character limit, a stray quote in strict mode) is a QuestionBankError naming the line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "field larger than field limit" in reason:
                reason = (
                    f"a cell is longer than {csv.field_size_limit():,} characters; no question "
                    "field is anywhere near that long, so the file was not imported"
                )
            raise QuestionBankError(f"{where}: line {reader.line_num}: {reason}") from None
        yield row


@dataclass
class _Rows:
    """What reading a sheet has found so far: ids in use, texts known, and the verdicts."""

    taken: set[str]
    known: dict[str, str]
    questions: list[Question] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    stopped_at: int | None = None

    def add(self, question: Question, where: str) -> None:
        key = same_text_key(question.text)
        if key in self.known:
            self.duplicates.append(
                f"{where}: already in the banks as {self.known[key]!r}; not imported again"
            )
            return
        self.known[key] = question.id
        self.taken.add(question.id)
        self.questions.append(question)


def read_csv_questions(
    path: Path, *, loaded: Iterable[Question] = (), bank_path: Path | None = None
) -> ImportReport:
    """The new good rows of a CSV file as questions (nothing written: `bank_path` None), an
    error per bad row ("line N: ...") and a note per question already among `loaded` or
    earlier in the sheet. `bank_path` is where the questions will be written, for `source`."""
    where = display_path(path)
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = _checked_rows(reader, where)
    header = next(rows, None)
    if header is None:
        raise QuestionBankError(f"{where}: is empty; expected a header row naming the columns")
    columns = _header(header, where)
    loaded = tuple(loaded)
    found = _Rows({q.id for q in loaded}, {same_text_key(q.text): q.id for q in loaded})
    source = str(bank_path or path)
    row_start = reader.line_num + 1
    for row in rows:
        line, row_start = row_start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(found.questions) + len(found.errors) >= MAX_ROWS:
            found.errors.append(
                f"{where}: line {line}: stopped; an import takes at most {MAX_ROWS} rows "
                "(import the same file again to add the rest)"
            )
            found.stopped_at = line
            break
        question, problems = _row_question(columns, row, found.taken, source)
        found.errors += [f"{where}: line {line}: {problem}" for problem in problems]
        if question is not None:
            found.add(question, f"{where}: line {line}")
    return ImportReport(
        None,
        tuple(found.questions),
        tuple(found.errors),
        tuple(found.duplicates),
        found.stopped_at,
    )


def _new_bank_path(folder: Path, stem: str) -> Path:
    base = slugify(stem) or "imported"
    path, number = folder / f"{base}.toml", 2
    while path.exists():
        path, number = folder / f"{base}-{number}.toml", number + 1
    return path


def import_csv(settings: Settings, path: Path) -> ImportReport:
    """Import a CSV file as a new bank in `settings.user_banks_dir`.

    Ids missing from the sheet are made from each question's text; none may clash with a
    loaded bank, and a question already in the banks (same text) is noted, not added again.
    Raises QuestionBankError only when the file as a whole cannot be used.
    """
    bank_path = _new_bank_path(settings.user_banks_dir, path.stem)
    loaded = load_banks(settings).questions
    report = read_csv_questions(path, loaded=loaded, bank_path=bank_path)
    if not report.questions:
        return report
    text = bank_to_toml(report.questions, name=path.stem, description=f"Imported from {path.name}.")
    write_checked_bank(bank_path, text)
    return replace(report, bank_path=bank_path)
