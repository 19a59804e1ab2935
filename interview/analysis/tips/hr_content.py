"""Tips for an HR answer's checklist (`interview.analysis.hr.content`): what is missing.

"Add more detail" does not help someone answering "What is your greatest weakness?"; saying
which part of a good answer is missing does ("name what this weakness cost you once"). So
each missing element gets a tip with its advice, and each fault heard (a strength in
disguise, "no questions") a tip quoting its words with what to do instead. Their gain is
what the content component would win back, so the biggest gap comes first.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.hr.content import HrContentReport
from interview.analysis.scoring import ScorePart, gain
from interview.analysis.tips.tip import Tip

_FAMILY_NAME = {
    "introduction": "an introduction",
    "weakness": "a weakness answer",
    "strengths": "a strengths answer",
    "motivation": "a 'why this job' answer",
    "leaving": "a 'why are you leaving' answer",
    "career_goals": "a career-plans answer",
    "salary": "a salary answer",
    "gap": "an answer about a gap",
    "questions": "the end of an interview",
    "pressure": "an answer about pressure",
    "dislikes": "an answer about what you liked least",
}


def hr_content_tips(report: HrContentReport, parts: Sequence[ScorePart]) -> list[Tip]:
    """One tip per fault heard, then one per missing element (none when no checklist)."""
    if not report.applies:
        return []
    total = sum(check.weight for check in report.checks) or 1.0
    what = _FAMILY_NAME.get(report.family or "", "this answer")
    tips = [
        Tip(
            "hr_content",
            f"'{fault.evidence.text}': {fault.advice}",
            fault.evidence.sentence or None,
            gain(parts, "hr_content", float(fault.penalty)),
        )
        for fault in report.faults
    ]
    tips.extend(
        Tip(
            "hr_content",
            f"Missing from {what}: {check.label}. {check.advice}",
            None,
            gain(parts, "hr_content", 100.0 * check.weight / total),
        )
        for check in report.missing
    )
    return tips
