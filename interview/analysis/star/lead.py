"""Cue words inside a leading clause do not decide what a sentence is.

"Even though the team was behind schedule, I stopped the work", "When the guest complained,
I offered a new room", "To calm things down, I first spoke to each of them": the clause in
front gives a reason, a time or a purpose, and the main clause tells what happened. Read as
a whole, such a sentence carries the cue words of both ("was behind schedule" is a setting
cue) and was often taken for the setting although its main clause is a step. So when a
sentence opens on a subordinate clause (`star.clause`), its rule cues are read from the main
clause only; a setting phrase ("In my last job, ...") keeps its cues, as it is often the
setting itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.clause import LEAD_CLAUSE, main_clause_start
from interview.analysis.star.cues import Cue, sentence_cues
from interview.analysis.star.lexicon import words
from interview.analysis.star.verbs import past_base
from interview.models import QuestionKind

__all__ = ["main_clause_cues"]

# Leading clauses whose cues are dropped: time, reason, concession, condition, purpose.
_SUBORDINATE = LEAD_CLAUSE | words("to")
_SUBJECTS = words("i we they he she it you i'd we'd they'd")
_NOT_A_VERB = words("my our the a an this that his her their your all")
_FILLERS = words("so and um uh umm er well okay ok yeah like basically then but")


def main_clause_cues(
    tokens: Sequence[str], *, kind: QuestionKind, index: int, count: int, text: str
) -> tuple[Cue, ...]:
    """The rule cues of a sentence, read from its main clause when it opens on a
    subordinate one (see the module docstring)."""
    skip = 0
    while skip < len(tokens) and tokens[skip] in _FILLERS:
        skip += 1
    ws = tokens[skip:]
    start = main_clause_start(ws, text) if ws and ws[0] in _SUBORDINATE else 0
    if not start or not _is_clause(ws[:start]):
        return sentence_cues(tokens, kind=kind, index=index, count=count, text=text)
    return sentence_cues(ws[start:], kind=kind, index=index, count=count)


def _is_clause(lead: Sequence[str]) -> bool:
    """Whether the words in front tell an event or a purpose ("when the oven stopped", "to
    keep it on time", "after talking to him"), not a link or a setting ("as a result",
    "to my surprise", "after the meeting"), whose cues still count."""
    if lead[0] == "to":
        return len(lead) > 1 and lead[1] not in _NOT_A_VERB
    verb = lead[2] if lead[1:2] == ["of"] and len(lead) > 2 else lead[1] if len(lead) > 1 else ""
    if verb.endswith("ing") and len(verb) > 4:  # "after talking to him", "instead of asking"
        return True
    return any(w in _SUBJECTS or past_base(w) is not None for w in lead[1:])
