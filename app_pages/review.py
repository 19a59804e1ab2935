"""The review page (being built: it arrives with the history store and the analysis)."""

import streamlit as st

st.title("Review")
st.info(
    "This page is being built. Meanwhile, browse the question banks or try `interview evaluate`."
)
