"""In practice, on request: which of the user's stories fit the question, and why.

Offered only once the thinking time is over (or the user said they are ready), so they try
to recall a story on their own first, as they must in a real interview.
"""

from __future__ import annotations

import time

import streamlit as st

from interview.history.stories import StoryStore
from interview.practice.state import PracticeState
from interview.stories.matching import fitting_stories
from interview.ui import resources
from interview.ui.text import md_escape


def story_hints(run: PracticeState) -> None:
    """A button that lists the fitting stories (after the thinking time)."""
    shown_key = f"practice_hints_{run.index}_{run.shown_at}"
    if st.button("Which of my stories fit?", key="practice_story_hints"):
        st.session_state[shown_key] = True
    if not st.session_state.get(shown_key):
        return
    left = run.answer_started() - time.time()
    if left > 0:
        st.info(f"Think on your own first: ask again in {left:.0f} seconds.")
        st.session_state[shown_key] = False
        return
    fits = fitting_stories(run.question, StoryStore(resources.store()).list_stories())
    if not fits:
        st.info("None of your stories fits this question yet: a good one to write afterwards.")
        return
    for fit in fits:
        st.markdown(f"**{md_escape(fit.story.title)}** · {md_escape(fit.reason())}")
