"""Streamlit entry point: a frame only (page config, state, navigation)."""

import streamlit as st

st.set_page_config(page_title="Interview Coach", page_icon="🎤", layout="wide")
st.title("Interview Coach")
st.write("The practice pages are on their way. Meanwhile, try `interview evaluate` in a terminal.")
