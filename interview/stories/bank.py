"""The story bank service: check a story, suggest its competencies, store it, give feedback.

The CLI and the Stories page both come through here, so a story written from scratch and
one saved from an attempt are checked, tagged and judged the same way. Nothing is stored
until the whole story has been checked and its feedback computed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from interview.answers import analysis_of
from interview.errors import HistoryError, InterviewError
from interview.history.store import HistoryStore
from interview.history.stories import StoryRecord, StoryStore
from interview.models import COMPETENCIES
from interview.stories.competencies import check_competencies, suggest_competencies
from interview.stories.draft import StoryDraft, StoryError, draft_from_analysis
from interview.stories.feedback import story_feedback

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedStory:
    """A stored story and the feedback on its parts."""

    story: StoryRecord
    feedback: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `interview stories add --json`: {id, competencies, feedback, ...}."""
        return {
            "id": self.story.id,
            "competencies": list(self.story.competencies),
            "feedback": self.feedback,
            "story": self.story.to_dict(),
        }


def with_competencies(draft: StoryDraft) -> StoryDraft:
    """The draft with its competencies, suggested from its text when the user gave none."""
    if draft.competencies is not None:
        return draft
    return replace(draft, competencies=suggest_competencies(f"{draft.title}. {draft.text()}"))


def save_story(
    store: HistoryStore, draft: StoryDraft, *, source_attempt_id: int | None = None
) -> SavedStory:
    """Store a checked draft (competencies suggested when absent) and give its feedback."""
    draft = with_competencies(draft)
    feedback = story_feedback(draft)
    record = StoryStore(store).add_story(
        draft.title,
        draft.parts(),
        draft.competencies or (),
        source_attempt_id=source_attempt_id,
    )
    logger.info("saved story %s (%s)", record.id, ", ".join(record.competencies))
    return SavedStory(record, feedback)


def edit_story(store: HistoryStore, story_id: int, draft: StoryDraft) -> SavedStory:
    """Rewrite a stored story from a checked draft; its competencies are kept when the
    draft names none, and its feedback is given again."""
    stories = StoryStore(store)
    if draft.competencies is None:
        draft = replace(draft, competencies=stories.get_story(story_id).competencies)
    feedback = story_feedback(draft)
    record = stories.update_story(story_id, draft.title, draft.parts(), draft.competencies or ())
    return SavedStory(record, feedback)


def draft_from_attempt(store: HistoryStore, attempt_id: int, title: str) -> StoryDraft:
    """A draft from an analysed attempt; its question's competency comes first."""
    attempt = store.get_attempt(attempt_id)
    analysis = analysis_of(attempt)
    if analysis is None:
        raise HistoryError(f"attempt {attempt_id} has no analysis yet, so its parts are unknown")
    draft = with_competencies(draft_from_analysis(title, analysis))
    suggested = draft.competencies or ()
    if attempt.competency in suggested or attempt.competency not in COMPETENCIES:
        return draft
    return replace(draft, competencies=(attempt.competency, *suggested[:2]))


def retag_story(store: HistoryStore, story_id: int, names: Sequence[object]) -> StoryRecord:
    """Set a story's competencies to the user's choice (at least one known name)."""
    if not names:
        raise StoryError("choose at least one competency for the story")
    try:
        checked = check_competencies(names)
    except InterviewError as exc:
        raise StoryError(str(exc)) from None
    return StoryStore(store).set_competencies(story_id, checked)
