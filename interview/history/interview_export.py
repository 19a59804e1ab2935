"""Interviews and debriefs in the JSON history export, and back in on import.

The export's `interviews` list carries every interview with its debriefed questions, each
keyed by a stable `uid` like attempts are, so importing twice adds nothing twice. A
practice answer linked to a debriefed question is named by the attempt's `uid`; the link
is restored when that attempt is in the database after the import. Exports written before
interviews existed simply have no `interviews` key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.errors import DebriefError, HistoryError
from interview.history import schema
from interview.history.attempts import utc_now
from interview.interviews.log import check_date, check_outcome, check_rating

IV = schema.interviews
Q = schema.debrief_questions
L = schema.debrief_attempts
A = schema.attempts
_INTERVIEW_TEXT = ("company", "role", "date", "stage", "outcome", "feedback", "contact")
_INTERVIEW_KEYS = (*_INTERVIEW_TEXT, "highlight", "created_at", "updated_at")
_QUESTION_KEYS = ("position", "text", "rating", "notes", "question_id", "competency")
_QUESTION_EXTRA = ("match_source", "created_at")


def interviews_document(conn: Connection) -> list[dict[str, Any]]:
    """Every interview, oldest first, with its questions and linked attempt uids."""
    attempt_uids: dict[int, list[str]] = {}
    links = sa.select(L.c.debrief_question_id, A.c.uid).join(A, A.c.id == L.c.attempt_id)
    for question_id, uid in conn.execute(links.order_by(A.c.id)):
        attempt_uids.setdefault(question_id, []).append(uid)
    questions: dict[int, list[dict[str, Any]]] = {}
    for q in conn.execute(sa.select(Q).order_by(Q.c.interview_id, Q.c.position)).mappings():
        questions.setdefault(q["interview_id"], []).append(
            {
                "uid": q["uid"],
                **{k: q[k] for k in (*_QUESTION_KEYS, *_QUESTION_EXTRA)},
                "attempt_uids": attempt_uids.get(q["id"], []),
            }
        )
    rows = conn.execute(sa.select(IV).order_by(IV.c.id)).mappings().all()
    return [
        {
            "uid": r["uid"],
            **{k: r[k] for k in _INTERVIEW_KEYS},
            "questions": questions.get(r["id"], []),
        }
        for r in rows
    ]


def check_interviews(where: str, items: Any) -> None:
    """Refuse an export whose interviews are malformed, naming the first bad field."""
    if not isinstance(items, list):
        raise HistoryError(f'{where}: "interviews" must be a list')
    for index, item in enumerate(items):
        at = f"{where}: interviews[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("uid"), str):
            raise HistoryError(f'{at} must be an object with a text "uid"')
        try:
            for key in ("company", "role"):
                if not isinstance(item.get(key), str) or not item[key].strip():
                    raise DebriefError(f'"{key}" is missing or not text')
            check_date(item.get("date"))
            check_outcome(item.get("outcome"))
            questions = item.get("questions", [])
            if not isinstance(questions, list):
                raise DebriefError('"questions" must be a list')
            for number, q in enumerate(questions):
                if not isinstance(q, dict) or not isinstance(q.get("uid"), str):
                    raise DebriefError(f'questions[{number}] needs a text "uid"')
                if not isinstance(q.get("text"), str):
                    raise DebriefError(f"questions[{number}].text must be text")
                check_rating(q.get("rating"), f"questions[{number}].rating")
        except DebriefError as exc:
            raise HistoryError(f"{at}: {exc}") from None


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def import_interviews(conn: Connection, items: Sequence[Mapping[str, Any]]) -> int:
    """Inside the import's transaction: add interviews and questions whose uid is new."""
    check_interviews("the export", list(items))
    known = set(conn.execute(sa.select(IV.c.uid)).scalars())
    known_questions = set(conn.execute(sa.select(Q.c.uid)).scalars())
    attempt_ids = {uid: id_ for uid, id_ in conn.execute(sa.select(A.c.uid, A.c.id))}
    added = 0
    for item in items:
        if item["uid"] in known:
            continue
        known.add(item["uid"])
        values = {key: _text(item, key) for key in (*_INTERVIEW_TEXT, "highlight")}
        values["date"] = check_date(item["date"])
        now = utc_now()
        new_id = conn.execute(
            sa.insert(IV)
            .values(
                uid=item["uid"],
                created_at=_text(item, "created_at") or now,
                updated_at=_text(item, "updated_at") or now,
                **values,
            )
            .returning(IV.c.id)
        ).scalar_one()
        for position, q in enumerate(item.get("questions") or []):
            if q["uid"] in known_questions:
                continue
            known_questions.add(q["uid"])
            _insert_question(conn, int(new_id), position, q, attempt_ids)
        added += 1
    return added


def _insert_question(
    conn: Connection,
    interview_id: int,
    position: int,
    q: Mapping[str, Any],
    attempt_ids: Mapping[str, int],
) -> None:
    source = q.get("match_source")
    question_id = conn.execute(
        sa.insert(Q)
        .values(
            uid=q["uid"],
            interview_id=interview_id,
            position=position,
            text=q["text"],
            rating=q["rating"],
            notes=_text(q, "notes"),
            question_id=_text(q, "question_id") or None,
            competency=_text(q, "competency") or None,
            match_source=source if source in ("auto", "user", "custom") else "auto",
            created_at=_text(q, "created_at") or utc_now(),
        )
        .returning(Q.c.id)
    ).scalar_one()
    for uid in q.get("attempt_uids") or []:
        if uid in attempt_ids:
            conn.execute(
                sa.insert(L).values(debrief_question_id=question_id, attempt_id=attempt_ids[uid])
            )
