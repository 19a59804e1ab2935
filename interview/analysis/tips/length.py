"""The length tip: an answer too short says what to add and where, one too long where to trim.

What to add depends on the question: a story has room for more of what was done; an HR
answer for one more example (with a figure only where a number is natural, see
`specificity.hr_fit`), and the end of an interview for one more question, never a figure.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from interview.analysis.length import LengthReport
from interview.analysis.scoring import ScorePart, gain
from interview.analysis.specificity.hr_fit import fits
from interview.analysis.star.labeller import StarReport
from interview.analysis.tips.tip import Tip, quote_of

# What a short HR answer has room for, by family (else one example, or figure where it fits):
# the first advice whose checklist element (`hr.checklist`) the answer lacks, or that names
# none. "Add what your figure is based on" to an answer that says "based on what similar
# roles pay" is advice to add what is already there.
_MORE: dict[str, tuple[tuple[str | None, str], ...]] = {
    "questions": (
        (
            None,
            "one more question: about the work, the team or what success in the role looks like",
        ),
    ),
    "salary": (
        ("basis", "what your figure is based on (the market rate, your experience)"),
        (None, "what you would bring to the role for that figure"),
    ),
    "strengths": (
        ("example", "one concrete example or figure"),
        (None, "what came of it, with a figure if you have one"),
    ),
}


def _room_for(family: str | None, missing: Collection[str]) -> str:
    """What a short HR answer of `family` has room for, given the checklist keys it lacks."""
    for key, advice in _MORE.get(family or "", ()):
        if key is None or key in missing:
            return advice
    return "one concrete example" + (" or figure" if fits(family, "facts") else "")


def _about(seconds: float) -> str:  # never "about 0 seconds" for a few typed words
    return "less than a second" if seconds < 0.5 else f"about {_seconds(seconds)}"


def _seconds(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} second{'' if round(seconds) == 1 else 's'}"
    return f"{seconds / 60:.1f} minutes"


def _lengthen(star: StarReport, family: str | None, missing: Collection[str]) -> tuple[str, str]:
    """(sentence, advice) for a short answer: more on the actions, where a story has time;
    for an HR answer, what its family has room for (`_room_for`)."""
    texts = [s.sentence.text for s in star.sentences]
    actions = [s.sentence.text for s in star.sentences if s.role == "action"]
    if not star.applies:
        return texts[-1], f"After '{quote_of(texts[-1])}', add {_room_for(family, missing)}."
    if not actions:
        return texts[-1], f"After '{quote_of(texts[-1])}', walk through what you did, step by step."
    anchor = max(actions, key=len)
    if star.kind == "situational":
        return anchor, (
            f"Tell more of how you would do it, after '{quote_of(anchor)}': a step, what you "
            "would weigh up, or what could go wrong and what you would do then."
        )
    return anchor, (
        f"Tell more of how you did it, after '{quote_of(anchor)}': a step, a decision you "
        "made, or an obstacle you got past."
    )


def length_tip(
    length: LengthReport,
    star: StarReport,
    parts: Sequence[ScorePart],
    family: str | None = None,
    missing: Collection[str] = (),
) -> Tip:
    """Too short (what to add, and where) or too long (where to trim); `family` is an HR
    answer's question family, if any, and `missing` the keys of its checklist not found."""
    low, high = length.band_s
    question = "an HR question" if star.kind == "hr" else f"a {star.kind} question"
    band = f"{round(low)}-{round(high)} s for {question}"
    sentences = [s.sentence for s in star.sentences]
    if length.verdict == "too_short":
        anchor, message = _lengthen(star, family, missing)
        opening = f"At {_about(length.seconds)} your answer is short ({band})"
    else:
        background = [s.sentence for s in star.sentences if s.role in ("situation", None)]
        anchor = max(background or sentences, key=lambda s: len(s.text)).text
        message = f"Trim it, starting with '{quote_of(anchor)}'."
        opening = f"At {_about(length.seconds)} your answer is long ({band})"
    return Tip(
        "length", f"{opening}. {message}", anchor, gain(parts, "length", 100.0 - length.score)
    )
