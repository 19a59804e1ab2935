"""Review: find a past answer, replay it, read its feedback, compare, re-analyse or delete it."""

import streamlit as st

from interview.errors import InterviewError
from interview.history.stories import StoryStore
from interview.models import COMPETENCIES
from interview.practice.wording import name_of, plural
from interview.ui import (
    answering,
    feedback,
    follow_up_drill,
    practice_events,
    resources,
    review,
    state,
)
from interview.ui.text import md_escape, show_error


def delete(attempt_id: int) -> None:
    """A callback: it runs before the page, outside app.py's error handling, so it reports
    its own errors (a database another program holds) through the flash message. The
    answer's follow-up answers go with it (`StoryStore.delete_with_follow_ups`)."""
    st.session_state["review_delete_confirm"] = False
    try:
        StoryStore(resources.store()).delete_with_follow_ups(attempt_id)
    except InterviewError as exc:
        state.flash("error", str(exc))
        return
    st.session_state[state.REVIEW_OPEN] = None
    state.flash("success", "Deleted. That answer and its recording are gone from this computer.")


st.title("Review your answers")
state.show_flash()
store = resources.store()
# A follow-up answer is shown under the answer it followed, judged on what it was asked; as an
# attempt of its own it would carry a whole-answer score (Progress leaves it out too).
follow_ups = StoryStore(store).follow_up_ids()
everything = [s for s in store.list_attempts(limit=None) if s.id not in follow_ups]
if not everything:
    st.info(
        "Nothing to review yet. Answer a question on the Practice page and it will appear "
        "here, with its recording, transcript and feedback."
    )
    if st.button("Start practising", key="review_start", type="primary"):
        st.switch_page(state.PAGE_PRACTICE)
    st.stop()

left, middle, right = st.columns([2, 2, 1])
words = left.text_input("Question contains", key="review_filter", placeholder="e.g. deadline")
picked = middle.multiselect(
    "Competency", COMPETENCIES, format_func=name_of, key="review_competency"
)
order = right.selectbox("Sort", review.SORTS, format_func=review.SORTS.get, key="review_sort")
left, right = st.columns([2, 3])
dates = left.date_input("Between", value=(), key="review_dates")
lowest = right.slider("Lowest score", 0, 100, 0, step=5, key="review_min_score")
filters = review.Filters(words, tuple(picked), *review.date_range(dates), float(lowest))
shown = review.narrow(everything, filters, order)
noun = "attempt" if len(shown) == 1 else "attempts"
st.caption(f"{len(shown)} {noun} shown of {len(everything)}")
st.dataframe(
    review.table(shown),
    hide_index=True,
    width="stretch",
    height=min(35 * (len(shown) + 1) + 3, 320),
    # Room for the question; without it the last columns hide behind a sideways scroll.
    column_config={
        "Score": st.column_config.TextColumn(width="small"),
        "Question": st.column_config.TextColumn(width=360),
    },
)
if not shown:
    st.stop()

ids = [s.id for s in shown]
if st.session_state[state.REVIEW_OPEN] not in ids:
    st.session_state[state.REVIEW_OPEN] = ids[0]
labels = {s.id: review.label(s) for s in shown}
opened_id = st.selectbox("Open an answer", ids, format_func=labels.get, key=state.REVIEW_OPEN)
attempt = store.get_attempt(opened_id)

st.divider()
st.markdown(f"### {md_escape(attempt.question_text)}")
st.caption(
    f"{review.when(attempt.created_at)} · {name_of(attempt.competency)} · "
    f"{'over time' if attempt.over_time else 'in time'}"
)
if st.button(
    "Practise this question again",
    key="review_practise",
    on_click=practice_events.start_question,
    args=(attempt.question_id, review.as_asked(attempt)),
):
    st.switch_page(state.PAGE_PRACTICE)
feedback.attempt_feedback(attempt)

here = store.list_attempts(limit=None, question_id=attempt.question_id)
number = review.numbers(here)
follow_up_drill.follow_ups_under(attempt.id, number[attempt.id])
others = [s for s in here if s.id != attempt.id]
if others:
    st.subheader("Compare with another attempt at this question")
    other_id = st.selectbox(
        "Other attempt",
        [s.id for s in others],
        format_func=lambda i: review.numbered(next(s for s in others if s.id == i), number[i]),
        key="review_compare",
    )
    pair = review.oldest_first([attempt, store.get_attempt(other_id)])
    st.dataframe(review.comparison(pair, number), hide_index=True, width="stretch")
    for column, item in zip(st.columns(2), pair, strict=True):
        with column:
            st.markdown(f"**{review.column_name(item, number[item.id])}**")
            feedback.transcript_only(item)

st.subheader("Manage this answer")
redo, remove = st.columns(2)
with redo:
    st.caption("Analyse again with the current rules (and transcribe again if it never was).")
    if st.button("Re-analyse", key="review_reanalyse"):
        try:
            answering.reanalyse(store, attempt)
        except InterviewError as exc:
            show_error(str(exc))
        else:
            state.flash("success", "Re-analysed. The feedback below is up to date.")
            st.rerun()
with remove:
    linked = tuple(link.attempt_id for link in StoryStore(store).follow_ups_to(attempt.id))
    answers = "follow-up answer" if len(linked) == 1 else plural(len(linked), "follow-up answer")
    what = f", its recording and its {answers}" if linked else ""
    sure = st.checkbox(
        f"Yes, delete this answer{what or ' and its recording'}", key="review_delete_confirm"
    )
    st.button("Delete", key="review_delete", disabled=not sure, on_click=delete, args=(attempt.id,))
