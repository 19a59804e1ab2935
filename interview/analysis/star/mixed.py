"""Deeds told inside the setting sentence: a spoken run-on holds both.

Spoken answers often run the setting and the first steps into one sentence ("at my cafe
job the machine broke on a Sunday rush, I rang the engineer, set up a station with the
filter jugs and moved two people onto the tills"). Each sentence has one label, and such a
sentence opens the story, so it is its Situation; read from labels alone the answer then
has no Action, and the user is told to add the very steps they gave.

The label stays (one per sentence, as the sentence JSON promises); what changes is how the
parts read the sentence: one labelled Situation whose main clause tells a concrete deed
with "I" and a past verb (not hedged, not inside a "when ..." clause) also counts for the
Action, its index is listed among the Action's sentences, and its words are shared half
and half between the two parts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from interview.analysis.star.cues import Cue
from interview.analysis.star.report import LabelledSentence, PartReport

__all__ = ["deeds_in_setting", "with_deeds_in_setting"]

# The weight of a concrete first-person past deed in a main clause ("I rang", `star.verbs`):
# generic ("I helped"), "we", hedged and subordinate deeds weigh less.
CONCRETE_DEED = 3.0


def deeds_in_setting(
    labelled: Sequence[LabelledSentence], cues: Sequence[Sequence[Cue]]
) -> tuple[int, ...]:
    """Indexes of the Situation sentences that also tell a concrete deed of the speaker."""
    return tuple(
        i
        for i, (s, own) in enumerate(zip(labelled, cues, strict=True))
        if s.role == "situation" and any(_concrete_deed(c) for c in own)
    )


def _concrete_deed(cue: Cue) -> bool:
    told_plainly = "(hedged)" not in cue.evidence and "(in a clause)" not in cue.evidence
    return cue.label == "action" and cue.weight >= CONCRETE_DEED and told_plainly


def with_deeds_in_setting(
    parts: Sequence[PartReport],
    labelled: Sequence[LabelledSentence],
    cues: Sequence[Sequence[Cue]],
    counts: Sequence[int],
) -> tuple[PartReport, ...]:
    """`parts` with the deeds of mixed sentences counted for the Action (module docstring)."""
    mixed = deeds_in_setting(labelled, cues)
    if not mixed:
        return tuple(parts)
    moved = sum(counts[i] for i in mixed) / 2 / (sum(counts) or 1)
    deeds = [c for i in mixed for c in cues[i] if _concrete_deed(c)]
    changed = []
    for report in parts:
        if report.part == "action":
            changed.append(
                dataclasses.replace(
                    report,
                    present=True,
                    strength="strong",  # a concrete, plainly told deed (see CONCRETE_DEED)
                    share=round(report.share + moved, 3),
                    sentence_indexes=tuple(sorted({*report.sentence_indexes, *mixed})),
                    evidence=tuple(dict.fromkeys([*report.evidence, *(c.evidence for c in deeds)])),
                )
            )
        elif report.part == "situation":
            changed.append(
                dataclasses.replace(report, share=round(max(0.0, report.share - moved), 3))
            )
        else:
            changed.append(report)
    return tuple(changed)
