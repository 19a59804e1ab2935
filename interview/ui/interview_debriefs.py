"""The Interviews page's list: each logged interview, its debrief, corrections, practice.

Every debriefed question shows the bank question it was matched to and its competency;
the user can pick another bank question or competency, save it as their own question, or
answer it again right there (typed), which stores a practice attempt linked to it. Each
action is a button whose errors are shown, never raised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from interview.errors import InterviewError
from interview.history import interviews as storage
from interview.interviews import debrief
from interview.interviews.log import OUTCOMES, DebriefQuestion, Interview
from interview.interviews.matching import QuestionMatcher
from interview.interviews.tone import next_step, outcome_note
from interview.models import COMPETENCIES, Question
from interview.practice.wording import name_of
from interview.ui import resources, state
from interview.ui.feedback import attempt_feedback
from interview.ui.interview_log import OUTCOME_WORDS, rating_label, rating_radio
from interview.ui.text import md_escape, show_error


def _run(action: Callable[[], object], done: str) -> None:
    try:
        action()
    except InterviewError as exc:
        show_error(str(exc))
        return
    state.flash("success", done)
    st.rerun()


def _match_line(question: DebriefQuestion, by_id: dict[str, Question]) -> str:
    competency = name_of(question.competency) if question.competency else "not sure yet"
    if question.question_id and question.question_id in by_id:
        bank_text = md_escape(by_id[question.question_id].text)
        return f"Closest bank question: _{bank_text}_ · competency **{competency}**"
    return f"No close bank question · competency **{competency}**"


def _correct(question: DebriefQuestion, bank: Sequence[Question], matcher: QuestionMatcher) -> None:
    key = f"interviews_dq{question.id}"
    options = [q.id for q in matcher.candidates(question.text)]
    if question.question_id and question.question_id not in options:
        options.insert(0, question.question_id)
    by_id = {q.id: q for q in bank}
    left, right = st.columns(2)
    if options:
        chosen = left.selectbox(
            "It was really this bank question",
            options,
            format_func=lambda i: by_id[i].text if i in by_id else i,
            key=f"{key}_pick",
        )
        if left.button("Use this question", key=f"{key}_use"):
            _run(
                lambda: debrief.choose_bank_question(resources.store(), bank, question.id, chosen),
                "Match updated.",
            )
    current = question.competency or COMPETENCIES[0]
    competency = right.selectbox(
        "Competency",
        COMPETENCIES,
        index=COMPETENCIES.index(current) if current in COMPETENCIES else 0,
        format_func=name_of,
        key=f"{key}_comp",
    )
    first, second = right.columns(2)
    if first.button("Set competency", key=f"{key}_setcomp"):
        _run(
            lambda: debrief.choose_competency(resources.store(), question.id, competency),
            "Competency updated.",
        )
    if second.button("Save as my question", key=f"{key}_custom"):
        _run(
            lambda: debrief.save_as_custom(
                resources.store(), resources.settings(), question.id, competency
            ),
            "Saved to your own question bank.",
        )


def _practise(question: DebriefQuestion, bank: Sequence[Question]) -> None:
    key = f"interviews_dq{question.id}_answer"
    answer = st.text_area("Answer it again now (typed)", key=key, height=140)
    if st.button("Get feedback", key=f"{key}_submit"):
        try:
            outcome = debrief.practise_again(
                resources.store(), bank, question.id, answer_text=answer
            )
        except InterviewError as exc:
            show_error(str(exc))
            return
        # The feedback is shown under the question (`_fed_back`), the attempt remembered for
        # this tab; a flash line alone sent the user to another page to read it.
        st.session_state[f"{key}_attempt"] = outcome.attempt.id
        st.rerun()


def _open_in_review(attempt_id: int) -> None:
    st.session_state[state.REVIEW_OPEN] = attempt_id


def _fed_back(question: DebriefQuestion) -> None:
    """The feedback on the latest answer given again here, as the practice page shows it."""
    attempt_id = st.session_state.get(f"interviews_dq{question.id}_answer_attempt")
    if attempt_id not in question.attempt_ids:
        return  # none this visit, or since deleted
    try:
        attempt = resources.store().get_attempt(int(attempt_id))
    except InterviewError:
        return
    st.markdown(f"**Your feedback on answering it again** (practice attempt {attempt.id})")
    if st.button(
        "Open it on the Review page",
        key=f"interviews_dq{question.id}_review",
        on_click=_open_in_review,
        args=(attempt.id,),
    ):
        st.switch_page(state.PAGE_REVIEW)
    attempt_feedback(attempt)


def _question(
    question: DebriefQuestion, bank: Sequence[Question], matcher: QuestionMatcher
) -> None:
    by_id = {q.id: q for q in bank}
    with st.container(border=True):
        st.markdown(f"**{md_escape(question.text)}** · {rating_label(question.rating)}")
        if question.notes:
            st.caption(md_escape(question.notes))
        st.markdown(_match_line(question, by_id))
        if question.attempt_ids:
            count = len(question.attempt_ids)
            again = {1: "once", 2: "twice"}.get(count, f"{count} times")
            st.caption(f"Answered again {again} since.")
        with st.popover("Correct the match"):
            _correct(question, bank, matcher)
        with st.popover("Answer it again"):
            _practise(question, bank)
        _fed_back(question)


def _add_questions(interview: Interview, bank: Sequence[Question]) -> None:
    key = f"interviews_more{interview.id}"
    with st.form(key, border=False, clear_on_submit=False):
        text = st.text_input("Another question you remember", key=f"{key}_text")
        rating = rating_radio(f"{key}_rating")
        notes = st.text_input("Notes (optional)", key=f"{key}_notes")
        if st.form_submit_button("Add to the debrief"):
            item = {"text": text, "rating": rating, "notes": notes}
            _run(
                lambda: debrief.add_debriefed(resources.store(), bank, interview.id, [item]),
                "Question added to the debrief.",
            )


def _edit(interview: Interview) -> None:
    key = f"interviews_edit{interview.id}"
    with st.form(key, border=False):
        outcome = st.selectbox(
            "Outcome",
            OUTCOMES,
            index=OUTCOMES.index(interview.outcome),
            format_func=OUTCOME_WORDS.__getitem__,
            key=f"{key}_outcome",
        )
        feedback = st.text_area("Employer's feedback", value=interview.feedback, key=f"{key}_fb")
        left, right = st.columns(2)
        contact = left.text_input("Interviewer's name", value=interview.contact, key=f"{key}_who")
        highlight = right.text_input(
            "Something you valued", value=interview.highlight, key=f"{key}_valued"
        )
        changes = {
            "outcome": outcome,
            "feedback": feedback.strip(),
            "contact": contact.strip(),
            "highlight": highlight.strip(),
        }
        if st.form_submit_button("Update"):
            _run(
                lambda: storage.update_interview(resources.store(), interview.id, **changes),
                "Interview updated.",
            )


def interview_list(interviews: Sequence[Interview], bank: Sequence[Question]) -> None:
    """Every interview, newest first, each in an expander."""
    matcher = QuestionMatcher(bank)
    for interview in interviews:
        rating = f" · you rated it {interview.mean_rating:.1f}/5" if interview.mean_rating else ""
        title = (
            f"{interview.label} · {interview.stage} · {OUTCOME_WORDS[interview.outcome]}{rating}"
        )
        with st.expander(md_escape(title), expanded=interview is interviews[0]):
            st.caption(outcome_note(interview.outcome))
            step = next_step(interview.questions)
            if step:
                st.info(step, icon=":material/self_improvement:")
            for question in interview.questions:
                _question(question, bank, matcher)
            with st.popover("Add a question you remember"):
                _add_questions(interview, bank)
            _edit(interview)
