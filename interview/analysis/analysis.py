"""The analysis of one answer as a single value, and the knobs that shape it.

`Analysis` groups every report (STAR, framing, relevance, specificity, fillers, hedges,
negativity, length, delivery) with the overall score, its breakdown and the tips.
`Analysis.to_dict()` is the JSON contract of `interview evaluate --json`, also stored by
the history and read by the app: keys may be added, never renamed or dropped.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from interview.analysis import from_json as read
from interview.analysis.attitude import AttitudeReport
from interview.analysis.delivery import DeliveryReport
from interview.analysis.fillers import FillerReport
from interview.analysis.framing import FramingReport
from interview.analysis.hedges import HedgeReport
from interview.analysis.hr.content import HrContentReport
from interview.analysis.length import LengthReport
from interview.analysis.negativity import NegativityReport
from interview.analysis.relevance import RelevanceReport
from interview.analysis.scoring import ScoreCap, ScorePart
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.star.labeller import StarReport
from interview.analysis.tips.tip import Tip
from interview.errors import AnswerError
from interview.models import QUESTION_KINDS, QuestionKind

# Bumped when a key's meaning changes (keys are only ever added).
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class AnalysisOptions:
    """Knobs of the analysis.

    Attributes:
        wpm: speaking pace used to estimate the time of a typed answer.
        behavioral_band_s: (low, high) seconds that suit a behavioral answer.
        situational_band_s: the same for a situational ("what would you do") answer.
        hr_band_s: the same for an HR/screening answer ("Tell me about yourself").
        max_words: longest answer analysed; longer ones raise AnswerError.
    """

    wpm: float = 150.0
    behavioral_band_s: tuple[float, float] = (60.0, 120.0)
    situational_band_s: tuple[float, float] = (60.0, 120.0)
    hr_band_s: tuple[float, float] = (30.0, 90.0)
    max_words: int = 20_000

    def __post_init__(self) -> None:
        bands = (self.behavioral_band_s, self.situational_band_s, self.hr_band_s)
        if not self.wpm > 0 or self.max_words < 1:
            raise ValueError(
                f"wpm and max_words must be positive, not {self.wpm}, {self.max_words}"
            )
        if any(not 0 < low < high for low, high in bands):
            raise ValueError(f"length bands must be 0 < low < high seconds, not {bands}")

    def band_for(self, kind: QuestionKind) -> tuple[float, float]:
        """The length band (seconds) for a question kind."""
        return {
            "behavioral": self.behavioral_band_s,
            "situational": self.situational_band_s,
            "hr": self.hr_band_s,
        }[kind]


def check_kind(kind: str) -> QuestionKind:
    """`kind` as a QuestionKind, or AnswerError naming the allowed kinds."""
    for allowed in QUESTION_KINDS:
        if kind == allowed:
            return allowed
    raise AnswerError(
        f"unknown question kind {kind!r}: expected one of {', '.join(QUESTION_KINDS)}"
    )


def check_duration(duration_s: float | None) -> float | None:
    """A duration in seconds must be a positive, finite number (or absent)."""
    if duration_s is not None and not (math.isfinite(duration_s) and duration_s > 0):
        raise AnswerError(f"duration must be a positive number of seconds, not {duration_s}")
    return duration_s


@dataclass(frozen=True)
class Analysis:
    """Everything the coach says about one answer.

    Attributes:
        text: the answer as submitted; every span points into it.
        kind: the question kind it was judged as.
        question: the question asked, when known.
        word_count: words in the answer.
        duration_s: the recording's duration or the one given, None for typed answers.
        star: STAR labels and parts (`applies` is False for HR questions).
        specificity: figures, names, verbs, ownership, measurable result, and its score.
        fillers: filler words and disfluencies.
        hedges: hedges and weak language.
        negativity: remarks against former employers or colleagues.
        length: the length against the band for the kind.
        delivery: pace and pauses of a spoken answer, None for typed ones.
        score: overall 0-100 (see `interview.analysis.scoring`).
        score_parts: the components of `score` with their weights.
        tips: what to change, most important first.
        framing: whether a behavioral answer tells a real example.
        relevance: whether the answer is about the question.
        score_cap: the limit put on the score (not a real example, off the question),
            None when none applies.
        attitude: phrases of a stance an interviewer hears as a warning (money first, a
            shrug, blaming others, a demand).
        hr_content: an HR answer read against its question family's checklist (what a
            weakness, "why us" or "tell me about yourself" answer should contain).
    """

    text: str
    kind: QuestionKind
    question: str | None
    word_count: int
    duration_s: float | None
    star: StarReport
    specificity: SpecificityReport
    fillers: FillerReport
    hedges: HedgeReport
    negativity: NegativityReport
    length: LengthReport
    delivery: DeliveryReport | None
    score: int
    score_parts: tuple[ScorePart, ...]
    tips: tuple[Tip, ...]
    framing: FramingReport
    relevance: RelevanceReport
    score_cap: ScoreCap | None = None
    attitude: AttitudeReport = field(default_factory=AttitudeReport)
    hr_content: HrContentReport = field(default_factory=HrContentReport)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of issue 2 (keys are only ever added); `from_dict` reads it."""
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": self.kind,
            "question": self.question,
            "text": self.text,
            "word_count": self.word_count,
            "duration_s": self.duration_s,
            "score": self.score,
            "score_parts": [part.to_dict() for part in self.score_parts],
            "sentences": [sentence.to_dict() for sentence in self.star.sentences],
            "star": self.star.to_dict(),
            "specificity": self.specificity.to_dict(),
            "fillers": self.fillers.to_dict(),
            "hedges": self.hedges.to_dict(),
            "negativity": self.negativity.to_dict(),
            "length": self.length.to_dict(),
            "delivery": None if self.delivery is None else self.delivery.to_dict(),
            "tips": [tip.to_dict() for tip in self.tips],
            "framing": self.framing.to_dict(),
            "relevance": self.relevance.to_dict(),
            "score_cap": None if self.score_cap is None else self.score_cap.to_dict(),
            "attitude": self.attitude.to_dict(),
            "hr_content": self.hr_content.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        """Read `to_dict()`'s shape back (any schema version up to this one), as stored."""
        words = int(data["word_count"])
        delivery = data.get("delivery")
        return cls(
            text=data["text"],
            kind=data["kind"],
            question=data.get("question"),
            word_count=words,
            duration_s=data.get("duration_s"),
            star=read.star_report(data["star"], data.get("sentences", ()), data["text"]),
            specificity=read.specificity_report(data["specificity"]),
            fillers=read.filler_report(data["fillers"], words),
            hedges=read.hedge_report(data["hedges"], words),
            negativity=read.negativity_report(data["negativity"]),
            length=read.length_report(data["length"]),
            delivery=read.delivery_report(delivery) if delivery else None,
            score=data["score"],
            score_parts=read.score_parts(data.get("score_parts", ())),
            tips=read.tips(data.get("tips", ())),
            framing=read.framing_report(data.get("framing")),
            relevance=read.relevance_report(data.get("relevance")),
            score_cap=read.score_cap(data.get("score_cap")),
            attitude=read.attitude_report(data.get("attitude")),
            hr_content=read.hr_content_report(data.get("hr_content")),
        )
