"""The pace tip: how far the pace is from an easy one decides how strongly it is said.

300 words a minute was labelled "fast" and told to "slow down a little": advice that
undersells a pace nobody can follow. The words follow the pace bands the report shows
(`delivery.pace_of`): just outside the good band (amber) is "a little"; beyond it plainly;
far beyond it (a third past the amber edge: above about 250 or below about 75 words a
minute) says the listener cannot keep up, with a concrete way to change it.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.delivery import AMBER_WPM, DeliveryReport, pace_of
from interview.analysis.scoring import ScorePart, gain, pace_score
from interview.analysis.tips.tip import Tip
from interview.areas import GOOD_WPM

# How far past the amber band a pace is "far too" fast or slow.
FAR_BEYOND = 1.0 / 3.0
# (direction, how far out) -> what follows "you spoke at N words a minute".
_SAID = {
    ("fast", "little"): ": slow down a little",
    ("fast", "out"): ", which is fast: slow down, and pause between your points",
    ("fast", "far"): (
        ", far faster than a listener can follow: slow down a lot, and take a breath at the "
        "end of every sentence"
    ),
    ("slow", "little"): ": pick up the pace a little",
    ("slow", "out"): ", which is slow: pick up the pace, and keep each sentence moving",
    ("slow", "far"): (
        ", slow enough for a listener to lose the thread: decide your next point before you "
        "start it, then say it in one go"
    ),
}


def pace_note(wpm: float) -> str | None:
    """What to say about `wpm`, scaled to how far it is outside the good band; None inside."""
    band, direction = pace_of(wpm)
    if direction is None:
        return None
    low, high = AMBER_WPM
    far = wpm > high * (1 + FAR_BEYOND) or wpm < low * (1 - FAR_BEYOND)
    how_far = "little" if band == "amber" else "far" if far else "out"
    return f"you spoke at {wpm:.0f} words a minute{_SAID[direction, how_far]}"


def pace_tip(delivery: DeliveryReport, parts: Sequence[ScorePart]) -> Tip | None:
    """Pace, long pauses and a late start in one tip; None when the pace score is full."""
    score = pace_score(delivery)
    if score is None or score >= 100 or delivery.wpm is None:
        return None
    notes = [note for note in (pace_note(delivery.wpm),) if note]
    if delivery.long_pauses:
        notes.append(_long_pauses_note(delivery))
    if delivery.late_start and delivery.first_word_s is not None:
        notes.append(f"your first word came after {delivery.first_word_s:.1f} s")
    message = "; ".join(notes)
    low, high = GOOD_WPM
    return Tip(
        "pace",
        f"{message[0].upper()}{message[1:]}. {round(low)}-{round(high)} words a minute with "
        "short pauses between points is easy to follow.",
        None,
        gain(parts, "pace", 100.0 - score),
    )


def _long_pauses_note(delivery: DeliveryReport) -> str:
    """'you paused for more than 2.5 s once (at 0:12)', with when, so the user can find it."""
    pauses = delivery.long_pauses
    times = ", ".join(f"{int(p.start // 60)}:{int(p.start % 60):02d}" for p in pauses[:3])
    more = ", ..." if len(pauses) > 3 else ""
    how_often = "once" if len(pauses) == 1 else f"{len(pauses)} times"
    return f"you paused for more than 2.5 s {how_often} (at {times}{more})"
