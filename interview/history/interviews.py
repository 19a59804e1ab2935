"""Storing real interviews and their debriefs: the three tables of `m007_interviews`.

Only storage: callers hand in finished `Interview` and `DebriefQuestion` records (checked
and matched by `interview.interviews`) and get the same types back. A debrief is written
in one transaction, so a bad question stores nothing at all. Practice answers given to a
debriefed question are linked through `debrief_attempts`; deleting the attempt or the
interview removes the link (foreign keys cascade).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interview.errors import DebriefError
from interview.history import schema
from interview.history.attempts import utc_now
from interview.history.store import HistoryStore
from interview.interviews.log import DebriefQuestion, Interview, MatchSource, Outcome

IV = schema.interviews
Q = schema.debrief_questions
L = schema.debrief_attempts
A = schema.attempts
# Remembered choices of the Interviews page (job advert, next date) share this key prefix.
SETTINGS_PREFIX = "interviews."
EDITABLE = ("company", "role", "date", "stage", "outcome", "feedback", "contact", "highlight")


@dataclass(frozen=True)
class PracticeRow:
    """One analysed practice attempt, as the plan and the timeline read it."""

    created_at: str
    question_id: str
    competency: str
    score: float | None
    star_result: bool | None
    star_situation: bool | None
    star_action: bool | None


def _uid() -> str:
    return uuid.uuid4().hex


def _question_values(question: DebriefQuestion, position: int) -> dict[str, Any]:
    return {
        "uid": _uid(),
        "position": position,
        "text": question.text,
        "rating": question.rating,
        "notes": question.notes,
        "question_id": question.question_id,
        "competency": question.competency,
        "match_source": question.match_source,
        "created_at": utc_now(),
    }


def add_interview(store: HistoryStore, interview: Interview) -> Interview:
    """Store an interview with its debriefed questions, all or nothing; return it with ids."""
    now = utc_now()
    values = {name: getattr(interview, name) for name in EDITABLE}
    with store.writing() as conn:
        new_id = int(
            conn.execute(
                sa.insert(IV)
                .values(uid=_uid(), created_at=now, updated_at=now, **values)
                .returning(IV.c.id)
            ).scalar_one()
        )
        _insert_questions(conn, new_id, interview.questions, start=0)
    return get_interview(store, new_id)


def _insert_questions(
    conn: Connection, interview_id: int, questions: Sequence[DebriefQuestion], *, start: int
) -> None:
    rows = [
        {"interview_id": interview_id, **_question_values(q, start + i)}
        for i, q in enumerate(questions)
    ]
    if rows:
        conn.execute(sa.insert(Q), rows)


def add_questions(
    store: HistoryStore, interview_id: int, questions: Sequence[DebriefQuestion]
) -> Interview:
    """Add debriefed questions after the ones the interview already has."""
    with store.writing() as conn:
        _require(conn, interview_id)
        last = conn.execute(
            sa.select(sa.func.max(Q.c.position)).where(Q.c.interview_id == interview_id)
        ).scalar()
        _insert_questions(conn, interview_id, questions, start=0 if last is None else last + 1)
    return get_interview(store, interview_id)


def update_interview(store: HistoryStore, interview_id: int, **changes: str) -> Interview:
    """Change logged fields (the outcome when news arrives, the employer's feedback...)."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise DebriefError(f"cannot change {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    with store.writing() as conn:
        _require(conn, interview_id)
        conn.execute(
            sa.update(IV).where(IV.c.id == interview_id).values(updated_at=utc_now(), **changes)
        )
    return get_interview(store, interview_id)


def update_question(store: HistoryStore, debrief_id: int, **changes: Any) -> None:
    """Change a debriefed question: rating, notes, or its match (question_id, competency,
    match_source)."""
    allowed = {"text", "rating", "notes", "question_id", "competency", "match_source"}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise DebriefError(f"cannot change {', '.join(unknown)} of a debriefed question")
    with store.writing() as conn:
        done = conn.execute(sa.update(Q).where(Q.c.id == debrief_id).values(**changes))
    if done.rowcount == 0:
        raise DebriefError(_no_question(debrief_id))


def delete_question(store: HistoryStore, debrief_id: int) -> None:
    with store.writing() as conn:
        done = conn.execute(sa.delete(Q).where(Q.c.id == debrief_id))
    if done.rowcount == 0:
        raise DebriefError(_no_question(debrief_id))


def delete_interview(store: HistoryStore, interview_id: int) -> None:
    """Delete an interview and its debrief; linked practice attempts are kept."""
    with store.writing() as conn:
        _require(conn, interview_id)
        conn.execute(sa.delete(IV).where(IV.c.id == interview_id))


def link_attempt(store: HistoryStore, debrief_id: int, attempt_id: int) -> None:
    """Record that a practice attempt answered a debriefed question again."""
    with store.writing() as conn:
        if conn.execute(sa.select(Q.c.id).where(Q.c.id == debrief_id)).first() is None:
            raise DebriefError(_no_question(debrief_id))
        conn.execute(sa.insert(L).values(debrief_question_id=debrief_id, attempt_id=attempt_id))


def get_interview(store: HistoryStore, interview_id: int) -> Interview:
    with store.reading() as conn:
        row = conn.execute(sa.select(IV).where(IV.c.id == interview_id)).mappings().first()
        if row is None:
            raise DebriefError(_no_interview(interview_id))
        return _with_questions(conn, [row])[0]


def list_interviews(store: HistoryStore) -> tuple[Interview, ...]:
    """Every interview with its debrief, newest interview date first."""
    with store.reading() as conn:
        rows = (
            conn.execute(sa.select(IV).order_by(IV.c.date.desc(), IV.c.id.desc())).mappings().all()
        )
        return tuple(_with_questions(conn, rows))


def debrief_question(store: HistoryStore, debrief_id: int) -> tuple[Interview, DebriefQuestion]:
    """A debriefed question and the interview it belongs to."""
    with store.reading() as conn:
        parent = conn.execute(sa.select(Q.c.interview_id).where(Q.c.id == debrief_id)).scalar()
    if parent is None:
        raise DebriefError(_no_question(debrief_id))
    interview = get_interview(store, int(parent))
    return interview, next(q for q in interview.questions if q.id == debrief_id)


def practice_rows(store: HistoryStore) -> tuple[PracticeRow, ...]:
    """Every analysed practice attempt, oldest first (competency, score, STAR parts)."""
    columns = (A.c.created_at, A.c.question_id, A.c.competency, A.c.score, A.c.star_result)
    query = (
        sa.select(*columns, A.c.star_situation, A.c.star_action)
        .where(A.c.status == "analysed")
        .order_by(A.c.created_at, A.c.id)
    )
    with store.reading() as conn:
        return tuple(PracticeRow(*row) for row in conn.execute(query))


def delete_all_interviews(conn: Connection) -> int:
    """Inside the caller's transaction: remove every interview, debrief and link, and the
    saved job advert and next-interview date."""
    settings = schema.app_settings
    conn.execute(sa.delete(settings).where(settings.c.key.like(f"{SETTINGS_PREFIX}%")))
    conn.execute(sa.delete(L))
    conn.execute(sa.delete(Q))
    return int(conn.execute(sa.delete(IV)).rowcount)


def _with_questions(conn: Connection, rows: Sequence[sa.RowMapping]) -> list[Interview]:
    ids = [row["id"] for row in rows]
    questions = conn.execute(
        sa.select(Q).where(Q.c.interview_id.in_(ids)).order_by(Q.c.interview_id, Q.c.position)
    ).mappings()
    links: dict[int, list[int]] = {}
    wanted = sa.select(Q.c.id).where(Q.c.interview_id.in_(ids))
    for question_id, attempt_id in conn.execute(
        sa.select(L.c.debrief_question_id, L.c.attempt_id)
        .where(L.c.debrief_question_id.in_(wanted))
        .order_by(L.c.attempt_id)
    ):
        links.setdefault(question_id, []).append(attempt_id)
    by_interview: dict[int, list[DebriefQuestion]] = {}
    for q in questions:
        by_interview.setdefault(q["interview_id"], []).append(
            DebriefQuestion(
                text=q["text"],
                rating=int(q["rating"]),
                notes=q["notes"],
                question_id=q["question_id"],
                competency=q["competency"],
                match_source=cast(MatchSource, q["match_source"]),
                id=int(q["id"]),
                attempt_ids=tuple(links.get(q["id"], ())),
            )
        )
    return [_interview_from_row(row, by_interview.get(row["id"], [])) for row in rows]


def _interview_from_row(row: sa.RowMapping, questions: list[DebriefQuestion]) -> Interview:
    return Interview(
        **{name: row[name] for name in EDITABLE if name != "outcome"},
        outcome=cast(Outcome, row["outcome"]),
        questions=tuple(questions),
        id=int(row["id"]),
    )


def _require(conn: Connection, interview_id: int) -> None:
    if conn.execute(sa.select(IV.c.id).where(IV.c.id == interview_id)).first() is None:
        raise DebriefError(_no_interview(interview_id))


def _no_interview(interview_id: int) -> str:
    return f"there is no interview {interview_id} (`interview debrief list` shows the ids)"


def _no_question(debrief_id: int) -> str:
    return f"there is no debriefed question {debrief_id} (`interview debrief show ID` lists them)"
