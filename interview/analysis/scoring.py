"""The overall 0-100 score: a weighted average of the component scores, shown in full.

A single number is only useful if the candidate can see where it came from, so the score
is plain arithmetic over parts that are each reported with their own evidence, and it ranks
answers the way a coach would: what was said (a real, specific example of the thing asked
about) counts far more than how tidily it was said.

    weighted = sum(weight * score) / sum(weight)   over the components that apply
    overall  = round(weighted * cap)               cap = 1 unless one below applies

    component     weight  score (0-100)
    specificity     40    the specificity score
    star            25    the STAR score (behavioral and situational answers only)
    fillers          8    100 - 10 per filler per 100 words above 1 (0 at 11 per 100 words)
    hedges           5    100 - 10 per hedge per 100 words above 1
    negativity       7    100 - 50 per negative remark about a former employer or colleague
    length           7    the length score (100 inside the band for the question kind)
    pace             8    spoken answers only: 100 inside 130-160 words a minute, minus 2 per
                          word a minute outside it, minus 5 per pause over 2.5 s, minus 10
                          for a first word later than 2.5 s
    hr_content      35    HR answers whose question is in a family (weakness, why this
                          job, tell me about yourself...; see `hr.content`): 100 x the
                          weight of the family's checklist found / its total weight,
                          minus each fault's penalty ("I'm a perfectionist": 40), >= 0

Fillers, hedges, negativity and pace score 100 for a fault that is absent, which a
one-word answer earns as easily as a story; so their weights are multiplied by
min(1, words / FULL_CREDIT_WORDS): "Yes." earns nothing for having no fillers.

    cap                                      value
    not a real example (behavioral answer    0.4   told as "I would..." or as general
      with no past story)                          claims: the question asked for one time
    off the question, or topic unclear       1 - 0.7 x confidence: proportional to how
      (see `relevance`)                            sure the check is that the answer is off
                                                   the question (0.3 when sure, 0.65 for
                                                   an answer that meets nothing of it but
                                                   fits nothing else either), so a wrong
                                                   call on weak evidence costs little;
                                                   never for an HR answer with half its
                                                   checklist found (`hr.content`)
    speaks badly of people (a former        0.6   "I hate customers", "my boss was useless":
      employer, colleagues, the people            an interviewer hears a warning, whatever
      served; see `negativity`)                   else the answer does well
    shows a warning stance (money first     0.6   "the pay is better", "no big loss", "it
      when asked why the job, a shrug,            wasn't my fault": a coach hears the
      blaming others; see `attitude`)             stance before the story
    declines an HR question ("I don't       0.4   nothing of the question's checklist and
      have any weaknesses", "No, you've           a refusal: like a story never told, it
      covered everything"; `hr.faults`)           gives the interviewer nothing to weigh
    repeats itself (a sentence of 5+ words   1 - 0.5 x the share of the answer's words
      said again; see `repetition`)                that are such repeats: an answer pasted
                                                   twice gets 0.75, 8 times 0.56; the copies
                                                   add nothing a listener had not heard
    makes a demand on pay ("non-            0.3   an ultimatum ends the talk before it
      negotiable", "I wouldn't get out of         starts: it weighs like an answer to
      bed for less"; `attitude`)                  another question, below any plain one

Weights are renormalised over the components that apply: an HR answer has no STAR
component (STAR and hr_content never apply together, so the others sum to 100 with either;
hr_content weighs 35 of 102 in a typed HR answer of 60 words or more), an HR question in
no family has no hr_content, a typed answer no pace. `score_parts` reports each component
with its renormalised weight and `ScoreCap` the cap with its reason, so the overall score
can be checked by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.analysis.delivery import DeliveryReport
from interview.areas import GOOD_WPM

WEIGHTS: dict[str, int] = {
    "star": 25,
    "specificity": 40,
    "fillers": 8,
    "hedges": 5,
    "length": 7,
    "negativity": 7,
    "pace": 8,
    "hr_content": 35,
}
# Components that score the absence of a fault: credited in proportion to what was said.
CLEAN_AREAS = frozenset({"fillers", "hedges", "negativity", "pace"})
FULL_CREDIT_WORDS = 60
CAPS: dict[str, float] = {
    "not_a_real_example": 0.4,
    "off_topic": 0.3,
    "topic_unclear": 0.7,
    "speaks_badly": 0.6,
    "attitude": 0.6,
    "declines_question": 0.4,
}
# The "repeats itself" cap is 1 - REPEAT_CAP_SLOPE x the share of words that are repeats.
REPEAT_CAP_SLOPE = 0.5
# The attitude cap when the stance is a demand on pay (the reason stays "attitude").
DEMAND_CAP = 0.3
FREE_PER_100_WORDS = 1.0
POINTS_PER_EXTRA = 10.0
POINTS_PER_REMARK = 50
PACE_POINTS_PER_WPM = 2.0
LONG_PAUSE_POINTS = 5
LATE_START_POINTS = 10


@dataclass(frozen=True)
class ScorePart:
    """One component of the overall score.

    Attributes:
        area: star, specificity, fillers, hedges, length, negativity, pace or hr_content.
        score: the component's score, 0-100.
        weight: its share of the overall score (weights of the parts sum to 1).
    """

    area: str
    score: int
    weight: float

    @property
    def points(self) -> float:
        """What this part adds to the overall score."""
        return self.score * self.weight

    def to_dict(self) -> dict[str, Any]:
        # Points from the weight as written, so an analysis read back writes the same JSON.
        weight = round(self.weight, 4)
        return {
            "area": self.area,
            "score": self.score,
            "weight": weight,
            "points": round(self.score * weight, 1),
        }


@dataclass(frozen=True)
class ScoreCap:
    """A limit on the overall score, with its reason.

    Attributes:
        reason: a key of CAPS (not_a_real_example, off_topic, topic_unclear,
            speaks_badly, attitude, declines_question) or repeats_itself.
        factor: the weighted score is multiplied by this (so it is at most 100 * factor).
        uncapped: the score the answer would have had without the cap.
    """

    reason: str
    factor: float
    uncapped: int

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "factor": self.factor, "uncapped": self.uncapped}


def rate_score(per_100_words: float) -> int:
    """Fillers or hedges: free up to 1 per 100 words, then 10 points per extra one."""
    excess = max(0.0, per_100_words - FREE_PER_100_WORDS)
    return round(max(0.0, 100.0 - POINTS_PER_EXTRA * excess))


def negativity_score(remarks: int) -> int:
    return max(0, 100 - POINTS_PER_REMARK * remarks)


def pace_score(delivery: DeliveryReport) -> int | None:
    """0-100 from words a minute, long pauses and a late start; None without speech."""
    if delivery.wpm is None:
        return None
    low, high = GOOD_WPM
    off_by = max(0.0, low - delivery.wpm, delivery.wpm - high)
    points = 100.0 - PACE_POINTS_PER_WPM * off_by
    points -= LONG_PAUSE_POINTS * len(delivery.long_pauses)
    points -= LATE_START_POINTS if delivery.late_start else 0
    return round(max(0.0, points))


def score_parts(
    scores: dict[str, int | None], *, words: int | None = None
) -> tuple[ScorePart, ...]:
    """Weigh the component scores that apply (None means it does not apply).

    With `words`, the CLEAN_AREAS weigh min(1, words / FULL_CREDIT_WORDS) of their weight.
    Raises KeyError for an area that has no weight.
    """
    credit = 1.0 if words is None else min(1.0, words / FULL_CREDIT_WORDS)
    applying = {area: score for area, score in scores.items() if score is not None}
    weights = {area: WEIGHTS[area] * (credit if area in CLEAN_AREAS else 1.0) for area in applying}
    total = sum(weights.values())
    return tuple(
        ScorePart(area, score, weights[area] / total if total else 0.0)
        for area, score in sorted(applying.items(), key=lambda item: list(WEIGHTS).index(item[0]))
    )


def overall_score(parts: Sequence[ScorePart], cap: ScoreCap | None = None) -> int:
    """The weighted average of the parts, times the cap's factor, rounded (0 without parts)."""
    weighted = sum(part.points for part in parts)
    return round(weighted * (cap.factor if cap is not None else 1.0))


def score_cap(
    *,
    real_example: bool,
    off_topic: bool,
    parts: Sequence[ScorePart],
    topic_unclear: bool = False,
    speaks_badly: bool = False,
    attitude: bool = False,
    off_topic_confidence: float | None = None,
    demand: bool = False,
    declines: bool = False,
    repeated_share: float = 0.0,
) -> ScoreCap | None:
    """The strictest cap that applies to the answer, or None.

    With `off_topic_confidence` (0-1) the relevance caps are 1 - 0.7 x confidence (see
    the module docstring); without it they are CAPS' fixed values. With `demand` (the
    attitude heard is a demand on pay) the attitude cap is DEMAND_CAP. `repeated_share`
    (0-1, see `repetition`) caps at 1 - REPEAT_CAP_SLOPE x it when above 0.
    """
    factors = dict(CAPS) | {"repeats_itself": round(1.0 - REPEAT_CAP_SLOPE * repeated_share, 2)}
    if demand:
        factors["attitude"] = DEMAND_CAP
    if off_topic_confidence is not None:
        relevance = round(1.0 - (1.0 - CAPS["off_topic"]) * off_topic_confidence, 2)
        factors.update(off_topic=relevance, topic_unclear=relevance)
    applies = {
        "not_a_real_example": not real_example,
        "off_topic": off_topic,
        "topic_unclear": topic_unclear,
        "speaks_badly": speaks_badly,
        "attitude": attitude,
        "declines_question": declines,
        "repeats_itself": repeated_share > 0.0,
    }
    reasons = [reason for reason, applying in applies.items() if applying]
    if not reasons:
        return None
    reason = min(reasons, key=lambda r: factors[r])
    return ScoreCap(reason, factors[reason], overall_score(parts))


def gain(parts: Sequence[ScorePart], area: str, points: float) -> float:
    """Overall points gained if the component `area` rose by `points` (capped at 100)."""
    for part in parts:
        if part.area == area:
            return part.weight * max(0.0, min(points, 100.0 - part.score))
    return 0.0
