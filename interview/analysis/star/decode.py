"""Order-aware decoding of STAR labels over a whole answer.

A sentence alone is often ambiguous ("It took three days." is action after actions, result
after results). Stories mostly run Situation -> Task -> Action -> Result, with steps back
for extra context or a further action. So the labeller treats an answer as a sequence: each
sentence has emission scores for the four parts and "none", and a Viterbi pass finds the
labelling with the best total of emissions plus transition scores. Transitions prefer
staying or moving forward and allow steps back (A -> S, R -> A) at a cost.

"None" (asides such as "Great question.") must not make the decoder forget where the story
was, so a none-state remembers the last part: the hidden states are the four parts plus
"none after <start|S|T|A|R>". Confidence is the posterior marginal of the chosen label
from a forward-backward pass over the same scores.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from interview.analysis.star.lexicon import Label

Last = Literal["start", "situation", "task", "action", "result"]
_LASTS: tuple[Last, ...] = ("start", "situation", "task", "action", "result")

# TRANSITION[last part][next label]: log-scores; 0 is free, negative costs.
TRANSITION: dict[Last, dict[Label, float]] = {
    "start": {"situation": 0.0, "task": -0.6, "action": -1.0, "result": -1.2, "none": -0.3},
    "situation": {"situation": 0.0, "task": 0.0, "action": 0.0, "result": -1.5, "none": -0.8},
    "task": {"situation": -0.8, "task": 0.0, "action": 0.0, "result": -1.0, "none": -0.8},
    "action": {"situation": -1.2, "task": -1.0, "action": 0.0, "result": 0.0, "none": -0.8},
    "result": {"situation": -1.0, "task": -1.5, "action": -0.8, "result": 0.0, "none": -0.3},
}
# Staying in "none" (two asides in a row) is cheap.
NONE_TO_NONE = -0.2

# Hidden states: (label emitted, last part remembered).
_STATES: tuple[tuple[Label, Last], ...] = (
    ("situation", "situation"),
    ("task", "task"),
    ("action", "action"),
    ("result", "result"),
    *(("none", last) for last in _LASTS),
)


def _transition(source: tuple[Label, Last], target: tuple[Label, Last]) -> float:
    """Score of moving between hidden states; -inf when the memory would not follow."""
    (source_label, last), (target_label, target_last) = source, target
    if target_label != "none":
        return TRANSITION[last][target_label]
    if target_last != last:
        return -math.inf
    return NONE_TO_NONE if source_label == "none" else TRANSITION[last]["none"]


def _initial(state: tuple[Label, Last]) -> float:
    label, last = state
    if label == "none":
        return TRANSITION["start"]["none"] if last == "start" else -math.inf
    return TRANSITION["start"][label]


def decode(scores: Sequence[Mapping[Label, float]]) -> tuple[tuple[Label, ...], tuple[float, ...]]:
    """Best label per sentence (Viterbi) and the posterior probability of that label."""
    if not scores:
        return (), ()
    path = _viterbi(scores)
    marginals = _marginals(scores)
    labels = tuple(_STATES[s][0] for s in path)
    confidence = tuple(
        round(sum(p for s, p in enumerate(row) if _STATES[s][0] == label), 3)
        for row, label in zip(marginals, labels, strict=True)
    )
    return labels, confidence


def _viterbi(scores: Sequence[Mapping[Label, float]]) -> list[int]:
    n_states = len(_STATES)
    best = [_initial(s) + scores[0][s[0]] for s in _STATES]
    back: list[list[int]] = []
    for row in scores[1:]:
        step, pointers = [], []
        for target in range(n_states):
            source = max(
                range(n_states),
                key=lambda s: (best[s] + _transition(_STATES[s], _STATES[target]), -s),
            )
            pointers.append(source)
            step.append(
                best[source]
                + _transition(_STATES[source], _STATES[target])
                + row[_STATES[target][0]]
            )
        best, back = step, [*back, pointers]
    state = max(range(n_states), key=lambda s: (best[s], -s))
    path = [state]
    for pointers in reversed(back):
        state = pointers[state]
        path.append(state)
    return path[::-1]


def _logsumexp(values: Sequence[float]) -> float:
    top = max(values)
    if top == -math.inf:
        return top
    return top + math.log(sum(math.exp(v - top) for v in values))


def _marginals(scores: Sequence[Mapping[Label, float]]) -> list[list[float]]:
    """Posterior probability of each hidden state at each sentence (forward-backward)."""
    n, states = len(scores), range(len(_STATES))
    forward = [[_initial(_STATES[s]) + scores[0][_STATES[s][0]] for s in states]]
    for row in scores[1:]:
        prev = forward[-1]
        forward.append(
            [
                _logsumexp([prev[s] + _transition(_STATES[s], _STATES[t]) for s in states])
                + row[_STATES[t][0]]
                for t in states
            ]
        )
    backward = [[0.0 for _ in states]]
    for row in reversed(scores[1:]):
        nxt = backward[0]
        backward.insert(
            0,
            [
                _logsumexp(
                    [
                        _transition(_STATES[s], _STATES[t]) + row[_STATES[t][0]] + nxt[t]
                        for t in states
                    ]
                )
                for s in states
            ],
        )
    total = _logsumexp(forward[-1])
    return [[math.exp(forward[i][s] + backward[i][s] - total) for s in states] for i in range(n)]
