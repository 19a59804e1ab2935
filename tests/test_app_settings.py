"""The settings page: where the data lives, which model runs, and deleting everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from apptest import database_held, errors, impatient_store, open_page, texts

from interview.config import Settings
from interview.history.store import HistoryStore
from interview.models import Question

PAGE = "app_pages/settings.py"


def test_shows_where_data_lives_and_that_nothing_leaves(interview_home: Path) -> None:
    app = open_page(PAGE)
    assert not app.exception
    shown = texts(app)
    assert "Nothing is uploaded" in shown
    table = app.dataframe[0].value
    assert str(interview_home) in set(table["Where"])
    assert str(interview_home / "recordings") in set(table["Where"])


def test_first_render_does_not_load_the_speech_model() -> None:
    app = open_page(PAGE)
    assert "loads when you start speaking practice" in texts(app)


def test_delete_needs_confirmation() -> None:
    app = open_page(PAGE)
    assert app.button(key="settings_delete").disabled
    app.checkbox(key="settings_delete_confirm").check().run()
    assert not app.button(key="settings_delete").disabled


def test_delete_all_removes_attempts_and_recordings(interview_home: Path) -> None:
    store = HistoryStore.open(Settings.from_env())
    question = Question("q-why", "Why this job?", "hr", "communication")
    store.save_attempt(question, answer_text="Because I like it.")
    store.save_attempt(question, recording=b"RIFF-not-really-audio", recording_suffix=".wav")
    assert any((interview_home / "recordings").iterdir())

    app = open_page(PAGE)
    app.checkbox(key="settings_delete_confirm").check().run()
    app.button(key="settings_delete").click().run()
    assert not app.exception
    assert "Deleted 2 saved attempts" in app.success[-1].value
    assert not app.checkbox(key="settings_delete_confirm").value  # no second click by mistake
    assert app.button(key="settings_delete").disabled
    assert store.count_attempts() == 0
    assert not any((interview_home / "recordings").iterdir())


@pytest.mark.parametrize("page", ["app_pages/practice.py", PAGE, "app_pages/review.py"])
def test_a_bad_setting_is_a_message_not_a_traceback(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_ENGINE", "whisper-cloud")
    app = open_page(page)
    assert not app.exception
    assert "INTERVIEW_ENGINE must be one of" in errors(app)[0]


def test_delete_all_on_a_locked_database_says_so(
    monkeypatch: pytest.MonkeyPatch, interview_home: Path
) -> None:
    impatient_store(monkeypatch)
    app = open_page(PAGE)
    HistoryStore.open(Settings.from_env())
    with database_held(interview_home):  # another program holds the database
        app.checkbox(key="settings_delete_confirm").check().run()
        app.button(key="settings_delete").click().run()
    assert not app.exception and not [s for s in app.success if "Deleted" in s.value]
    assert "locked" in errors(app)[0]


def test_deleting_everything_also_forgets_a_half_written_story() -> None:
    app = open_page("app_pages/stories.py")
    app.text_input(key="stories_title").input("Half written")
    app.text_area(key="stories_situation").input("Something private about my last job.")
    app.run()
    app.switch_page("app_pages/settings.py").run()
    app.checkbox(key="settings_delete_everything").check()
    app.checkbox(key="settings_delete_confirm").check().run()
    app.button(key="settings_delete").click().run()
    assert not app.exception and not errors(app)
    app.switch_page("app_pages/stories.py").run()
    assert app.text_input(key="stories_title").value == ""
    assert app.text_area(key="stories_situation").value == ""
