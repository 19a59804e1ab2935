"""Bank validation: each kind of mistake gives a message naming file, question, field, value
and what is allowed (interview.questions.schema and interview.questions.banks)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from interview.errors import QuestionBankError
from interview.questions.banks import load_bank_file, read_bank
from interview.questions.schema import build_question

BASE = {
    "id": '"q-1"',
    "text": '"Tell me about a time you disagreed with a colleague."',
    "kind": '"behavioral"',
    "competency": '"conflict"',
    "key_points": '["Listened", "Agreed a plan"]',
}


def bank_text(changes: Mapping[str, str | None], header: str = "") -> str:
    """One question: BASE with fields replaced (value) or removed (None), as TOML."""
    fields = {**BASE, **changes}
    lines = [f"{key} = {value}" for key, value in fields.items() if value is not None]
    return header + "[[questions]]\n" + "\n".join(lines) + "\n"


def errors_for(tmp_path: Path, text: str) -> tuple[str, ...]:
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    return read_bank(path)[1]


@pytest.mark.parametrize(
    ("changes", "label", "expected"),
    [
        ({"competence": '"conflict"'}, '"q-1"', "unknown field 'competence' (did you mean"),
        ({"text": None}, '"q-1"', "text is missing; it is required"),
        ({"id": None}, "#1", "id is missing"),
        ({"kind": None}, '"q-1"', "kind is missing"),
        (
            {"kind": '"behavioural"'},
            '"q-1"',
            "kind 'behavioural' is not allowed (did you mean 'behavioral'?); "
            "expected one of: behavioral, hr, situational",
        ),
        (
            {"competency": '"teamwrk"'},
            '"q-1"',
            "competency 'teamwrk' is not allowed (did you mean 'teamwork'?); "
            "expected one of: teamwork, leadership, conflict,",
        ),
        ({"roles": '["nursing"]'}, '"q-1"', "roles[1] 'nursing' is not allowed"),
        ({"roles": "[]"}, '"q-1"', "roles is empty; expected at least one of: general,"),
        ({"roles": '"general"'}, '"q-1"', "roles has the wrong type (string 'general')"),
        ({"roles": '["sales", "sales"]'}, '"q-1"', "roles lists a role twice"),
        ({"difficulty": "4"}, '"q-1"', "difficulty 4 is out of range; expected 1 to 3"),
        ({"difficulty": "0"}, '"q-1"', "difficulty 0 is out of range; expected 1 to 3"),
        ({"difficulty": '"2"'}, '"q-1"', "difficulty has the wrong type (string '2')"),
        ({"difficulty": "true"}, '"q-1"', "difficulty has the wrong type (boolean True)"),
        ({"think_seconds": "301"}, '"q-1"', "think_seconds 301 is out of range; expected 0 to 300"),
        ({"answer_seconds": "10"}, '"q-1"', "answer_seconds 10 is out of range; expected 15 to"),
        ({"answer_seconds": "90.5"}, '"q-1"', "answer_seconds has the wrong type (float 90.5)"),
        ({"text": '"   "'}, '"q-1"', "text is empty; expected some text"),
        ({"text": '"' + "x" * 501 + '"'}, '"q-1"', "text is 501 characters long; the limit"),
        ({"text": "42"}, '"q-1"', "text has the wrong type (integer 42); expected a string"),
        ({"key_points": '["only one"]'}, '"q-1"', "key_points has 1 item; expected 2 to 5"),
        ({"key_points": str(["k"] * 6).replace("'", '"')}, '"q-1"', "key_points has 6 items"),
        ({"key_points": '"one, two"'}, '"q-1"', "key_points has the wrong type (string"),
        ({"follow_ups": '["Why?", ""]'}, '"q-1"', "follow_ups[2] is empty"),
        ({"follow_ups": "[1]"}, '"q-1"', "follow_ups[1] has the wrong type (integer 1)"),
        ({"tip": '"""\nline one\nline two"""'}, '"q-1"', "tip spans several lines"),
        ({"id": '"Beh 01"'}, '"Beh 01"', "id 'Beh 01' is not allowed; expected lowercase"),
        ({"id": "7"}, "#1", "id has the wrong type (integer 7)"),
        ({"id": '"a--b"'}, '"a--b"', "id 'a--b' is not allowed"),
    ],
)
def test_each_mistake_is_named(
    tmp_path: Path, changes: dict[str, str | None], label: str, expected: str
) -> None:
    errors = errors_for(tmp_path, bank_text(changes))
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{tmp_path / 'bank.toml'}: question {label}: "), errors[0]
    assert expected in errors[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[questions]]\nid = "q-1"\ntext = "unterminated\n', "bank.toml: not valid TOML:"),
        ("[bank]\nname = 'x'\n", "bank.toml: no [[questions]] found"),
        ("questions = 3\n", "bank.toml: questions must be an array of tables"),
        ('questions = ["a"]\n', "bank.toml: question #1: expected a table, not string"),
        (bank_text({}, 'title = "x"\n'), "unknown top-level key 'title'; expected [bank]"),
        (bank_text({}, '[bank]\nkind = "hr"\nowner = "me"\n'), "[bank]: unknown field 'owner'"),
        (bank_text({}, "[bank]\ndifficulty = 9\n"), "[bank]: difficulty 9 is out of range"),
        (bank_text({}, "[bank]\nname = 3\n"), "[bank]: name has the wrong type"),
        (bank_text({}, "bank = 1\n"), "[bank] must be a table, not integer"),
    ],
)
def test_file_level_mistakes(tmp_path: Path, text: str, expected: str) -> None:
    errors = errors_for(tmp_path, text)
    assert any(expected in error for error in errors), errors


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    (error,) = errors_for(tmp_path, '[[questions]]\nid = "q-1"\ntext = "open\n')
    assert "line 3" in error


def test_every_problem_in_a_question_is_listed(tmp_path: Path) -> None:
    changes = {"kind": '"x"', "competency": '"y"', "difficulty": "7", "colour": '"red"'}
    errors = errors_for(tmp_path, bank_text(changes))
    assert [e.split(": ", 2)[2].split(" ")[0] for e in errors] == [
        "kind",
        "competency",
        "difficulty",
        "unknown",
    ]


def test_bank_defaults_fill_in_and_questions_override(tmp_path: Path) -> None:
    header = '[bank]\nname = "Sales"\nkind = "hr"\nroles = ["sales"]\nanswer_seconds = 60\n\n'
    text = bank_text({"kind": None}, header) + bank_text(
        {"id": '"q-2"', "kind": '"situational"', "answer_seconds": "100"}
    )
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    first, second = load_bank_file(path)
    assert (first.kind, first.roles, first.answer_seconds) == ("hr", ("sales",), 60)
    assert (second.kind, second.roles, second.answer_seconds) == ("situational", ("sales",), 100)


@pytest.mark.parametrize(
    ("kind", "think", "answer"), [("hr", 20, 90), ("behavioral", 30, 120), ("situational", 30, 120)]
)
def test_default_times_depend_on_kind(kind: str, think: int, answer: int) -> None:
    record = {"id": "q", "text": "Why?", "kind": kind, "competency": "integrity"}
    question, errors = build_question(record)
    assert errors == [] and question is not None
    assert (question.think_seconds, question.answer_seconds, question.difficulty) == (
        think,
        answer,
        2,
    )
    assert question.roles == ("general",) and question.key_points == ()


def test_text_is_trimmed() -> None:
    record = {"id": "q", "text": "  Why?  ", "kind": "hr", "competency": "integrity"}
    question, _ = build_question(record)
    assert question is not None and question.text == "Why?"


def test_not_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('[[questions]]\ntext = "caf\xe9"\n'.encode("latin-1"))
    (error,) = read_bank(path)[1]
    assert "is not UTF-8 text" in error


def test_strict_loader_raises_with_every_message(tmp_path: Path) -> None:
    path = tmp_path / "bank.toml"
    path.write_text(bank_text({"kind": '"x"', "competency": '"y"'}), encoding="utf-8")
    with pytest.raises(QuestionBankError) as info:
        load_bank_file(path)
    assert "kind 'x'" in str(info.value) and "competency 'y'" in str(info.value)
