"""The history store: attempts saved before they are analysed, never lost.

`save_attempt` commits the typed text, or the recording (already renamed into place on
disk), in its own transaction and returns at once, marked "pending". Transcription and
analysis run afterwards and add their results with `add_transcript` and `add_analysis`;
if they fail, `mark_failed` keeps the message, and if the process dies the attempt simply
stays pending. Either way it is listed as "not analysed" and can be re-analysed.

One `HistoryStore` may be shared by every thread of the app (cache it with
`st.cache_resource`): it holds an engine, and each call checks a connection out of the
pool for just that operation.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from interview.config import Settings
from interview.errors import AnswerError, HistoryError
from interview.history import schema
from interview.history.attempts import (
    Attempt,
    AttemptSummary,
    PracticeSessionRecord,
    utc_now,
)
from interview.history.audio_files import RecordingFiles
from interview.history.database import IMMEDIATE, describe, open_database, translated
from interview.history.erase import Erased, erase
from interview.history.from_rows import attempt_from_row, session_from_row, summary_from_row
from interview.history.listing import list_query
from interview.history.metrics import metrics_from_analysis, metrics_to_columns
from interview.models import Question, Transcript

logger = logging.getLogger(__name__)

T = schema.attempts
S = schema.sessions


class HistoryStore:
    """Attempts, practice sessions and remembered app settings in one database."""

    def __init__(self, engine: Engine, *, recordings: RecordingFiles) -> None:
        self.engine = engine
        self.recordings = recordings
        self.where = describe(engine.url)
        self._writer = engine.execution_options(**{IMMEDIATE: True})

    @classmethod
    def open(cls, settings: Settings | None = None, *, upto: str | None = None) -> HistoryStore:
        """Open (creating and migrating as needed) the database named by the settings."""
        settings = settings or Settings.from_env()
        engine = open_database(settings.database_url, upto=upto)
        recordings = RecordingFiles(settings.recordings_dir, max_bytes=settings.max_upload_bytes)
        recordings.sweep()
        return cls(engine, recordings=recordings)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction (takes the write lock at once); commits on success."""
        with translated("write", self.where), self._writer.begin() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One connection for reads, returned to the pool afterwards."""
        with translated("read", self.where), self.engine.connect() as conn:
            yield conn

    # -- practice sessions -------------------------------------------------------------

    def start_session(self, settings: Mapping[str, Any]) -> PracticeSessionRecord:
        """Record that a practice session began, with the choices it was started with."""
        values = {"uid": _uid(), "settings": json.dumps(dict(settings)), "started_at": utc_now()}
        with self.writing() as conn:
            new_id = conn.execute(sa.insert(S).values(**values).returning(S.c.id)).scalar_one()
        return self.get_session(int(new_id))

    def end_session(self, session_id: int) -> PracticeSessionRecord:
        with self.writing() as conn:
            done = conn.execute(sa.update(S).where(S.c.id == session_id).values(ended_at=utc_now()))
        if done.rowcount == 0:
            raise HistoryError(f"there is no practice session {session_id}")
        return self.get_session(session_id)

    def get_session(self, session_id: int) -> PracticeSessionRecord:
        with self.reading() as conn:
            row = conn.execute(sa.select(S).where(S.c.id == session_id)).mappings().first()
        if row is None:
            raise HistoryError(f"there is no practice session {session_id}")
        return session_from_row(row)

    # -- attempts: save first ------------------------------------------------------------

    def save_attempt(
        self,
        question: Question,
        *,
        answer_text: str | None = None,
        recording: bytes | Path | BinaryIO | None = None,
        recording_suffix: str | None = None,
        duration_s: float | None = None,
        session_id: int | None = None,
    ) -> Attempt:
        """Commit a typed answer or a recording now, before any analysis; status "pending".

        Exactly one of `answer_text` and `recording` (audio bytes or a file to copy) is given.
        `duration_s` is the answer time if known; a recording's is filled in from its
        transcript later. Over time means longer than the question's `answer_seconds`.
        """
        _check_answer(answer_text, recording)
        name = None
        if recording is not None:
            name = self.recordings.save(recording, suffix=recording_suffix)
        values = _new_attempt_row(question, answer_text, name, duration_s, session_id)
        try:
            with self.writing() as conn:
                new_id = int(
                    conn.execute(sa.insert(T).values(**values).returning(T.c.id)).scalar_one()
                )
        except HistoryError:
            if name is not None:
                self.recordings.delete(name)
            raise
        logger.info("saved attempt %s for question %s", new_id, question.id)
        return self.get_attempt(new_id)

    def add_transcript(
        self, attempt_id: int, transcript: Transcript, *, uid: str | None = None
    ) -> None:
        """Keep what the speech engine heard; the recording's length becomes the duration
        (when no answer time was known), judged against the question's answer time."""
        values: dict[str, Any] = {
            "transcript_text": transcript.text,
            "transcript_json": json.dumps(transcript.to_dict()),
        }
        with self.writing() as conn:
            query = sa.select(T.c.duration_s, T.c.answer_seconds).where(_this(attempt_id, uid))
            row = conn.execute(query).first()
            if row is None:
                raise HistoryError(_missing(attempt_id, uid))
            if row.duration_s is None:
                values["duration_s"] = transcript.duration_s
                limit = row.answer_seconds
                values["over_time"] = limit is not None and transcript.duration_s > limit
            conn.execute(sa.update(T).where(T.c.id == attempt_id).values(**values))

    def add_analysis(
        self, attempt_id: int, analysis: Mapping[str, Any], *, uid: str | None = None
    ) -> Attempt:
        """Attach the analysis JSON and its main scores; the attempt becomes "analysed".

        Give the attempt's `uid` when the analysis may arrive late: if that attempt was
        deleted meanwhile, the analysis is refused instead of landing on another one.
        """
        values = {
            "analysis_json": json.dumps(dict(analysis)),
            "status": "analysed",
            "error": None,
            "analysed_at": utc_now(),
            **metrics_to_columns(metrics_from_analysis(analysis)),
        }
        self._update(attempt_id, values, uid)
        return self.get_attempt(attempt_id)

    def mark_failed(self, attempt_id: int, message: str, *, uid: str | None = None) -> None:
        """Keep the attempt, not analysed, with the reason shown to the user."""
        self._update(attempt_id, {"status": "failed", "error": message}, uid)

    def _update(self, attempt_id: int, values: Mapping[str, Any], uid: str | None) -> None:
        with self.writing() as conn:
            done = conn.execute(sa.update(T).where(_this(attempt_id, uid)).values(**values))
        if done.rowcount == 0:
            raise HistoryError(_missing(attempt_id, uid))

    # -- attempts: read and delete ---------------------------------------------------------

    def get_attempt(self, attempt_id: int) -> Attempt:
        with self.reading() as conn:
            row = conn.execute(sa.select(T).where(T.c.id == attempt_id)).mappings().first()
        if row is None:
            raise HistoryError(_missing(attempt_id))
        return attempt_from_row(row, self.recordings)

    def list_attempts(
        self,
        limit: int | None = 50,
        *,
        offset: int = 0,
        question_id: str | None = None,
        session_id: int | None = None,
        analysed: bool | None = None,
    ) -> tuple[AttemptSummary, ...]:
        """Attempts newest first, optionally for one question or session, or by status."""
        query = list_query(
            limit, offset=offset, question_id=question_id, session_id=session_id, analysed=analysed
        )
        with self.reading() as conn:
            rows = conn.execute(query).mappings().all()
        return tuple(summary_from_row(row) for row in rows)

    def count_attempts(self) -> int:
        with self.reading() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(T)).scalar_one())

    def delete_attempt(self, attempt_id: int) -> None:
        """Delete one attempt and its recording."""
        with self.writing() as conn:
            row = conn.execute(sa.select(T.c.recording).where(T.c.id == attempt_id)).first()
            if row is None:
                raise HistoryError(_missing(attempt_id))
            conn.execute(sa.delete(T).where(T.c.id == attempt_id))
        if row.recording:
            self.recordings.delete(row.recording)

    def delete_all(self) -> int:
        """Delete every attempt, session and recording; return how many attempts there were."""
        return self.erase().attempts

    def erase(self, *, settings_too: bool = False) -> Erased:
        """Delete everything, racing no one's save, leaving nothing readable (`erase.py`)."""
        return erase(self, settings_too=settings_too)

    # -- remembered app settings -----------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        table = schema.app_settings
        with self.reading() as conn:
            raw = conn.execute(sa.select(table.c.value).where(table.c.key == key)).scalar()
        return default if raw is None else json.loads(raw)

    def set_setting(self, key: str, value: Any) -> None:
        table = schema.app_settings
        values = {"value": json.dumps(value), "updated_at": utc_now()}
        with self.writing() as conn:
            done = conn.execute(sa.update(table).where(table.c.key == key).values(**values))
            if done.rowcount == 0:
                conn.execute(sa.insert(table).values(key=key, **values))


def _uid() -> str:
    return uuid.uuid4().hex


def _check_answer(answer_text: str | None, recording: object) -> None:
    if (answer_text is None) == (recording is None):
        raise AnswerError("give either a typed answer or a recording, not both or neither")
    if answer_text is not None and not answer_text.strip():
        raise AnswerError("the answer is empty: type your answer, then submit it")


def _new_attempt_row(
    question: Question,
    answer_text: str | None,
    recording: str | None,
    duration_s: float | None,
    session_id: int | None,
) -> dict[str, Any]:
    """The columns of a just-saved attempt: pending, its analysis still to come."""
    return {
        "uid": _uid(),
        "session_id": session_id,
        "question_id": question.id,
        "question_text": question.text,
        "kind": question.kind,
        "competency": question.competency,
        "answer_seconds": float(question.answer_seconds),
        "answer_text": answer_text,
        "recording": recording,
        "duration_s": duration_s,
        "over_time": duration_s is not None and duration_s > question.answer_seconds,
        "status": "pending",
        "created_at": utc_now(),
    }


def _this(attempt_id: int, uid: str | None) -> sa.ColumnElement[bool]:
    """The row of one attempt; with its uid, only the attempt it was when read."""
    match = T.c.id == attempt_id
    return match if uid is None else sa.and_(match, T.c.uid == uid)


def _missing(attempt_id: int, uid: str | None = None) -> str:
    if uid is not None:
        return f"attempt {attempt_id} was deleted while it was being analysed; nothing was changed"
    return f"there is no attempt {attempt_id} (run `interview history` to see the ids)"
