"""Streamlit entry point: a picture frame (page config, session state, navigation).

Every page lives in `app_pages/` and calls `interview.*`; nothing else belongs here. An
`InterviewError` a page does not handle itself (a database that cannot be opened, a bad
setting) is shown as a message, never as a traceback. Widget callbacks run before the
page, outside this handler, so each one that touches the store reports its own errors.
"""

import streamlit as st

from interview.errors import InterviewError
from interview.ui import state
from interview.ui.text import show_error

st.set_page_config(page_title="Interview Coach", page_icon="🎤", layout="wide")
state.init()
page = st.navigation(
    [
        st.Page(state.PAGE_PRACTICE, title="Practice", icon=":material/mic:", default=True),
        st.Page(state.PAGE_INTERVIEWS, title="Interviews", icon=":material/work:"),
        st.Page(state.PAGE_REVIEW, title="Review answers", icon=":material/history:"),
        st.Page(state.PAGE_STORIES, title="Stories", icon=":material/auto_stories:"),
        st.Page(state.PAGE_PROGRESS, title="Progress", icon=":material/trending_up:"),
        st.Page(state.PAGE_BANKS, title="Question banks", icon=":material/menu_book:"),
        st.Page(state.PAGE_SETTINGS, title="Settings & privacy", icon=":material/lock:"),
    ]
)
try:
    page.run()
except InterviewError as exc:
    show_error(str(exc))
