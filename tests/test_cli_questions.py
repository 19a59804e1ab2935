"""`interview questions ...` through the CLI's front door, interview.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview import cli
from interview.config import BUILTIN_BANKS_DIR, Settings

REGISTERED = cli.COMMAND_MODULES  # read before the fixture below replaces it
GOOD = '[[questions]]\nid = "{id}"\ntext = "Why?"\nkind = "hr"\ncompetency = "integrity"\n'


@pytest.fixture(autouse=True)
def only_this_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the parser from this command alone, so other commands' work cannot break these."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("interview.cli.questions",))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(["questions", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_command_is_registered() -> None:
    assert "interview.cli.questions" in REGISTERED


def test_list_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "list", "--json")
    records = json.loads(out)
    assert status == 0 and err == ""
    assert len(records) >= 150
    assert set(records[0]) == {"id", "text", "kind", "competency", "roles", "difficulty"}
    first = next(r for r in records if r["id"] == "hr-tell-me-about-yourself")
    assert first == {
        "id": "hr-tell-me-about-yourself",
        "text": "Tell me about yourself.",
        "kind": "hr",
        "competency": "communication",
        "roles": ["general"],
        "difficulty": 1,
    }


@pytest.mark.parametrize(
    ("args", "key", "value"),
    [
        (("--kind", "situational"), "kind", "situational"),
        (("--competency", "integrity"), "competency", "integrity"),
        (("--role", "teaching"), "roles", "teaching"),
        (("--difficulty", "3"), "difficulty", 3),
    ],
)
def test_list_filters(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], key: str, value: object
) -> None:
    status, out, _ = run(capsys, "list", *args, "--json")
    records = json.loads(out)
    assert status == 0 and records
    assert all(r[key] == value or (isinstance(r[key], list) and value in r[key]) for r in records)


def test_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list", "--role", "sales")
    lines = out.splitlines()
    assert status == 0
    assert lines[-1] == "10 questions"
    assert lines[0].split()[:2] == ["sales-01", "behavioral"]


def test_list_unknown_filter_value(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "list", "--competency", "teamwrk")
    assert status == 2 and out == ""
    assert err.startswith("error: competency 'teamwrk' is not allowed (did you mean 'teamwork'?)")


BROKEN_BANKS = {
    "syntax.toml": '[[questions]]\nid = "x-1"\ntext = "no closing quote\n',
    "fields.toml": (
        '[[questions]]\nid = "my-1"\ntext = "Tell me about a deadline."\nkind = "behavioral"\n'
        'competency = "time-management"\ndificulty = 2\n\n'
        '[[questions]]\nid = "hr-weakness"\ntext = "Same id as a built-in one."\nkind = "hr"\n'
        'competency = "communication"\n\n'
        '[[questions]]\nid = "my-2"\ntext = "A good one."\nkind = "hr"\ncompetency = "integrity"\n'
    ),
}


@pytest.mark.parametrize("command", [("list", "--json"), ("show", "my-2")])
def test_broken_user_banks_are_named_where_and_what_while_the_rest_loads(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    for name, text in BROKEN_BANKS.items():
        (folder / name).write_text(text, encoding="utf-8")
    status, out, err = run(capsys, *command)
    assert status == 0 and "my-2" in out
    warnings = err.splitlines()
    assert len(warnings) == 3 and all(w.startswith("warning: skipped ") for w in warnings)
    assert "fields.toml: question \"hr-weakness\": id 'hr-weakness' is already used in" in err
    assert "fields.toml: question \"my-1\": unknown field 'dificulty' (did you mean" in err
    assert "syntax.toml: not valid TOML:" in err and "line 3" in err


def test_many_bank_problems_are_summed_up_after_the_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    for n in range(8):
        (folder / f"broken-{n}.toml").write_text("not toml at all", encoding="utf-8")
    status, _, err = run(capsys, "list")
    assert status == 0 and err.count("warning: skipped ") == 5
    assert err.splitlines()[-1].startswith("warning: 3 more problems")


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "hr-weakness")
    assert status == 0
    assert out.startswith("hr-weakness\nWhat is a weakness you are working on?\n")
    for part in (
        "kind: hr",
        "competency: learning-agility",
        "roles: general",
        "difficulty: 2",
        "What the interviewer listens for:\n  - A real weakness",
        "Follow-up questions:\n  - How has that weakness affected your work?",
        "Tip: Choose a genuine",
        "from: ",
    ):
        assert part in out


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "swe-07", "--json")
    record = json.loads(out)
    assert status == 0
    assert record["kind"] == "situational" and record["roles"] == ["software-engineering"]
    assert len(record["key_points"]) == 4 and record["tip"]


def test_show_unknown_id_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "show", "hr-tell-me-about-yourslef")
    assert status == 2 and out == ""
    assert "no question has the id 'hr-tell-me-about-yourslef'" in err
    assert "did you mean: hr-tell-me-about-yourself" in err


def test_validate_default_banks(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "validate")
    assert status == 0 and err == ""
    assert out.startswith("ok: ") and "questions in" in out


def test_validate_paths_reports_every_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.toml").write_text(GOOD.format(id="a-1"), encoding="utf-8")
    bad = GOOD.format(id="a-1") + GOOD.format(id="b-2").replace('"hr"', '"chat"')
    (tmp_path / "b.toml").write_text(bad, encoding="utf-8")
    status, out, err = run(capsys, "validate", str(tmp_path / "a.toml"), str(tmp_path / "b.toml"))
    lines = err.splitlines()
    assert status == 2 and out == ""
    assert "b.toml: question \"a-1\": id 'a-1' is already used" in lines[1]
    assert "b.toml: question \"b-2\": kind 'chat' is not allowed" in lines[0]
    assert lines[-1] == "error: 2 problems found"


def test_validate_builtin_folder(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", str(BUILTIN_BANKS_DIR))
    assert status == 0 and out.startswith("ok: ")


def test_validate_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path))
    assert status == 2 and "no bank files" in err


def test_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text(
        "text,kind,competency\nWhy evenings?,hr,adaptability\nWhy?,hr,grit\n", encoding="utf-8"
    )
    status, out, err = run(capsys, "import", str(csv_path))
    assert status == 2
    assert out.startswith("imported 1 question into ") and out.rstrip().endswith("mine.toml")
    assert "mine.csv: line 3: competency 'grit' is not allowed" in err
    assert "error: 1 row not imported; fix the file and import it again" in err
    status, out, _ = run(capsys, "show", "my-why-evenings")
    assert status == 0 and "Why evenings?" in out
    csv_path.write_text(  # the bad row fixed; the sheet imported again
        "text,kind,competency\nWhy evenings?,hr,adaptability\nWhy?,hr,integrity\n", "utf-8"
    )
    status, out, err = run(capsys, "import", str(csv_path))
    assert status == 0 and out.startswith("imported 1 question into ")
    assert "line 2: already in the banks as 'my-why-evenings'; not imported again" in err
    status, out, err = run(capsys, "import", str(csv_path))
    assert status == 0 and out.startswith("nothing new to import") and err.count("\n") == 2


def test_import_all_good(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv_path = tmp_path / "ok.csv"
    csv_path.write_text("text,kind,competency\nWhy evenings?,hr,adaptability\n", "utf-8")
    status, _, err = run(capsys, "import", str(csv_path))
    assert status == 0 and err == ""


def test_import_nothing_good(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("text,kind,competency\nWhy?,hr,grit\n", encoding="utf-8")
    status, out, err = run(capsys, "import", str(csv_path))
    assert status == 2 and out == ""
    assert "error: 1 row not imported" in err


def test_import_bad_header(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("question,kind,competency\n", encoding="utf-8")
    status, _, err = run(capsys, "import", str(csv_path))
    assert status == 2 and "error: " in err and "unknown field 'question'" in err


def test_an_import_over_the_row_limit_says_what_was_left(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("interview.questions.csv_import.MAX_ROWS", 3)
    csv_path = tmp_path / "big.csv"
    rows = "".join(f"Why evenings {n}?,hr,adaptability\n" for n in range(5))
    csv_path.write_text("text,kind,competency\n" + rows, encoding="utf-8")
    status, out, err = run(capsys, "import", str(csv_path))
    assert status == 2 and out.startswith("imported 3 questions into ")
    # It once said "1 row not imported" for all the rows it never read.
    assert "row not imported" not in err
    assert "error: stopped at line 5 (an import takes at most 3 rows)" in err
    assert "import the same file again to add the rest" in err
    status, out, err = run(capsys, "import", str(csv_path))  # the rest, as promised
    assert status == 0 and out.startswith("imported 2 questions into ")


@pytest.mark.parametrize("command", [("list",), ("show", "my-rtl")])
def test_direction_overrides_in_a_question_are_not_obeyed(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    # U+202E (right-to-left override) in a shared bank made a terminal print the rest of the
    # line backwards, so a listing could show text other than what the file says.
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    text = "Why \u202eus\u202c and not \u2067them\u2069?"
    bank = f'[[questions]]\nid = "my-rtl"\ntext = "{text}"\nkind = "hr"\ncompetency = "integrity"\n'
    (folder / "rtl.toml").write_text(bank, encoding="utf-8")
    status, out, _ = run(capsys, *command)
    assert status == 0 and "Why us and not them?" in out
