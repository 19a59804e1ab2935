"""Choosing which questions to ask: filters, no repeats, and more practice where it is needed.

Selection is pure: the same questions, options and seed give the same questions in the same
order, so tests and the practice session can rely on it. In "weak areas" mode the history's
`Weights` (per competency and per STAR part, higher = weaker) steer about 70% of the picks
towards questions that train those areas; the rest are drawn evenly from everything else
that matches, so a session never turns into one topic drilled over and over.

Which STAR parts a question trains is decided here, explicitly, from its competency (table
below) and its wording: a question that asks about the result, outcome or what was learned
trains "result"; a situational question always trains "action" (what would you do). HR
questions train no STAR part; they are steered by competency weight only.

Loading and validation live in `interview.questions.banks`, CSV imports in
`interview.questions.csv_import`, writing in `interview.questions.writer`.
"""

from __future__ import annotations

import difflib
import math
import random
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from interview.errors import QuestionBankError
from interview.models import COMPETENCIES, QUESTION_KINDS, STAR_PARTS, Question, StarPart
from interview.questions.banks import BankSet
from interview.questions.schema import DIFFICULTY, ROLES, FieldError, choice

WEIGHTED_SHARE = 0.7

# The STAR parts a good answer to each competency's questions has to develop.
COMPETENCY_TRAINS: Mapping[str, tuple[StarPart, ...]] = {
    "teamwork": ("action",),  # what *you* did, not what "we" did
    "leadership": ("action", "result"),
    "conflict": ("situation", "action"),  # the tension must be clear before the fix
    "failure-and-learning": ("result",),  # what came of it and what changed after
    "initiative": ("task", "action"),  # spotting the job nobody gave you
    "adaptability": ("situation", "action"),
    "communication": ("action",),
    "time-management": ("task", "action"),  # choosing what mattered, then doing it
    "integrity": ("situation", "action"),
    "problem-solving": ("action", "result"),
    "customer-focus": ("action", "result"),
    "learning-agility": ("task", "result"),
}
_RESULT_CUES = re.compile(
    r"\b(results?|outcomes?|impact|measured?|difference|learn(?:ed|t)?|what happened)\b",
    re.IGNORECASE,
)

Filter = str | Collection[str] | None


@dataclass(frozen=True)
class Weights:
    """How much practice each area needs (0 = none; larger = weaker), from the history.

    Attributes:
        competency: weight per competency name; missing names count as 0.
        star_part: weight per STAR part ("situation", "task", "action", "result").
    """

    competency: Mapping[str, float] = field(default_factory=dict)
    star_part: Mapping[str, float] = field(default_factory=dict)


def star_parts_trained(question: Question) -> tuple[StarPart, ...]:
    """The STAR parts answering `question` makes someone practise, in STAR order."""
    if question.kind == "hr":
        return ()
    parts = set(COMPETENCY_TRAINS.get(question.competency, ()))
    if question.kind == "situational":
        parts.add("action")
    if _RESULT_CUES.search(question.text):
        parts.add("result")
    return tuple(part for part in STAR_PARTS if part in parts)


def _usable(value: float) -> float:
    return value if math.isfinite(value) and value > 0 else 0.0


def weight_of(question: Question, weights: Weights) -> float:
    """Competency weight plus the mean weight of the STAR parts the question trains."""
    score = _usable(weights.competency.get(question.competency, 0.0))
    parts = star_parts_trained(question)
    if parts:
        score += sum(_usable(weights.star_part.get(p, 0.0)) for p in parts) / len(parts)
    return score


def _names(name: str, value: Filter, allowed: tuple[str, ...]) -> frozenset[str] | None:
    if value is None:
        return None
    items = (value,) if isinstance(value, str) else tuple(value)
    if not items:
        return None
    try:
        return frozenset(choice(name, item, allowed) for item in items)
    except FieldError as exc:
        raise QuestionBankError(str(exc)) from None


def _difficulties(value: int | Collection[int] | None) -> frozenset[int] | None:
    if value is None:
        return None
    levels = frozenset((value,) if isinstance(value, int) else value)
    low, high = DIFFICULTY
    bad = sorted(level for level in levels if not low <= level <= high)
    if bad:
        raise QuestionBankError(f"difficulty {bad[0]} is out of range; expected {low} to {high}")
    return levels or None


def _questions(source: BankSet | Iterable[Question]) -> tuple[Question, ...]:
    return source.questions if isinstance(source, BankSet) else tuple(source)


def filter_questions(
    questions: BankSet | Iterable[Question],
    *,
    kind: Filter = None,
    competencies: Filter = (),
    role: Filter = None,
    difficulty: int | Collection[int] | None = None,
    exclude_ids: Collection[str] = (),
) -> tuple[Question, ...]:
    """The questions matching every filter given, in their original order.

    Each filter takes one value or several (any of them matches). `role` matches questions
    listing that role; pass ("teaching", "general") to include general questions too.
    Unknown filter values raise QuestionBankError listing what is allowed.
    """
    kinds = _names("kind", kind, QUESTION_KINDS)
    wanted = _names("competency", competencies, COMPETENCIES)
    roles = _names("role", role, ROLES)
    levels = _difficulties(difficulty)
    excluded = frozenset(exclude_ids)
    return tuple(
        q
        for q in _questions(questions)
        if q.id not in excluded
        and (kinds is None or q.kind in kinds)
        and (wanted is None or q.competency in wanted)
        and (roles is None or not roles.isdisjoint(q.roles))
        and (levels is None or q.difficulty in levels)
    )


def _weighted_sample(
    rng: random.Random, scored: list[tuple[Question, float]], count: int
) -> list[Question]:
    """Draw without replacement, each pick proportional to its weight (all weights > 0)."""
    pool = list(scored)
    chosen: list[Question] = []
    while pool and len(chosen) < count:
        target = rng.random() * sum(weight for _, weight in pool)
        index, running = len(pool) - 1, 0.0
        for i, (_, weight) in enumerate(pool):
            running += weight
            if target < running:
                index = i
                break
        chosen.append(pool.pop(index)[0])
    return chosen


def _scored(pool: list[Question], weights: Weights) -> list[tuple[Question, float]]:
    """Each question's weight shared among its competency's questions in the pool.

    Without the sharing, a competency with twice as many questions in the banks would be
    asked twice as often at the same need: the picks would follow the banks, not the user.
    """
    sizes = Counter(q.competency for q in pool)
    scored = [(q, weight_of(q, weights) / sizes[q.competency]) for q in pool]
    return [(q, w) for q, w in scored if w > 0]


def select_questions(
    questions: BankSet | Iterable[Question],
    *,
    count: int,
    kind: Filter = None,
    competencies: Filter = (),
    role: Filter = None,
    difficulty: int | Collection[int] | None = None,
    exclude_ids: Collection[str] = (),
    weights: Weights | None = None,
    seed: int | None = None,
    weighted_share: float = WEIGHTED_SHARE,
) -> tuple[Question, ...]:
    """Up to `count` different matching questions, in a seeded random order.

    Fewer come back when fewer match (none when nothing does). Pass the ids already asked in
    this session as `exclude_ids` to avoid repeats. With `weights`, about `weighted_share`
    of the picks (rounded at random, so one-question draws mix too) favour questions in
    proportion to `weight_of`, shared within each competency (see `_scored`); the rest are
    drawn evenly from the remaining matches.
    """
    _check_draw(count, weighted_share)
    rng = random.Random(seed)
    pool = sorted(
        filter_questions(
            questions,
            kind=kind,
            competencies=competencies,
            role=role,
            difficulty=difficulty,
            exclude_ids=exclude_ids,
        ),
        key=lambda q: q.id,
    )
    scored = _scored(pool, weights) if weights is not None else []
    if not scored:
        rng.shuffle(pool)
        return tuple(pool[:count])
    return _weighted_draw(rng, pool, scored, count, weighted_share)


def _check_draw(count: int, weighted_share: float) -> None:
    if count < 0:
        raise QuestionBankError(f"count {count} is negative; expected 0 or more questions")
    if not 0.0 <= weighted_share <= 1.0:
        raise QuestionBankError(f"weighted_share {weighted_share} is not between 0 and 1")


def _weighted_draw(
    rng: random.Random,
    pool: list[Question],
    scored: list[tuple[Question, float]],
    count: int,
    weighted_share: float,
) -> tuple[Question, ...]:
    """About `weighted_share` of `count` picks by weight, the rest evenly from the others."""
    wanted = min(count, int(count * weighted_share + rng.random()))
    chosen = _weighted_sample(rng, scored, wanted)
    taken = {q.id for q in chosen}
    rest = [q for q in pool if q.id not in taken]
    chosen += rng.sample(rest, min(count - len(chosen), len(rest)))
    rng.shuffle(chosen)
    return tuple(chosen)


def get_question(questions: BankSet | Iterable[Question], question_id: str) -> Question:
    """The question with this id, or QuestionBankError suggesting close ids."""
    by_id = {q.id: q for q in _questions(questions)}
    if question_id in by_id:
        return by_id[question_id]
    close = difflib.get_close_matches(question_id, list(by_id), n=3, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise QuestionBankError(
        f"no question has the id {question_id!r}{hint} (`interview questions list` shows every id)"
    )


def key_points_of(
    questions: BankSet | Iterable[Question], question_id: str, text: str
) -> tuple[str, ...]:
    """The key points of the question `question_id` as it was asked (`text`): () when no
    question has that id (a custom question deleted since) or it has been reworded since."""
    for question in _questions(questions):
        if question.id == question_id:
            return question.key_points if question.text == text else ()
    return ()
