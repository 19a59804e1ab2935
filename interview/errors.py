"""The errors a user can act on.

Library code raises these with a message written for the person using the app; the CLI
prints `error: <message>` and exits 2, the pages show it with `st.error`. Anything else
is a bug and is allowed to propagate.
"""

from typing import ClassVar


class InterviewError(Exception):
    """Base class: bad input or a state the user can fix.

    `retry_helps` says whether trying the same saved answer again can succeed once the
    state is fixed (a locked database, a missing model): `interview history reanalyse`
    is worth suggesting. It is False where the input itself is at fault (a corrupt or
    silent recording, an empty answer): only answering again helps.
    """

    retry_helps: ClassVar[bool] = True


class AnswerError(InterviewError):
    """An answer that cannot be analysed (empty, not text, too long)."""

    retry_helps = False


class QuestionBankError(InterviewError):
    """A question bank file or CSV import that does not validate."""


class AudioError(InterviewError):
    """Audio that cannot be decoded, is too short, too long or silent."""

    retry_helps = False


class TranscriptionError(InterviewError):
    """The speech engine or its model cannot be used."""


class RecordingError(InterviewError):
    """The microphone cannot be opened or recording failed."""


class HistoryError(InterviewError):
    """The history database cannot be opened, read or written."""


class DebriefError(InterviewError):
    """An interview log, debrief or job advert that cannot be used as given (e.g. a bad rating)."""
