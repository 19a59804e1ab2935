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

_CUES: dict[str, str] = {
    "teamwork": "team teams teammate* colleague* together collaborat* cooperat* pair paired peer "
    "peers cross-functional department* helped supported",
    "leadership": "led lead leading mentor* coached coaching managed manager delegat* motivat* "
    "direct hired hiring vision steered unpopular direction grow",
    "conflict": "conflict* disagree* dispute* argument* tension* friction compromise* mediat* "
    "objection* pushback upset clash* negotiat* unfair settle settled",
    "failure-and-learning": "fail* mistake* wrong lesson* regret* missed setback* error* "
    "differently hindsight blame* risk lost",
    "initiative": "initiative proactive* volunteer* proposed pitched unasked noticed suggested "
    "spotted launched beyond improvement improved idea",
    "adaptability": "adapt* pivot* unexpected* reorganis* reorganiz* shift* flexib* uncertain* "
    "sudden* fell apart last-minute outside unfamiliar",
    "communication": "explain* present* email* communicat* stakeholder* listen* clarif* "
    "briefed persuad* audience misunderstand* news",
    "time-management": "deadline* priorit* schedul* overdue juggl* urgent timeline* backlog "
    "workload late balance* interrupt* underestimat* track overloaded",
    "integrity": "ethic* honest* integrity confidential* complian* admitted admit policy "
    "policies trust transparen* whistle* fraud* refused rule* credit corners safety",
    "problem-solving": "problem* solv* bug* root analys* analyz* diagnos* fixed investigat* "
    "debug* solution* workaround* data evidence complex",
    "customer-focus": "customer* client* user users patient* complain* service satisf* guest* "
    "buyer* refund*",
    "learning-agility": "learn* learnt course* taught train* study studied picked certif* "
    "tutorial* self-taught unlearn* habit* feedback",
}
# The cue words of each competency, from the text above (kept in prose for reading).
LEXICON: dict[str, tuple[str, ...]] = {name: tuple(cues.split()) for name, cues in _CUES.items()}
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
