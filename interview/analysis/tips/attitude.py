"""Tips for the attitude faults (`interview.analysis.attitude`): one per kind of fault.

A coach names a stance before any detail of the story: once an interviewer has heard "the
pay is better" or "no big loss", nothing else in the answer is weighed the same way. So
each kind of fault gets one tip quoting its first phrase, and the first tip also wins back
what the attitude cap took from the score.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.analysis import Analysis
from interview.analysis.scoring import ScorePart
from interview.analysis.tips.tip import Tip

_ADVICE: dict[str, str] = {
    "money_first": "puts pay first, which an interviewer hears as a reason to leave for "
    "the next raise. Lead with what draws you to this work and this employer (the people "
    "you would serve, what you would learn, why their way of working suits you); pay can "
    "wait for the offer.",
    "no_commitment": "tells the interviewer you plan to move on soon, and hiring and "
    "training someone is a cost they want to keep. Say what you want to learn and achieve "
    "in this role, and how it fits where you are heading.",
    "dismissive": "sounds as if the outcome did not matter to you. Say what you made of it "
    "instead: what you tried, what you would do differently, or how you won the person back.",
    "blames_others": "puts the blame on someone else. Even when others played a part, say "
    "what was yours, what you did about it and what you changed afterwards.",
    "demand": "sounds like an ultimatum. Give a range you have researched, say what it is "
    "based on, and that you are open to talking about the whole package.",
}


def attitude_tips(analysis: Analysis, parts: Sequence[ScorePart]) -> list[Tip]:
    """One tip per kind of attitude fault, in the order the answer says them."""
    del parts  # the cap, not a score component, is what a fault costs
    cap = analysis.score_cap
    capped = float(cap.uncapped - analysis.score) if cap and cap.reason == "attitude" else 0.0
    first_of: dict[str, int] = {}
    for i, remark in enumerate(analysis.attitude.remarks):
        first_of.setdefault(remark.label, i)
    tips = []
    for n, i in enumerate(sorted(first_of.values())):
        remark = analysis.attitude.remarks[i]
        advice = _ADVICE.get(remark.label, _ADVICE["dismissive"])
        tips.append(
            Tip(
                "attitude",
                f"'{remark.text}' {advice}",
                remark.sentence or None,
                capped if n == 0 else 0.0,
            )
        )
    return tips
