"""Debriefing a real interview: check it, match each question to the banks, store it.

This is the one path every front end uses (the CLI's `debrief add --json`, the Interviews
page, the tests): input is checked completely before the store is touched, so a bad rating
in the fifth question stores nothing. Matches can be corrected afterwards (another bank
question, another competency, or the question saved into the user's own bank), and any
debriefed question can be answered again as a practice attempt linked back to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from interview.answers import AttemptOutcome, record_attempt
from interview.config import Settings
from interview.errors import DebriefError
from interview.history import interviews as storage
from interview.history.store import HistoryStore
from interview.interviews.log import DebriefQuestion, Interview, parse_interview, parse_question
from interview.interviews.matching import QuestionMatcher
from interview.models import COMPETENCIES, Question
from interview.questions import add_custom_question, get_question
from interview.speech.transcriber import Transcriber


def matched(
    questions: Iterable[DebriefQuestion], matcher: QuestionMatcher
) -> list[DebriefQuestion]:
    """Each question with its closest bank question and competency filled in."""
    out = []
    for question in questions:
        match = matcher.match(question.text)
        out.append(replace(question, question_id=match.question_id, competency=match.competency))
    return out


def record_debrief(store: HistoryStore, bank: Iterable[Question], data: Any) -> Interview:
    """Check a debrief (the `debrief add --json` object), match its questions, store it."""
    interview = parse_interview(data)
    questions = matched(interview.questions, QuestionMatcher(bank))
    return storage.add_interview(store, interview.with_questions(questions))


def log_interview(store: HistoryStore, data: Any) -> Interview:
    """Log an interview before (or without) its debrief."""
    return storage.add_interview(store, parse_interview(data, need_questions=False))


def add_debriefed(
    store: HistoryStore, bank: Iterable[Question], interview_id: int, items: list[Any]
) -> Interview:
    """Add remembered questions ({"text", "rating", "notes"}) to a logged interview."""
    if not items:
        raise DebriefError("add at least one question you were asked")
    questions = [parse_question(item, i) for i, item in enumerate(items)]
    return storage.add_questions(store, interview_id, matched(questions, QuestionMatcher(bank)))


def choose_bank_question(
    store: HistoryStore, bank: Iterable[Question], debrief_id: int, bank_id: str
) -> None:
    """Correct a match to another bank question (its competency comes with it)."""
    chosen = get_question(bank, bank_id)
    storage.update_question(
        store,
        debrief_id,
        question_id=chosen.id,
        competency=chosen.competency,
        match_source="user",
    )


def check_competency(competency: str) -> str:
    if competency not in COMPETENCIES:
        raise DebriefError(
            f"competency {competency!r} is unknown; expected one of {', '.join(COMPETENCIES)}"
        )
    return competency


def choose_competency(store: HistoryStore, debrief_id: int, competency: str) -> None:
    """Correct only the competency; the question is then no longer tied to a bank question."""
    storage.update_question(
        store,
        debrief_id,
        competency=check_competency(competency),
        question_id=None,
        match_source="user",
    )


def save_as_custom(
    store: HistoryStore, settings: Settings, debrief_id: int, competency: str
) -> Question:
    """Save a debriefed question into the user's own bank and match it to that question."""
    _, debriefed = storage.debrief_question(store, debrief_id)
    question = add_custom_question(
        settings, text=debriefed.text, kind="behavioral", competency=check_competency(competency)
    )
    storage.update_question(
        store,
        debrief_id,
        question_id=question.id,
        competency=question.competency,
        match_source="custom",
    )
    return question


def question_to_practise(bank: Iterable[Question], debriefed: DebriefQuestion) -> Question:
    """The bank question it matched, or the remembered wording as a question of its own."""
    if debriefed.question_id is not None:
        by_id = {q.id: q for q in bank}
        if debriefed.question_id in by_id:
            return by_id[debriefed.question_id]
    return Question(
        id=f"debrief-{debriefed.id}",
        text=debriefed.text,
        kind="behavioral",
        competency=debriefed.competency or "communication",
        source="debrief",
    )


def practise_again(
    store: HistoryStore,
    bank: Iterable[Question],
    debrief_id: int,
    *,
    answer_text: str | None = None,
    recording: bytes | None = None,
    recording_suffix: str | None = None,
    transcriber: Transcriber | None = None,
) -> AttemptOutcome:
    """Answer a debriefed question again: saved and analysed like any practice attempt,
    and linked to the debrief so progress can show how it went since."""
    _, debriefed = storage.debrief_question(store, debrief_id)
    question = question_to_practise(bank, debriefed)
    outcome = record_attempt(
        store,
        question,
        answer_text=answer_text,
        recording=recording,
        recording_suffix=recording_suffix,
        transcriber=transcriber,
    )
    storage.link_attempt(store, debrief_id, outcome.attempt.id)
    return outcome
