"""Storage of the story bank and of follow-up links: rows in, frozen records out.

A story is the user's own prepared example (title, Situation, Task, Action, Result, the
competencies it shows) and the attempts it was used in. A follow-up link says that one
attempt answered an interviewer's follow-up to another, what it asked and how the answer
was judged. This module only stores and reads them; choosing competencies, giving feedback
and judging follow-ups happen in `interview.stories`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from interview.errors import HistoryError
from interview.history import schema
from interview.history.attempts import utc_now
from interview.history.store import HistoryStore

ST = schema.stories
SA = schema.story_attempts
FU = schema.follow_ups
PART_COLUMNS = ("situation", "task", "action", "result")
# A follow-up answer is an attempt at "<question id>:follow-up". It is judged on what it was
# asked, not as a whole answer, so progress leaves it out (see `history.progress`).
FOLLOW_UP_SUFFIX = ":follow-up"


@dataclass(frozen=True)
class StoryRecord:
    """One stored story.

    Attributes:
        id: its number in this database.
        uid: stable id across export and import.
        title: the user's name for it.
        situation, task, action, result: the parts in the user's words ("" when not written).
        competencies: the competencies it shows, as chosen or accepted by the user.
        source_attempt_id: the attempt it was started from, if any.
        attempt_ids: attempts it was used in, oldest first.
    """

    id: int
    uid: str
    title: str
    situation: str
    task: str
    action: str
    result: str
    competencies: tuple[str, ...]
    source_attempt_id: int | None
    attempt_ids: tuple[int, ...]
    created_at: str
    updated_at: str

    def parts(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in PART_COLUMNS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            **self.parts(),
            "competencies": list(self.competencies),
            "source_attempt_id": self.source_attempt_id,
            "attempt_ids": list(self.attempt_ids),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True)
class FollowUpLink:
    """A follow-up answer (`attempt_id`) to an earlier answer (`parent_id`)."""

    attempt_id: int
    parent_id: int
    reason: str
    question: str
    judgement: Mapping[str, Any] | None


class StoryStore:
    """Stories and follow-up links, kept in the history database beside the attempts."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store

    def add_story(
        self,
        title: str,
        parts: Mapping[str, str],
        competencies: Sequence[str],
        *,
        source_attempt_id: int | None = None,
    ) -> StoryRecord:
        """Store a finished story (validated by the caller); it is used in its source attempt."""
        now = utc_now()
        values = {
            "uid": uuid.uuid4().hex,
            "title": title,
            **{name: parts.get(name, "") for name in PART_COLUMNS},
            "competencies": json.dumps(list(competencies)),
            "source_attempt_id": source_attempt_id,
            "created_at": now,
            "updated_at": now,
        }
        with self.store.writing() as conn:
            story_id = int(
                conn.execute(sa.insert(ST).values(**values).returning(ST.c.id)).scalar_one()
            )
            if source_attempt_id is not None:
                _link(conn, story_id, source_attempt_id, now)
        return self.get_story(story_id)

    def use_story(self, story_id: int, attempt_id: int) -> StoryRecord:
        """Record that the story was told in this attempt (once per attempt)."""
        with self.store.writing() as conn:
            self._require(conn, story_id)
            if (
                conn.execute(
                    sa.select(SA).where(SA.c.story_id == story_id, SA.c.attempt_id == attempt_id)
                ).first()
                is None
            ):
                _link(conn, story_id, attempt_id, utc_now())
        return self.get_story(story_id)

    def update_story(
        self, story_id: int, title: str, parts: Mapping[str, str], competencies: Sequence[str]
    ) -> StoryRecord:
        """Replace a story's title, parts and competencies (checked by the caller)."""
        values = {
            "title": title,
            **{name: parts.get(name, "") for name in PART_COLUMNS},
            "competencies": json.dumps(list(competencies)),
            "updated_at": utc_now(),
        }
        with self.store.writing() as conn:
            self._require(conn, story_id)
            conn.execute(sa.update(ST).where(ST.c.id == story_id).values(**values))
        return self.get_story(story_id)

    def set_competencies(self, story_id: int, competencies: Sequence[str]) -> StoryRecord:
        """Replace the story's competencies (checked by the caller)."""
        values = {"competencies": json.dumps(list(competencies)), "updated_at": utc_now()}
        with self.store.writing() as conn:
            self._require(conn, story_id)
            conn.execute(sa.update(ST).where(ST.c.id == story_id).values(**values))
        return self.get_story(story_id)

    def get_story(self, story_id: int) -> StoryRecord:
        with self.store.reading() as conn:
            row = conn.execute(sa.select(ST).where(ST.c.id == story_id)).mappings().first()
            if row is None:
                raise HistoryError(_missing(story_id))
            return _record(row, _uses(conn, (story_id,)).get(story_id, ()))

    def list_stories(self) -> tuple[StoryRecord, ...]:
        """Every story, oldest first."""
        with self.store.reading() as conn:
            rows = conn.execute(sa.select(ST).order_by(ST.c.id)).mappings().all()
            uses = _uses(conn, tuple(int(r["id"]) for r in rows))
        return tuple(_record(row, uses.get(int(row["id"]), ())) for row in rows)

    def delete_story(self, story_id: int) -> None:
        with self.store.writing() as conn:
            self._require(conn, story_id)
            conn.execute(sa.delete(ST).where(ST.c.id == story_id))

    def delete_all(self) -> int:
        """Delete every story (their uses go with them); return how many there were."""
        with self.store.writing() as conn:
            return int(conn.execute(sa.delete(ST)).rowcount)

    # -- follow-ups ---------------------------------------------------------------------

    def link_follow_up(
        self,
        attempt_id: int,
        parent_id: int,
        *,
        reason: str,
        question: str,
        judgement: Mapping[str, Any] | None,
    ) -> FollowUpLink:
        values = {
            "attempt_id": attempt_id,
            "parent_id": parent_id,
            "reason": reason,
            "question": question,
            "judgement_json": None if judgement is None else json.dumps(dict(judgement)),
            "created_at": utc_now(),
        }
        with self.store.writing() as conn:
            conn.execute(sa.insert(FU).values(**values))
        return FollowUpLink(attempt_id, parent_id, reason, question, judgement)

    def follow_up_of(self, attempt_id: int) -> FollowUpLink | None:
        """The link when this attempt answered a follow-up, else None."""
        with self.store.reading() as conn:
            row = (
                conn.execute(sa.select(FU).where(FU.c.attempt_id == attempt_id)).mappings().first()
            )
        return None if row is None else _link_record(row)

    def follow_ups_to(self, parent_id: int) -> tuple[FollowUpLink, ...]:
        """The follow-up answers given to this attempt, oldest first."""
        query = sa.select(FU).where(FU.c.parent_id == parent_id).order_by(FU.c.attempt_id)
        with self.store.reading() as conn:
            rows = conn.execute(query).mappings().all()
        return tuple(_link_record(row) for row in rows)

    def delete_with_follow_ups(self, attempt_id: int) -> tuple[int, ...]:
        """Delete an attempt and the follow-up answers given to it; return the follow-ups'
        ids. Shown only under their answer, follow-ups left behind would come back as
        attempts of their own, scored as whole answers."""
        linked = tuple(link.attempt_id for link in self.follow_ups_to(attempt_id))
        for follow_up in linked:
            self.store.delete_attempt(follow_up)
        self.store.delete_attempt(attempt_id)
        return linked

    def follow_up_ids(self) -> frozenset[int]:
        """The attempts that answered a follow-up to another still kept."""
        with self.store.reading() as conn:
            return frozenset(int(i) for i in conn.execute(sa.select(FU.c.attempt_id)).scalars())

    def _require(self, conn: sa.Connection, story_id: int) -> None:
        if conn.execute(sa.select(ST.c.id).where(ST.c.id == story_id)).first() is None:
            raise HistoryError(_missing(story_id))


def _link(conn: sa.Connection, story_id: int, attempt_id: int, now: str) -> None:
    found = conn.execute(sa.select(schema.attempts.c.id).where(schema.attempts.c.id == attempt_id))
    if found.first() is None:
        raise HistoryError(
            f"there is no attempt {attempt_id} (run `interview history` to see the ids)"
        )
    conn.execute(sa.insert(SA).values(story_id=story_id, attempt_id=attempt_id, created_at=now))


def _uses(conn: sa.Connection, story_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    query = sa.select(SA.c.story_id, SA.c.attempt_id).where(SA.c.story_id.in_(story_ids))
    uses: dict[int, list[int]] = {}
    for story_id, attempt_id in conn.execute(query.order_by(SA.c.attempt_id)):
        uses.setdefault(int(story_id), []).append(int(attempt_id))
    return {key: tuple(value) for key, value in uses.items()}


def _record(row: Mapping[Any, Any], attempt_ids: Sequence[int]) -> StoryRecord:
    return StoryRecord(
        id=int(row["id"]),
        uid=str(row["uid"]),
        title=str(row["title"]),
        **{name: str(row[name]) for name in PART_COLUMNS},
        competencies=tuple(str(c) for c in json.loads(row["competencies"])),
        source_attempt_id=row["source_attempt_id"],
        attempt_ids=tuple(attempt_ids),
        created_at=str(row["created_at"]),
        updated_at=str(row["updated_at"]),
    )


def _link_record(row: Mapping[Any, Any]) -> FollowUpLink:
    raw = row["judgement_json"]
    return FollowUpLink(
        attempt_id=int(row["attempt_id"]),
        parent_id=int(row["parent_id"]),
        reason=str(row["reason"]),
        question=str(row["question"]),
        judgement=json.loads(raw) if raw else None,
    )


def _missing(story_id: int) -> str:
    return f"there is no story {story_id} (run `interview stories list` to see the ids)"
