"""Tips about detail: figures, names, concrete verbs and vague words.

The specificity report says where an answer is short of detail; these tips say where to add
it, quoting the sentence that would gain most from it, and carry the overall points the fix
would win back through the specificity formula (`specificity_gain`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from interview.analysis.evidence import Evidence
from interview.analysis.scoring import ScorePart, gain
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.tips.tip import Tip, quote_of

_VERB_EXAMPLES = "(built, migrated, negotiated, cut, called, rewrote)"


def specificity_gain(
    specificity: SpecificityReport, parts: Sequence[ScorePart], name: str
) -> float:
    """Overall points regained by bringing one line of the specificity formula to full."""
    part = specificity.part(name)
    if part is None:
        return 0.0
    total = sum(p.weight for p in specificity.parts)
    return gain(parts, "specificity", 100.0 * part.weight * (1.0 - part.value) / total)


def _first_without(candidates: Sequence[str], having: set[str]) -> str:
    return next((text for text in candidates if text not in having), "")


def _lacking(candidates: Sequence[str], found: Sequence[Evidence]) -> str:
    """The first candidate sentence with none of `found` in it, else the longest one."""
    return _first_without(candidates, {e.sentence for e in found}) or max(candidates, key=len)


def figure_tip(
    specificity: SpecificityReport, doing: Sequence[str], parts: Sequence[ScorePart]
) -> Tip:
    where = _lacking(doing, specificity.facts)
    opening = (
        f"There are no figures in your answer: add one to '{quote_of(where)}'"
        if not specificity.facts
        else f"Add another figure to '{quote_of(where)}'"
    )
    message = f"{opening} - how many, how much, how long, or by what percentage."
    return Tip("specificity", message, where, specificity_gain(specificity, parts, "facts"))


def name_tip(
    specificity: SpecificityReport, doing: Sequence[str], parts: Sequence[ScorePart]
) -> Tip:
    where = _lacking(doing, specificity.names)
    message = (
        f"Name the tool, team, customer or organisation in '{quote_of(where)}' so the "
        "listener can picture it."
    )
    return Tip("specificity", message, where, specificity_gain(specificity, parts, "names"))


def vague_word_tip(specificity: SpecificityReport, parts: Sequence[ScorePart]) -> Tip | None:
    if not specificity.vague_words:
        return None
    first = specificity.vague_words[0]
    same = [v.text for v in specificity.vague_words if v.sentence == first.sentence]
    words = list(dict.fromkeys(same))
    listed = ", ".join(f"'{word}'" for word in words)
    verb = "is" if len(words) == 1 else "are"
    message = (
        f"{listed} in '{quote_of(first.sentence)}' {verb} vague: name the actual thing, "
        "number or person."
    )
    points = specificity_gain(specificity, parts, "vagueness")
    return Tip("specificity", message, first.sentence or None, points)


def verb_tip(
    specificity: SpecificityReport,
    doing: Sequence[str],
    parts: Sequence[ScorePart],
    *,
    story: bool = True,
) -> Tip | None:
    """A vague verb to replace, a sentence of `doing` to tell with a concrete verb, or (in a
    story where each has one) another step to add. `story` is False for HR answers."""
    points = specificity_gain(specificity, parts, "verbs")
    if specificity.vague_verbs:
        # The vague verb in what was done, if there is one there ("worked on" in the actions
        # rather than "helping with" in the task).
        vague = next(
            (v for v in specificity.vague_verbs if v.sentence in doing), specificity.vague_verbs[0]
        )
        message = (
            f"'{vague.text}' in '{quote_of(vague.sentence)}' hides what you did: say the action "
            f"itself {_VERB_EXAMPLES}."
        )
        return Tip("specificity", message, vague.sentence or None, points)
    if not story:
        return _claim_tip(specificity, doing, points)
    where = _first_without(doing, {verb.sentence for verb in specificity.concrete_verbs})
    if where:
        message = f"Say what you did with a concrete verb in '{quote_of(where)}' {_VERB_EXAMPLES}."
        return Tip("specificity", message, where, points)
    # Every sentence already has one: the formula wants more of them, so more steps.
    last = doing[-1] if doing else ""
    message = (
        f"After '{quote_of(last)}', add another step you took, told with a concrete verb "
        f"{_VERB_EXAMPLES}."
    )
    return Tip("specificity", message, last or None, points)


def _claim_tip(specificity: SpecificityReport, said: Sequence[str], points: float) -> Tip | None:
    """An HR answer is not a story: back up a claim that has neither a deed nor a figure
    ("I'm a people person"); a salary range needs no verb."""
    backed = {e.sentence for e in specificity.concrete_verbs + specificity.facts}
    # A claim whose next sentence is its example ("My strength is staying calm. Last winter
    # I kept ...") is backed already.
    followed = {claim for claim, after in itertools.pairwise(said) if after in backed}
    where = _first_without(said, backed | followed)
    if not where:
        return None
    message = (
        f"Back up '{quote_of(where)}' with something you did, told with a concrete verb "
        f"{_VERB_EXAMPLES}."
    )
    return Tip("specificity", message, where, points)
