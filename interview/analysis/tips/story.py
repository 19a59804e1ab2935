"""Tips about the story itself: its STAR parts, then every story tip in one list.

The STAR report says which parts are missing, thin, hedged or out of proportion; where
STAR and specificity meet (a result with no figure, actions told with "we") one tip covers
both and earns both gains. Detail tips (figures, names, verbs, vague words) come from
`tips.detail`. Each tip quotes the sentence to work on (for a missing part, the sentence it
should come before or after) and its gain comes from the formula that scored it:
`star.report.star_score` for STAR parts, the specificity formula for the rest, weighted by
the part's share of the overall score.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.scoring import ScorePart, gain
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.star.labeller import StarReport
from interview.analysis.star.plan import aimed_outcome_message
from interview.analysis.star.report import (
    ORDER_POINTS,
    PART_POINTS,
    SHARE_PENALTY,
    WEAK_FRACTION,
    Finding,
)
from interview.analysis.tips.detail import (
    figure_tip,
    name_tip,
    specificity_gain,
    vague_word_tip,
    verb_tip,
)
from interview.analysis.tips.tip import Tip, quote_of
from interview.models import StarPart

# Findings the specificity tips cover with the figures that scored them.
_COVERED = frozenset({"result_not_measurable", "weak_ownership"})
_MISSING = {
    "situation": "Before '{q}', set the scene: where and when this happened, and what was "
    "at stake.",
    "task": "Before '{q}', say what you were responsible for or what the goal was "
    "('My job was to ...').",
    "action": "After '{q}', tell what you did yourself, step by step, with 'I' and concrete "
    "verbs ('I rewrote', 'I called').",
    "result": "After '{q}', end with what changed because of what you did, ideally with a "
    "number, or what you learned.",
}
# A situational answer ("What would you do if ...") is a plan, not a past story.
_MISSING_PLAN = {
    "situation": "Before '{q}', restate the situation in a sentence: who is involved and what "
    "is at stake, so your plan has a clear starting point.",
    "task": "Before '{q}', say what your goal would be ('My priority would be to ...').",
    "action": "After '{q}', say what you would do yourself, step by step ('I would call ...', "
    "'then I would ...').",
    "result": "After '{q}', end with the outcome you would aim for and how you would know "
    "it worked.",
}
# "in '{q}'" reads right when a sentence quoted above stands for the quote ("Your setting
# in the sentence quoted above (...)"). A result is weak only when it has its figure (one
# without is `result_not_measurable`, the specificity tip's job): never ask for a number.
_WEAK = {
    "situation": "Your setting in '{q}' is thin: add when and where this was and what was at "
    "stake.",
    "task": "Your task in '{q}' is not clear yet: say plainly what you had to achieve "
    "('My job was to ...').",
    "action": "Your actions in '{q}' are vague: name what you yourself did, with concrete verbs.",
    "result": "Your result in '{q}' has its figure: now tie it to your own actions, so the "
    "listener hears it came from what you did.",
}
# A part that is weak because it is hedged ("I was kind of in charge of ...").
_HEDGED = (
    "'{q}' sounds unsure of your {noun}: drop the hedges ('kind of', 'just', 'probably') "
    "and say it plainly."
)
_NOUNS = {"situation": "setting", "task": "task", "action": "own actions", "result": "result"}
_SHAPE = {
    "too_much_background": "Background takes {share:.0%} of your answer, starting with '{q}': "
    "cut it to a sentence or two and spend the time on what you did.",
    "too_little_action": "Only {share:.0%} of your answer is about what you did (such as "
    "'{q}'): the actions should carry most of it.",
    "out_of_order": "'{q}' comes after later parts of the story: tell it in Situation, Task, "
    "Action, Result order so it is easy to follow.",
}


def _texts(star: StarReport, *parts: StarPart | None) -> list[str]:
    return [s.sentence.text for s in star.sentences if s.role in parts]


def _anchor(star: StarReport, part: StarPart) -> str:
    """The sentence a missing part should come before or after."""
    every = _texts(star, "situation", "task", "action", "result", None)
    before = {
        "situation": every[:1],
        "task": (_texts(star, "action") or every)[:1],
        "action": (_texts(star, "task") or _texts(star, "situation") or every)[-1:],
        "result": every[-1:],
    }[part]
    return before[0] if before else ""


def _finding_points(finding: Finding) -> float:
    """STAR points regained by fixing `finding` (see `star.report.star_score`)."""
    if finding.code == "missing":
        return float(PART_POINTS[finding.part])
    if finding.code == "weak":
        return PART_POINTS[finding.part] * (1 - WEAK_FRACTION)
    if finding.code == "out_of_order":
        return float(ORDER_POINTS)
    return float(SHARE_PENALTY)


def _hedged(star: StarReport, finding: Finding) -> bool:
    """Whether a weak part is weak because its sentence is hedged."""
    index = finding.sentence_index
    evidence = star.sentences[index].evidence if index is not None else ()
    return any(e.endswith("(hedged)") for e in evidence)


def hedged_sentences(star: StarReport) -> frozenset[str]:
    """Sentences a "sounds unsure" tip quotes, so the hedge tip can quote another one."""
    return frozenset(
        finding.quote
        for finding in star.findings
        if finding.code == "weak" and _hedged(star, finding)
    )


def _weak_template(star: StarReport, finding: Finding) -> str:
    """Why a part is weak: hedged words, or too little said."""
    return _HEDGED if _hedged(star, finding) else _WEAK[finding.part]


def _finding_tip(star: StarReport, finding: Finding, parts: Sequence[ScorePart]) -> Tip:
    quote = finding.quote or _anchor(star, finding.part)
    share = star.part("action" if finding.code == "too_little_action" else "situation").share
    missing = _MISSING_PLAN if star.kind == "situational" else _MISSING
    template = (
        missing[finding.part]
        if finding.code == "missing"
        else _weak_template(star, finding)
        if finding.code == "weak"
        else _SHAPE[finding.code]
    )
    message = template.format(q=quote_of(quote), share=share, noun=_NOUNS[finding.part])
    return Tip(finding.part, message, quote or None, gain(parts, "star", _finding_points(finding)))


def _we_only_actions(star: StarReport) -> bool:
    """Actions that are weak because they are told only with "we" (the ownership tip's job)."""
    codes = {(f.code, f.part) for f in star.findings}
    return {("weak", "action"), ("weak_ownership", "action")} <= codes


def _star_tips(
    star: StarReport, specificity: SpecificityReport, parts: Sequence[ScorePart], *, short: bool
) -> list[Tip]:
    tips = []
    for finding in star.findings:
        covered = finding.code == "weak" and finding.part == "result"
        if finding.code in _COVERED or (covered and specificity.measurable_result is False):
            continue
        if finding.code == "weak" and finding.part == "action" and _we_only_actions(star):
            continue
        if short and finding.code == "too_much_background":
            continue  # "cut the background" would contradict "add to this short answer"
        tips.append(_finding_tip(star, finding, parts))
    return tips


def _result_tip(
    star: StarReport, specificity: SpecificityReport, parts: Sequence[ScorePart]
) -> Tip | None:
    results = _texts(star, "result")
    if specificity.measurable_result is not False or not results:
        return None
    changed = specificity.result_evidence
    quote = changed[0].sentence if changed else results[-1]
    if any(s.sentence.text == quote and s.plan_part is not None for s in star.sentences):
        message = aimed_outcome_message(quote_of(quote), names_change=bool(changed))
    elif changed:
        message = (
            f"Your result '{quote_of(quote)}' says what changed but not by how much: add the "
            "figure (from what to what, or by what percentage)."
        )
    else:
        message = (
            f"Your result '{quote_of(quote)}' has no measurable outcome: say what changed, "
            "ideally with a number."
        )
    points = specificity_gain(specificity, parts, "measurable_result")
    if star.part("result").strength == "weak":
        points += gain(parts, "star", PART_POINTS["result"] * (1 - WEAK_FRACTION))
    return Tip("result", message, quote, points)


def _ownership_tip(
    star: StarReport, specificity: SpecificityReport, parts: Sequence[ScorePart]
) -> Tip | None:
    # A sentence that says what "I" did beside what "we" did ("We split the work and I
    # checked in with him daily") already credits the team and owns a deed: no tip on it.
    owned = {evidence.sentence for evidence in specificity.singular}
    quote = next((e.sentence for e in specificity.plural if e.sentence not in owned), None)
    if quote is None:
        return None
    message = (
        f"You say 'we' in '{quote_of(quote)}': say what you did yourself ('I ...'), and "
        "credit the team separately."
    )
    points = specificity_gain(specificity, parts, "ownership")
    if _we_only_actions(star):
        points += gain(parts, "star", PART_POINTS["action"] * (1 - WEAK_FRACTION))
    return Tip("ownership", message, quote or None, points)


def _merge_vague_action(tips: list[Tip], verb: Tip) -> list[Tip]:
    """One tip, not two, when the verb tip quotes the sentence whose actions are vague.

    Naming the deed fixes both, so the merged tip keeps the verb tip's words (they quote
    the vague verb) under the action area and earns both gains.
    """
    weak = next((t for t in tips if t.area == "action" and t.quote == verb.quote and t.quote), None)
    # "'worked on' in X hides what you did" and "Say what you did with a concrete verb in X"
    # both say what "Your actions in X are vague" says: the same advice twice, one tip.
    same_advice = verb.message.startswith(("'", "Say what you did with a concrete verb"))
    if weak is None or not same_advice or not weak.message.startswith("Your actions in"):
        return [*tips, verb]
    merged = Tip("action", verb.message, verb.quote, verb.gain + weak.gain)
    return [merged if t is weak else t for t in tips]


def story_tips(
    star: StarReport,
    specificity: SpecificityReport,
    parts: Sequence[ScorePart],
    *,
    short: bool = False,
) -> list[Tip]:
    """STAR and specificity tips, unsorted; those worth nothing are left for the caller.

    `short` (the answer is too short) drops the advice to cut background.
    """
    every = [s.sentence.text for s in star.sentences]
    result = _result_tip(star, specificity, parts)
    # Figures help most in the result (unless the result tip already asks for one there),
    # then in the actions; names help most where the work and its setting are told.
    figures = ([] if result else _texts(star, "result")) + _texts(star, "action") + every
    names = _texts(star, "action") + _texts(star, "situation") + every
    if not star.applies:
        # An HR answer's detail belongs in its example ("Last winter ... I kept the patients
        # settled"), not in the claim it backs ("My strength is staying calm").
        deeds = {verb.sentence for verb in specificity.concrete_verbs}
        figures = [sentence for sentence in figures if sentence in deeds] or figures
        names = [sentence for sentence in names if sentence in deeds] or names
    # What was done is told in the actions; when none is labelled, anywhere but the
    # setting and the task (every sentence when that leaves nothing).
    doing = _texts(star, "action") or _texts(star, "result", None) or every
    tips = _star_tips(star, specificity, parts, short=short) if star.applies else []
    optional = (
        result,
        _ownership_tip(star, specificity, parts),
        figure_tip(specificity, figures, parts),
        name_tip(specificity, names, parts),
        vague_word_tip(specificity, parts),
    )
    tips.extend(tip for tip in optional if tip is not None)
    verb = verb_tip(specificity, doing, parts, story=star.applies)
    return tips if verb is None else _merge_vague_action(tips, verb)
