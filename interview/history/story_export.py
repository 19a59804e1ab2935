"""Stories and follow-up links in the JSON history export, and back in on import.

They travel beside the attempts in the same document (keys "stories" and "follow_ups"),
referring to attempts by their stable uid, so an import into another database links them
to the same attempts. An export written before stories existed has neither key: it imports
as before. Importing twice adds nothing twice (stories are keyed by uid, links by the
follow-up attempt).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from interview.errors import HistoryError
from interview.history import schema
from interview.history.attempts import normalise_timestamp, utc_now

T = schema.attempts
ST = schema.stories
SA = schema.story_attempts
FU = schema.follow_ups
_STORY_TEXT = ("uid", "title", "situation", "task", "action", "result")


def stories_document(conn: sa.Connection) -> dict[str, list[dict[str, Any]]]:
    """{"stories": [...], "follow_ups": [...]} for the export, oldest first."""
    uid_of = {int(i): str(u) for i, u in conn.execute(sa.select(T.c.id, T.c.uid))}
    uses: dict[int, list[str]] = {}
    for story_id, attempt_id in conn.execute(sa.select(SA.c.story_id, SA.c.attempt_id)):
        uses.setdefault(int(story_id), []).append(uid_of[int(attempt_id)])
    stories = [
        {
            **{key: row[key] for key in _STORY_TEXT},
            "competencies": json.loads(row["competencies"]),
            "source_attempt_uid": uid_of.get(row["source_attempt_id"] or -1),
            "attempt_uids": uses.get(int(row["id"]), []),
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        for row in conn.execute(sa.select(ST).order_by(ST.c.id)).mappings()
    ]
    follow_ups = [
        {
            "attempt_uid": uid_of[int(row["attempt_id"])],
            "parent_uid": uid_of[int(row["parent_id"])],
            "reason": row["reason"],
            "question": row["question"],
            "judgement": json.loads(row["judgement_json"]) if row["judgement_json"] else None,
            "created_at": row["created_at"],
        }
        for row in conn.execute(sa.select(FU).order_by(FU.c.attempt_id)).mappings()
    ]
    return {"stories": stories, "follow_ups": follow_ups}


def check_stories(where: str, document: Mapping[str, Any]) -> None:
    """HistoryError naming the entry and field when the stories or links are malformed."""
    for key in ("stories", "follow_ups"):
        if not isinstance(document.get(key, []), list):
            raise HistoryError(f'{where}: "{key}" must be a list')
    for index, story in enumerate(document.get("stories", [])):
        place = f"{where}: stories[{index}]"
        if not isinstance(story, dict):
            raise HistoryError(f"{place} must be an object")
        for key in _STORY_TEXT:
            if not isinstance(story.get(key), str):
                raise HistoryError(f"{place}.{key} is missing or not text")
        if not isinstance(story.get("competencies"), list):
            raise HistoryError(f"{place}.competencies must be a list")
    for index, link in enumerate(document.get("follow_ups", [])):
        place = f"{where}: follow_ups[{index}]"
        if not isinstance(link, dict) or not all(
            isinstance(link.get(k), str)
            for k in ("attempt_uid", "parent_uid", "reason", "question")
        ):
            raise HistoryError(f"{place} needs attempt_uid, parent_uid, reason and question text")


def import_stories(conn: sa.Connection, document: Mapping[str, Any]) -> int:
    """Add the stories (and links) this database lacks; return how many stories were added."""
    ids = {str(u): int(i) for i, u in conn.execute(sa.select(T.c.id, T.c.uid))}
    known = set(conn.execute(sa.select(ST.c.uid)).scalars())
    added = 0
    for story in document.get("stories", []):
        if story["uid"] in known:
            continue
        known.add(story["uid"])
        _insert_story(conn, story, ids)
        added += 1
    _import_links(conn, document.get("follow_ups", []), ids)
    return added


def _insert_story(conn: sa.Connection, story: Mapping[str, Any], ids: Mapping[str, int]) -> None:
    now = utc_now()
    values = {
        **{key: story[key] for key in _STORY_TEXT},
        "competencies": json.dumps([str(c) for c in story["competencies"]]),
        "source_attempt_id": ids.get(story.get("source_attempt_uid") or ""),
        "created_at": normalise_timestamp(str(story.get("created_at") or now)),
        "updated_at": normalise_timestamp(str(story.get("updated_at") or now)),
    }
    story_id = conn.execute(sa.insert(ST).values(**values).returning(ST.c.id)).scalar_one()
    used = dict.fromkeys(ids[u] for u in story.get("attempt_uids", []) if u in ids)
    for attempt_id in used:
        conn.execute(sa.insert(SA).values(story_id=story_id, attempt_id=attempt_id, created_at=now))


def _import_links(
    conn: sa.Connection, links: Sequence[Mapping[str, Any]], ids: Mapping[str, int]
) -> None:
    linked = set(conn.execute(sa.select(FU.c.attempt_id)).scalars())
    for link in links:
        attempt_id, parent_id = ids.get(link["attempt_uid"]), ids.get(link["parent_uid"])
        if attempt_id is None or parent_id is None or attempt_id in linked:
            continue
        linked.add(attempt_id)
        judgement = link.get("judgement")
        conn.execute(
            sa.insert(FU).values(
                attempt_id=attempt_id,
                parent_id=parent_id,
                reason=link["reason"],
                question=link["question"],
                judgement_json=json.dumps(judgement) if isinstance(judgement, dict) else None,
                created_at=normalise_timestamp(str(link.get("created_at") or utc_now())),
            )
        )
