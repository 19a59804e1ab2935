"""The one tip a one-line answer needs: it is too short to answer, and what a full answer has.

"Yes." to "How do you handle pressure?" was told to add a figure to 'Yes', to name an
organisation in it and, for a plan, to say what it would do "after your answer": advice on
the details of a word that has no details. A coach says one thing first: this is too short,
and here is what the question wants. So an answer of a few words gets that tip, first,
instead of the detail tips (story parts, figures, names, the family checklist, length);
what it says wrong (a fault, a remark) is still told.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.analysis import Analysis
from interview.analysis.scoring import ScorePart, gain
from interview.analysis.tips.tip import Tip, quote_of

# Fewer words than this is a one-liner: "Yes.", "I'm a perfectionist.", "I stay calm."
# Eight words make a sentence that can start a real answer ("Last spring our main supplier
# went bust overnight.") and are left to the usual tips.
ONE_LINER_WORDS = 8

_WANTS = {
    "behavioral": (
        "a real example told in a few sentences: when and where it was, what you did "
        "yourself, and how it ended"
    ),
    "situational": (
        "a plan told in a few sentences: what you would do first and then next, and the "
        "outcome you would aim for"
    ),
    "hr": "a few sentences: your answer, then one real example that backs it",
}


def is_one_liner(analysis: Analysis) -> bool:
    """True when the answer is too few words to be advised on its details."""
    return 0 < analysis.word_count < ONE_LINER_WORDS


def _hr_wants(analysis: Analysis) -> str:
    """What an HR answer of a few sentences should hold: its family's missing elements."""
    labels = [check.label for check in analysis.hr_content.missing]
    if not labels:
        return _WANTS["hr"]
    # Labels are fragments, some with a comma ("a real weakness, named"): listed after a
    # colon, between semicolons.
    listed = labels[0] if len(labels) == 1 else "; ".join(labels[:-1]) + "; and " + labels[-1]
    return f"a few sentences that cover: {listed}"


def one_liner_tip(analysis: Analysis, parts: Sequence[ScorePart]) -> Tip:
    """'Yes' is too short: what the question wants instead, with the length band."""
    kind = analysis.star.kind
    wants = _hr_wants(analysis) if kind == "hr" else _WANTS.get(kind, _WANTS["behavioral"])
    low, high = analysis.length.band_s
    text = " ".join(s.sentence.text for s in analysis.star.sentences)
    message = (
        f"'{quote_of(text)}' is too short to answer this question. It wants {wants} "
        f"(about {round(low)}-{round(high)} seconds)."
    )
    return Tip("length", message, None, gain(parts, "length", 100.0 - analysis.length.score))
