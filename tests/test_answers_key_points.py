"""The bank question's key points reach the relevance check from every front end.

`analyse()` can judge an answer against the question's key points, but only if the answer
service hands them on: from the Question at hand (`record_attempt`, `interview practice
--question`) or looked up by the attempt's question id (the practice session, the pages,
`interview history reanalyse`). A story about something else, answered to a bank question
with key points, must be flagged more surely than the same story judged on the question alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.analysis import Analysis, analyse
from interview.answers import analyse_attempt, record_attempt
from interview.cli import main
from interview.config import Settings
from interview.history.store import HistoryStore
from interview.practice import PracticeOptions, PracticeSession
from interview.questions import key_points_of, load_banks

BANK = """
[[questions]]
id = "kp-conflict-01"
text = "Tell me about a time you disagreed with a colleague. How did you resolve it?"
kind = "behavioral"
competency = "conflict"
key_points = [
    "Describes the other view fairly",
    "Talked it through directly and calmly",
    "Focused on the shared goal, not winning",
    "A resolution and a good relationship afterwards",
]
"""
QUESTION_TEXT = "Tell me about a time you disagreed with a colleague. How did you resolve it?"
# A real, specific story, about running a stock count: nothing to do with a disagreement.
ELSEWHERE = (
    "In March I took over the stock count at our garden centre. The count used paper sheets "
    "and took three days every quarter. I moved it to handheld scanners, trained four staff "
    "on them and ran a trial count on one aisle first. The next count took one day, and the "
    "errors in it fell from 40 to 6."
)


@pytest.fixture(autouse=True)
def my_bank() -> Iterator[None]:
    folder = Settings.from_env().user_banks_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "key-points.toml").write_text(BANK)
    yield


def _question_alone() -> Analysis:
    """The story judged on the question and competency only (no key points)."""
    return analyse(ELSEWHERE, question=QUESTION_TEXT, competency="conflict")


def _assert_flagged_with_key_points(data: dict[str, object]) -> None:
    relevance = data["relevance"]
    assert isinstance(relevance, dict)
    alone = _question_alone().relevance
    assert relevance["verdict"] in {"off_topic", "unclear"}
    assert relevance["doubtful"] or relevance["verdict"] == "off_topic"
    assert relevance["confidence"] > alone.confidence > 0
    assert data["score_cap"] is not None
    assert data["score"] < _question_alone().score


def test_the_practice_session_judges_against_the_key_points(store: HistoryStore) -> None:
    banks = load_banks(Settings.from_env())
    options = PracticeOptions(count=1, question_ids=("kp-conflict-01",))
    session = PracticeSession.start(store, banks, options)
    session.ready()
    outcome = session.submit_text(ELSEWHERE)
    assert outcome.analysis is not None
    _assert_flagged_with_key_points(outcome.analysis.to_dict())
    assert outcome.analysis.tips[0].area == "relevance"


def test_reanalysing_looks_the_key_points_up_by_question_id(store: HistoryStore) -> None:
    question = next(q for q in load_banks(Settings.from_env()).questions if q.id.startswith("kp-"))
    first = record_attempt(store, question, answer_text=ELSEWHERE)
    assert first.analysis is not None
    again = analyse_attempt(store, first.attempt.id, questions=(question,))
    assert again.analysis is not None
    assert again.analysis.relevance == first.analysis.relevance
    _assert_flagged_with_key_points(again.analysis.to_dict())
    # Without the banks (or once the question is gone) it is judged on the question alone.
    alone = analyse_attempt(store, first.attempt.id)
    assert alone.analysis is not None
    assert alone.analysis.relevance.confidence == _question_alone().relevance.confidence


def test_a_reworded_or_unknown_question_gives_no_key_points() -> None:
    questions = load_banks(Settings.from_env()).questions
    assert key_points_of(questions, "kp-conflict-01", QUESTION_TEXT)
    assert key_points_of(questions, "kp-conflict-01", "Tell me about a disagreement.") == ()
    assert key_points_of(questions, "deleted-question", QUESTION_TEXT) == ()


def test_the_cli_practice_and_reanalyse_judge_against_the_key_points(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ELSEWHERE)
    status = main(
        ["practice", "--question", "kp-conflict-01", "--answer-file", str(answer), "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert status == 0
    _assert_flagged_with_key_points(data)
    status = main(["history", "reanalyse", str(data["attempt_id"]), "--json"])
    again = json.loads(capsys.readouterr().out)
    assert status == 0
    _assert_flagged_with_key_points(again)
    assert again["relevance"] == data["relevance"]
