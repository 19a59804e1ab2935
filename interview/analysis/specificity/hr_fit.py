"""Which lines of the specificity formula fit an HR answer, by its question's family.

The formula (`measure`) was made for stories: a figure, a named tool, a concrete verb. An
HR answer is judged on what its question asks for (`hr.content`), and detail only backs
that up where it is natural. A number belongs in a strengths answer ("cut the backlog by a
third") or a salary answer (the range itself), not in "Tell me about yourself", an honest
weakness or "Do you have any questions for us?": asking for one there is advice a coach
would not give. So an HR answer whose family is known is coached only on the lines that
fit it: `for_advice` counts the others as met, so no tip asks for them (a tip's gain comes
from its line, `tips.detail.specificity_gain`) and the gains of the rest stay exact.

The score still reads every line. Scoring HR answers on the fitting lines alone was
measured (`benchmarks/bench_score_ranking.py`): HR-only AUC rose on the development corpus
(0.973 -> 0.986) but fell on a held-out set (1.000 -> 0.944, one pair inverted), so it
was not kept.

    family        lines kept
    introduction  names, verbs, vagueness, ownership    (where you worked, what you did)
    weakness      verbs, vagueness, ownership           (the steps you took)
    strengths     facts, names, verbs, vagueness, ownership
    motivation    names, verbs, vagueness, ownership    (what about this employer)
    leaving       names, verbs, vagueness, ownership
    career_goals  names, verbs, vagueness, ownership
    salary        facts, vagueness                      (a range, what it is based on)
    gap           verbs, vagueness, ownership           (what you did in that time)
    questions     vagueness                             (a clear question, no vague words)

An HR question in no family keeps every line, as before. A salary answer names no tool,
team or customer: "Name the tool ... in 'I'm looking for 32 to 35 thousand'" made no sense.

A strengths or salary answer's checklist asks for a figure itself ("an example or a figure
behind it", "a figure or a range"): while that element is missing, its tip already gives the
advice, so the facts line is counted as met too and "there are no figures" is not said twice.
The checklist's tip keeps its own gain (what the content component wins back).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import Final

from interview.analysis.specificity.report import SpecificityReport

_STORY: Final = frozenset({"names", "verbs", "vagueness", "ownership"})
FITTING: Final[dict[str, frozenset[str]]] = {
    "introduction": _STORY,
    "weakness": frozenset({"verbs", "vagueness", "ownership"}),
    "strengths": _STORY | {"facts"},
    "motivation": _STORY,
    "leaving": _STORY,
    "career_goals": _STORY,
    "salary": frozenset({"facts", "vagueness"}),
    "gap": frozenset({"verbs", "vagueness", "ownership"}),
    "questions": frozenset({"vagueness"}),
}

# The checklist element (`hr.checklist`) of a family that asks for a figure itself.
ASKS_FOR_FIGURE: Final[dict[str, str]] = {"strengths": "example", "salary": "figure"}


def fits(family: str | None, line: str) -> bool:
    """Whether a line of the formula (facts, names...) fits an answer of `family`."""
    return family not in FITTING or line in FITTING[family]


def for_advice(
    report: SpecificityReport, family: str | None, missing: Collection[str] = ()
) -> SpecificityReport:
    """`report` as the tips read it: the lines that do not fit `family` counted as met
    (value 1), so they win nothing back; its score and evidence are untouched. `missing`
    are the keys of the checklist elements not found: when one asks for a figure itself
    (`ASKS_FOR_FIGURE`), the facts line is left to its tip."""
    asked = ASKS_FOR_FIGURE.get(family or "") in missing
    parts = tuple(
        part
        if fits(family, part.name) and not (asked and part.name == "facts")
        else dataclasses.replace(part, value=1.0)
        for part in report.parts
    )
    return dataclasses.replace(report, parts=parts)
