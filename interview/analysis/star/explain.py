"""Say in words why the sentence model chose a part, quoting the sentence.

Every verdict carries the words that caused it. Cue evidence already quotes its words; a
label the model chose from structure ("subject 'we' + a change verb", "the speaker's own
framing 'my role was'") is explained here from the features that pushed hardest towards it.
A sentence told as a plan or a general claim says so first, quoting its framing words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from interview.analysis.star.framing import frame_words
from interview.analysis.star.lexicon import Label
from interview.analysis.star.model import StarModel

__all__ = ["model_evidence"]

_NAMED: dict[str, str] = {
    "copula:task": "the speaker names the task ('my job was ...')",
    "copula:situation": "the speaker names the situation ('the problem was ...')",
    "copula:result": "the speaker names the result ('the result was ...')",
    "copula:action": "the speaker names the action ('my first step was ...')",
    "pat:lesson": "a lesson learned",
    "pat:what_did": "'what I did ...'",
    "pat:what_had_to": "'what I had to ...': a duty",
    "pat:role_as": "role wording ('as the ...')",
    "pat:responsible": "responsibility wording",
    "pat:asked_to": "what the speaker was asked to do",
    "pat:had_to": "what had to be done",
    "pat:needed_way": "what was needed",
    "pat:my_job_was": "'it was my job'",
    "pat:since_then": "a lasting change ('since then')",
    "pat:by_time": "a change by a point in time",
    "pat:by_month": "where things stood by a date",
    "pat:ended": "how it ended",
    "pat:feedback": "feedback received",
    "we:change": "'we' + a change verb: an outcome",
    "they:change": "a change told by its subject: an outcome",
    "noun_change": "something changed: an outcome",
    "i:deed": "first-person past-tense deed",
    "we:deed": "'we' + past-tense deed",
    "i:past": "first-person past tense",
    "we:past": "'we' + past tense",
    "i:present_deed": "first-person deed told in the present",
    "lead_clause": "opens with a time or condition clause",
    "pos:first": "opens the answer",
    "pos:last": "closes the answer",
    "number": "a number",
}


# Signs the labeller adds weight to by rule (`star.labeller`), said first when they decided.
_RULE_SIGNS: dict[Label, tuple[tuple[str, str], ...]] = {
    "result": (
        ("it:enabled", "what the earlier steps led to ('this allowed ...')"),
        ("agreement", "a disagreement settled ('we agreed that ...')"),
        ("they:reaction", "someone's response to what the speaker did"),
    ),
    "task": (
        ("imperative", "a duty told as an order ('Restore ..., find ...')"),
        ("duty:main", "the speaker states a duty ('I was responsible for ...', 'it was my call')"),
    ),
}


def model_evidence(
    model: StarModel, features: Mapping[str, float], label: Label, tokens: Sequence[str]
) -> list[str]:
    """Why the model chose `label` for a sentence, in words."""
    framing = frame_words(tokens)
    if label == "none" and framing.framing != "past" and (f"frame:{framing.framing}" in features):
        kind = "a plan" if framing.framing == "hypothetical" else "a general claim"
        return [f"not part of a story: told as {kind} '{framing.evidence}'"]
    signs = [text for name, text in _RULE_SIGNS.get(label, ()) if features.get(name)]
    described = signs + [_describe(name) for name in model.reasons(features, label, limit=3)]
    return [f"sentence structure: {d}" for d in dict.fromkeys(described) if d]


def _describe(name: str) -> str:
    if name in _NAMED:
        return _NAMED[name]
    prefix, _, value = name.partition(":")
    if prefix == "w":
        return f"word '{value}'"
    if prefix in {"first", "first2"}:
        return f"opens with '{value}'"
    if prefix == "subj":
        return f"subject '{value}'" if value != "noun" else ""
    return ""
