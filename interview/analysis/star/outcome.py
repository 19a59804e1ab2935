"""Sentences that tell how things ended without a change verb, and duties told as orders.

People close a story with what it led to far more often than with "sales rose 20%": "This
let me win their trust", "We agreed that the simpler design was better", "She thanked me
and came back the next week". Each has a subject and a past verb, the shape of an Action,
yet each is the outcome. Three structural signs mark them:

- `it:enabled`: the earlier steps, as "this", "that" or "it", are the subject of a verb of
  consequence ("this allowed me to ...", "that meant ...", "it helped us ...");
- `agreement`: a disagreement settled ("we agreed that the simpler design was better", "we
  compromised", "we agreed to disagree"); "we agreed a trial", "we agreed that she would
  ..." set the next step and stay Actions;
- `they:reaction`: someone else answers what the speaker did ("he thanked me", "she
  offered to ...", "the client apologised").

And one shape of Task the duty wording misses: an order with no subject at all ("Restore
stability, clear the orders, stop it happening again."), `imperative`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview.analysis.star.lexicon import words
from interview.analysis.star.verb_lexicon import (
    ACTION_VERBS,
    GENERIC_VERBS,
    OUTCOME_VERBS,
    SUBJECT_GAP_WORDS,
)
from interview.analysis.star.verbs import past_base

__all__ = ["OUTCOME_FEATURES", "outcome_features"]

OUTCOME_FEATURES = ("it:enabled", "agreement", "they:reaction", "imperative")

_EARLIER_STEPS = words("this that it which doing")
_CONSEQUENCE = words(
    "allowed enabled helped meant let gave freed led resulted made paid brought saved"
)
# "We agreed that REST was the better fit" settles a view; "we agreed that one baker would
# come in at four" and "we agreed on a teaser email" set the next step, an Action.
_AGREEMENT_RE = re.compile(
    r"\b(agreed that (?:(?!would |will |should |to )[a-z'-]+ ){0,6}(was|were|is|are)|"
    r"agreed to disagree|compromised|found a compromise|reached (an |a )?(agreement|"
    r"compromise|consensus)|came to an agreement|met (each other )?(halfway|in the middle))\b"
)
_OTHERS = words("he she they")
_PEOPLE = words(
    "customer customers client clients patient patients manager boss supervisor parent "
    "parents guest guests student students resident residents teacher professor director "
    "colleague colleagues team owner family lead head"
)
_CONCEDING = words("while although though whereas even")
_OWNERS = words("the my our his her their")
_REACTIONS = words(
    "thanked praised apologised apologized expressed offered accepted respected appreciated "
    "complimented congratulated recommended promoted rewarded hugged smiled emailed wrote "
    "signed returned calmed"
)
# After "recommended", words that make it advice on the next step, not praise of the outcome.
_ADVICE_NEXT = words("that i we")
# Words that join a second main clause on ("..., and she thanked me", "so they ...").
_JOINS = words("and so")
_MAX_ORDER = 20
_ORDER_VERBS = (
    ACTION_VERBS | OUTCOME_VERBS | GENERIC_VERBS | words("restore stop keep ensure avoid")
)
_NOT_AN_ORDER = words("i we me us my our was were is are had has been")


def outcome_features(ws: Sequence[str]) -> dict[str, float]:
    """`it:enabled`, `agreement`, `they:reaction` and `imperative` (see the docstring)."""
    features: dict[str, float] = {}
    if ws and ws[0] in _EARLIER_STEPS and _CONSEQUENCE.intersection(ws[1:4]):
        features["it:enabled"] = 1.0
    if _AGREEMENT_RE.search(" ".join(ws)):
        features["agreement"] = 1.0
    if _reaction(ws):
        features["they:reaction"] = 1.0
    if _order(ws):
        features["imperative"] = 1.0
    return features


def _reaction(ws: Sequence[str]) -> bool:
    """Someone else as the subject, answering with one of `_REACTIONS`, in the first clause
    or in one joined on after the speaker's step ("I explained the new rota and she
    respected it after that"); not inside a conceding clause ("While my manager
    appreciated the idea, she still ...")."""
    if ws and ws[0] in _CONCEDING:
        return False
    if _reacts(ws):
        return True
    return any(
        _reacts(ws[i + 1 :]) for i, word in enumerate(ws) if word in _JOINS and i + 1 < len(ws)
    )


def _reacts(ws: Sequence[str]) -> bool:
    """Whether the clause `ws` opens on someone else reacting (see `_reaction`)."""
    for i, word in enumerate(ws[:8]):
        if word in {"i", "we"}:
            return False  # the speaker acts first: "I went back to the team, apologised"
        if word in _OTHERS or (word in _PEOPLE and i and ws[i - 1] in _OWNERS):
            verb = i + 1
            while verb < len(ws) and ws[verb] in SUBJECT_GAP_WORDS:
                verb += 1
            after = ws[verb + 1] if verb + 1 < len(ws) else ""
            if ws[verb : verb + 1] == ["recommended"] and after in _ADVICE_NEXT:
                return False  # "he recommended that I lift the tiles": advice, not a verdict
            return verb < len(ws) and ws[verb] in _REACTIONS
    return False


def _order(ws: Sequence[str]) -> bool:
    """A short sentence that opens on a bare verb, names no one and has no "be" and no past
    verb right after its first word ("Work was piling up" opens on a noun): an order."""
    if not ws or len(ws) > _MAX_ORDER or ws[0] not in _ORDER_VERBS:
        return False
    if _NOT_AN_ORDER.intersection(ws):
        return False
    return all(past_base(w) is None for w in ws[1:3])
