"""Feedback on a story, part by part, from the same analysis every answer gets.

The story is read as one answer (its parts in S-T-A-R order) so the STAR labeller sees each
sentence in context; each part then gets its own specificity reading, and a message on the
one thing to change: the part is missing, reads as another part, hides "I" behind "we", or
ends without a figure. The messages are written for the story, not copied from the tips.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from interview.analysis import Analysis, analyse
from interview.models import STAR_PARTS, StarPart
from interview.stories.draft import StoryDraft

_MISSING: dict[StarPart, str] = {
    "situation": "Add a sentence or two: where and when this was, and what was at stake.",
    "task": "Say what you were there to achieve, or what was yours to sort out.",
    "action": "Write the steps you took yourself, with 'I' and verbs that show the work.",
    "result": "Say how it ended: what changed, ideally with a figure, and what you learned.",
}
_OK: dict[StarPart, str] = {
    "situation": "A clear setting; keep it short when you tell it.",
    "task": "Your goal is clear.",
    "action": "Your own steps come through clearly.",
    "result": "A result a listener can check. Good.",
}


def _joined(draft: StoryDraft) -> tuple[str, dict[StarPart, tuple[int, int]]]:
    """The parts as one answer, and where each part sits in it."""
    pieces: list[str] = []
    spans: dict[StarPart, tuple[int, int]] = {}
    offset = 0
    for part in STAR_PARTS:
        text = draft.parts()[part]
        if not text:
            continue
        if text[-1] not in ".!?":
            text += "."
        spans[part] = (offset, offset + len(text))
        pieces.append(text)
        offset += len(text) + 1
    return " ".join(pieces), spans


def _part_feedback(part: StarPart, text: str, labels: list[str | None]) -> dict[str, Any]:
    if not text:
        return {
            "written": False,
            "labels": [],
            "reads_as": None,
            "specificity": None,
            "figures": [],
            "message": _MISSING[part],
        }
    own = analyse(text, kind="behavioral")
    counted = Counter(label for label in labels if label is not None)
    reads_as = counted.most_common(1)[0][0] if counted else None
    spec = own.specificity
    return {
        "written": True,
        "labels": labels,
        "reads_as": reads_as,
        "specificity": spec.score,
        "figures": [fact.text for fact in spec.facts],
        "message": _message(part, reads_as, own),
    }


def _message(part: StarPart, reads_as: str | None, own: Analysis) -> str:
    spec = own.specificity
    if reads_as is not None and reads_as != part:
        return f"This reads more like the {reads_as} than the {part}. " + _MISSING[part]
    if part == "action" and len(spec.plural) > len(spec.singular):
        return (
            "'We' outnumbers 'I' here: say which steps were yours, so the interviewer "
            "hears your part."
        )
    if part == "result" and not spec.facts:
        return "Add a figure if you have one (time saved, a percentage, people helped)."
    if part == "action" and spec.score < 40:
        return "Add detail only you would know: a name, a number, a tool, a date."
    return _OK[part]


def story_feedback(draft: StoryDraft) -> dict[str, Any]:
    """{situation, task, action, result: part feedback, story: the whole story's scores}."""
    text, spans = _joined(draft)
    whole = analyse(text, kind="behavioral")
    feedback: dict[str, Any] = {}
    for part in STAR_PARTS:
        start, end = spans.get(part, (-1, -1))
        labels = [s.part for s in whole.star.sentences if start <= s.sentence.start < end]
        feedback[part] = _part_feedback(part, draft.parts()[part], list(labels))
    feedback["story"] = {
        "score": whole.score,
        "star_score": whole.star.score,
        "specificity": whole.specificity.score,
        "findings": [finding.message for finding in whole.star.findings],
    }
    return feedback
