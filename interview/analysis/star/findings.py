"""Answer-level STAR verdicts: what is missing, thin, too long, out of order or not owned.

Labels say which sentence is which part; a coach also wants to know which parts are
missing or thin, whether background takes too much of the answer and action too little,
whether the story runs in order, whether the speaker owned the actions ("I" rather than
"we"), and whether the result can be measured. Each finding quotes the sentence it is
about, so the tips can show the words to work on.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.plan import aimed_outcome_message
from interview.analysis.star.report import (
    MAX_SITUATION_SHARE,
    MIN_ACTION_SHARE,
    Finding,
    FindingCode,
    LabelledSentence,
    PartReport,
)
from interview.models import STAR_PARTS, StarPart

_MISSING: dict[StarPart, str] = {
    "situation": "Set the scene first: where and when this happened, and what the problem was.",
    "task": "Say what you were responsible for or what the goal was ('My job was to ...').",
    "action": "Tell what you did yourself, step by step, with 'I' and concrete verbs "
    "('I rewrote', 'I called').",
    "result": "End with what changed because of what you did, ideally with a number, "
    "or what you learned.",
}
_WEAK: dict[StarPart, str] = {
    "situation": "The setting is thin: add when and where this was and what was at stake.",
    "task": "Your task is not clear yet: say plainly what you had to achieve.",
    "action": "Your actions are vague: name what you yourself did, with concrete verbs.",
    # Only a result with a number can be weak (one without is `result_not_measurable`).
    "result": "Your result has its figure: now tie it to your own actions, so the listener "
    "hears it came from what you did.",
}


def find_issues(
    labelled: Sequence[LabelledSentence], parts: Sequence[PartReport], *, in_order: bool
) -> tuple[Finding, ...]:
    """Missing and weak parts, share problems, order, ownership and measurability."""
    by_part = {p.part: p for p in parts}
    findings: list[Finding] = []
    for report in parts:
        findings.extend(_part_findings(labelled, report))
    situation, action = by_part["situation"], by_part["action"]
    if situation.share > MAX_SITUATION_SHARE:
        findings.append(
            _quoting(
                "too_much_background",
                situation,
                labelled,
                f"Background takes {situation.share:.0%} of your answer: cut it to a sentence "
                "or two and spend the time on what you did.",
            )
        )
    if action.present and action.share < MIN_ACTION_SHARE:
        findings.append(
            _quoting(
                "too_little_action",
                action,
                labelled,
                f"Only {action.share:.0%} of your answer is about what you did: the actions "
                "should carry most of it.",
            )
        )
    if not in_order:
        findings.append(_order_finding(labelled))
    return tuple(findings)


def _quoting(
    code: FindingCode,
    report: PartReport,
    labelled: Sequence[LabelledSentence],
    message: str,
    index: int | None = None,
) -> Finding:
    """A finding quoting `index`, or the part's first sentence."""
    if index is None and report.sentence_indexes:
        index = report.sentence_indexes[0]
    quote = labelled[index].sentence.text if index is not None else ""
    return Finding(code, report.part, message, index, quote)


def _part_findings(labelled: Sequence[LabelledSentence], report: PartReport) -> list[Finding]:
    """Missing, weak, unmeasurable result, or actions told only with 'we'."""
    if not report.present:
        return [Finding("missing", report.part, _MISSING[report.part])]
    evidence = " ".join(report.evidence)
    if report.part == "result" and "number in result" not in evidence:
        last = report.sentence_indexes[-1]
        text = labelled[last].sentence.text
        message = (
            aimed_outcome_message(text.rstrip(".!? "), names_change=False)
            if labelled[last].plan_part is not None
            else f"Your result '{text}' has no measurable outcome: say what changed, "
            "ideally with a number."
        )
        return [_quoting("result_not_measurable", report, labelled, message, last)]
    findings = []
    if report.strength == "weak":
        findings.append(_quoting("weak", report, labelled, _WEAK[report.part]))
    if report.part == "action" and "weak ownership" in evidence and "first-person" not in evidence:
        index = next(
            i for i in report.sentence_indexes if "weak ownership" in " ".join(labelled[i].evidence)
        )
        message = "Your actions are told with 'we': say what you did yourself ('I ...')."
        findings.append(_quoting("weak_ownership", report, labelled, message, index))
    return findings


def _order_finding(labelled: Sequence[LabelledSentence]) -> Finding:
    """Quote the first sentence whose part comes before a part already told."""
    seen: list[int] = []
    for i, sentence in enumerate(labelled):
        role = sentence.role
        if role is None:
            continue
        rank = STAR_PARTS.index(role)
        if rank not in seen and any(rank < r for r in seen):
            message = (
                f"Your {role} comes after later parts of the story: tell it in "
                "Situation, Task, Action, Result order so it is easy to follow."
            )
            return Finding("out_of_order", role, message, i, sentence.sentence.text)
        seen.append(rank)
    first = next(s for s in labelled if s.role is not None)
    return Finding("out_of_order", first.role or "situation", "Tell the story in order.")
