"""`interview stories` and the follow-up half of `interview practice`: the JSON contracts."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from answers import SPANISH_STORY_PARTS

from interview.cli import main
from interview.config import Settings
from interview.history.export import export_json, import_json
from interview.history.progress import load_frame
from interview.history.store import HistoryStore
from interview.history.stories import StoryStore

BANK = """
[[questions]]
id = "mine-beh-01"
text = "Tell me about a time you kept a team going when it was short-staffed."
kind = "behavioral"
competency = "teamwork"
follow_ups = ["Who did you lean on?"]

[[questions]]
id = "mine-hr-01"
text = "Why do you want this job?"
kind = "hr"
competency = "communication"
"""
STORY = {
    "title": "Refund backlog",
    "situation": "In 2023 our support team at Acme had a backlog of 400 refund complaints.",
    "task": "My job was to clear it before the quarter closed.",
    "action": "I sorted the complaints by cause, wrote a script for the simple refunds, and "
    "called the rest of the customers myself.",
    "result": "We cleared the backlog in 9 days and complaints fell by 30%.",
}
NO_RESULT = (
    "Last spring our bakery was short of staff. My task was to keep orders going out. "
    "I reorganised the rota and I trained two new starters on the ovens."
)
RESULT = (
    "In the end every order went out on time for 6 weeks, and complaints fell from 12 a week "
    "to 2, which I counted in our order log."
)


@pytest.fixture(autouse=True)
def my_bank() -> Iterator[None]:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(BANK)
    yield


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def add(capsys: pytest.CaptureFixture[str], tmp_path: Path, story: Any) -> tuple[int, str, str]:
    path = tmp_path / "story.json"
    path.write_text(json.dumps(story))
    return run(capsys, "stories", "add", str(path), "--json")


def stored_count() -> int:
    store = HistoryStore.open()
    try:
        return len(StoryStore(store).list_stories())
    finally:
        store.close()


def test_add_prints_id_suggested_competencies_and_feedback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = add(capsys, tmp_path, STORY)
    data = json.loads(out)
    assert status == 0 and data["id"] == 1
    assert data["competencies"] and "customer-focus" in data["competencies"]
    for part in ("situation", "task", "action", "result"):
        assert data["feedback"][part]["written"] and data["feedback"][part]["message"]
    assert data["feedback"]["result"]["figures"] == ["9 days", "30%"]
    assert stored_count() == 1


def test_add_reads_stdin_and_keeps_given_competencies(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    story = {**STORY, "competencies": ["integrity", "conflict"]}
    status, out, _ = run(
        capsys, "stories", "add", "--json", stdin=json.dumps(story), monkeypatch=monkeypatch
    )
    assert status == 0 and json.loads(out)["competencies"] == ["integrity", "conflict"]


@pytest.mark.parametrize(
    "story,message",
    [
        ({**STORY, "title": ""}, "title"),
        ({k: v for k, v in STORY.items() if k != "task"}, '"task" must be text'),
        ({**STORY, "competencies": ["leading"]}, "unknown competency 'leading'"),
        ({**STORY, "action": ""}, "write the action"),
        ("just text", "must be a JSON object"),
    ],
)
def test_bad_stories_exit_2_and_store_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, story: Any, message: str
) -> None:
    status, out, err = add(capsys, tmp_path, story)
    assert (status, out) == (2, "") and err.startswith("error: ") and message in err
    assert stored_count() == 0


def test_not_json_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text("{title: oops")
    status, _, err = run(capsys, "stories", "add", str(path), "--json")
    assert status == 2 and "not valid JSON" in err and stored_count() == 0


def test_coverage_contract(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    add(capsys, tmp_path, {**STORY, "competencies": ["customer-focus", "time-management"]})
    status, out, _ = run(capsys, "stories", "coverage", "--json")
    data = json.loads(out)
    assert status == 0 and set(data) >= {"competencies", "uncovered", "overused"}
    assert data["competencies"]["customer-focus"] == [1]
    assert "teamwork" in data["uncovered"] and "customer-focus" not in data["uncovered"]
    assert data["overused"] == []
    assert data["nudges"]["teamwork"]["question_id"]


def test_coverage_text_names_the_stories(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add(capsys, tmp_path, {**STORY, "competencies": ["customer-focus", "time-management"]})
    status, out, _ = run(capsys, "stories", "coverage")
    assert status == 0
    # a bare "1" after a competency read as a count of stories, not story 1
    assert re.search(r"^customer-focus +#1 Refund backlog$", out, re.MULTILINE)
    assert re.search(r"^teamwork +-- no story yet$", out, re.MULTILINE)
    assert "Write an initiative story" in out and "Write a initiative" not in out
    assert "Write a teamwork story" in out


def test_list_show_delete(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    add(capsys, tmp_path, STORY)
    assert json.loads(run(capsys, "stories", "list", "--json")[1])[0]["title"] == STORY["title"]
    status, out, _ = run(capsys, "stories", "show", "1")
    assert status == 0 and "Refund backlog" in out and "Result:" in out
    assert run(capsys, "stories", "delete", "1")[0] == 0
    status, _, err = run(capsys, "stories", "show", "1")
    assert status == 2 and "there is no story 1" in err


def practise(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str, text: str
) -> dict[str, Any]:
    path = tmp_path / "answer.txt"
    path.write_text(text)
    status, out, err = run(capsys, "practice", *argv, "--answer-file", str(path), "--json")
    assert status == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_practice_json_gains_a_follow_up_for_a_behavioral_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    assert {"attempt_id", "score", "star", "analysed"} <= set(data)
    assert data["follow_up"]["question"] and data["follow_up"]["reason"]
    assert data["follow_up"]["focus"] == "no_result"


def test_practice_json_has_no_follow_up_for_an_hr_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = practise(capsys, tmp_path, "--question", "mine-hr-01", text="I like your maps.")
    assert "follow_up" not in data


def test_a_follow_up_answer_is_a_linked_attempt_judged_on_the_result(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    second = practise(capsys, tmp_path, "--follow-up", str(first["attempt_id"]), text=RESULT)
    assert second["follow_up_of"] == first["attempt_id"]
    assert second["asked"]["question"] == first["follow_up"]["question"]
    assert second["judgement"]["focus"] == "no_result"
    assert second["judgement"]["verdict"] == "answered"
    store = HistoryStore.open()
    link = StoryStore(store).follow_up_of(second["attempt_id"])
    attempt = store.get_attempt(second["attempt_id"])
    store.close()
    assert link is not None and link.parent_id == first["attempt_id"]
    assert attempt.question_id == "mine-beh-01:follow-up"


def test_deleting_an_answer_deletes_its_follow_up_answers_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    second = practise(capsys, tmp_path, "--follow-up", str(first["attempt_id"]), text=RESULT)
    assert main(["history", "delete", str(first["attempt_id"])]) == 0
    said = capsys.readouterr().out.strip()
    assert said == (
        f"deleted attempt {first['attempt_id']} and its recording,"
        f" with its follow-up answers {second['attempt_id']}"
    )
    store = HistoryStore.open()
    left = store.list_attempts(limit=None)
    store.close()
    # Left behind, the follow-up would come back as an attempt of its own, scored as a whole.
    assert left == ()


def test_a_follow_up_to_a_missing_attempt_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(RESULT)
    status, _, err = run(capsys, "practice", "--follow-up", "9", "--answer-file", str(path))
    assert status == 2 and "there is no attempt 9" in err


def test_save_an_attempt_as_a_story(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    status, out, _ = run(
        capsys, "stories", "add", "--from-attempt", str(first["attempt_id"]),
        "--title", "Bakery rota", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert status == 0 and data["competencies"][0] == "teamwork"
    assert data["story"]["action"].startswith("I reorganised the rota")
    assert data["story"]["attempt_ids"] == [first["attempt_id"]]
    assert data["feedback"]["result"]["written"] is False


def test_stories_and_follow_ups_survive_export_import_and_go_with_delete_all(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    practise(capsys, tmp_path, "--follow-up", str(first["attempt_id"]), text=RESULT)
    run(capsys, "stories", "add", "--from-attempt", "1", "--title", "Bakery", "--json")
    store = HistoryStore.open()
    export_json(store, tmp_path / "export.json")
    store.close()
    document = json.loads((tmp_path / "export.json").read_text())
    assert document["stories"][0]["title"] == "Bakery"
    assert document["follow_ups"][0]["judgement"]["verdict"] == "answered"

    monkeypatch.setenv("INTERVIEW_HOME", str(tmp_path / "elsewhere"))
    other = HistoryStore.open()
    result = import_json(other, tmp_path / "export.json")
    again = import_json(other, tmp_path / "export.json")
    stories = StoryStore(other).list_stories()
    assert (result.stories_added, again.stories_added, len(stories)) == (1, 0, 1)
    assert stories[0].attempt_ids == (1,)
    assert StoryStore(other).follow_ups_to(1)[0].reason == "no_result"
    other.delete_all()
    assert StoryStore(other).list_stories() == () and StoryStore(other).follow_ups_to(1) == ()
    other.close()


def test_follow_up_answers_stay_out_of_progress(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    practise(capsys, tmp_path, "--follow-up", str(first["attempt_id"]), text=RESULT)
    store = HistoryStore.open()
    frame = load_frame(store)
    store.close()
    assert list(frame["id"]) == [first["attempt_id"]]


def test_deleting_an_attempt_keeps_its_story_and_drops_the_links(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    second = practise(capsys, tmp_path, "--follow-up", str(first["attempt_id"]), text=RESULT)
    run(capsys, "stories", "add", "--from-attempt", "1", "--title", "Bakery", "--json")
    assert run(capsys, "history", "delete", "1")[0] == 0
    store = HistoryStore.open()
    [story] = StoryStore(store).list_stories()
    link = StoryStore(store).follow_up_of(second["attempt_id"])
    store.close()
    assert (story.source_attempt_id, story.attempt_ids, link) == (None, (), None)


def test_tag_and_use(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    add(capsys, tmp_path, STORY)
    practise(capsys, tmp_path, "--question", "mine-beh-01", text=NO_RESULT)
    assert run(capsys, "stories", "tag", "1", "conflict", "integrity")[0] == 0
    status, _, err = run(capsys, "stories", "tag", "1", "bravery")
    assert status == 2 and "unknown competency 'bravery'" in err
    assert run(capsys, "stories", "use", "1", "1")[0] == 0
    assert run(capsys, "stories", "use", "1", "7")[0] == 2
    [story] = json.loads(run(capsys, "stories", "list", "--json")[1])
    assert (story["competencies"], story["attempt_ids"]) == (["conflict", "integrity"], [1])


def test_delete_all_removes_stories_even_without_attempts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add(capsys, tmp_path, STORY)
    status, out, _ = run(capsys, "history", "delete", "--all", "--yes")
    assert status == 0 and "1 story" in out
    assert stored_count() == 0


def test_edit_rewrites_a_story_and_keeps_its_competencies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add(capsys, tmp_path, {**STORY, "competencies": ["integrity"]})
    path = tmp_path / "edit.json"
    path.write_text(json.dumps({**STORY, "result": "It went well."}))
    status, out, _ = run(capsys, "stories", "edit", "1", str(path), "--json")
    data = json.loads(out)
    assert status == 0 and data["competencies"] == ["integrity"]
    assert (
        data["story"]["result"] == "It went well." and data["feedback"]["result"]["figures"] == []
    )
    path.write_text(json.dumps({**STORY, "action": ""}))
    status, _, err = run(capsys, "stories", "edit", "1", str(path))
    assert status == 2 and "write the action" in err
    assert json.loads(run(capsys, "stories", "list", "--json")[1])[0]["result"] == "It went well."


def test_the_terminal_session_names_the_follow_up_and_how_to_answer_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"\n{NO_RESULT}\n.\n"))
    status, out, _ = run(
        capsys, "practice", "--count", "1", "--kind", "behavioral", "--seed", "1", "--type"
    )
    assert status == 0 and "Follow-up: How did it turn out in the end" in out
    assert "interview practice --follow-up 1 --answer-file FILE" in out


@pytest.mark.parametrize(
    ("story", "message"),
    [
        ({**STORY, "title": 5}, '"title" must be text (it is a number)'),
        ({**STORY, "task": ["x"]}, '"task" must be text (it is a list)'),
        ({**STORY, "result": "x" * 20_001}, "keep each part under "),
    ],
)
def test_a_refused_story_says_what_is_allowed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, story: dict[str, Any], message: str
) -> None:
    status, _, err = add(capsys, tmp_path, story)
    assert status == 2 and message in err and stored_count() == 0


def test_a_folder_is_not_a_story_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "stories", "add", str(tmp_path))
    assert status == 2 and "is a folder: give a JSON file with the story" in err


def test_a_stored_story_the_coach_cannot_read_is_still_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Stored before answers in another language were refused, or brought in by an import.
    store = HistoryStore.open()
    try:
        parts = dict(SPANISH_STORY_PARTS)
        story = StoryStore(store).add_story("Cliente", parts, ["customer-focus"])
    finally:
        store.close()
    status, out, _ = run(capsys, "stories", "show", str(story.id))
    assert status == 0
    assert "No advice on this story" in out and "Hablé con él" in out
    status, out, err = run(capsys, "stories", "show", str(story.id), "--json")
    assert status == 2 and out == "" and err.startswith("error: ")
