"""Frozen dataclasses shared across modules.

Questions come from the banks, transcripts from the speech engines; both are read by the
analysis, the history store and the UI. The analysis report types live with the analysis
(`interview.analysis.analysis`) because only it builds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QuestionKind = Literal["behavioral", "hr", "situational"]
QUESTION_KINDS: tuple[QuestionKind, ...] = ("behavioral", "hr", "situational")
StarPart = Literal["situation", "task", "action", "result"]
STAR_PARTS: tuple[StarPart, ...] = ("situation", "task", "action", "result")
COMPETENCIES: tuple[str, ...] = (
    "teamwork",
    "leadership",
    "conflict",
    "failure-and-learning",
    "initiative",
    "adaptability",
    "communication",
    "time-management",
    "integrity",
    "problem-solving",
    "customer-focus",
    "learning-agility",
)


@dataclass(frozen=True)
class Question:
    """One interview question from a bank.

    Attributes:
        id: stable id, unique across all banks.
        text: the question as the interviewer asks it.
        kind: behavioral, hr or situational.
        competency: one of COMPETENCIES.
        roles: "general" or role-pack names.
        difficulty: 1 (warm-up) to 3 (hard).
        think_seconds: suggested thinking time before answering.
        answer_seconds: suggested answer length.
        follow_ups: probing questions an interviewer would ask next.
        key_points: what an interviewer listens for.
        tip: one line of advice.
        source: the bank file it came from ("" for questions built in code).
    """

    id: str
    text: str
    kind: QuestionKind
    competency: str
    roles: tuple[str, ...] = ("general",)
    difficulty: int = 2
    think_seconds: int = 30
    answer_seconds: int = 120
    follow_ups: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    tip: str = ""
    source: str = ""


@dataclass(frozen=True)
class Word:
    """A transcribed word with its time in the recording (seconds)."""

    word: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Transcript:
    """What a speech engine heard.

    Attributes:
        text: the transcript as shown to the user; filler spans point into it.
        words: words with timestamps, in order.
        duration_s: length of the whole recording.
        speech_s: seconds of detected speech (voice activity), <= duration_s.
        engine: "faster-whisper", "openai-whisper" or "fake" in tests.
        model: the model name or path used.
    """

    text: str
    words: tuple[Word, ...]
    duration_s: float
    speech_s: float
    engine: str
    model: str
