"""Settings and privacy: where the data lives, which speech model runs, delete everything."""

import streamlit as st

from interview.errors import InterviewError
from interview.privacy import delete_my_data
from interview.ui import resources, state
from interview.ui.privacy import deletion_message
from interview.ui.text import md_escape, show_error


def delete_everything() -> None:
    """Delete, then untick the confirmation (a callback: a rendered checkbox cannot be reset)."""
    st.session_state["settings_delete_confirm"] = False
    everything = bool(st.session_state.get("settings_delete_everything"))
    try:
        done = delete_my_data(resources.store(), resources.settings(), everything=everything)
    except InterviewError as exc:
        state.flash("error", str(exc))
        return
    st.session_state[state.PRACTICE_RUN] = None
    st.session_state[state.REVIEW_OPEN] = None
    if everything:  # unsaved writing too: a half-written story kept for this browser tab
        kept = state.KEPT_WIDGETS
        for key in [k for k in st.session_state if k in kept or k.startswith(state.KEPT_PREFIXES)]:
            del st.session_state[key]
    state.flash("success", deletion_message(done))


st.title("Settings & privacy")
st.success(
    "Everything stays on this computer. Your recordings, transcripts and scores are saved "
    "in the folder below, and speech is turned into text by a model running locally. "
    "Nothing is uploaded, and the app works without an internet connection.",
    icon=":material/lock:",
)

try:
    settings = resources.settings()
except InterviewError as exc:
    show_error(str(exc))
    st.stop()

st.subheader("Where your data lives")
st.dataframe(
    {
        "What": ["Data folder", "Database", "Recordings", "Your question banks", "Built-in banks"],
        "Where": [
            str(settings.home),
            settings.database_url,
            str(settings.recordings_dir),
            str(settings.user_banks_dir),
            str(settings.builtin_banks_dir),
        ],
    },
    hide_index=True,
    width="stretch",
)
st.caption("Set `INTERVIEW_HOME` before starting the app to keep your data somewhere else.")

st.subheader("Speech recognition")
model = settings.model or "Whisper tiny.en (bundled with the app)"
loaded = "loaded" if resources.transcriber_loaded() else "loads when you start speaking practice"
st.markdown(f"Engine: **{settings.engine}** · Model: **{md_escape(model)}** · {loaded}")
st.caption("Choose another with `INTERVIEW_ENGINE` and `INTERVIEW_MODEL`.")
st.markdown(f"Largest recording accepted: **{settings.max_upload_mb:g} MB**")
st.caption("Change it with `INTERVIEW_MAX_UPLOAD_MB` (a 15-minute answer is usually under 30 MB).")

st.subheader("Delete all my data")
st.write(
    "This removes every saved attempt, story, transcript, score and recording, and every "
    "interview you logged with its debrief. It cannot be undone."
)
st.checkbox(
    "Also delete my own questions, the choices the app remembers and unsaved answers",
    key="settings_delete_everything",
)
sure = st.checkbox("Yes, I want to delete everything", key="settings_delete_confirm")
st.button(
    "Delete all my data",
    key="settings_delete",
    type="primary",
    disabled=not sure,
    on_click=delete_everything,
)
state.show_flash()
