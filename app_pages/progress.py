"""Progress: scores over time, the weak areas to work on next, and an export of everything."""

from functools import partial

import streamlit as st

from interview.areas import area_title
from interview.history.progress import progress_summary
from interview.practice.wording import plural
from interview.ui import charts, coaching, exports, progress_tables, resources, state

st.title("Your progress")
store = resources.store()
summary = progress_summary(store)

if summary.analysed == 0:
    st.info(
        "Your progress will show here after your first answers. Start with a short session on "
        "the Practice page: three questions take about ten minutes. Every answer is kept, so "
        "you can watch your scores move and see which areas to practise next."
    )
    if summary.attempts:
        st.caption(
            f"{plural(summary.attempts, 'saved answer')} without feedback yet; re-analyse "
            "them on the Review page."
        )
    if st.button("Start practising", key="progress_start", type="primary"):
        st.switch_page(state.PAGE_PRACTICE)
    st.stop()

trends = {metric.name: metric for metric in summary.metrics}
# A row that wraps: two cards a line on a phone instead of four stacked ones.
with st.container(horizontal=True, wrap=True, gap="small"):
    st.metric("Answers analysed", summary.analysed, width=150)
    for name in ("score", "fillers_per_min", "wpm"):
        metric = trends[name]
        st.metric(
            metric.label,
            coaching.figure(metric.recent, digits=1 if name == "fillers_per_min" else 0),
            coaching.trend_words(metric.trend, metric.attempts),
            delta_color="off",
            delta_arrow="off",
            help=f"Median of your last {metric.attempts} answers with this measure.",
            width=150,
        )

st.subheader("What to work on next")
if not summary.weak_areas:
    st.success("Nothing stands out as weak right now. Keep practising to stay sharp.")
for area in summary.weak_areas:
    with st.container(border=True):
        words, button = st.columns([4, 1])
        trend = coaching.trend_words(area.trend, area.attempts)
        words.markdown(f"**{area_title(area.area)}**" + (f" · {trend}" if trend else ""))
        words.write(area.action)
        words.caption(coaching.measured(area.value, area.unit, area.attempts))
        if button.button("Practise this", key=f"progress_practise_{area.area}", type="primary"):
            st.session_state[state.FOCUS] = coaching.focus_for(area.area)
            st.session_state[state.PRACTICE_RUN] = None
            st.switch_page(state.PAGE_PRACTICE)

st.subheader("Over time")
timeline = summary.timeline
left, right = st.columns(2)
left.altair_chart(charts.line(timeline, "score", "Overall score", domain=(0, 100)), width="stretch")
right.altair_chart(charts.star_coverage(timeline), width="stretch")
if timeline["wpm"].notna().any():
    left, right = st.columns(2)
    left.altair_chart(
        charts.line(timeline, "fillers_per_min", "Filler words per minute", decimals=1),
        width="stretch",
    )
    right.altair_chart(charts.pace(timeline), width="stretch")
else:
    st.caption("Fillers per minute and pace appear once you answer out loud.")

st.subheader("By competency")
progress_tables.show(
    progress_tables.competency_rows(summary.per_competency), progress_tables.COMPETENCY_COLUMNS
)

st.subheader("By question")
st.caption("Every question you have answered: how often, your best and latest score.")
progress_tables.show(
    progress_tables.question_rows(summary.per_question), progress_tables.QUESTION_COLUMNS
)

st.subheader("Take your data with you")
for column, download in zip(st.columns(len(exports.DOWNLOADS)), exports.DOWNLOADS, strict=True):
    column.download_button(
        download.label,
        data=partial(download.make, store),  # built only when clicked
        file_name=download.file_name,
        mime=download.mime,
        key=download.key,
    )
