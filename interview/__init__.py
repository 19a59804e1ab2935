"""Interview Coach: a local-first mock-interview coach.

Every front end (the Streamlit pages, the `interview` CLI, the tests) calls the same
functions in this package. Nothing here sends data off the machine.
"""

__version__ = "0.1.0"
