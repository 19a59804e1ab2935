import math

import pytest

from interview.analysis.star.decode import TRANSITION, decode
from interview.analysis.star.lexicon import LABELS, Label


def row(**scores: float) -> dict[Label, float]:
    base: dict[Label, float] = dict.fromkeys(LABELS, 0.0)
    base.update(scores)  # type: ignore[typeddict-item]
    return base


@pytest.mark.parametrize(
    "rows,expected",
    [
        # A sentence with no cue of its own follows its neighbours.
        ([row(action=3), row(), row(action=3)], ("action", "action", "action")),
        # ...and after the actions it stays with the story rather than jumping back.
        ([row(situation=3), row(action=3), row()], ("situation", "action", "action")),
        # A clear result can open the answer (result-first stories).
        ([row(result=4), row(situation=3), row(action=3)], ("result", "situation", "action")),
        # A weak result hint first is not enough against the forward order.
        ([row(result=0.5), row(action=3)], ("situation", "action")),
        # An aside is "none" and remembers where the story was: after it, a faint
        # situation hint does not pay for the step back from action.
        ([row(action=3), row(none=3), row(situation=1)], ("action", "none", "action")),
        ([row(none=3), row(situation=1)], ("none", "situation")),
        ([], ()),
    ],
)
def test_order_aware_decoding(rows: list[dict[Label, float]], expected: tuple[str, ...]) -> None:
    labels, _ = decode(rows)
    assert labels == expected


def test_confidence_is_a_probability_and_rises_with_evidence() -> None:
    _, weak = decode([row(action=1)])
    _, strong = decode([row(action=5)])
    assert 0 < weak[0] < strong[0] <= 1


def test_staying_and_the_next_step_are_free_steps_back_cost() -> None:
    order = ("situation", "task", "action", "result")
    for i, source in enumerate(order):
        assert TRANSITION[source][source] == 0
        if i + 1 < len(order):
            assert TRANSITION[source][order[i + 1]] == 0
        assert all(TRANSITION[source][back] < 0 for back in order[:i])
    # Every step is allowed at some cost: nothing is impossible.
    assert all(not math.isinf(v) for row_ in TRANSITION.values() for v in row_.values())
