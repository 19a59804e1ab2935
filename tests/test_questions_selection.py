"""Question selection (interview.questions): filters, no repeats, weak areas, seeds."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from interview.config import BUILTIN_BANKS_DIR
from interview.errors import QuestionBankError
from interview.models import COMPETENCIES, Question, QuestionKind
from interview.questions import (
    COMPETENCY_TRAINS,
    BankSet,
    Weights,
    filter_questions,
    get_question,
    load_bank_paths,
    select_questions,
    star_parts_trained,
    weight_of,
)

DRAWS = 200


@pytest.fixture(scope="module")
def bank() -> BankSet:
    return load_bank_paths([BUILTIN_BANKS_DIR]).require_valid()


def make(
    qid: str, *, kind: QuestionKind = "behavioral", competency: str = "teamwork", text: str = "Q?"
) -> Question:
    return Question(id=qid, text=text, kind=kind, competency=competency)


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        ({"kind": "hr"}, lambda q: q.kind == "hr"),
        ({"kind": ("hr", "situational")}, lambda q: q.kind in ("hr", "situational")),
        ({"competencies": "conflict"}, lambda q: q.competency == "conflict"),
        (
            {"competencies": ("conflict", "integrity")},
            lambda q: q.competency in ("conflict", "integrity"),
        ),
        ({"role": "teaching"}, lambda q: "teaching" in q.roles),
        ({"role": ("teaching", "general")}, lambda q: bool({"teaching", "general"} & set(q.roles))),
        ({"difficulty": 3}, lambda q: q.difficulty == 3),
        ({"difficulty": (1, 2)}, lambda q: q.difficulty in (1, 2)),
        (
            {"kind": "behavioral", "competencies": "leadership", "difficulty": 2},
            lambda q: (q.kind, q.competency, q.difficulty) == ("behavioral", "leadership", 2),
        ),
    ],
)
def test_filters(bank: BankSet, filters: dict[str, Any], check: Callable[[Question], bool]) -> None:
    expected = [q for q in bank.questions if check(q)]
    assert 0 < len(expected) < len(bank.questions)
    assert list(filter_questions(bank, **filters)) == expected
    chosen = select_questions(bank, count=len(expected) + 5, seed=1, **filters)
    assert sorted(q.id for q in chosen) == sorted(q.id for q in expected)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"kind": "behavioural"}, "kind 'behavioural' is not allowed"),
        ({"competencies": ("teamwork", "grit")}, "competency 'grit' is not allowed"),
        ({"role": "nursing"}, "role 'nursing' is not allowed; expected one of: general,"),
        ({"difficulty": 5}, "difficulty 5 is out of range; expected 1 to 3"),
    ],
)
def test_unknown_filter_values_are_refused(
    bank: BankSet, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(QuestionBankError, match=message):
        select_questions(bank, count=3, **filters)


def test_no_repeats_within_a_draw(bank: BankSet) -> None:
    chosen = select_questions(bank, count=len(bank.questions), seed=3)
    assert len({q.id for q in chosen}) == len(bank.questions)


def test_session_never_repeats_until_the_pool_is_used_up(bank: BankSet) -> None:
    pool = filter_questions(bank, competencies="integrity")
    asked: list[str] = []
    for turn in range(len(pool)):
        (question,) = select_questions(
            bank, count=1, competencies="integrity", exclude_ids=asked, seed=turn
        )
        assert question.id not in asked
        asked.append(question.id)
    assert select_questions(bank, count=1, competencies="integrity", exclude_ids=asked) == ()


@pytest.mark.parametrize("count", [0, 1, 5])
def test_count_is_respected(bank: BankSet, count: int) -> None:
    assert len(select_questions(bank, count=count, seed=9)) == count


def test_negative_count_is_refused(bank: BankSet) -> None:
    with pytest.raises(QuestionBankError, match="count -1 is negative"):
        select_questions(bank, count=-1)


@pytest.mark.parametrize("weights", [None, Weights(competency={"conflict": 1.0})])
def test_same_seed_same_questions(bank: BankSet, weights: Weights | None) -> None:
    first = select_questions(bank, count=8, seed=42, weights=weights)
    shuffled = list(bank.questions)
    random.Random(0).shuffle(shuffled)
    assert select_questions(shuffled, count=8, seed=42, weights=weights) == first
    others = {select_questions(bank, count=8, seed=s, weights=weights) for s in range(5)}
    assert len(others) > 1


def _share(bank: BankSet, weights: Weights | None, matches: Callable[[Question], bool]) -> float:
    picks = [select_questions(bank, count=1, seed=s, weights=weights)[0] for s in range(DRAWS)]
    return sum(bool(matches(q)) for q in picks) / DRAWS


def test_weak_competency_is_asked_much_more_often(bank: BankSet) -> None:
    weak = Weights(competency={"conflict": 1.0})
    plain = _share(bank, None, lambda q: q.competency == "conflict")
    weighted = _share(bank, weak, lambda q: q.competency == "conflict")
    assert plain < 0.15
    assert 0.55 < weighted < 0.9  # preferred, yet other topics still come up


def test_weak_star_part_prefers_questions_training_it(bank: BankSet) -> None:
    weak = Weights(star_part={"result": 1.0})
    trains = lambda q: "result" in star_parts_trained(q)  # noqa: E731
    plain = _share(bank, None, trains)
    weighted = _share(bank, weak, trains)
    assert weighted > plain + 0.25


def test_session_mixes_weak_and_other_areas(bank: BankSet) -> None:
    weak = Weights(competency={"time-management": 2.0})
    chosen = select_questions(bank, count=10, seed=5, weights=weak)
    hits = sum(q.competency == "time-management" for q in chosen)
    assert hits == 7  # 70% of ten, exactly: the other three are drawn evenly


def test_higher_weight_wins_more_picks(bank: BankSet) -> None:
    weak = Weights(competency={"conflict": 3.0, "integrity": 1.0})
    counts: Counter[str] = Counter()
    for seed in range(DRAWS):
        counts.update(
            q.competency for q in select_questions(bank, count=1, seed=seed, weights=weak)
        )
    assert counts["conflict"] > 1.5 * counts["integrity"] > 0


def test_equal_need_gives_equal_practice_whatever_the_bank_sizes() -> None:
    pool = [make(f"t{n}", competency="teamwork") for n in range(30)]
    pool += [make(f"c{n}", competency="conflict") for n in range(5)]
    need = Weights(competency={"teamwork": 0.5, "conflict": 0.5})
    counts = Counter(
        q.competency
        for seed in range(DRAWS)
        for q in select_questions(pool, count=1, seed=seed, weights=need, weighted_share=1.0)
    )
    assert 0.4 < counts["conflict"] / DRAWS < 0.6  # not 5/35 of the picks


def test_full_weighted_share(bank: BankSet) -> None:
    weak = Weights(competency={"integrity": 1.0})
    chosen = select_questions(bank, count=6, seed=2, weights=weak, weighted_share=1.0)
    assert {q.competency for q in chosen} == {"integrity"}


@pytest.mark.parametrize("bad", [-1.0, math.nan, math.inf, 0.0])
def test_unusable_weights_count_as_zero(bad: float) -> None:
    question = make("q")
    assert weight_of(question, Weights(competency={"teamwork": bad})) == 0.0


def test_zero_weights_fall_back_to_plain_draw(bank: BankSet) -> None:
    zero = Weights(competency={c: 0.0 for c in COMPETENCIES})
    assert select_questions(bank, count=5, seed=8, weights=zero) == select_questions(
        bank, count=5, seed=8
    )


def test_weight_combines_competency_and_star_parts() -> None:
    question = make("q", competency="leadership")  # trains action and result
    weights = Weights(competency={"leadership": 0.5}, star_part={"action": 1.0, "result": 0.0})
    assert weight_of(question, weights) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("kind", "competency", "text", "parts"),
    [
        ("hr", "communication", "What was the result?", ()),
        ("behavioral", "teamwork", "Tell me about a team.", ("action",)),
        ("behavioral", "failure-and-learning", "Tell me about a failure.", ("result",)),
        ("behavioral", "conflict", "A disagreement?", ("situation", "action")),
        ("behavioral", "teamwork", "What was the outcome?", ("action", "result")),
        ("behavioral", "initiative", "What impact did it have?", ("task", "action", "result")),
        ("behavioral", "teamwork", "What did you learn?", ("action", "result")),
        ("situational", "failure-and-learning", "What would you do?", ("action", "result")),
        ("situational", "integrity", "What would you do?", ("situation", "action")),
    ],
)
def test_star_parts_trained(
    kind: QuestionKind, competency: str, text: str, parts: tuple[str, ...]
) -> None:
    assert star_parts_trained(make("q", kind=kind, competency=competency, text=text)) == parts


def test_every_competency_trains_something() -> None:
    assert set(COMPETENCY_TRAINS) == set(COMPETENCIES)
    assert all(COMPETENCY_TRAINS[c] for c in COMPETENCIES)


def test_get_question(bank: BankSet) -> None:
    assert get_question(bank, "hr-weakness").text == "What is a weakness you are working on?"
    assert get_question(list(bank.questions), "swe-01").roles == ("software-engineering",)


def test_unknown_id_suggests_close_matches(bank: BankSet) -> None:
    with pytest.raises(QuestionBankError, match="did you mean: hr-weakness"):
        get_question(bank, "hr-weaknes")
    with pytest.raises(QuestionBankError, match="no question has the id 'zzz' "):
        get_question(bank, "zzz")
