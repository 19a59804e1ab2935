"""Coaching tips, the one that matters most first.

A list of everything that could be better is not coaching. Each tip here says what to add
or change, quotes the sentence it is about, and carries its `gain`: the overall points the
answer would earn if that one thing were fixed, computed from the same formulas that made
the score (`scoring`, `specificity.measure`, `star.report`).

A coach fixes substance before polish, so tips come in tiers (`TIERS`) and by gain within a
tier: first whether the answer is a real example and about the question (and whether it
speaks badly of people, once that caps the score), then its substance (story parts,
figures, a result, ownership), then length and tone, and only then delivery (fillers,
hedges, pace). An HR answer ("What is your greatest weakness?") is not a story, and what
its question asks for matters before any detail (`HR_TIERS`): after the question and the
stance (attitude), first what it lacks of its family's checklist (`hr_content`) with any
remark against people, then detail (figures, names, verbs, ownership, only the kinds that
fit the family: `specificity.hr_fit`) with length, then delivery. An answer that is not a real
example, or not about the question, gets no advice on its details: the fix is another
story. The gains shown fall within a tier, not across tiers: a length tip may show more
points than a story tip above it, on purpose (`tip.ORDER_RULE` says so to the user).
A sentence is quoted by one tip only: a later tip names it by its first words
(`tip.unrepeat`), so the same quote never appears twice.
Tips describe the answer, never the candidate, and never say whether to hire anyone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from interview.analysis.analysis import Analysis
from interview.analysis.evidence import SentenceIndex
from interview.analysis.fillers import FillerReport
from interview.analysis.hedges import HedgeReport
from interview.analysis.scoring import (
    CLEAN_AREAS,
    POINTS_PER_REMARK,
    ScorePart,
    gain,
    negativity_score,
    rate_score,
)
from interview.analysis.specificity.hr_fit import for_advice
from interview.analysis.tips.attitude import attitude_tips
from interview.analysis.tips.hr_content import hr_content_tips
from interview.analysis.tips.length import length_tip
from interview.analysis.tips.one_liner import is_one_liner, one_liner_tip
from interview.analysis.tips.pace import pace_tip
from interview.analysis.tips.repetition import repetition_tip
from interview.analysis.tips.story import hedged_sentences, story_tips
from interview.analysis.tips.tip import Tip, quote_of, unrepeat
from interview.areas import report_order

__all__ = ["Tip", "build_tips", "tiers_for"]

_DISPLAY = {"repeat": "repeated word", "i mean": "I mean"}
# Lower tiers come first; every area is in one.
TIERS: dict[str, int] = {
    "example": 0,
    "relevance": 1,
    "attitude": 1,
    "repetition": 1,
    "situation": 2,
    "task": 2,
    "action": 2,
    "result": 2,
    "specificity": 2,
    "ownership": 2,
    "hr_content": 2,
    "negativity": 3,
    "length": 3,
    "fillers": 4,
    "hedges": 4,
    "pace": 4,
}
# An HR answer is no story: what its question asks for, and its tone, come before the
# detail that backs it up ("add a figure" to an honest weakness is not the first fix).
HR_TIERS: dict[str, int] = TIERS | {
    "hr_content": 2,
    "negativity": 2,
    "specificity": 3,
    "ownership": 3,
    "length": 3,
}
# A tip worth under half a point is noise ("59 seconds is short" on a rambling answer); one
# about a fault found (fillers, pace...) is kept however short the answer.
MIN_TIP_GAIN = 0.5


def _filler_tip(fillers: FillerReport, index: SentenceIndex, parts: Sequence[ScorePart]) -> Tip:
    counts = ", ".join(f"'{_DISPLAY.get(word, word)}' x{n}" for word, n in fillers.counts.items())
    # The sentence with the most fillers; the first of equals, so the tip never varies.
    per_sentence = Counter(index.quote(f.start) for f in fillers.fillers)
    busiest = max(per_sentence, key=lambda quote: per_sentence[quote])
    plural = "s" if fillers.total > 1 else ""
    return Tip(
        "fillers",
        f"You used {fillers.total} filler{plural} ({counts}), for example in "
        f"'{quote_of(busiest)}': pause silently instead; a short silence sounds surer than "
        "a filler.",
        busiest or None,
        gain(parts, "fillers", 100.0 - rate_score(fillers.per_100_words)),
    )


def _hedge_tip(hedges: HedgeReport, parts: Sequence[ScorePart], quoted: frozenset[str]) -> Tip:
    """The hedges, quoting the first hedged sentence no other tip already calls unsure."""
    first = next((h for h in hedges.hedges if h.sentence not in quoted), hedges.hedges[0])
    same = [h.text for h in hedges.hedges if h.sentence == first.sentence]
    phrases = " and ".join(f"'{p}'" for p in dict.fromkeys(same))
    verb = "undercuts" if len(set(same)) == 1 else "undercut"
    others = hedges.total - len(same)
    more = f", and {others} more elsewhere" if others else ""
    return Tip(
        "hedges",
        f"{phrases} in '{quote_of(first.sentence)}' {verb} your own work{more}: say it "
        "plainly ('I fixed it', not 'I think I just fixed it').",
        first.sentence or None,
        gain(parts, "hedges", 100.0 - rate_score(hedges.per_100_words)),
    )


def _negativity_tips(analysis: Analysis, parts: Sequence[ScorePart]) -> list[Tip]:
    """One tip per remark; the first also wins back what the "speaks badly" cap took."""
    remarks = analysis.negativity.remarks
    lost = 100 - negativity_score(len(remarks))
    cap = analysis.score_cap
    capped = float(cap.uncapped - analysis.score) if cap and cap.reason == "speaks_badly" else 0.0
    return [
        Tip(
            "negativity",
            f"'{remark.text}' speaks badly of people you worked with or for: describe what "
            "happened neutrally and focus on what you did about it.",
            remark.sentence or None,
            gain(parts, "negativity", min(float(POINTS_PER_REMARK), lost))
            + (capped if i == 0 else 0.0),
        )
        for i, remark in enumerate(remarks)
    ]


def _relevance_tip(analysis: Analysis) -> Tip | None:
    """Say that the answer is off the question, with the words that show it."""
    relevance = analysis.relevance
    if not relevance.off_topic:
        return None
    asked = " or ".join(f"'{word}'" for word in relevance.unmatched[:4]) or "its wording"
    competency = (relevance.competency or "").replace("-", " ")
    # "(its topic: initiative)", never "(initiative (the question's topic))".
    topic = f"its topic: {competency}" if competency else "its topic"
    elsewhere = (relevance.elsewhere or "").replace("-", " ")
    reads = f" and it reads more like a story about {elsewhere}" if elsewhere else ""
    reads = " and nobody but you is in it" if relevance.nobody_else else reads
    message = (
        f"Your answer does not seem to address the question: it never says {asked}{reads}. "
        f"Check what was asked ({topic}) and tell an example that shows exactly that."
    )
    uncapped = analysis.score_cap.uncapped if analysis.score_cap else analysis.score
    return Tip("relevance", message, None, float(uncapped - analysis.score))


def _unclear_topic_tip(analysis: Analysis) -> Tip | None:
    """A gentle word when the answer meets nothing of the question's topic but fits no
    other topic clearly either: it may be relevant in words of its own, so only ask."""
    relevance = analysis.relevance
    if not relevance.doubtful:
        return None
    asked = " or ".join(f"'{word}'" for word in relevance.unmatched[:4]) or "its wording"
    message = (
        f"We could not tell whether your answer is about what was asked: it never says {asked}."
        " If it is, say how in a sentence (for example, open with what the question asked "
        "about); if not, pick an example that shows exactly that."
    )
    uncapped = analysis.score_cap.uncapped if analysis.score_cap else analysis.score
    return Tip("relevance", message, None, float(uncapped - analysis.score))


def _framing_tip(analysis: Analysis) -> Tip | None:
    """Say that a behavioral answer is not a real example, and what to do instead."""
    framing = analysis.framing
    if framing.real_example:
        return None
    uncapped = analysis.score_cap.uncapped if analysis.score_cap else analysis.score
    # It quotes the answer's words but is about the whole answer: it holds no sentence back.
    return Tip("example", framing.message, None, float(uncapped - analysis.score))


def _worth_it(tip: Tip) -> bool:
    return tip.gain >= MIN_TIP_GAIN or tip.area in CLEAN_AREAS or TIERS[tip.area] < 2


def _with_remarks(tips: list[Tip], remarks: list[Tip]) -> list[Tip]:
    """`tips` and the remark tips, without detail tips on the sentence of a remark or of an
    HR fault (`tips` holds the HR tips already): a remark is to be said another way, not
    dressed up ("Name the organisation in 'My manager is a nightmare'", "back it up with
    something you did" would coach the remark)."""
    # An HR fault's sentence ("I'm 34, married with two kids", "I'm hard-working") is to be
    # left out or backed by a story, not given a name or a figure either.
    faults = [tip for tip in tips if tip.area == "hr_content"]
    reworded = {tip.quote for tip in remarks + faults if tip.quote}
    kept = [tip for tip in tips if not (tip.area == "specificity" and tip.quote in reworded)]
    return kept + remarks


def tiers_for(analysis: Analysis) -> dict[str, int]:
    """Each area's tier for this answer, lower first: an HR answer orders some areas
    differently, and a remark that caps the score is heard before any detail (see the
    module docstring). The session summary ranks its areas by these too."""
    capped = analysis.score_cap is not None and analysis.score_cap.reason == "speaks_badly"
    tiers = HR_TIERS if analysis.star.kind == "hr" else TIERS
    tiers = tiers | ({"negativity": TIERS["relevance"]} if capped else {})
    # A one-liner's one tip, that it is too short (`tips.one_liner`), is heard first.
    return tiers | ({"length": TIERS["example"]} if is_one_liner(analysis) else {})


def _content_tips(analysis: Analysis, *, one_liner: bool) -> list[Tip]:
    """What the answer says: its story parts, figures, checklist and length; for a one-liner
    only that it is too short, with any fault heard in it (`one_liner`)."""
    star, parts = analysis.star, analysis.score_parts
    family = analysis.hr_content.family
    missing = [check.key for check in analysis.hr_content.missing]
    hr_tips = hr_content_tips(analysis.hr_content, parts)
    if one_liner:
        faults = [tip for tip in hr_tips if tip.quote]
        return [one_liner_tip(analysis, parts), *faults]
    advice = for_advice(analysis.specificity, family, missing)
    short = analysis.length.verdict == "too_short"
    tips = story_tips(star, advice, parts, short=short) + hr_tips
    if analysis.length.verdict != "ok":
        tips.append(length_tip(analysis.length, star, parts, family, missing))
    unclear = _unclear_topic_tip(analysis)
    return tips + ([unclear] if unclear is not None else [])


def build_tips(analysis: Analysis) -> tuple[Tip, ...]:
    """The tips worth giving, most important first (see the module docstring).

    `analysis` must already carry its score parts; its own tips are ignored.
    """
    star, parts = analysis.star, analysis.score_parts
    index = SentenceIndex([s.sentence for s in star.sentences])
    tips = [tip for tip in (_framing_tip(analysis), _relevance_tip(analysis)) if tip]
    # Details of a plan, or of a story about something else, are moot: tell another one.
    one_liner = not tips and is_one_liner(analysis)
    if not tips:
        tips += _content_tips(analysis, one_liner=one_liner)
    repeated = repetition_tip(analysis)
    tips += [repeated] if repeated else []
    tips = _with_remarks(tips, _negativity_tips(analysis, parts) + attitude_tips(analysis, parts))
    if analysis.fillers.total:
        tips.append(_filler_tip(analysis.fillers, index, parts))
    if analysis.hedges.total:
        tips.append(_hedge_tip(analysis.hedges, parts, hedged_sentences(star)))
    pace = pace_tip(analysis.delivery, parts) if analysis.delivery is not None else None
    if pace is not None:
        tips.append(pace)
    tiers = tiers_for(analysis)
    ordered = sorted(
        (tip for tip in tips if _worth_it(tip)),
        key=lambda tip: (tiers[tip.area], -round(tip.gain, 1), report_order(tip.area)),
    )
    return tuple(unrepeat(ordered, [s.sentence.text for s in star.sentences]))
