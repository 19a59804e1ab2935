"""The built-in banks: the counts issue 4 promises, content quality, and loading many files."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from interview.config import BUILTIN_BANKS_DIR, Settings
from interview.errors import QuestionBankError
from interview.models import COMPETENCIES, Question
from interview.questions.banks import BankSet, load_bank_file, load_bank_paths, load_banks
from interview.questions.schema import ROLES

GOOD = """
[[questions]]
id = "{id}"
text = "Tell me about a time you helped a colleague."
kind = "behavioral"
competency = "teamwork"
key_points = ["What they did", "The result"]
"""


@pytest.fixture(scope="module")
def builtin() -> BankSet:
    return load_bank_paths([BUILTIN_BANKS_DIR])


def test_builtin_banks_have_no_errors(builtin: BankSet) -> None:
    assert builtin.errors == ()
    assert len(builtin.files) >= 10


def test_at_least_150_questions(builtin: BankSet) -> None:
    assert len(builtin.questions) >= 150


@pytest.mark.parametrize(("kind", "minimum"), [("hr", 25), ("behavioral", 90), ("situational", 10)])
def test_count_per_kind(builtin: BankSet, kind: str, minimum: int) -> None:
    assert sum(q.kind == kind for q in builtin.questions) >= minimum


@pytest.mark.parametrize("competency", COMPETENCIES)
def test_six_general_behavioral_questions_per_competency(builtin: BankSet, competency: str) -> None:
    found = [
        q
        for q in builtin.questions
        if q.kind == "behavioral" and q.competency == competency and "general" in q.roles
    ]
    assert len(found) >= 6


def test_at_least_six_role_packs_of_eight(builtin: BankSet) -> None:
    per_role = Counter(role for q in builtin.questions for role in q.roles if role != "general")
    packs = [role for role, count in per_role.items() if count >= 8]
    assert len(packs) >= 6, per_role
    assert set(per_role) == set(ROLES) - {"general"}  # all eight fields are covered


def _all(builtin: BankSet) -> list[Question]:
    return list(builtin.questions)


def test_every_question_is_complete(builtin: BankSet) -> None:
    for q in _all(builtin):
        assert 1 <= len(q.follow_ups) <= 3, q.id
        assert 2 <= len(q.key_points) <= 5, q.id
        assert q.tip and "\n" not in q.tip, q.id
        assert q.text.endswith(("?", ".")), q.id


def test_answer_times_suit_the_kind(builtin: BankSet) -> None:
    for q in _all(builtin):
        limits = (45, 120) if q.kind == "hr" else (90, 150)
        assert limits[0] <= q.answer_seconds <= limits[1], q.id
        assert 10 <= q.think_seconds <= 60, q.id
    hr = sorted(q.answer_seconds for q in builtin.questions if q.kind == "hr")
    assert hr[len(hr) // 2] <= 90  # most HR answers are short


def test_ids_are_readable_and_unique(builtin: BankSet) -> None:
    ids = [q.id for q in builtin.questions]
    assert len(ids) == len(set(ids))
    pattern = re.compile(r"^(hr|beh|sit|swe|data|nurse|sales|cs|teach|mgmt|grad)-[a-z0-9-]+$")
    assert all(pattern.match(i) for i in ids), [i for i in ids if not pattern.match(i)]


def test_question_texts_are_not_repeated(builtin: BankSet) -> None:
    texts = Counter(q.text.lower() for q in builtin.questions)
    assert [t for t, n in texts.items() if n > 1] == []


def test_source_points_at_the_bank_file(builtin: BankSet) -> None:
    sources = {Path(q.source).name for q in builtin.questions}
    assert {"hr.toml", "role-teaching.toml"} <= sources


def test_readme_example_is_a_valid_bank(tmp_path: Path) -> None:
    readme = (BUILTIN_BANKS_DIR / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    questions = load_bank_file(path)
    assert [q.id for q in questions] == ["my-night-shift-handover", "my-why-nights"]
    assert questions[1].kind == "hr" and questions[1].roles == ("healthcare-nursing",)


def test_broken_file_is_named_while_the_others_load(tmp_path: Path) -> None:
    (tmp_path / "a-good.toml").write_text(GOOD.format(id="good-1"), encoding="utf-8")
    (tmp_path / "b-broken.toml").write_text('[[questions]]\nid = "x"\ntext = \n', "utf-8")
    partly = GOOD.format(id="good-2") + GOOD.format(id="bad-1").replace("teamwork", "teamwrk")
    (tmp_path / "c-partly.toml").write_text(partly, encoding="utf-8")
    banks = load_bank_paths([tmp_path])
    assert [q.id for q in banks.questions] == ["good-1", "good-2"]
    assert len(banks.errors) == 2
    assert "b-broken.toml: not valid TOML" in banks.errors[0]
    assert "line 3" in banks.errors[0]
    assert (
        "c-partly.toml: question \"bad-1\": competency 'teamwrk' is not allowed"
        in (banks.errors[1])
    )
    with pytest.raises(QuestionBankError, match=r"b-broken\.toml"):
        banks.require_valid()


def test_broken_user_bank_leaves_builtin_banks_working(builtin: BankSet) -> None:
    settings = Settings.from_env()
    settings.user_banks_dir.mkdir(parents=True)
    (settings.user_banks_dir / "mine.toml").write_text("questions = 3\n", encoding="utf-8")
    banks = load_banks(settings)
    assert banks.questions == builtin.questions
    assert len(banks.errors) == 1
    assert "mine.toml: questions must be an array of tables" in banks.errors[0]


def test_user_banks_are_loaded_after_builtin_ones() -> None:
    settings = Settings.from_env()
    settings.user_banks_dir.mkdir(parents=True)
    (settings.user_banks_dir / "mine.toml").write_text(GOOD.format(id="my-1"), "utf-8")
    banks = load_banks(settings)
    assert banks.errors == ()
    assert banks.questions[-1].id == "my-1"
    assert banks.files[-1] == settings.user_banks_dir / "mine.toml"


def test_missing_user_folder_is_not_an_error(builtin: BankSet) -> None:
    banks = load_banks(Settings.from_env())
    assert banks.errors == () and len(banks.questions) == len(builtin.questions)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD.format(id="dup-1"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        GOOD.format(id="dup-1") + GOOD.format(id="other"), encoding="utf-8"
    )
    banks = load_bank_paths([tmp_path])
    assert [q.id for q in banks.questions] == ["dup-1", "other"]
    assert banks.questions[0].source == str(tmp_path / "a.toml")
    (error,) = banks.errors
    assert error.startswith(f"{tmp_path / 'b.toml'}: question \"dup-1\": id 'dup-1'")
    assert f"already used in {tmp_path / 'a.toml'}" in error


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(GOOD.format(id="same") * 2, encoding="utf-8")
    with pytest.raises(QuestionBankError, match="id 'same' is already used"):
        load_bank_file(path)


def test_user_bank_cannot_reuse_a_builtin_id() -> None:
    settings = Settings.from_env()
    settings.user_banks_dir.mkdir(parents=True)
    (settings.user_banks_dir / "mine.toml").write_text(GOOD.format(id="hr-weakness"), "utf-8")
    banks = load_banks(settings)
    (error,) = banks.errors
    assert "mine.toml" in error and "hr.toml" in error
    assert next(q for q in banks.questions if q.id == "hr-weakness").source.endswith("hr.toml")


def test_missing_path_is_reported(tmp_path: Path) -> None:
    banks = load_bank_paths([tmp_path / "nope.toml"])
    assert banks.errors == (f"{tmp_path / 'nope.toml'}: no such file or folder",)


def test_every_builtin_file_parses_with_plain_tomllib() -> None:
    for path in sorted(BUILTIN_BANKS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(data) <= {"bank", "questions"}, path
