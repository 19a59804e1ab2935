"""What the practice page's buttons and boxes do: each one sends one event to the session.

Every function here is a widget callback: Streamlit runs it before the page is drawn, so
the page only ever draws the session as it stands. The session (`PracticeSession`, in
session state) saves itself after each event, so a reload can resume it from the store.
A failure becomes a message shown on the next draw; nothing typed is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import streamlit as st

from interview.errors import InterviewError
from interview.practice import PracticeOptions, PracticeSession
from interview.practice.reasons import pick_reasons, weak_spots
from interview.questions import load_banks
from interview.ui import practice_form, resources, state

if TYPE_CHECKING:
    from interview.history.store import HistoryStore
    from interview.models import Question
    from interview.practice import Mode

log = logging.getLogger(__name__)

ANSWER = "practice_answer"  # the typed answer's text area
MODE = "practice_mode_now"  # the "type or speak" choice for the current question


def current() -> PracticeSession | None:
    session: PracticeSession | None = st.session_state.get(state.PRACTICE_RUN)
    return session


def _safely(action: Callable[[], None]) -> None:
    try:
        action()
    except InterviewError as exc:
        state.flash("error", str(exc))


def _show(session: PracticeSession | None) -> None:
    st.session_state[state.PRACTICE_RUN] = session
    st.session_state.pop(ANSWER, None)
    if session is not None:
        st.session_state[ANSWER] = session.draft


def start_from_form() -> None:
    """The set-up form's "Start practice" button."""
    focus: state.Focus | None = st.session_state.get(state.FOCUS)

    def begin() -> None:
        store = resources.store()
        options = practice_form.chosen_options(focus)
        practice_form.remember(store)
        banks = load_banks(resources.settings())
        session = PracticeSession.start(store, banks, options)
        _remember_reasons(store, banks.questions, session if options.weak_areas else None)
        _show(session)
        st.session_state[state.FOCUS] = None

    _safely(begin)


def _remember_reasons(
    store: HistoryStore, bank: Sequence[Question], session: PracticeSession | None
) -> None:
    reasons: dict[str, str] = {}
    if session is not None:
        questions = session.state.questions
        spots = weak_spots(store, bank)
        reasons = {q.id: r for q, r in zip(questions, pick_reasons(questions, spots), strict=True)}
    st.session_state[state.PICK_REASONS] = reasons


def start_question(question_id: str, asked: Question | None = None) -> None:
    """ "Practise this question" (question banks, review): a one-question session, with the
    times and answer mode last chosen on the set-up form. `asked` is the question as it was
    once asked, used when it is no longer in the banks."""

    def begin() -> None:
        pool = load_banks(resources.settings()).questions
        if asked is not None and all(q.id != asked.id for q in pool):
            pool = (*pool, asked)
        store = resources.store()
        last = practice_form.remembered(store)
        options = PracticeOptions(
            count=1,
            question_ids=(question_id,),
            think_s=int(last["think_s"]),
            answer_s=int(last["answer_s"]),
            mode=last["mode"],
        )
        _show(PracticeSession.start(store, pool, options))

    _safely(begin)


def resume() -> None:
    def carry_on() -> None:
        store = resources.store()
        saved = PracticeSession.in_progress(store)
        if saved is None:
            raise InterviewError("that session has already ended; start a new one below")
        _show(PracticeSession.resume(store, saved))

    _safely(carry_on)


def discard() -> None:
    def give_up() -> None:
        store = resources.store()
        saved = PracticeSession.in_progress(store)
        if saved is not None:
            PracticeSession.discard(store, saved)
        state.flash("info", "Session discarded. Your saved answers are still in Review.")

    _safely(give_up)


def _on_session(move: Callable[[PracticeSession], None], *, clear: bool = False) -> None:
    session = current()
    if session is None:
        return
    _safely(lambda: move(session))
    if clear:
        _show(session)


def ready() -> None:
    _on_session(lambda s: s.ready())


def choose_mode() -> None:
    mode: Mode = st.session_state[MODE]
    _on_session(lambda s: s.choose_mode(mode))


def keep_draft(text: str | None = None) -> None:
    """Save the typed answer (the box's value, or `text` from the draft keeper)."""
    typed = st.session_state.get(ANSWER, "") if text is None else text
    _on_session(lambda s: s.save_draft(typed or ""))


def retry() -> None:
    _on_session(lambda s: s.retry(), clear=True)


def advance() -> None:
    _on_session(lambda s: s.advance(), clear=True)


def finish_now() -> None:
    _on_session(lambda s: s.finish(), clear=True)


def close() -> None:
    """Leave the summary for a new set-up form."""
    _show(None)
