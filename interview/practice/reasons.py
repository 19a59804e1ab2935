"""Why each question of a "focus on my weak areas" session was picked, in words.

The weighted draw favoured weak competencies and STAR parts, but a user only saw the
questions: "why conflict, when my trouble is saying 'we'?" stayed unanswered. Each
question gets one short line naming the weak area it trains (the practice plan's reason
for its competency, a STAR part most recent answers leave out, the habit of saying "we"
for one's own steps, a competency not practised yet), or saying plainly that it is there
for variety (about a third of a weak-area session is drawn evenly, on purpose).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview.models import Question
from interview.practice.wording import name_of
from interview.questions.selection import star_parts_trained

if TYPE_CHECKING:
    from interview.history.store import HistoryStore

# A STAR part is named as a reason when at least this share of recent answers lacks it.
MISSING_SHARE = 0.5
VARIETY = "for variety: outside your weak areas, so practice does not narrow to one topic"


@dataclass(frozen=True)
class WeakSpots:
    """What the history and the plan say needs practice.

    Attributes:
        plan: the plan's reason per focus competency.
        star_missing: share of recent STAR answers missing each part.
        practised: competencies with at least one answer.
        says_we: most recent actions are told with "we" rather than "I".
    """

    plan: Mapping[str, str]
    star_missing: Mapping[str, float]
    practised: frozenset[str]
    says_we: bool = False


def pick_reason(question: Question, spots: WeakSpots) -> str:
    """One line: which weak area this question trains, or that it is there for variety."""
    reasons: list[str] = []
    if question.competency in spots.plan:
        reasons.append(spots.plan[question.competency].rstrip("."))
    elif question.competency not in spots.practised:
        reasons.append(f"{name_of(question.competency)} is not practised yet")
    trained = star_parts_trained(question)
    for part in trained:
        share = spots.star_missing.get(part, 0.0)
        if share >= MISSING_SHARE:
            reasons.append(
                f"it trains the {part.title()} part, missing from {share:.0%} of your "
                "recent answers"
            )
    if not reasons and spots.says_we and "action" in trained:
        # Only when nothing else applies: on every line it would drown the other reasons.
        reasons.append("a chance to say 'I' for your own steps (most recent ones used 'we')")
    text = "; ".join(reasons) if reasons else VARIETY
    return text[:1].upper() + text[1:]


def pick_reasons(questions: Sequence[Question], spots: WeakSpots) -> tuple[str, ...]:
    return tuple(pick_reason(q, spots) for q in questions)


def why_lines(
    store: HistoryStore, bank: Sequence[Question], questions: Sequence[Question]
) -> list[str]:
    """The lines a front end prints at the start of a weak-area session."""
    reasons = pick_reasons(questions, weak_spots(store, bank))
    return ["Why these questions:", *(f"  {n}. {r}" for n, r in enumerate(reasons, 1))]


def weak_spots(store: HistoryStore, bank: Sequence[Question]) -> WeakSpots:
    """The weak spots from the stored history and the current practice plan."""
    # pandas behind both: loaded only when a weak-area session starts.
    from interview.history.progress import progress_summary  # noqa: PLC0415
    from interview.history.trends import MIN_POINTS  # noqa: PLC0415
    from interview.interviews.service import current_plan  # noqa: PLC0415

    summary = progress_summary(store)
    ownership = next((a for a in summary.areas if a.area == "ownership"), None)
    return WeakSpots(
        plan={f.competency: f.why for f in current_plan(store, bank).focus},
        star_missing=dict(summary.star_missing),
        practised=frozenset(c.competency for c in summary.per_competency if c.analysed),
        says_we=ownership is not None
        and ownership.attempts >= MIN_POINTS
        and ownership.value < MISSING_SHARE,
    )
