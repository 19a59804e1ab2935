"""Where a sentence sits relative to the first thing the speaker did.

The same words change role with their place in the story. "I had to ..." before any deed
is the task ("I had to get them a working shower by Friday"); once the speaker has started
acting it is usually one more step ("I had to ring my supervisor"). A duty named before
the first deed is what the story is about; a need told after it is often a complication.
Absolute position cannot say this (a story may open on the duty or on two sentences of
setting), so these features mark each sentence as before or after the first sentence whose
main clause is a deed of the speaker or the team ("I rang", "we moved", "so I call"), but
only where they carry a need or a duty: the side alone would be a position feature resting
on the deed detector, and an answer whose deeds it misses ("So I stay after my shift ...")
would have its result pushed towards "none".

They are added to the per-sentence features of `star.features` for the whole answer at
once, by the labeller and by training alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["with_context"]

# Main-clause features (`star.features`) that make a sentence a deed.
_DEED = ("i:deed", "we:deed", "i:present_deed", "we:present_deed")
# Features whose meaning depends on whether the story's actions have begun.
_NEEDS = ("pat:had_to", "pat:needed_done", "pat:must", "duty:stated")


def with_context(features: Sequence[Mapping[str, float]]) -> list[dict[str, float]]:
    """Each sentence's features plus `ctx:*`: its duty or need wording, marked as before
    or after the first deed."""
    rows = []
    acted = False
    for row in features:
        side = "after_deed" if acted else "before_deed"
        extra: dict[str, float] = {}
        for name in _NEEDS:
            if row.get(name):
                extra[f"ctx:{name.split(':', 1)[1]}_{side}"] = 1.0
        rows.append({**row, **extra})
        acted = acted or any(row.get(name) for name in _DEED)
    return rows
