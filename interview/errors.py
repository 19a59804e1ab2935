"""The errors a user can act on.

Library code raises these with a message written for the person using the app; the CLI
prints `error: <message>` and exits 2, the pages show it with `st.error`. Anything else
is a bug and is allowed to propagate.
"""


class InterviewError(Exception):
    """Base class: bad input or a state the user can fix."""


class AnswerError(InterviewError):
    """An answer that cannot be analysed (empty, not text, too long)."""


class QuestionBankError(InterviewError):
    """A question bank file or CSV import that does not validate."""


class AudioError(InterviewError):
    """Audio that cannot be decoded, is too short, too long or silent."""


class TranscriptionError(InterviewError):
    """The speech engine or its model cannot be used."""


class RecordingError(InterviewError):
    """The microphone cannot be opened or recording failed."""


class HistoryError(InterviewError):
    """The history database cannot be opened, read or written."""


class DebriefError(InterviewError):
    """An interview log, debrief or job advert that cannot be used as given (e.g. a bad rating)."""
