"""CSV import (interview.questions.csv_import): bad rows by line number, good rows kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.questions.banks import load_banks
from interview.questions.csv_import import import_csv, read_csv_questions

HEADER = "id,text,kind,competency,roles,difficulty,follow_ups,key_points,tip\n"
MIXED = (
    HEADER
    # line 2: good, id generated
    + ",Tell me about a time you calmed a worried patient.,behavioral,customer-focus,"
    "healthcare-nursing|general,2,What did you say first?|How did you follow up?,"
    "Listened first|Explained clearly,Quote what you said.\n"
    # line 3: bad competency
    + "bad-1,Why nights?,hr,grit,,,,,\n"
    # lines 4-5: good, one quoted cell spans two lines
    + 'multi-1,"Describe a hard shift,\nstep by step.",behavioral,time-management,,3,,,\n'
    # line 6: blank, skipped
    + "\n"
    # line 7: difficulty not a number
    + "bad-2,Why us?,hr,initiative,,two,,,\n"
    # line 8: id already used by a built-in bank
    + "hr-weakness,What is your weakness?,hr,learning-agility,,,,,\n"
    # line 9: too many cells
    + "bad-3,Why?,hr,integrity,,1,,,,extra\n"
    # line 10: good, same id as line 4 -> clash inside the file
    + "multi-1,Again?,hr,integrity,,,,,\n"
)


def write(tmp_path: Path, text: str, name: str = "nursing questions.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_rows_are_reported_by_line_and_good_rows_kept(tmp_path: Path) -> None:
    settings = Settings.from_env()
    report = import_csv(settings, write(tmp_path, MIXED))
    assert [q.id for q in report.questions] == [
        "my-tell-me-about-a-time-you-calmed",
        "multi-1",
    ]
    lines = [error.split(": ")[1] for error in report.errors]
    assert lines == ["line 3", "line 7", "line 8", "line 9", "line 10"]
    assert "competency 'grit' is not allowed" in report.errors[0]
    assert "difficulty 'two' is not a whole number" in report.errors[1]
    assert "id 'hr-weakness' is already used" in report.errors[2]
    assert "has 10 cells but the header names 9 columns" in report.errors[3]
    assert "id 'multi-1' is already used" in report.errors[4]
    assert report.bank_path == settings.user_banks_dir / "nursing-questions.toml"


def test_imported_bank_loads_with_every_field(tmp_path: Path) -> None:
    settings = Settings.from_env()
    report = import_csv(settings, write(tmp_path, MIXED))
    banks = load_banks(settings)
    assert banks.errors == ()
    first, second = banks.questions[-2:]
    assert first == report.questions[0]
    assert first.roles == ("healthcare-nursing", "general")
    assert first.follow_ups == ("What did you say first?", "How did you follow up?")
    assert first.key_points == ("Listened first", "Explained clearly")
    assert (first.tip, first.difficulty, first.answer_seconds) == ("Quote what you said.", 2, 120)
    assert second.text == "Describe a hard shift,\nstep by step."
    assert first.source == str(report.bank_path)


def test_importing_a_sheet_again_adds_only_what_is_new(tmp_path: Path) -> None:
    settings = Settings.from_env()
    csv_text = HEADER + ",Why do you want evening work?,hr,adaptability,,,,,\n"
    first = import_csv(settings, write(tmp_path, csv_text, "evening.csv"))
    csv_text += ",why do you want  EVENING work,hr,integrity,,,,,\n"  # the same, loosely
    csv_text += ",Why do you want weekend work?,hr,adaptability,,,,,\n"
    second = import_csv(settings, write(tmp_path, csv_text, "evening.csv"))
    assert first.bank_path is not None and second.bank_path is not None
    assert (first.bank_path.name, second.bank_path.name) == ("evening.toml", "evening-2.toml")
    assert [q.id for q in second.questions] == ["my-why-do-you-want-weekend-work"]
    assert second.errors == () and len(second.duplicates) == 2
    assert (
        "line 2: already in the banks as 'my-why-do-you-want-evening-work'" in second.duplicates[0]
    )
    again = import_csv(settings, write(tmp_path, csv_text, "evening.csv"))
    assert (again.bank_path, again.questions, len(again.duplicates)) == (None, (), 3)
    assert load_banks(settings).errors == ()


def test_a_question_twice_in_one_sheet_is_imported_once(tmp_path: Path) -> None:
    text = HEADER + ",Why sales?,hr,communication,,,,,\n,Why sales?,hr,communication,,,,,\n"
    report = read_csv_questions(write(tmp_path, text))
    assert len(report.questions) == 1 and report.duplicates[0].endswith("not imported again")


def test_nothing_written_when_no_row_is_good(tmp_path: Path) -> None:
    settings = Settings.from_env()
    report = import_csv(settings, write(tmp_path, HEADER + "x,Why?,hr,grit,,,,,\n"))
    assert report.bank_path is None and report.questions == ()
    assert len(report.errors) == 1
    assert not settings.user_banks_dir.exists()


def test_columns_in_any_order_with_byte_order_mark(tmp_path: Path) -> None:
    text = "\ufeffCompetency,Kind,Text\r\nintegrity,hr,Why?\r\n"
    path = tmp_path / "bom.csv"
    path.write_bytes(text.encode("utf-8"))
    report = read_csv_questions(path)
    assert report.errors == ()
    assert [(q.id, q.kind, q.competency) for q in report.questions] == [
        ("my-why", "hr", "integrity")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty; expected a header row"),
        ("text,kind,competency,colour\n", "unknown field 'colour'"),
        ("question,kind,competency,colour\n", "unknown columns 'question', 'colour'; expected:"),
        ("text,kind\n", "column 'competency' is missing"),
        ("text,kind,competency,text\n", "column 'text' appears more than once"),
    ],
)
def test_unusable_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(QuestionBankError, match=message):
        import_csv(Settings.from_env(), write(tmp_path, text))


def test_header_errors_name_line_one(tmp_path: Path) -> None:
    with pytest.raises(QuestionBankError, match=r"\.csv: line 1 \(header\): "):
        import_csv(Settings.from_env(), write(tmp_path, "question,kind,competency\n"))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("text,kind,competency\ncafé?,hr,integrity\n".encode("latin-1"))
    with pytest.raises(QuestionBankError, match="save it as 'CSV UTF-8'"):
        import_csv(Settings.from_env(), path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionBankError, match="cannot be read"):
        import_csv(Settings.from_env(), tmp_path / "nope.csv")


def test_a_csv_row_without_text_does_not_ask_for_an_id(tmp_path: Path) -> None:
    """Imports make ids themselves, so the message names only what the row lacks."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("text,kind,competency\n,behavioral,teamwork\n", encoding="utf-8")
    report = import_csv(Settings.from_env(), sheet)
    assert report.questions == ()
    assert report.errors == (f"{sheet}: line 2: text is missing; it is required",)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_sheet_saved_with_semicolons_or_tabs_is_read(tmp_path: Path, separator: str) -> None:
    # Spreadsheets set to a decimal-comma language save "CSV" with semicolons.
    sheet = (
        separator.join(["text", "kind", "competency"])
        + "\n"
        + separator.join(
            [
                "Tell me about a night shift that went wrong, and what you did.",
                "behavioral",
                "adaptability",
            ]
        )
        + "\n"
    )
    report = read_csv_questions(write(tmp_path, sheet))
    assert not report.errors
    assert [q.text for q in report.questions] == [
        "Tell me about a night shift that went wrong, and what you did."
    ]
