"""The question banks page: browse and search, add a custom question, import a CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from apptest import open_page, texts

PAGE = "app_pages/banks.py"


def test_lists_builtin_questions_with_key_points() -> None:
    app = open_page(PAGE)
    assert not app.exception
    assert app.caption[0].value.startswith(tuple("123456789"))
    assert "What an interviewer listens for" in texts(app)


@pytest.mark.parametrize(
    ("query", "expect_some"),
    [("conflict", True), ("zzqx-no-such-words", False)],
)
def test_search_narrows_the_list(query: str, expect_some: bool) -> None:
    app = open_page(PAGE)
    total = len(app.expander)
    app.text_input(key="banks_search").input(query).run()
    shown = len(app.expander)
    assert (0 < shown <= total) if expect_some else shown == 0


def test_add_custom_question_writes_the_users_bank(interview_home: Path) -> None:
    app = open_page(PAGE)
    app.text_area(key="banks_new_text").input(
        "Tell me about a time you taught a colleague a new tool."
    )
    app.selectbox(key="banks_new_kind").select("behavioral")
    app.selectbox(key="banks_new_competency").select("communication")
    app.text_area(key="banks_new_key_points").input("who and why\nhow you checked they understood")
    app.button(key="banks_add").click().run()
    assert not app.exception
    assert next(s.value for s in app.success).startswith("Added")
    saved = "".join(p.read_text() for p in (interview_home / "my_banks").glob("*.toml"))
    assert "taught a colleague a new tool" in saved


@pytest.mark.parametrize(
    ("text", "key_points", "complaint"),
    [
        ("Why do you want this job?", "only one point", "key_points"),
        ("   ", "", "text is empty"),
    ],
)
def test_add_explains_what_is_wrong(text: str, key_points: str, complaint: str) -> None:
    app = open_page(PAGE)
    app.text_area(key="banks_new_text").input(text)
    app.selectbox(key="banks_new_kind").select("hr")
    app.text_area(key="banks_new_key_points").input(key_points)
    app.button(key="banks_add").click().run()
    assert not app.success
    assert complaint in app.error[0].value


def test_csv_import_reports_the_bad_row_by_line(interview_home: Path) -> None:
    sheet = (
        b"text,kind,competency,key_points\n"
        b"Tell me about a time you met a hard deadline.,behavioral,time-management,plan|result\n"
        b"A question of an unknown kind.,riddle,teamwork,a|b\n"
    )
    app = open_page(PAGE)
    app.file_uploader(key="banks_import_file").upload("my questions.csv", sheet, "text/csv")
    app.run()
    app.button(key="banks_import").click().run()
    assert not app.exception
    assert "Imported 1 question" in app.success[0].value
    assert len(app.error) == 1
    assert "line 3" in app.error[0].value and "my questions.csv" in app.error[0].value
    assert any((interview_home / "my_banks").glob("*.toml"))
