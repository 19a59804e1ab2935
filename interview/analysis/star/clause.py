"""Where a sentence's main clause starts, after a leading clause or setting phrase.

"When I worked at a garden centre, the manager gave me the job of ..." is about the
manager handing over a duty, and "In my last job at a bakery, I was tasked with ..." about
the speaker's duty: the words in front only set the scene. Who acts, and whether the
sentence is a deed, a state or a duty, is read from the main clause. Without a parser the
writer's own comma is the best guide; when there is none, the first pronoun after the
opening words is taken as the subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview.analysis.star.lexicon import words
from interview.analysis.tokens import tokenize

__all__ = ["LEAD_CLAUSE", "main_clause_start"]

LEAD_CLAUSE = words(
    "when while after before because since if once as whenever until although though even "
    "despite instead rather upon unless"
)
# Words that open a setting or purpose phrase ("In my last job, ...", "During the audit,
# ...", "To calm things down, ...", "With two days left, ...", "By Friday, ...").
_SETTING_PHRASE = words("in during at on for over throughout back after as to with by within")
_PRONOUNS = words("i i'd i've i'm we we'd we've we're they he she it")
_BREAK_RE = re.compile(r"[,;:\u2013\u2014]")
# A leading phrase longer than this is not a setting phrase but the sentence itself.
_MAX_LEAD = 14


def main_clause_start(ws: Sequence[str], text: str) -> int:
    """Index in `ws` (the sentence's tokens, leading noise stripped) where the main clause
    starts; 0 when the sentence opens on it."""
    if not ws or (ws[0] not in LEAD_CLAUSE and ws[0] not in _SETTING_PHRASE):
        return 0
    brk = _BREAK_RE.search(text)
    if brk is not None:
        stripped = len(tokenize(text)) - len(ws)
        start = len(tokenize(text[: brk.start()])) - stripped
        if 1 < start <= _MAX_LEAD and start < len(ws):
            return start
    if ws[0] in LEAD_CLAUSE:
        for i, word in enumerate(ws[1:], start=1):
            if word in _PRONOUNS and i > 2:
                return i
    return 0
