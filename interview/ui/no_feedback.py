"""Why an answer has no feedback, and what to do about it.

"There is no feedback yet" promised feedback that was never coming when the recording itself
was at fault (it cannot be decoded, is too short, or is all silence), and the player beside it
showed an empty 0:00. So the recording is looked at once: a recording with nothing in it gets
no player and the advice to answer again (record or type); any other failure keeps its player
and says that re-analysing helps once the stored reason is fixed.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import numpy as np
import streamlit as st

from interview.errors import AudioError
from interview.speech.audio import decode_audio
from interview.ui.text import md_escape

logger = logging.getLogger(__name__)

# Below this peak (about -60 dBFS) a recording is silence: a player would play nothing.
SILENCE_PEAK = 1e-3
# Recordings were checked against the length limit when saved; this only bounds the look.
LOOK_SECONDS = 24 * 3600.0

ANSWER_AGAIN = (
    "Nothing in this recording can be analysed, so no feedback will come from it. Answer the "
    "question again: record it once more, a little closer to the microphone, or type your "
    "answer instead."
)
REANALYSE = (
    "Once that is put right, choose Re-analyse under this answer on the Review page; or "
    "answer the question again."
)


def has_sound(recording: Path | None) -> bool:
    """Whether a stored recording exists and holds sound a player can play."""
    if recording is None or not recording.is_file():
        return False
    stat = recording.stat()
    return _has_sound(str(recording), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _has_sound(path: str, mtime_ns: int, size: int) -> bool:
    """Cached by file version: a rerun of the page does not decode the recording again."""
    try:
        samples = decode_audio(Path(path), max_seconds=LOOK_SECONDS, name="the recording")
    except AudioError as exc:
        logger.info("recording %s has nothing to play: %s", path, exc)
        return False
    return bool(samples.size) and float(np.abs(samples).max()) >= SILENCE_PEAK


def explain(why: str, *, failed: bool, nothing_recorded: bool) -> None:
    """Say why there is no feedback (the stored reason, escaped) and what would give some."""
    if not failed:
        st.warning(f"Your answer is saved, but it has not been analysed yet: {md_escape(why)}")
        st.info(REANALYSE)
        return
    st.warning(f"There is no feedback on this answer: {md_escape(why)}")
    st.info(ANSWER_AGAIN if nothing_recorded else REANALYSE)
