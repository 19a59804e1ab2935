"""Frozen dataclasses shared across modules.

Questions come from the banks, transcripts from the speech engines; both are read by the
analysis, the history store and the UI. The analysis report types live with the analysis
(`interview.analysis.analysis`) because only it builds them.

A transcript has one JSON shape, `Transcript.to_dict()`: the CLI prints it
(`interview transcribe --json`, `evaluate --audio`), the store keeps it and exports carry
it. `from_dict` reads it back, and also the shapes stored before it was versioned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

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
        unintelligible: (start, end) seconds of voice that gave no words, even decoded
            twice; a gap there is not a pause, and the user is told about them.
        voice: (start, end) seconds where the voice detector heard voice, words or not;
            silence between words is a pause only outside them. Empty when unknown
            (transcripts stored before it was kept, or engines that do not say).
    """

    text: str
    words: tuple[Word, ...]
    duration_s: float
    speech_s: float
    engine: str
    model: str
    unintelligible: tuple[tuple[float, float], ...] = ()
    voice: tuple[tuple[float, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The one JSON shape of a transcript (durations to the millisecond)."""
        return {
            "version": TRANSCRIPT_VERSION,
            "text": self.text,
            "words": [
                {"word": w.word, "start": w.start, "end": w.end, "probability": w.probability}
                for w in self.words
            ],
            "duration_s": round(self.duration_s, 3),
            "speech_s": round(self.speech_s, 3),
            "engine": self.engine,
            "model": self.model,
            "unintelligible": [{"start": s, "end": e} for s, e in self.unintelligible],
            "voice": [{"start": s, "end": e} for s, e in self.voice],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Transcript:
        """Read `to_dict()`'s shape back; before version 1 `speech_s`, `engine`, `model` and
        a word's `probability` could be missing."""
        words = tuple(
            Word(
                word=str(w["word"]),
                start=float(w["start"]),
                end=float(w["end"]),
                probability=float(w.get("probability", 1.0)),
            )
            for w in data.get("words", ())
        )
        return cls(
            text=str(data["text"]),
            words=words,
            duration_s=float(data["duration_s"]),
            speech_s=float(data.get("speech_s", data["duration_s"])),
            engine=str(data.get("engine", "")),
            model=str(data.get("model", "")),
            unintelligible=tuple(
                (float(span["start"]), float(span["end"]))
                for span in data.get("unintelligible", ())
            ),
            voice=tuple(
                (float(span["start"]), float(span["end"])) for span in data.get("voice", ())
            ),
        )


# Version 1 added the "version" key; the keys themselves are only ever added to.
TRANSCRIPT_VERSION = 1
