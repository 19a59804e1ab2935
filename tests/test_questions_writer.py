"""Writing user banks (interview.questions.writer): TOML escaping, ids, safe appends."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from interview.config import Settings
from interview.errors import QuestionBankError
from interview.models import Question
from interview.questions.banks import load_banks, parse_bank_text
from interview.questions.writer import (
    CUSTOM_BANK_FILE,
    add_custom_question,
    atomic_write_text,
    bank_to_toml,
    generate_id,
    question_to_toml,
    toml_string,
)


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "",
        'She said "no".',
        "C:\\Users\\me\\notes",
        "two\nlines\r\nand\ttab",
        "bell\x07 escape\x1b delete\x7f form\x0c back\x08",
        "'''not a literal'''",
        '"""not multi-line"""',
        "café, naïve, 日本語, emoji 🎤",
        "\\u0041 stays literal",
        "#not a comment",
    ],
)
def test_toml_string_round_trips(value: str) -> None:
    assert tomllib.loads(f"x = {toml_string(value)}\n")["x"] == value


def test_question_round_trips_through_the_loader(tmp_path: Path) -> None:
    question = Question(
        id="my-q",
        text='Describe a "hard" call, then\\now?',
        kind="situational",
        competency="integrity",
        roles=("sales", "general"),
        difficulty=3,
        think_seconds=45,
        answer_seconds=150,
        follow_ups=("Why?",),
        key_points=("Honest", "Escalated, properly", "Wrote it down"),
        tip="Say what you'd do first.",
        source=str(tmp_path / "b.toml"),
    )
    text = bank_to_toml([question], name='My "bank"', description="For tests")
    questions, errors = parse_bank_text(text, source=tmp_path / "b.toml")
    assert errors == ()
    assert questions == (question,)
    assert tomllib.loads(text)["bank"] == {"name": 'My "bank"', "description": "For tests"}


def test_empty_optional_fields_are_left_out() -> None:
    text = question_to_toml(Question(id="q", text="Why?", kind="hr", competency="integrity"))
    assert "key_points" not in text and "follow_ups" not in text and "tip" not in text


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("Tell me about a time you led a team.", (), "my-tell-me-about-a-time-you-led"),
        ("Why?", ("my-why",), "my-why-2"),
        ("Why?", ("my-why", "my-why-2"), "my-why-3"),
        ("¿Qué harías tú?", (), "my-que-harias-tu"),
        ("日本語", (), "my-question"),
        ("", ("my-question",), "my-question-2"),
        ("A" * 60 + " b", (), "my-" + "a" * 40),
    ],
)
def test_generate_id(text: str, taken: tuple[str, ...], expected: str) -> None:
    assert generate_id(text, taken) == expected


def test_add_custom_question_creates_then_appends() -> None:
    settings = Settings.from_env()
    first = add_custom_question(
        settings,
        text="Tell me about your night shifts.",
        kind="behavioral",
        competency="adaptability",
        roles=("healthcare-nursing",),
        key_points=("Routine", "Safety"),
        follow_ups=("How do you sleep?",),
        tip="Be honest.",
    )
    second = add_custom_question(
        settings, text="Why us?", kind="hr", competency="initiative", question_id="my-why-us"
    )
    assert first.id == "my-tell-me-about-your-night-shifts"
    assert (second.id, second.answer_seconds) == ("my-why-us", 90)
    banks = load_banks(settings)
    assert banks.errors == ()
    assert [q.id for q in banks.questions[-2:]] == [first.id, second.id]
    assert banks.questions[-2] == first
    folder = settings.user_banks_dir
    assert sorted(p.name for p in folder.iterdir()) == [CUSTOM_BANK_FILE]  # no temp files left


def test_appending_keeps_the_users_own_text() -> None:
    settings = Settings.from_env()
    settings.user_banks_dir.mkdir(parents=True)
    path = settings.user_banks_dir / CUSTOM_BANK_FILE
    original = '# my notes\n[bank]\nname = "Mine"\nkind = "hr"\n\n[[questions]]\nid = "my-a"\n'
    original += 'text = "First?"\ncompetency = "integrity"'  # no final newline
    path.write_text(original, encoding="utf-8")
    add_custom_question(settings, text="Second?", kind="hr", competency="teamwork")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original + "\n")
    assert [q.id for q in load_banks(settings).questions[-2:]] == ["my-a", "my-second"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"competency": "grit"}, "competency 'grit' is not allowed"),
        ({"kind": "chat"}, "kind 'chat' is not allowed"),
        ({"text": "  "}, "text is empty"),
        ({"difficulty": 9}, "difficulty 9 is out of range"),
        ({"key_points": ("just one",)}, "key_points has 1 item"),
        ({"roles": ("astronaut",)}, "roles[1] 'astronaut' is not allowed"),
        ({"question_id": "hr-weakness"}, "id 'hr-weakness' is already used"),
        ({"question_id": "Bad Id"}, "id 'Bad Id' is not allowed"),
    ],
)
def test_add_custom_question_refuses_bad_input(options: dict[str, Any], message: str) -> None:
    settings = Settings.from_env()
    fields: dict[str, Any] = {"text": "Why?", "kind": "hr", "competency": "integrity"}
    with pytest.raises(QuestionBankError, match=message.replace("[", r"\[")):
        add_custom_question(settings, **(fields | options))
    assert not (settings.user_banks_dir / CUSTOM_BANK_FILE).exists()


def test_broken_user_bank_is_not_overwritten() -> None:
    settings = Settings.from_env()
    settings.user_banks_dir.mkdir(parents=True)
    path = settings.user_banks_dir / CUSTOM_BANK_FILE
    path.write_text("[[questions]\nbroken", encoding="utf-8")
    with pytest.raises(QuestionBankError, match=r"cannot add to .* until it is fixed"):
        add_custom_question(settings, text="Why?", kind="hr", competency="integrity")
    assert path.read_text(encoding="utf-8") == "[[questions]\nbroken"


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "bank.toml"
    atomic_write_text(path, "one\n")
    atomic_write_text(path, "two\n")
    assert path.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in path.parent.iterdir()] == ["bank.toml"]


def test_atomic_write_failure_is_a_bank_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(QuestionBankError, match="cannot write"):
        atomic_write_text(blocker / "bank.toml", "text")
