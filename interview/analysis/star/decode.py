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


Table = Mapping[Last, Mapping[Label, float]]


def _transition(source: tuple[Label, Last], target: tuple[Label, Last], table: Table) -> float:
    """Score of moving between hidden states; -inf when the memory would not follow."""
    (source_label, last), (target_label, target_last) = source, target
    if target_label != "none":
        return table[last][target_label]
    if target_last != last:
        return -math.inf
    return NONE_TO_NONE if source_label == "none" else table[last]["none"]


def _initial(state: tuple[Label, Last], table: Table) -> float:
    label, last = state
    if label == "none":
        return table["start"]["none"] if last == "start" else -math.inf
    return table["start"][label]


def decode(
    scores: Sequence[Mapping[Label, float]], transition: Table = TRANSITION
) -> tuple[tuple[Label, ...], tuple[float, ...]]:
    """Best label per sentence (Viterbi) and the posterior probability of that label.

    `transition` scores moving from the last part told to the next label (default: the
    hand-set `TRANSITION`; the sentence model carries one learned from the corpus).
    """
    if not scores:
        return (), ()
    starts = [_initial(state, transition) for state in _STATES]
    moves = [[_transition(a, b, transition) for b in _STATES] for a in _STATES]
    path = _viterbi(scores, starts, moves)
    marginals = _marginals(scores, starts, moves)
    labels = tuple(_STATES[s][0] for s in path)
    confidence = tuple(
        round(sum(p for s, p in enumerate(row) if _STATES[s][0] == label), 3)
        for row, label in zip(marginals, labels, strict=True)
    )
    return labels, confidence


Moves = Sequence[Sequence[float]]


def _viterbi(
    scores: Sequence[Mapping[Label, float]], starts: Sequence[float], moves: Moves
) -> list[int]:
    n_states = len(_STATES)
    best = [starts[i] + scores[0][s[0]] for i, s in enumerate(_STATES)]
    back: list[list[int]] = []
    for row in scores[1:]:
        step, pointers = [], []
        for target in range(n_states):
            source = max(
                range(n_states),
                key=lambda s: (best[s] + moves[s][target], -s),
            )
            pointers.append(source)
            step.append(best[source] + moves[source][target] + row[_STATES[target][0]])
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


def _marginals(
    scores: Sequence[Mapping[Label, float]], starts: Sequence[float], moves: Moves
) -> list[list[float]]:
    """Posterior probability of each hidden state at each sentence (forward-backward)."""
    n, states = len(scores), range(len(_STATES))
    forward = [[starts[s] + scores[0][_STATES[s][0]] for s in states]]
    for row in scores[1:]:
        prev = forward[-1]
        forward.append(
            [
                _logsumexp([prev[s] + moves[s][t] for s in states]) + row[_STATES[t][0]]
                for t in states
            ]
        )
    backward = [[0.0 for _ in states]]
    for row in reversed(scores[1:]):
        nxt = backward[0]
        backward.insert(
            0,
            [
                _logsumexp([moves[s][t] + row[_STATES[t][0]] + nxt[t] for t in states])
                for s in states
            ],
        )
    total = _logsumexp(forward[-1])
    return [[math.exp(forward[i][s] + backward[i][s] - total) for s in states] for i in range(n)]
