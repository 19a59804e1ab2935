"""The JSON contracts of `interview debrief`, `interview plan` and `interview advert`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from interview.cli import main
from interview.history.interviews import list_interviews
from interview.history.store import HistoryStore

DEBRIEF: dict[str, Any] = {
    "company": "Acme",
    "role": "Data analyst",
    "date": "2026-11-20",
    "stage": "first round",
    "outcome": "rejected",
    "feedback": "We were looking for more evidence of stakeholder management.",
    "questions": [
        {
            "text": "Tell me about a time you disagreed with a colleague",
            "rating": 1,
            "notes": "froze",
        },
        {"text": "Someone you did not get along with at work", "rating": 2, "notes": "rambled"},
        {"text": "Tell me about yourself", "rating": 4, "notes": ""},
    ],
}


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def add(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Any) -> Any:
    status, out, err = run(capsys, monkeypatch, "debrief", "add", "--json", stdin=json.dumps(data))
    assert status == 0, err
    return json.loads(out)


def stored_interviews() -> int:
    store = HistoryStore.open()
    try:
        return len(list_interviews(store))
    finally:
        store.close()


def test_debrief_add_prints_the_contract(capsys, monkeypatch) -> None:
    document = add(capsys, monkeypatch, DEBRIEF)
    assert isinstance(document["id"], int)
    assert [q["text"] for q in document["questions"]] == [q["text"] for q in DEBRIEF["questions"]]
    for question in document["questions"]:
        assert set(question) >= {"text", "rating", "question_id", "competency"}
        assert isinstance(question["rating"], int)
    first, second, third = document["questions"]
    assert (first["question_id"], first["competency"]) == ("beh-conflict-01", "conflict")
    assert second["competency"] == "conflict"
    assert third["question_id"] == "hr-tell-me-about-yourself"


def test_an_unmatched_question_has_null_match(capsys, monkeypatch) -> None:
    data = {**DEBRIEF, "questions": [{"text": "What is your favourite book?", "rating": 3}]}
    (question,) = add(capsys, monkeypatch, data)["questions"]
    assert question["question_id"] is None


def _broken(**changes: Any) -> str:
    return json.dumps({**DEBRIEF, **changes})


@pytest.mark.parametrize(
    "stdin, message",
    [
        ("not json at all", "not JSON"),
        ("[1, 2]", "one JSON object"),
        (_broken(company=None), '"company"'),
        (json.dumps({k: v for k, v in DEBRIEF.items() if k != "company"}), '"company"'),
        (_broken(company="   "), '"company" is empty'),
        (_broken(questions=[]), '"questions" is empty'),
        (_broken(questions=[{"text": "Why us?", "rating": 0}]), "rating"),
        (_broken(questions=[{"text": "Why us?", "rating": 6}]), "rating"),
        (_broken(questions=[{"text": "Why us?", "rating": True}]), "rating"),
        (_broken(questions=[{"text": "Why us?", "rating": "4"}]), "rating"),
        (_broken(questions=[{"text": "", "rating": 3}]), "text"),
        (_broken(date="20/11/2026"), "YYYY-MM-DD"),
        (_broken(outcome="ghosted"), "waiting, offer, rejected, withdrew"),
    ],
)
def test_bad_debriefs_exit_2_and_store_nothing(capsys, monkeypatch, stdin, message) -> None:
    status, out, err = run(capsys, monkeypatch, "debrief", "add", "--json", stdin=stdin)
    assert status == 2
    assert err.startswith("error: ") and message in err
    assert out == ""
    assert stored_interviews() == 0


def test_a_bad_rating_in_the_last_question_stores_nothing(capsys, monkeypatch) -> None:
    questions = [*DEBRIEF["questions"], {"text": "Why us?", "rating": 9}]
    status, _, err = run(
        capsys, monkeypatch, "debrief", "add", "--json", stdin=_broken(questions=questions)
    )
    assert status == 2 and "questions[3].rating" in err
    assert stored_interviews() == 0


def test_debrief_list_json(capsys, monkeypatch) -> None:
    add(capsys, monkeypatch, DEBRIEF)
    add(
        capsys,
        monkeypatch,
        {**DEBRIEF, "company": "Birch", "date": "2026-11-27", "outcome": "waiting"},
    )
    status, out, _ = run(capsys, monkeypatch, "debrief", "list", "--json")
    assert status == 0
    listed = json.loads(out)
    assert [i["company"] for i in listed] == ["Birch", "Acme"]
    for item in listed:
        assert set(item) >= {"id", "company", "role", "date", "outcome", "mean_rating"}
    assert listed[1]["mean_rating"] == pytest.approx((1 + 2 + 4) / 3, abs=0.01)


def test_plan_json_puts_conflict_first(capsys, monkeypatch) -> None:
    add(capsys, monkeypatch, DEBRIEF)
    status, out, _ = run(capsys, monkeypatch, "plan", "--json", "--before", "2099-01-10")
    assert status == 0
    plan = json.loads(out)
    assert plan["focus"][0]["competency"] == "conflict"
    assert all(isinstance(f["why"], str) and f["why"] for f in plan["focus"])
    assert "Acme" in plan["focus"][0]["why"]
    competencies = [q["competency"] for q in plan["questions"]]
    assert competencies.count("conflict") * 2 > len(competencies)
    assert all(set(q) >= {"id", "competency"} for q in plan["questions"])


def test_plan_text_names_each_question_and_how_to_practise(capsys, monkeypatch) -> None:
    add(capsys, monkeypatch, DEBRIEF)
    status, out, _ = run(capsys, monkeypatch, "plan", "--json", "--before", "2099-01-10")
    plan = json.loads(out)
    status, out, _ = run(capsys, monkeypatch, "plan", "--before", "2099-01-10")
    assert status == 0
    for question in plan["questions"]:  # the text a job seeker reads, not only its id
        assert f"{question['id']}: {question['text']}" in out
    assert "interview practice --weak-areas" in out


def test_plan_refuses_an_interview_date_that_has_passed(capsys, monkeypatch) -> None:
    status, out, err = run(capsys, monkeypatch, "plan", "--before", "2000-01-10")
    assert status == 2 and out == ""
    assert err.startswith("error: ") and "2000-01-10 has passed" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("debrief", "list"),
        ("debrief", "show", "1"),
        ("debrief", "progress"),
        ("debrief", "draft", "1", "--kind", "thank-you"),
        ("debrief", "update", "1", "--outcome", "offer"),
    ],
)
def test_debrief_text_is_shown_never_obeyed_by_the_terminal(capsys, monkeypatch, argv) -> None:
    # A debrief (typed, or from someone else's history export) may hold ESC, BEL, backspace:
    # printed raw, they recolour, retitle or clear the terminal and hide the text before them.
    hostile = {
        **DEBRIEF,
        "company": "Acme\x1b[2J\x1b]0;title\x07",
        "role": "Data\x08\x08analyst",
        "feedback": "More \x1b[31mevidence\x9b please",
        "questions": [{"text": "Why \x1b[1Aus?", "rating": 2, "notes": "n\x1bo"}],
    }
    status, _, _ = run(capsys, monkeypatch, "debrief", "add", stdin=json.dumps(hostile))
    assert status == 0
    status, out, _ = run(capsys, monkeypatch, *argv)
    assert status == 0 and "Acme" in out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_debrief_progress_counts_one_answer_as_one(capsys, monkeypatch, tmp_path) -> None:
    add(capsys, monkeypatch, DEBRIEF)
    answer = tmp_path / "answer.txt"
    answer.write_text("I asked my colleague for a call and we agreed on one plan.\n")
    argv = ("practice", "--question", "beh-conflict-01", "--answer-file", str(answer))
    assert run(capsys, monkeypatch, *argv)[0] == 0
    status, out, _ = run(capsys, monkeypatch, "debrief", "progress")
    assert status == 0 and "conflict: " in out
    assert "(1 answer since)" in out and "1 answers" not in out


def test_debrief_progress_with_no_interview_says_so(capsys, monkeypatch) -> None:
    status, out, _ = run(capsys, monkeypatch, "debrief", "progress")
    assert status == 0 and "no interviews logged yet" in out


@pytest.mark.parametrize("argv", [("debrief", "add"), ("advert", "-", "--save")])
def test_stdin_that_is_not_utf8_is_refused_in_words(capsys, monkeypatch, argv) -> None:
    # Latin-1 "café" on a pipe reached the database as a lone surrogate: a traceback.
    data = json.dumps({**DEBRIEF, "company": "Caf\u00e9"}).encode("latin-1")
    data = data.replace(b"\\u00e9", "\u00e9".encode("latin-1"))
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", stdin)
    status = main(list(argv))
    err = capsys.readouterr().err
    assert status == 2 and "standard input is not UTF-8 text" in err and "Traceback" not in err
    assert stored_interviews() == 0


def test_an_argument_that_is_not_utf8_is_refused_in_words(capsys, monkeypatch) -> None:
    # A Latin-1 terminal's "café" reaches Python as "caf\udce9": storing it was a traceback.
    interview_id = add(capsys, monkeypatch, DEBRIEF)["id"]
    argv = ("debrief", "update", str(interview_id), "--company", "caf\udce9")
    status, _, err = run(capsys, monkeypatch, *argv)
    assert status == 2 and "not UTF-8" in err and "caf\\xe9" in err
    assert list_interviews(HistoryStore.open())[0].company == "Acme"  # nothing changed


def test_plan_rejects_a_bad_date(capsys, monkeypatch) -> None:
    status, _, err = run(capsys, monkeypatch, "plan", "--json", "--before", "next week")
    assert status == 2 and "YYYY-MM-DD" in err


@pytest.mark.parametrize("kind", ["rejection-reply", "feedback-request", "thank-you"])
def test_debrief_draft_names_company_and_role(capsys, monkeypatch, kind) -> None:
    interview_id = add(capsys, monkeypatch, DEBRIEF)["id"]
    status, out, _ = run(capsys, monkeypatch, "debrief", "draft", str(interview_id), "--kind", kind)
    assert status == 0
    assert "Acme" in out and "Data analyst" in out
    assert not re.search(r"[\[\]{}<>]", out)


def test_a_rejection_reply_after_an_offer_comes_with_a_note(capsys, monkeypatch) -> None:
    interview_id = add(capsys, monkeypatch, {**DEBRIEF, "outcome": "offer"})["id"]
    argv = ("debrief", "draft", str(interview_id), "--kind", "rejection-reply")
    status, out, err = run(capsys, monkeypatch, *argv)
    assert status == 0 and "Acme" in out
    assert err.startswith("note: this draft is written for a rejection") and "'offer'" in err
    thanks = ("debrief", "draft", str(interview_id), "--kind", "thank-you")
    assert run(capsys, monkeypatch, *thanks)[2] == ""


def test_draft_of_a_missing_interview(capsys, monkeypatch) -> None:
    status, _, err = run(capsys, monkeypatch, "debrief", "draft", "42", "--kind", "thank-you")
    assert status == 2 and "no interview 42" in err


ADVERT = (
    "We are looking for a team player who can prioritise competing deadlines, "
    "resolve conflict calmly and build strong relationships with clients."
)


def test_advert_from_a_file_and_stdin(capsys, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_text(ADVERT, encoding="utf-8")
    status, out, _ = run(capsys, monkeypatch, "advert", str(path), "--json")
    assert status == 0
    found = {c["competency"]: c["phrases"] for c in json.loads(out)["competencies"]}
    assert found["teamwork"] == ["team player"]
    assert "conflict" in found["conflict"]
    assert set(found) >= {"teamwork", "time-management", "conflict", "customer-focus"}
    status, again, _ = run(capsys, monkeypatch, "advert", "-", "--json", stdin=ADVERT)
    assert status == 0 and json.loads(again) == json.loads(out)


@pytest.mark.parametrize("stdin", ["", "   \n"])
def test_an_empty_advert_is_refused(capsys, monkeypatch, stdin) -> None:
    status, _, err = run(capsys, monkeypatch, "advert", "-", "--json", stdin=stdin)
    assert status == 2 and "empty" in err


def test_a_missing_advert_file(capsys, monkeypatch, tmp_path: Path) -> None:
    status, _, err = run(capsys, monkeypatch, "advert", str(tmp_path / "nope.txt"))
    assert status == 2 and err.startswith("error: cannot read the advert")


def test_update_outcome_and_feedback(capsys, monkeypatch) -> None:
    interview_id = str(add(capsys, monkeypatch, {**DEBRIEF, "outcome": "waiting"})["id"])
    status, _, _ = run(capsys, monkeypatch, "debrief", "update", interview_id, "--outcome", "offer")
    assert status == 0
    status, out, _ = run(capsys, monkeypatch, "debrief", "show", interview_id, "--json")
    assert json.loads(out)["outcome"] == "offer"
    status, _, err = run(capsys, monkeypatch, "debrief", "update", interview_id, "--date", "soon")
    assert status == 2 and "YYYY-MM-DD" in err


def test_match_correction_and_practise_again(capsys, monkeypatch) -> None:
    document = add(capsys, monkeypatch, DEBRIEF)
    first = str(document["questions"][0]["id"])
    status, _, _ = run(
        capsys, monkeypatch, "debrief", "match", first, "--question", "beh-conflict-03"
    )
    assert status == 0
    status, _, err = run(capsys, monkeypatch, "debrief", "match", first, "--question", "nope-01")
    assert status == 2 and "no question has the id" in err
    answer = (
        "Last spring a colleague and I disagreed about a report deadline. I asked her for "
        "a short meeting, listened to her reasons and proposed splitting the work. We "
        "delivered two days early and she asked me to plan the next one with her."
    )
    status, out, err = run(
        capsys,
        monkeypatch,
        "debrief",
        "practise",
        first,
        "--answer-file",
        "-",
        "--json",
        stdin=answer,
    )
    assert status == 0, err
    attempt_id = json.loads(out)["attempt_id"]
    status, out, _ = run(capsys, monkeypatch, "debrief", "show", str(document["id"]), "--json")
    question = json.loads(out)["questions"][0]
    assert question["question_id"] == "beh-conflict-03"
    assert question["match_source"] == "user"
    assert question["attempt_ids"] == [attempt_id]
