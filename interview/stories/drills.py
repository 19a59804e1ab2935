"""Follow-up drills: answer the interviewer's next question as an attempt linked to the first.

The follow-up answer goes through the answer service like any other (saved first, then
transcribed and analysed), as an attempt at a question built from the follow-up: same kind
and competency as the first question, id `<question id>:follow-up`. It is then judged on
what it was asked (`judging`), and the link with that judgement is stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Unpack

from interview.answers import (
    AnswerFields,
    AttemptOutcome,
    TranscriberSource,
    analysis_of,
    record_attempt,
)
from interview.errors import HistoryError
from interview.history.store import HistoryStore
from interview.history.stories import FOLLOW_UP_SUFFIX, StoryStore
from interview.models import Question
from interview.stories.follow_ups import FollowUp, Judgement, choose_follow_up
from interview.stories.judging import judge_follow_up

logger = logging.getLogger(__name__)
FOLLOW_UP_SECONDS = 60


@dataclass(frozen=True)
class FollowUpOutcome:
    """A follow-up answer: the saved attempt, what it was asked, and how it was judged."""

    outcome: AttemptOutcome
    parent_id: int
    follow_up: FollowUp
    judgement: Judgement | None

    def to_dict(self) -> dict[str, Any]:
        data = self.outcome.to_dict()
        data["follow_up_of"] = self.parent_id
        data["asked"] = self.follow_up.to_dict()
        data["judgement"] = None if self.judgement is None else self.judgement.to_dict()
        return data


def follow_up_for(store: HistoryStore, attempt_id: int, question: Question | None) -> FollowUp:
    """The follow-up to a stored, analysed behavioral attempt; HistoryError if there is none."""
    attempt = store.get_attempt(attempt_id)
    analysis = analysis_of(attempt)
    if analysis is None:
        raise HistoryError(f"attempt {attempt_id} is not analysed yet, so it has no follow-up")
    chosen = choose_follow_up(question, analysis)
    if chosen is None:
        raise HistoryError(
            f"attempt {attempt_id} gets no follow-up: follow-ups are for behavioral answers"
        )
    return chosen


def follow_up_question(parent: Question, follow_up: FollowUp) -> Question:
    return Question(
        id=f"{parent.id}{FOLLOW_UP_SUFFIX}",
        text=follow_up.question,
        kind=parent.kind,
        competency=parent.competency,
        answer_seconds=FOLLOW_UP_SECONDS,
        source=parent.source,
    )


def answer_follow_up(
    store: HistoryStore,
    parent_id: int,
    question: Question,
    *,
    transcriber: TranscriberSource | None = None,
    **answer: Unpack[AnswerFields],
) -> FollowUpOutcome:
    """Save and analyse the follow-up answer to attempt `parent_id`, judge it, link it.

    `question` is the parent's bank question (for its listed follow-ups and competency).
    """
    follow_up = follow_up_for(store, parent_id, question)
    outcome = record_attempt(
        store, follow_up_question(question, follow_up), transcriber=transcriber, **answer
    )
    judgement = None
    if outcome.analysis is not None:
        judgement = judge_follow_up(follow_up.focus, outcome.analysis)
    StoryStore(store).link_follow_up(
        outcome.attempt.id,
        parent_id,
        reason=follow_up.focus,
        question=follow_up.question,
        judgement=None if judgement is None else judgement.to_dict(),
    )
    logger.info("attempt %s answers the follow-up to %s", outcome.attempt.id, parent_id)
    return FollowUpOutcome(outcome, parent_id, follow_up, judgement)
