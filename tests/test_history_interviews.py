"""Storing interviews: edits, links to practice, export and import, delete everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.errors import DebriefError, HistoryError
from interview.history import interviews as storage
from interview.history.export import export_json, import_json, read_export
from interview.history.store import HistoryStore
from interview.interviews import debrief
from interview.interviews.service import (
    current_plan,
    current_timeline,
    next_interview,
    save_advert,
    set_next_interview,
)
from interview.models import Question

BANK = (
    Question(
        "beh-conflict-01",
        "Tell me about a time you disagreed with a colleague.",
        "behavioral",
        "conflict",
    ),
    Question(
        "beh-conflict-02",
        "Describe a conflict in your team you helped settle.",
        "behavioral",
        "conflict",
    ),
    Question(
        "beh-team-01", "Tell me about a team goal you reached together.", "behavioral", "teamwork"
    ),
)
DEBRIEF = {
    "company": "Acme",
    "role": "Data analyst",
    "date": "2026-11-20",
    "outcome": "waiting",
    "questions": [
        {"text": "A time I disagreed with a colleague", "rating": 2, "notes": "froze"},
        {"text": "Our favourite biscuits", "rating": 4},
    ],
}
ANSWER = (
    "Last year a colleague and I disagreed about a release date. I set up a meeting, "
    "listened to her concerns and proposed a staged release. We shipped on time and the "
    "number of support tickets fell by 30 percent."
)


def test_debrief_is_stored_matched_and_editable(store: HistoryStore) -> None:
    interview = debrief.record_debrief(store, BANK, DEBRIEF)
    first, second = interview.questions
    assert (first.question_id, first.competency, first.match_source) == (
        "beh-conflict-01",
        "conflict",
        "auto",
    )
    assert second.question_id is None
    storage.update_interview(
        store, interview.id, outcome="rejected", feedback="More examples, please."
    )
    debrief.choose_competency(store, second.id, "teamwork")
    again = storage.get_interview(store, interview.id)
    assert (again.outcome, again.feedback) == ("rejected", "More examples, please.")
    assert (again.questions[1].competency, again.questions[1].match_source) == ("teamwork", "user")
    with pytest.raises(DebriefError, match="unknown"):
        debrief.choose_competency(store, second.id, "juggling")
    with pytest.raises(DebriefError, match="cannot change"):
        storage.update_interview(store, interview.id, uid="x")


def test_save_as_custom_question(store: HistoryStore) -> None:
    from interview.config import Settings
    from interview.questions import load_banks

    interview = debrief.record_debrief(store, BANK, DEBRIEF)
    settings = Settings.from_env()
    saved = debrief.save_as_custom(store, settings, interview.questions[1].id, "teamwork")
    assert saved.id in {q.id for q in load_banks(settings).questions}
    stored = storage.get_interview(store, interview.id).questions[1]
    assert (stored.question_id, stored.match_source) == (saved.id, "custom")


def test_practise_again_links_the_attempt(store: HistoryStore) -> None:
    interview = debrief.record_debrief(store, BANK, DEBRIEF)
    outcome = debrief.practise_again(store, BANK, interview.questions[0].id, answer_text=ANSWER)
    assert outcome.ok and outcome.attempt.question_id == "beh-conflict-01"
    unmatched = debrief.practise_again(store, BANK, interview.questions[1].id, answer_text=ANSWER)
    assert unmatched.attempt.question_text == "Our favourite biscuits"
    stored = storage.get_interview(store, interview.id)
    assert stored.questions[0].attempt_ids == (outcome.attempt.id,)
    store.delete_attempt(outcome.attempt.id)
    assert storage.get_interview(store, interview.id).questions[0].attempt_ids == ()
    (entry,) = current_timeline(store)
    assert entry.changes[0].competency == "conflict"


def test_export_import_round_trip(store: HistoryStore, tmp_path: Path, monkeypatch) -> None:
    interview = debrief.record_debrief(store, BANK, DEBRIEF)
    debrief.practise_again(store, BANK, interview.questions[0].id, answer_text=ANSWER)
    path = tmp_path / "export.json"
    export_json(store, path)
    document = read_export(path)
    assert document["interviews"][0]["company"] == "Acme"
    assert len(document["interviews"][0]["questions"][0]["attempt_uids"]) == 1

    monkeypatch.setenv("INTERVIEW_HOME", str(tmp_path / "other"))
    other = HistoryStore.open()
    try:
        first = import_json(other, path)
        again = import_json(other, path)
        (copied,) = storage.list_interviews(other)
    finally:
        other.close()
    assert (first.interviews_added, again.interviews_added) == (1, 0)
    assert copied.company == "Acme" and len(copied.questions) == 2
    assert len(copied.questions[0].attempt_ids) == 1


def test_import_refuses_bad_interviews(store: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    export_json(store, path)
    document = json.loads(path.read_text())
    document["interviews"] = [
        {
            "uid": "x",
            "company": "Acme",
            "role": "R",
            "date": "2026-11-20",
            "outcome": "waiting",
            "questions": [{"uid": "y", "text": "Why?", "rating": 7}],
        }
    ]
    path.write_text(json.dumps(document))
    with pytest.raises(HistoryError, match=r"interviews\[0\].*rating"):
        import_json(store, path)
    assert storage.list_interviews(store) == ()


def test_delete_all_removes_interviews_and_their_settings(store: HistoryStore) -> None:
    debrief.record_debrief(store, BANK, DEBRIEF)
    save_advert(store, "We need a team player.")
    set_next_interview(store, "2026-12-24")
    store.delete_all()
    assert storage.list_interviews(store) == ()
    assert next_interview(store) is None
    assert current_plan(store, BANK).focus == ()


def test_missing_records(store: HistoryStore) -> None:
    with pytest.raises(DebriefError, match="no interview 9"):
        storage.get_interview(store, 9)
    with pytest.raises(DebriefError, match="no debriefed question 9"):
        debrief.practise_again(store, BANK, 9, answer_text=ANSWER)


def test_questions_can_be_added_later(store: HistoryStore) -> None:
    logged = debrief.log_interview(store, {**DEBRIEF, "questions": []})
    assert logged.questions == () and logged.mean_rating is None
    item = {"text": "A conflict in my team", "rating": 1}
    added = debrief.add_debriefed(store, BANK, logged.id, [item])
    assert [q.question_id for q in added.questions] == ["beh-conflict-02"]
    with pytest.raises(DebriefError, match="at least one"):
        debrief.add_debriefed(store, BANK, logged.id, [])


def test_weak_area_practice_follows_the_plan(store: HistoryStore) -> None:
    from interview.interviews.service import practice_weights
    from interview.questions import Weights

    history = Weights(competency={"teamwork": 0.4}, star_part={"result": 0.5})
    assert practice_weights(store, BANK, history) == history  # no debrief, no change
    debrief.record_debrief(store, BANK, DEBRIEF)
    weights = practice_weights(store, BANK, history)
    assert weights.competency == {"teamwork": 0.4, "conflict": 1.0}
    assert weights.star_part == {"result": 0.5}
