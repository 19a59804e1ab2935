"""The specificity report: the score, the formula's lines, and the evidence behind them.

`interview.analysis.specificity.measure` finds the evidence and fills these in; the formula
is described there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from interview.analysis.evidence import Evidence


@dataclass(frozen=True)
class SpecificityPart:
    """One line of the specificity formula.

    Attributes:
        name: facts, names, verbs, vagueness, ownership or measurable_result.
        value: the part's value in 0..1.
        weight: its weight in the formula.
        detail: the figures behind the value, in words.
    """

    name: str
    value: float
    weight: int
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 3),
            "weight": self.weight,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class SpecificityReport:
    """The evidence of specificity in one answer, and its score.

    Attributes:
        score: 0-100 from the formula in the module docstring.
        parts: the formula's lines that applied, in formula order.
        facts: numbers, money, percentages, durations and dates (label says which).
        names: tools, organisations, products, places, acronyms.
        concrete_verbs: verbs that say what was done ("migrated", "negotiated").
        vague_verbs: verb phrases that hide it ("worked on", "helped with").
        vague_words: words that stand in for detail ("things", "a lot").
        singular: "I" in the action sentences.
        plural: "we" in the action sentences.
        measurable_result: a figure in the result (True), none (False), or None when
            STAR does not apply.
        result_evidence: the figures or words of change found in the result sentences.
    """

    score: int
    parts: tuple[SpecificityPart, ...]
    facts: tuple[Evidence, ...]
    names: tuple[Evidence, ...]
    concrete_verbs: tuple[Evidence, ...]
    vague_verbs: tuple[Evidence, ...]
    vague_words: tuple[Evidence, ...]
    singular: tuple[Evidence, ...]
    plural: tuple[Evidence, ...]
    measurable_result: bool | None
    result_evidence: tuple[Evidence, ...]

    @property
    def ownership(self) -> float | None:
        """Share of "I" among "I" and "we" in the actions, None when neither is said."""
        said = len(self.singular) + len(self.plural)
        return len(self.singular) / said if said else None

    def part(self, name: str) -> SpecificityPart | None:
        return next((part for part in self.parts if part.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        def listed(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
            return [item.to_dict() for item in items]

        return {
            "score": self.score,
            "parts": [part.to_dict() for part in self.parts],
            "facts": listed(self.facts),
            "names": listed(self.names),
            "concrete_verbs": listed(self.concrete_verbs),
            "vague_verbs": listed(self.vague_verbs),
            "vague_words": listed(self.vague_words),
            "ownership": {
                "i": len(self.singular),
                "we": len(self.plural),
                "share": None if self.ownership is None else round(self.ownership, 3),
                "evidence": listed(self.singular + self.plural),
            },
            "measurable_result": self.measurable_result,
            "result_evidence": listed(self.result_evidence),
        }
