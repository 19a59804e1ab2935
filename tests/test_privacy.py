"""Deleting a person's data: exactly what goes, what stays, and the second, fuller option."""

from __future__ import annotations

import pytest
from apptest import open_page

from interview.cli import main
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.models import Question
from interview.privacy import delete_my_data
from interview.questions.writer import add_custom_question

QUESTION = Question("q-1", "Why this job?", "hr", "communication")


def _data(store: HistoryStore, settings: Settings) -> None:
    store.save_attempt(QUESTION, answer_text="Because I like it.")
    store.save_attempt(QUESTION, recording=b"RIFF-not-audio", recording_suffix=".wav")
    store.set_setting("practice_setup", {"count": 3})
    add_custom_question(
        settings, text="What did you learn last year?", kind="hr", competency="communication"
    )
    unsaved = settings.home / "unsaved"
    unsaved.mkdir()
    (unsaved / "q-1-20260101-090000.txt").write_text("an answer the database missed")


def test_deleting_history_keeps_own_questions_and_says_so(store: HistoryStore) -> None:
    settings = Settings.from_env()
    _data(store, settings)
    done = delete_my_data(store, settings)
    assert store.count_attempts() == 0
    assert (settings.user_banks_dir / "my-questions.toml").exists()
    assert store.get_setting("practice_setup") == {"count": 3}
    kept = "\n".join(done.kept_lines())
    assert "my-questions.toml" in kept and "remembers" in kept and "1 answer waiting" in kept
    deleted = done.deleted_lines()
    assert deleted[:2] == [
        "2 saved attempts with their answers, transcripts and scores",
        "0 practice sessions",
    ]
    assert "1 recording" in deleted and deleted[2].startswith("0 logged interviews")


def test_deleting_everything_removes_questions_choices_and_unsaved_answers(
    store: HistoryStore,
) -> None:
    settings = Settings.from_env()
    _data(store, settings)
    done = delete_my_data(store, settings, everything=True)
    assert not list(settings.user_banks_dir.glob("*.toml"))
    assert not list((settings.home / "unsaved").iterdir())
    assert store.get_setting("practice_setup") is None
    assert "1 remembered practice choice" in done.deleted_lines()
    assert not any("own questions" in line for line in done.kept_lines())


def test_cli_delete_all_lists_what_was_deleted_and_kept(
    store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings.from_env()
    _data(store, settings)
    assert main(["history", "delete", "--all", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Deleted:\n  - 2 saved attempts" in out and "Kept:\n  - your own questions" in out
    assert "--everything" in out
    assert main(["history", "delete", "--all", "--yes", "--everything"]) == 0
    out = capsys.readouterr().out
    assert "my-questions.toml" in out.split("Kept:")[0]
    assert not list(settings.user_banks_dir.glob("*.toml"))


def test_settings_page_offers_the_fuller_deletion(store: HistoryStore) -> None:
    settings = Settings.from_env()
    _data(store, settings)
    app = open_page("app_pages/settings.py")
    app.checkbox(key="settings_delete_everything").check().run()
    app.checkbox(key="settings_delete_confirm").check().run()
    app.button(key="settings_delete").click().run()
    assert not app.exception
    message = app.success[-1].value
    assert "**Deleted**" in message and "**Kept**" in message and "my\\-questions" in message
    assert not list(settings.user_banks_dir.glob("*.toml"))
    assert store.get_setting("practice_setup") is None
