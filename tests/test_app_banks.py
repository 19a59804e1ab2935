"""The question banks page: browse and search, add a custom question, import a CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from apptest import errors, open_page, shown, texts

from interview.ui import state

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
        ("Why do you want this job?", "only one point", "Key points has 1 item; expected 2"),
        ("   ", "", "Question is empty"),
    ],
)
def test_add_explains_what_is_wrong(text: str, key_points: str, complaint: str) -> None:
    app = open_page(PAGE)
    app.text_area(key="banks_new_text").input(text)
    app.selectbox(key="banks_new_kind").select("hr")
    app.text_area(key="banks_new_key_points").input(key_points)
    app.button(key="banks_add").click().run()
    assert not app.success
    assert complaint in errors(app)[0] and "key_points" not in errors(app)[0]
    assert app.text_area(key="banks_new_text").value == text  # nothing typed is lost


def test_an_added_question_clears_the_form_and_a_duplicate_is_refused(
    interview_home: Path,
) -> None:
    app = open_page(PAGE)
    text = "Tell me about a time you taught a colleague a new tool."
    app.text_area(key="banks_new_text").input(text)
    app.button(key="banks_add").click().run()
    assert next(s.value for s in app.success).startswith("Added")
    assert app.text_area(key="banks_new_text").value == ""
    app.button(key="banks_add").click().run()  # a second click adds nothing
    app.text_area(key="banks_new_text").input(text.upper())
    app.button(key="banks_add").click().run()
    assert "already in your banks" in errors(app)[0]
    saved = "".join(p.read_text() for p in (interview_home / "my_banks").glob("*.toml"))
    assert saved.count("taught a colleague") == 1


def test_practise_this_question_starts_a_one_question_session() -> None:
    app = open_page(PAGE)
    app.text_input(key="banks_search").input("deadline").run()
    first = app.expander[0]
    first.button[0].click().run()
    session = app.session_state[state.PRACTICE_RUN]
    assert session.state.total == 1
    assert first.label.replace("\\", "").startswith(session.state.questions[0].text)


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
    assert "line 3" in errors(app)[0] and "my questions.csv" in errors(app)[0]
    assert any((interview_home / "my_banks").glob("*.toml"))


def test_markup_in_a_sheet_or_a_new_question_shows_literally() -> None:
    sheet = b"text,kind,competency\nA question of a **bold** kind.,**riddle**,teamwork\n"
    app = open_page(PAGE)
    app.file_uploader(key="banks_import_file").upload("sheet.csv", sheet, "text/csv")
    app.run()
    app.button(key="banks_import").click().run()
    assert "kind '**riddle**' is not allowed" in errors(app)[0]
    assert "\\*\\*riddle\\*\\*" in app.error[0].value  # escaped, so Markdown shows the stars
    app.text_area(key="banks_new_text").input("Why **this** team, $5 or $6?")
    app.selectbox(key="banks_new_kind").select("hr")
    app.button(key="banks_add").click().run()
    [added] = [s for s in app.success if s.value.startswith("Added")]
    assert "Why \\*\\*this\\*\\* team, \\$5 or \\$6?" in added.value


BROKEN = "this is [not valid toml\n"


@pytest.mark.parametrize("page", [PAGE, "app_pages/practice.py"])
def test_a_broken_bank_file_is_named_and_the_rest_still_load(
    page: str, interview_home: Path
) -> None:
    (interview_home / "my_banks").mkdir()
    (interview_home / "my_banks" / "broken.toml").write_text(BROKEN)
    app = open_page(page)
    assert not app.exception and not app.error
    [problems] = [e for e in app.expander if "could not be read" in e.label]
    assert problems.label == "1 of your question bank files could not be read"
    assert "broken.toml" in shown(problems.warning[0]) and "TOML" in shown(problems.warning[0])


def test_practice_still_starts_with_a_broken_bank(interview_home: Path) -> None:
    (interview_home / "my_banks").mkdir()
    (interview_home / "my_banks" / "broken.toml").write_text(BROKEN)
    app = open_page("app_pages/practice.py")
    app.radio(key="practice_mode").set_value("typed")  # spoken would load Whisper
    app.button(key="practice_start").click().run()
    assert not app.exception and "Question 1 of 3" in texts(app)


def test_importing_a_sheet_again_notes_the_rows_already_there() -> None:
    sheet = (
        b"text,kind,competency\nTell me about a time you changed your mind.,behavioral,teamwork\n"
    )
    app = open_page(PAGE)
    app.file_uploader(key="banks_import_file").upload("again.csv", sheet, "text/csv")
    app.run()
    app.button(key="banks_import").click().run()
    assert "Imported 1 question" in app.success[0].value
    app.button(key="banks_import").click().run()
    assert not app.success and not app.error
    [note] = [shown(i) for i in app.info if "again.csv" in shown(i)]
    assert "line 2" in note
