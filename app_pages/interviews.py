"""Interviews: after a real interview, log it, debrief it, plan the practice, draft replies."""

import streamlit as st

from interview.history.interviews import list_interviews
from interview.interviews.service import current_plan
from interview.questions import load_banks
from interview.ui import interview_debriefs, interview_log, interview_plan, resources, state

st.title("Your interviews")
st.write(
    "After a real interview, note down what they asked and how each answer went. Whatever "
    "the outcome, it becomes a short, focused plan for the next one."
)
state.show_flash()
store = resources.store()
bank = load_banks(resources.settings()).questions
interviews = list_interviews(store)

debrief_tab, plan_tab, drafts_tab, progress_tab = st.tabs(
    ["Log and debrief", "Practice plan", "Drafts", "Across interviews"]
)
with debrief_tab:
    with st.expander("Log an interview", expanded=not interviews):
        interview_log.log_form()
    interview_debriefs.interview_list(interviews, bank)
with plan_tab:
    before = interview_plan.next_date(store)
    interview_plan.show_plan(current_plan(store, bank, before=before), bank)
    with st.expander("Job advert"):
        interview_plan.advert(store)
with drafts_tab:
    interview_plan.drafts(interviews)
with progress_tab:
    interview_plan.timeline(store)
