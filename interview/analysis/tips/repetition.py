"""The tip for an answer that says the same sentence more than once.

A pasted-twice answer reads as long and complete to every other check; only a listener
notices that the second half adds nothing. The tip says so plainly, quotes the first
repeated sentence once, and carries the points the "repeats itself" cap took.
"""

from __future__ import annotations

from interview.analysis.analysis import Analysis
from interview.analysis.repetition import find_repeats
from interview.analysis.tips.tip import Tip, quote_of

__all__ = ["repetition_tip"]


def repetition_tip(analysis: Analysis) -> Tip | None:
    """Say which sentence the answer repeats and that the copies count for nothing."""
    repeats = find_repeats([s.sentence.text for s in analysis.star.sentences])
    if not repeats.sentences:
        return None
    first = repeats.sentences[0]
    others = len(repeats.sentences) - 1
    more = f" and {others} other sentence{'s' if others > 1 else ''}" if others else ""
    times = "once more" if repeats.copies == 1 else f"{repeats.copies} more times"
    message = (
        f"Your answer repeats itself: '{quote_of(first)}'{more} said again ({times} in all). "
        "An interviewer hears each point once; say it once and use the time for another "
        "detail of what you did or what came of it."
    )
    cap = analysis.score_cap
    lost = float(cap.uncapped - analysis.score) if cap and cap.reason == "repeats_itself" else 0.0
    return Tip("repetition", message, first, lost)
