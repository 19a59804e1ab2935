"""`interview history` and `interview progress` through the real command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from db_lock import write_locked

from interview.cli import main
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.models import Question

QUESTION = Question(
    id="mine-beh-01",
    text="Tell me about a project you rescued.",
    kind="behavioral",
    competency="problem-solving",
)
ANSWER = (
    "Last year our data import was failing every night. I was responsible for fixing it. "
    "I traced the failures to a date format, wrote a parser and added 25 tests. "
    "Failures dropped to zero and the team saved 4 hours a week."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def saved(*, analysed: bool = True, recording: bytes | None = None) -> int:
    store = HistoryStore.open()
    if recording is not None:
        attempt = store.save_attempt(QUESTION, recording=recording)
    else:
        attempt = store.save_attempt(QUESTION, answer_text=ANSWER)
    if analysed:
        from interview.answers import analyse_attempt

        analyse_attempt(store, attempt.id)
    store.close()
    return attempt.id


def test_history_json_lists_the_contract_fields_newest_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = saved(), saved(analysed=False)
    status, out, _ = run(capsys, "history", "--json")
    items = json.loads(out)
    assert status == 0 and [i["id"] for i in items] == [second, first]
    assert {k: items[1][k] for k in ("question_id", "analysed")} == {
        "question_id": "mine-beh-01",
        "analysed": True,
    }
    assert (
        isinstance(items[1]["score"], float)
        and items[0]["score"] is None
        and items[0]["analysed"] is False
    )
    assert all({"id", "question_id", "created_at", "score", "analysed"} <= set(i) for i in items)


def test_history_text_and_empty_state(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "history")[1] == "No attempts yet. Start with `interview practice`.\n"
    assert run(capsys, "history", "--json")[1].strip() == "[]"
    saved(analysed=False)
    status, out, _ = run(capsys, "history")
    assert status == 0 and "not analysed" in out and "mine-beh-01" in out


def test_show_prints_the_feedback_or_why_there_is_none(capsys: pytest.CaptureFixture[str]) -> None:
    done, pending = saved(), saved(analysed=False)
    status, out, _ = run(capsys, "history", "show", str(done))
    assert status == 0 and "Score " in out and "[ACTION]" in out and QUESTION.text in out
    status, out, _ = run(capsys, "history", "show", str(pending))
    assert status == 0 and ANSWER in out and f"interview history reanalyse {pending}" in out
    status, out, _ = run(capsys, "history", "show", str(done), "--json")
    assert json.loads(out)["analysis"]["score"] == json.loads(out)["metrics"]["score"]


def test_reanalyse_analyses_a_saved_attempt(capsys: pytest.CaptureFixture[str]) -> None:
    pending = saved(analysed=False)
    status, out, _ = run(capsys, "history", "reanalyse", str(pending), "--json")
    data = json.loads(out)
    assert status == 0 and data["attempt_id"] == pending and data["analysed"] is True
    assert HistoryStore.open().get_attempt(pending).status == "analysed"


def test_reanalyse_that_cannot_work_exits_2_and_keeps_the_attempt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    attempt_id = saved(analysed=False, recording=b"RIFF")
    store = HistoryStore.open()
    recording = store.get_attempt(attempt_id).recording
    assert recording is not None
    recording.unlink()
    status, _, err = run(capsys, "history", "reanalyse", str(attempt_id))
    assert status == 2 and "recording of attempt" in err and f"saved as attempt {attempt_id}" in err
    assert store.get_attempt(attempt_id).status == "failed"


@pytest.mark.parametrize(
    "argv,message",
    [
        (("history", "show", "999"), "there is no attempt 999"),
        (("history", "delete", "999"), "there is no attempt 999"),
        (("history", "delete"), "give one attempt id"),
        (("history", "delete", "1", "--all", "--yes"), "give one attempt id"),
        (("history", "delete", "--all"), "add --yes to confirm"),
        (("history", "import", "missing.json"), "cannot read missing.json"),
    ],
)
def test_mistakes_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    saved(analysed=False)
    status, _, err = run(capsys, *argv)
    assert status == 2 and err.startswith("error: ") and message in err and "Traceback" not in err
    assert HistoryStore.open().count_attempts() == 1


def test_delete_one_and_delete_all(capsys: pytest.CaptureFixture[str]) -> None:
    keep, gone = (
        saved(recording=b"RIFF-1", analysed=False),
        saved(recording=b"RIFF-2", analysed=False),
    )
    store = HistoryStore.open()
    gone_file = store.get_attempt(gone).recording
    assert run(capsys, "history", "delete", str(gone))[0] == 0
    assert gone_file is not None and not gone_file.exists()
    assert [a.id for a in store.list_attempts()] == [keep]
    status, out, _ = run(capsys, "history", "delete", "--all", "--yes")
    assert status == 0 and "deleted 1 attempts" in out
    assert store.count_attempts() == 0
    assert list(Settings.from_env().recordings_dir.iterdir()) == []
    status, out, _ = run(capsys, "history", "delete", "--all")  # nothing left to confirm
    assert status == 0 and out == "there are no attempts to delete\n"


def test_export_then_import_keeps_every_attempt(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ids = [saved(), saved(analysed=False), saved()]
    before = json.loads(run(capsys, "history", "--json")[1])
    output = tmp_path / "all.json"
    assert (
        run(capsys, "history", "export", "--format", "json", "--output", str(output))[1]
        == f"exported 3 attempts to {output}\n"
    )
    run(capsys, "history", "delete", "--all", "--yes")
    status, out, _ = run(capsys, "history", "import", str(output))
    assert status == 0 and out == "imported 3 attempts (0 already here)\n"
    after = json.loads(run(capsys, "history", "--json")[1])
    strip = lambda items: [{k: v for k, v in i.items() if k != "id"} for i in items]  # noqa: E731
    assert strip(after) == strip(before) and len(ids) == 3


def test_csv_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    saved()
    output = tmp_path / "all.csv"
    assert run(capsys, "history", "export", "--format", "csv", "--output", str(output))[0] == 0
    header, row = output.read_text().splitlines()[:2]
    assert header.startswith("id,created_at,question_id") and "mine-beh-01" in row


def test_progress_json_has_attempts_and_weak_areas(capsys: pytest.CaptureFixture[str]) -> None:
    empty = json.loads(run(capsys, "progress", "--json")[1])
    assert (empty["attempts"], empty["weak_areas"]) == (0, [])
    saved(), saved(), saved(analysed=False)
    status, out, _ = run(capsys, "progress", "--json")
    data = json.loads(out)
    assert status == 0 and data["attempts"] == 3 and len(data["weak_areas"]) == 3
    for area in data["weak_areas"]:
        assert set(area) >= {"area", "value", "trend", "action"}
        assert area["trend"] in ("improving", "steady", "declining") and area["action"]
    text = run(capsys, "progress")[1]
    assert "3 attempts, 2 analysed, 1 not analysed" in text and "Weakest areas" in text
    assert "judged on your last 2 analysed attempts (since " in text
    for area in data["weak_areas"]:  # each line names the area, its figure in words, its trend
        assert f"{area['area']}: " in text and area["action"] in text
    assert "Questions answered more than once" in text and "mine-beh-01" in text


def test_a_locked_database_still_lists_and_refuses_a_delete_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt_id = saved()
    with write_locked(Settings.from_env().home / "interview.db", monkeypatch):
        status, out, _ = run(capsys, "history")
        assert status == 0 and "mine-beh-01" in out
        status, out, err = run(capsys, "history", "delete", str(attempt_id))
        assert status == 2 and out == "" and err.count("\n") == 1
        assert err.startswith("error: cannot write the history database") and "locked" in err
    assert HistoryStore.open().get_attempt(attempt_id).analysed


# One logged interview, as `debrief add` reads it from stdin.
DEBRIEF = {
    "company": "Acme",
    "role": "Analyst",
    "date": "2026-11-20",
    "questions": [{"text": "Why us?", "rating": 3}],
}


def test_delete_all_removes_interviews_logged_without_any_practice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # With no attempt and no story it once said "there are no attempts to delete" and kept
    # the interview debriefs: "delete all my data" must not depend on having practised.
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(DEBRIEF)))
    assert run(capsys, "debrief", "add")[0] == 0
    status, _, err = run(capsys, "history", "delete", "--all")
    assert status == 2 and "interview debriefs" in err and "add --yes to confirm" in err
    status, out, _ = run(capsys, "history", "delete", "--all", "--yes")
    assert status == 0 and "1 logged interview" in out
    assert run(capsys, "debrief", "list")[1].startswith("no interviews logged yet")


def test_import_says_what_else_it_added(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(DEBRIEF)))
    assert run(capsys, "debrief", "add")[0] == 0
    story = tmp_path / "story.json"
    parts = {p: f"The {p} of it, told in a sentence." for p in ("situation", "task", "result")}
    story.write_text(json.dumps({"title": "Backlog", "action": "I sorted it.", **parts}))
    assert run(capsys, "stories", "add", str(story))[0] == 0
    saved()
    output = tmp_path / "all.json"
    assert run(capsys, "history", "export", "--format", "json", "--output", str(output))[0] == 0
    assert run(capsys, "history", "delete", "--all", "--yes")[0] == 0
    status, out, _ = run(capsys, "history", "import", str(output))
    # It said only "imported 1 attempts": the interview and the story came back unannounced.
    assert status == 0
    assert out == "imported 1 attempt (0 already here), 1 logged interview and 1 story\n"


def test_show_offers_reanalyse_for_a_failure_only_as_something_that_may_pass(
    capsys: pytest.CaptureFixture[str],
) -> None:
    failed = saved(analysed=False)
    store = HistoryStore.open()
    store.mark_failed(failed, "the speech model could not be loaded")
    store.close()
    status, out, _ = run(capsys, "history", "show", str(failed))
    assert status == 0 and "Not analysed: the speech model could not be loaded." in out
    assert "If that was passing trouble (a locked database, a missing model), " in out
