"""Interview Coach: a local-first mock-interview coach.

Every front end (the Streamlit pages, the `interview` CLI, the tests) calls the same
functions in this package. Nothing here sends data off the machine. The layers, the data
flow of an answer and where each kind of change goes are in ARCHITECTURE.md.
"""

__version__ = "0.1.0"
