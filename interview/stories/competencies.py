"""Which competencies a story shows, suggested from its words by a fixed lexicon.

A story about calming an angry customer by rewriting a refund process shows customer focus
and problem solving; the user should not have to tag that by hand, but must be able to
change it. The lexicon is small and visible so a suggestion can say which words caused it,
and the same text always gets the same suggestion. A cue ending in "*" matches any word
that starts with it ("collaborat*" matches "collaborated", "collaboration").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.tokens import tokenize
from interview.errors import InterviewError
from interview.models import COMPETENCIES

LEXICON: dict[str, tuple[str, ...]] = {
    "teamwork": (
        "team",
        "teams",
        "teammate*",
        "colleague*",
        "together",
        "collaborat*",
        "cooperat*",
        "pair",
        "paired",
        "peer",
        "peers",
        "cross-functional",
        "everyone",
    ),
    "leadership": (
        "led",
        "lead",
        "leading",
        "mentor*",
        "coached",
        "coaching",
        "managed",
        "manager",
        "delegat*",
        "motivat*",
        "direct",
        "hired",
        "vision",
        "ran",
        "owned",
        "steered",
    ),
    "conflict": (
        "conflict*",
        "disagree*",
        "dispute*",
        "argument*",
        "tension*",
        "friction",
        "compromise*",
        "mediat*",
        "objection*",
        "pushback",
        "pushed",
        "upset",
        "clash*",
    ),
    "failure-and-learning": (
        "fail*",
        "mistake*",
        "wrong",
        "lesson*",
        "regret*",
        "missed",
        "setback*",
        "error*",
        "differently",
        "hindsight",
        "blame*",
    ),
    "initiative": (
        "initiative",
        "proactive*",
        "volunteer*",
        "proposed",
        "pitched",
        "unasked",
        "noticed",
        "started",
        "suggested",
        "own",
        "spotted",
        "launched",
    ),
    "adaptability": (
        "adapt*",
        "pivot*",
        "unexpected*",
        "changed",
        "change",
        "changes",
        "reorganis*",
        "reorganiz*",
        "shift*",
        "flexib*",
        "uncertain*",
        "sudden*",
        "new",
    ),
    "communication": (
        "explain*",
        "present*",
        "wrote",
        "email*",
        "communicat*",
        "stakeholder*",
        "listen*",
        "clarif*",
        "update*",
        "documented",
        "briefed",
        "talked",
        "meeting*",
    ),
    "time-management": (
        "deadline*",
        "priorit*",
        "schedul*",
        "overdue",
        "juggl*",
        "urgent",
        "weeks",
        "days",
        "hours",
        "late",
        "timeline*",
        "backlog",
        "planned",
    ),
    "integrity": (
        "ethic*",
        "honest*",
        "integrity",
        "confidential*",
        "complian*",
        "admitted",
        "policy",
        "policies",
        "trust",
        "transparen*",
        "whistle*",
        "fraud*",
        "refused",
    ),
    "problem-solving": (
        "problem*",
        "solv*",
        "bug*",
        "root",
        "analys*",
        "analyz*",
        "diagnos*",
        "fixed",
        "investigat*",
        "debug*",
        "solution*",
        "workaround*",
        "tested",
    ),
    "customer-focus": (
        "customer*",
        "client*",
        "user",
        "users",
        "patient*",
        "complain*",
        "service",
        "satisf*",
        "guest*",
        "buyer*",
        "account*",
        "refund*",
    ),
    "learning-agility": (
        "learn*",
        "learnt",
        "course*",
        "taught",
        "train*",
        "study",
        "studied",
        "unfamiliar",
        "picked",
        "certif*",
        "tutorial*",
        "self-taught",
    ),
}
# A competency is suggested with at least this many cue words; the strongest one is always
# suggested when any cue is found, and never more than MAX_SUGGESTED.
MIN_HITS = 2
MAX_SUGGESTED = 3


@dataclass(frozen=True)
class CompetencyHit:
    """A competency and the words of the text that suggest it."""

    name: str
    words: tuple[str, ...]


def _matches(cue: str, word: str) -> bool:
    return word.startswith(cue[:-1]) if cue.endswith("*") else word == cue


def competency_hits(text: str) -> tuple[CompetencyHit, ...]:
    """Each competency with its cue words in `text` (distinct, in order), strongest first."""
    words = tuple(dict.fromkeys(token.lower for token in tokenize(text)))
    hits = []
    for name in COMPETENCIES:
        found = tuple(w for w in words if any(_matches(cue, w) for cue in LEXICON[name]))
        if found:
            hits.append(CompetencyHit(name, found))
    order = {name: i for i, name in enumerate(COMPETENCIES)}
    return tuple(sorted(hits, key=lambda hit: (-len(hit.words), order[hit.name])))


def suggest_competencies(text: str) -> tuple[str, ...]:
    """Up to MAX_SUGGESTED competencies the text shows, strongest first."""
    hits = competency_hits(text)
    chosen = [hit.name for hit in hits if len(hit.words) >= MIN_HITS][:MAX_SUGGESTED]
    if not chosen and hits:
        chosen = [hits[0].name]
    return tuple(chosen)


def check_competencies(names: Sequence[object], *, field: str = "competencies") -> tuple[str, ...]:
    """Known competency names, without repeats; InterviewError naming the allowed ones."""
    checked: list[str] = []
    for name in names:
        if not isinstance(name, str) or name not in COMPETENCIES:
            allowed = ", ".join(COMPETENCIES)
            raise InterviewError(f"{field}: unknown competency {name!r}; expected one of {allowed}")
        if name not in checked:
            checked.append(name)
    return tuple(checked)
