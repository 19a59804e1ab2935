"""Each question of a weak-area session comes with the weak area it trains, in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from interview.history.export import import_document
from interview.history.store import HistoryStore
from interview.models import Question
from interview.practice.reasons import VARIETY, WeakSpots, pick_reason, weak_spots, why_lines

LEAD = Question(
    id="l1", text="Tell me about a team you led.", kind="behavioral", competency="leadership"
)
PLAN = Question(
    id="t1", text="Tell me about a long plan.", kind="behavioral", competency="time-management"
)
TALK = Question(
    id="c1", text="Tell me about a hard talk.", kind="behavioral", competency="communication"
)
HR = Question(id="h1", text="Why this job?", kind="hr", competency="communication")
SPOTS = WeakSpots(
    plan={"leadership": "You rated a question on leadership 2 in the Crumb interview."},
    star_missing={"task": 0.95, "result": 0.1},
    practised=frozenset({"time-management", "communication"}),
    says_we=True,
)


def test_a_plan_competency_gives_the_plan_reason() -> None:
    assert pick_reason(LEAD, SPOTS) == "You rated a question on leadership 2 in the Crumb interview"


def test_a_missing_star_part_is_named_with_its_share() -> None:
    assert (
        pick_reason(PLAN, SPOTS)
        == "It trains the Task part, missing from 95% of your recent answers"
    )


def test_saying_we_is_the_reason_only_when_nothing_else_applies() -> None:
    assert pick_reason(TALK, SPOTS).startswith("A chance to say 'I' for your own steps")
    assert "say 'I'" not in pick_reason(PLAN, SPOTS)


def test_an_unpractised_competency_and_variety() -> None:
    fresh = WeakSpots(plan={}, star_missing={}, practised=frozenset())
    assert pick_reason(TALK, fresh) == "Communication is not practised yet"
    assert pick_reason(HR, SPOTS) == VARIETY[:1].upper() + VARIETY[1:]


def test_reasons_from_a_stored_history_of_we_answers(store: HistoryStore) -> None:
    now = datetime.now(UTC)
    analysis = {
        "score": 60,
        "star": {
            "applies": True,
            "score": 60,
            **{
                part: {"present": part != "task"}
                for part in ("situation", "task", "action", "result")
            },
        },
        "specificity": {"score": 60, "ownership": {"share": 0.0}},
        "length": {"seconds": 30.0, "verdict": "too_short"},
    }
    attempts = [
        {
            "uid": f"w{n}",
            "question_id": "c9",
            "question_text": "Tell me about a hard talk.",
            "kind": "behavioral",
            "competency": "communication",
            "status": "analysed",
            "created_at": (now - timedelta(days=10 - n)).isoformat(),
            "answer_text": "We talked it through and we agreed a plan.",
            "analysis": analysis,
        }
        for n in range(5)
    ]
    import_document(store, {"sessions": [], "attempts": attempts})
    lines = why_lines(store, [TALK, PLAN], [TALK, PLAN])
    assert lines[0] == "Why these questions:"
    assert "Task part, missing from 100%" in lines[2]
    assert "Action" not in "".join(lines)  # every answer had its actions
    spots = weak_spots(store, [TALK])
    assert spots.says_we and spots.practised == {"communication"}
