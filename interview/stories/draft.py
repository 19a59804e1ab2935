"""A story before it is stored: read from the user's JSON or built from an analysed attempt.

Everything is checked here, before anything is written, so bad input loses nothing and
stores nothing. A draft built from an attempt takes each sentence to the part the STAR
labeller gave it, in the order they were said; unlabelled sentences are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from interview.analysis import Analysis
from interview.errors import InterviewError
from interview.history.stories import StoryRecord
from interview.models import STAR_PARTS
from interview.stories.competencies import check_competencies

MAX_TITLE = 200
MAX_PART_CHARS = 20_000
FIELDS = ("title", *STAR_PARTS, "competencies")


class StoryError(InterviewError):
    """A story that cannot be stored as given (a missing title, an unknown competency...)."""


@dataclass(frozen=True)
class StoryDraft:
    """A story's text and, when the user chose them, its competencies (None: suggest)."""

    title: str
    situation: str
    task: str
    action: str
    result: str
    competencies: tuple[str, ...] | None = None

    def parts(self) -> dict[str, str]:
        return {part: str(getattr(self, part)) for part in STAR_PARTS}

    def text(self) -> str:
        return " ".join(part for part in self.parts().values() if part)


def draft_from_json(data: Any) -> StoryDraft:
    """Check `{"title", "situation", "task", "action", "result", "competencies"?}`."""
    if not isinstance(data, Mapping):
        raise StoryError(
            "a story must be a JSON object with title, situation, task, action, result"
        )
    unknown = sorted(set(map(str, data)) - set(FIELDS))
    if unknown:
        raise StoryError(f"unknown story field {unknown[0]!r}; expected {', '.join(FIELDS)}")
    texts = {name: _text(data, name) for name in ("title", *STAR_PARTS)}
    raw = data.get("competencies")
    competencies = None
    if raw is not None:
        if not isinstance(raw, list) or not raw:
            raise StoryError(
                "competencies must be a non-empty list of names (leave it out to have them "
                "suggested)"
            )
        try:
            competencies = check_competencies(raw)
        except InterviewError as exc:
            raise StoryError(str(exc)) from None
    return _checked(
        StoryDraft(
            texts["title"],
            texts["situation"],
            texts["task"],
            texts["action"],
            texts["result"],
            competencies,
        )
    )


_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list"}
_JSON_KINDS[dict] = "an object"


def _text(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        got = "missing" if value is None else _JSON_KINDS.get(type(value), "not text")
        raise StoryError(f'"{name}" must be text (it is {got})')
    return value.strip()


def _checked(draft: StoryDraft) -> StoryDraft:
    if not draft.title:
        raise StoryError("give the story a title, a few words you will recognise it by")
    if len(draft.title) > MAX_TITLE:
        raise StoryError(f"the title has {len(draft.title)} characters; keep it under {MAX_TITLE}")
    if not draft.action:
        raise StoryError("write the action: what you did yourself is the heart of the story")
    for part, text in draft.parts().items():
        if len(text) > MAX_PART_CHARS:
            raise StoryError(
                f"the {part} has {len(text):,} characters; keep each part under {MAX_PART_CHARS:,}"
            )
    return draft


def draft_of(story: StoryRecord) -> StoryDraft:
    """A stored story as a draft again (to give its feedback, or to edit it)."""
    return StoryDraft(
        story.title, story.situation, story.task, story.action, story.result, story.competencies
    )


def draft_from_analysis(title: str, analysis: Analysis) -> StoryDraft:
    """A draft whose parts are the answer's sentences, sorted by their STAR labels."""
    if not analysis.star.applies:
        raise StoryError("only a behavioral or situational answer can become a story")
    parts: dict[str, list[str]] = {part: [] for part in STAR_PARTS}
    for labelled in analysis.star.sentences:
        # A plan's roles fill the draft too: the user turns it into a real example.
        if labelled.role is not None:
            parts[labelled.role].append(labelled.sentence.text.strip())
    texts = {part: " ".join(sentences) for part, sentences in parts.items()}
    return _checked(
        StoryDraft(
            title.strip(), texts["situation"], texts["task"], texts["action"], texts["result"]
        )
    )
