"""Practice sessions: one state machine, stored as it goes, for the terminal and the browser.

`state` holds the pure machine (set-up → thinking → answering → feedback → next → summary)
and its one options type; `session` keeps it in the history database after every move so
a session survives a reload, a crash or the night; `timing` holds the honest-time rules;
`summary` sums a session up. Front ends draw the state and send it events.
"""

from interview.practice.session import PracticeSession, choose_questions
from interview.practice.state import Mode, PracticeOptions, PracticeState
from interview.practice.summary import SessionSummary, summarise

__all__ = [
    "Mode",
    "PracticeOptions",
    "PracticeSession",
    "PracticeState",
    "SessionSummary",
    "choose_questions",
    "summarise",
]
