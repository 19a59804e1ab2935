"""Stories: your prepared examples, feedback on each part, and which competencies they cover."""

import streamlit as st

from interview.history.stories import StoryStore
from interview.ui import resources, state, story_views

st.title("Stories")
state.show_flash()
st.write(
    "Six to ten prepared stories cover most interviews. Write each once, in Situation, Task, "
    "Action and Result, and reuse it for every question about the same competency."
)
stories = StoryStore(resources.store()).list_stories()
yours, write, from_answer, cover = st.tabs(
    ["Your stories", "Write a story", "From an answer", "Coverage"]
)
with yours:
    if not stories:
        st.info("No stories yet: write one, or save a good practice answer as a story.")
    for story in stories:
        story_views.story_card(story)
with write:
    story_views.write_form()
with from_answer:
    story_views.from_attempt_form()
with cover:
    story_views.coverage_view(stories)
