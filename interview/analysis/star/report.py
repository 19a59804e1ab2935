"""The STAR report types, each part's presence, strength and share, and the score.

Sentence labels become one PartReport per part (present, strong or weak, how much of the
answer it takes) and one 0-100 figure computed by visible arithmetic (`star_score`).
The knobs of that arithmetic are module constants so the tips can say how many points a
fix is worth. Findings (what to change) are built in `star.findings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from interview.analysis.sentences import Sentence
from interview.analysis.star.cues import Cue
from interview.models import STAR_PARTS, QuestionKind, StarPart

Strength = Literal["strong", "weak", "missing", "not_applicable"]

# A part is strong when one of its sentences has cues worth at least this much for it,
# one of them more than a signal (see `Cue.signal`): "In the end it worked out" is
# clearly a result, and clearly a weak one.
STRONG_EMISSION = 2.5
# Parts that are strong when the labeller is sure of them, whatever their cue words.
STRUCTURAL_PARTS: frozenset[StarPart] = frozenset({"situation", "task"})
# Points per part when strong; a weak part earns WEAK_FRACTION of them.
PART_POINTS: dict[StarPart, int] = {"situation": 15, "task": 15, "action": 35, "result": 25}
WEAK_FRACTION = 0.6
ORDER_POINTS = 10
# Share limits: background should not carry the answer, action should.
MAX_SITUATION_SHARE = 0.35
MIN_ACTION_SHARE = 0.30
SHARE_PENALTY = 10


@dataclass(frozen=True)
class LabelledSentence:
    """One sentence with its STAR part.

    Attributes:
        sentence: the sentence, with its span in the answer.
        part: situation, task, action, result, or None (not part of the story, or HR).
        evidence: the cues that decided the part, quoting the sentence's words.
        confidence: posterior probability of the part given the whole answer (0-1).
        plan_part: in a situational answer, the role a sentence told as a plan ("I would
            ...") plays in that plan (its situation, goal, step or outcome, named by the
            part it stands for); its `part` is then None, as a plan is no story. None for
            every other sentence (`star.plan`).
    """

    sentence: Sentence
    part: StarPart | None
    evidence: tuple[str, ...]
    confidence: float
    plan_part: StarPart | None = None

    @property
    def role(self) -> StarPart | None:
        """The part the sentence plays in the answer's structure, story or plan: what the
        part reports, the score and the tips read."""
        return self.part if self.part is not None else self.plan_part

    def to_dict(self) -> dict[str, Any]:
        """{text, start, end, star, plan_part, evidence, confidence}."""
        return {
            "text": self.sentence.text,
            "start": self.sentence.start,
            "end": self.sentence.end,
            "star": self.part,
            "plan_part": self.plan_part,
            "evidence": list(self.evidence),
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class PartReport:
    """How one STAR part shows in the answer.

    Attributes:
        part: situation, task, action or result.
        present: at least one sentence carries it (always False when STAR does not apply).
        strength: "strong" (a sentence with decisive cues that say something), "weak" (only
            hints, context, or markers such as "in the end it worked out"), "missing", or
            "not_applicable" (HR answers).
        share: fraction of the answer's words in its sentences.
        sentence_indexes: indexes of its sentences in the answer.
        evidence: the cues of its sentences, strongest first.
    """

    part: StarPart
    present: bool
    strength: Strength
    share: float
    sentence_indexes: tuple[int, ...] = ()
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """{present, strength, share, sentences, evidence}."""
        return {
            "present": self.present,
            "strength": self.strength,
            "share": self.share,
            "sentences": list(self.sentence_indexes),
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class StarReport:
    """The STAR reading of one answer.

    Attributes:
        applies: False for HR questions: no labels, no score, no missing parts.
        kind: the question kind the answer was judged as.
        sentences: every sentence with its label.
        parts: one PartReport per part, in S, T, A, R order.
        in_order: the parts first appear in S -> T -> A -> R order.
        score: 0-100 (see `star_score`), None when STAR does not apply.
        findings: what is missing, weak, or takes too much or too little of the answer.
    """

    applies: bool
    kind: QuestionKind
    sentences: tuple[LabelledSentence, ...]
    parts: tuple[PartReport, ...]
    in_order: bool
    score: int | None
    findings: tuple[Finding, ...] = field(default=())

    def part(self, name: StarPart) -> PartReport:
        """The report of one part by name."""
        return next(p for p in self.parts if p.part == name)

    def to_dict(self) -> dict[str, Any]:
        """{applies, kind, situation, task, action, result, score, in_order, labels,
        plan_labels, findings}; a situational answer's parts are those of its plan and
        story together (`LabelledSentence.role`)."""
        data: dict[str, Any] = {"applies": self.applies, "kind": self.kind}
        data.update({p.part: p.to_dict() for p in self.parts})
        data["score"] = self.score
        data["in_order"] = self.in_order
        data["labels"] = [s.part for s in self.sentences]
        data["plan_labels"] = [s.plan_part for s in self.sentences]
        data["findings"] = [f.to_dict() for f in self.findings]
        return data


FindingCode = Literal[
    "missing",
    "weak",
    "too_much_background",
    "too_little_action",
    "out_of_order",
    "weak_ownership",
    "result_not_measurable",
]


@dataclass(frozen=True)
class Finding:
    """One answer-level verdict, for the tips.

    Attributes:
        code: what kind of verdict (missing, weak, too_much_background, ...).
        part: the part it is about.
        message: what to change, in a coaching tone.
        sentence_index: the sentence it quotes, None when it is about an absent part.
        quote: that sentence's text ("" when None).
    """

    code: FindingCode
    part: StarPart
    message: str
    sentence_index: int | None = None
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        """{code, part, message, sentence_index, quote}."""
        return {
            "code": self.code,
            "part": self.part,
            "message": self.message,
            "sentence_index": self.sentence_index,
            "quote": self.quote,
        }


def build_parts(
    labelled: Sequence[LabelledSentence],
    cues: Sequence[Sequence[Cue]],
    counts: Sequence[int],
    *,
    confident: Sequence[bool] = (),
) -> tuple[PartReport, ...]:
    """One PartReport per part from the sentences' roles (story or plan), each sentence's
    cues and word counts.

    A situation or task sentence in `confident` (its part is clear from its structure) is
    strong without a strong cue; action and result still need cues that say something.
    """
    total = sum(counts) or 1
    reports = []
    for part in STAR_PARTS:
        indexes = tuple(i for i, s in enumerate(labelled) if s.role == part)
        own = sorted(
            (c for i in indexes for c in cues[i] if c.label == part), key=lambda c: -c.weight
        )
        strength: Strength = "missing"
        if indexes:
            strong = any(
                _is_strong([c for c in cues[i] if c.label == part])
                or (part in STRUCTURAL_PARTS and i < len(confident) and confident[i])
                for i in indexes
            )
            strength = "strong" if strong else "weak"
        reports.append(
            PartReport(
                part=part,
                present=bool(indexes),
                strength=strength,
                share=round(sum(counts[i] for i in indexes) / total, 3),
                sentence_indexes=indexes,
                evidence=tuple(dict.fromkeys(c.evidence for c in own)),
            )
        )
    return tuple(reports)


def _is_strong(cues: Sequence[Cue]) -> bool:
    """Whether one sentence's cues for its part are decisive and say something.

    Hedged cues ("I kind of helped", "I just worked on") claim less: they never make a
    part strong on their own.
    """
    cues = [c for c in cues if "(hedged)" not in c.evidence]
    weight = sum(c.weight for c in cues)
    return weight >= STRONG_EMISSION and any(not c.signal for c in cues)


def star_score(parts: Sequence[PartReport], *, in_order: bool) -> int:
    """0-100, visible arithmetic.

    score = sum over parts of PART_POINTS (S 15, T 15, A 35, R 25) when strong,
            60% of them when weak, 0 when missing
          + 10 when at least two parts are present and they first appear in S-T-A-R order
          - 10 when the situation takes more than 35% of the words
          - 10 when the action is present but takes less than 30% of the words
    clamped to 0-100 and rounded.
    """
    by_part = {p.part: p for p in parts}
    points = 0.0
    for part, value in PART_POINTS.items():
        report = by_part[part]
        if report.strength == "strong":
            points += value
        elif report.strength == "weak":
            points += value * WEAK_FRACTION
    if in_order and sum(p.present for p in parts) >= 2:
        points += ORDER_POINTS
    if by_part["situation"].share > MAX_SITUATION_SHARE:
        points -= SHARE_PENALTY
    if by_part["action"].present and by_part["action"].share < MIN_ACTION_SHARE:
        points -= SHARE_PENALTY
    return round(min(100.0, max(0.0, points)))
