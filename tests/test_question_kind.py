"""The question's kind from its wording, and `interview evaluate` using it when no --kind."""

import json
from pathlib import Path

import pytest

from interview.analysis.question_kind import guess_kind
from interview.cli import main
from interview.models import QuestionKind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time you disagreed with your manager.", "behavioral"),
        ("Describe a situation where you had to calm an upset patient.", "behavioral"),
        ("Give me an example of a goal you set and reached.", "behavioral"),
        ("Have you ever had to deliver bad news to a customer?", "behavioral"),
        ("What is the hardest decision you have made at work?", "behavioral"),
        ("Tell me about a time your biggest strength helped the team.", "behavioral"),
        ("What would you do if a colleague kept missing deadlines?", "situational"),
        ("How would you handle a parent who shouts at reception?", "situational"),
        ("A driver calls in sick an hour before the shift. What do you do?", "situational"),
        ("Your manager asks you to skip a safety check. How do you respond?", "situational"),
        ("Tell me about yourself.", "hr"),
        ("How would you describe yourself?", "hr"),
        ("What is your greatest weakness?", "hr"),
        ("Why do you want to work here?", "hr"),
        ("What are your salary expectations?", "hr"),
        ("Where do you see yourself in five years?", "hr"),
        ("What questions do you have for us?", "hr"),
        # Asked as a habit, it is usually answered with an example: stays behavioral.
        ("How do you handle tight deadlines?", "behavioral"),
        ("Something else entirely", "behavioral"),
        ("", "behavioral"),
        (None, "behavioral"),
    ],
)
def test_guess_kind(question: str | None, kind: str) -> None:
    assert guess_kind(question) == kind


ABOUT_ME = (
    "I have been a ward nurse for six years, the last two as deputy sister on a surgical ward,"
    " and I want to bring that into community care, where I can follow patients home."
)


def _evaluate(tmp_path: Path, *extra: str) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(ABOUT_ME, encoding="utf-8")
    assert main(["evaluate", str(path), "--json", *extra]) == 0


def test_evaluate_guesses_hr_from_the_question_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _evaluate(tmp_path, "--question", "Tell me about yourself")
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["kind"] == "hr"
    star = data["star"]
    assert isinstance(star, dict)
    assert star["applies"] is False
    assert "judged as an HR question" in captured.err


def test_an_explicit_kind_wins_over_the_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _evaluate(tmp_path, "--question", "Tell me about yourself", "--kind", "behavioral")
    captured = capsys.readouterr()
    assert json.loads(captured.out)["kind"] == "behavioral"
    assert captured.err == ""


def test_no_question_stays_behavioral(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _evaluate(tmp_path)
    assert json.loads(capsys.readouterr().out)["kind"] == "behavioral"


def test_a_refused_answer_gets_only_its_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answer.txt"
    path.write_text("", encoding="utf-8")
    assert main(["evaluate", str(path), "--question", "Tell me about yourself"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "judged as" not in err


BANK: list[tuple[str, QuestionKind]] = [
    ("How do you handle pressure and stress at work?", "hr"),
    ("Tell me about a time you handled a difficult customer.", "behavioral"),
]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How do you handle pressure and stress at work?", "hr"),  # the bank's own wording
        ("how do you handle stress at work", "hr"),  # close to it
        ("How do you handle conflict at work?", "behavioral"),  # like no bank question
        ("How do you handle a difficult customer?", "behavioral"),
    ],
)
def test_a_question_worded_like_a_bank_question_takes_its_kind(question: str, kind: str) -> None:
    assert guess_kind(question, known=BANK) == kind


def test_evaluate_takes_the_bank_kind_of_a_typed_bank_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _evaluate(tmp_path, "--question", "How do you handle pressure and stress at work?")
    assert json.loads(capsys.readouterr().out)["kind"] == "hr"
