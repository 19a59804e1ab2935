"""Streamlit-only helpers for the pages in `app_pages/`.

This is the one package that imports Streamlit. The pages stay thin descriptions of the UI;
everything they need from Streamlit beyond plain widgets lives here: cached resources (the
history store, the speech model), session-state keys, and the widgets that render an
analysis (the STAR-marked transcript, score cards, tips) and the interview clock.
"""
