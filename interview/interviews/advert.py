"""Which competencies a job advert asks for, and the phrases that show it.

An advert says what the employer will probe ("you will resolve conflicts between
stakeholders", "a self-starter who can prioritise"). The competency lexicon picks those
phrases out; competencies are ranked by how many different phrases point to them, and
every phrase is shown so the user can see why. A saved advert adds its competencies to
the practice plan (see `interview.interviews.evidence.from_advert`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from interview.errors import DebriefError
from interview.interviews.lexicon import find_phrases
from interview.models import COMPETENCIES

MAX_ADVERT_CHARS = 50_000


@dataclass(frozen=True)
class AdvertCompetency:
    """A competency the advert asks for and the lexicon phrases found for it."""

    competency: str
    phrases: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"competency": self.competency, "phrases": list(self.phrases)}


@dataclass(frozen=True)
class AdvertReport:
    """The `interview advert --json` document: competencies, most asked for first."""

    competencies: tuple[AdvertCompetency, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"competencies": [c.to_dict() for c in self.competencies]}

    def pairs(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(competency, phrases) pairs, as the plan takes them."""
        return tuple((c.competency, c.phrases) for c in self.competencies)


def read_advert(text: str) -> AdvertReport:
    """The competencies `text` asks for; DebriefError for an empty or huge advert."""
    if not text.strip():
        raise DebriefError("the job advert is empty; paste its text (the duties and skills)")
    if len(text) > MAX_ADVERT_CHARS:
        raise DebriefError(
            f"the job advert is {len(text):,} characters; paste at most {MAX_ADVERT_CHARS:,}"
        )
    found: dict[str, list[str]] = {}
    for hit in find_phrases(text):
        found.setdefault(hit.competency, []).append(hit.phrase)
    ranked = sorted(found, key=lambda c: (-len(found[c]), COMPETENCIES.index(c)))
    return AdvertReport(tuple(AdvertCompetency(c, tuple(found[c])) for c in ranked))


def report_from_dict(data: Any) -> AdvertReport:
    """A saved report back from its JSON (unknown or malformed entries are skipped)."""
    items = data.get("competencies", []) if isinstance(data, dict) else []
    return AdvertReport(
        tuple(
            AdvertCompetency(item["competency"], tuple(str(p) for p in item["phrases"]))
            for item in items
            if isinstance(item, dict)
            and item.get("competency") in COMPETENCIES
            and isinstance(item.get("phrases"), list)
        )
    )
