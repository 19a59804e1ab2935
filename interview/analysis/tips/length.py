"""The length tip: an answer too short says what to add and where, one too long where to trim.

What to add depends on the question: a story has room for more of what was done; an HR
answer for one more example (with a figure only where a number is natural, see
`specificity.hr_fit`), and the end of an interview for one more question, never a figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.length import LengthReport
from interview.analysis.scoring import ScorePart, gain
from interview.analysis.specificity.hr_fit import fits
from interview.analysis.star.labeller import StarReport
from interview.analysis.tips.tip import Tip, quote_of

# What a short HR answer has room for, by family (else one example, or figure where it fits).
_MORE = {
    "questions": "one more question: about the work, the team or what success in the role "
    "looks like",
    "salary": "what your figure is based on (the market rate, your experience)",
}


def _about(seconds: float) -> str:  # never "about 0 seconds" for a few typed words
    return "less than a second" if seconds < 0.5 else f"about {_seconds(seconds)}"


def _seconds(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} second{'' if round(seconds) == 1 else 's'}"
    return f"{seconds / 60:.1f} minutes"


def _lengthen(star: StarReport, family: str | None) -> tuple[str, str]:
    """(sentence, advice) for a short answer: more on the actions, where a story has time;
    for an HR answer, what its family has room for (`_MORE`)."""
    texts = [s.sentence.text for s in star.sentences]
    actions = [s.sentence.text for s in star.sentences if s.role == "action"]
    if not star.applies:
        more = _MORE.get(family or "", "one concrete example or figure")
        more = more if fits(family, "facts") else more.replace(" or figure", "")
        return texts[-1], f"After '{quote_of(texts[-1])}', add {more}."
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
    length: LengthReport, star: StarReport, parts: Sequence[ScorePart], family: str | None = None
) -> Tip:
    """Too short (what to add, and where) or too long (where to trim); `family` is an HR
    answer's question family, if any."""
    low, high = length.band_s
    question = "an HR question" if star.kind == "hr" else f"a {star.kind} question"
    band = f"{round(low)}-{round(high)} s for {question}"
    sentences = [s.sentence for s in star.sentences]
    if length.verdict == "too_short":
        anchor, message = _lengthen(star, family)
        opening = f"At {_about(length.seconds)} your answer is short ({band})"
    else:
        background = [s.sentence for s in star.sentences if s.role in ("situation", None)]
        anchor = max(background or sentences, key=lambda s: len(s.text)).text
        message = f"Trim it, starting with '{quote_of(anchor)}'."
        opening = f"At {_about(length.seconds)} your answer is long ({band})"
    return Tip(
        "length", f"{opening}. {message}", anchor, gain(parts, "length", 100.0 - length.score)
    )
