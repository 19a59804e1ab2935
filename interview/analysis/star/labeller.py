"""Which sentences of an answer are its Situation, Task, Action and Result, and why.

Interviewers listen for a story: the setting, what the speaker had to achieve, what they
did themselves, and what changed. This module labels every sentence with one of those parts
(or none), quoting the cues that decided it, and reports how present and strong each part
is, how much of the answer it takes, whether the story runs in order, and a 0-100 score.

Labelling works in two steps: `star.cues` scores each sentence for each part from its own
words, and `star.decode` chooses the labels for the whole answer at once, preferring the
S -> T -> A -> R order. HR questions ("Tell me about yourself") are not stories: for them
STAR does not apply, nothing is labelled and no part is reported missing.

The score (only when STAR applies) is visible arithmetic, see `star_score`.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.sentences import Sentence
from interview.analysis.star.cues import Cue, emissions, sentence_cues, sentence_words
from interview.analysis.star.decode import decode
from interview.analysis.star.findings import find_issues
from interview.analysis.star.lexicon import Label
from interview.analysis.star.report import (
    Finding,
    LabelledSentence,
    PartReport,
    StarReport,
    build_parts,
    star_score,
)
from interview.models import STAR_PARTS, QuestionKind

__all__ = [
    "Finding",
    "LabelledSentence",
    "PartReport",
    "StarReport",
    "analyse_star",
]


def analyse_star(sentences: Sequence[Sentence], *, kind: QuestionKind = "behavioral") -> StarReport:
    """Label each sentence with its STAR part and report on the answer as a whole.

    "situational" answers are judged like behavioral ones, and "I would ..." counts as an
    action in them. For "hr" STAR does not apply: every label is None and score is None.
    """
    if kind == "hr":
        return _not_applicable(sentences)
    words = [sentence_words(s.text) for s in sentences]
    cues = [
        sentence_cues(w, kind=kind, index=i, count=len(sentences), text=s.text)
        for i, (w, s) in enumerate(zip(words, sentences, strict=True))
    ]
    labels, confidence = decode([emissions(c) for c in cues])
    labelled = tuple(
        LabelledSentence(
            sentence=sentence,
            part=None if label == "none" else label,
            evidence=_evidence(label, sentence_cues_),
            confidence=conf,
        )
        for sentence, label, sentence_cues_, conf in zip(
            sentences, labels, cues, confidence, strict=True
        )
    )
    parts = build_parts(labelled, cues, [len(w) for w in words])
    in_order = _in_order(labelled)
    return StarReport(
        applies=True,
        kind=kind,
        sentences=labelled,
        parts=parts,
        in_order=in_order,
        score=star_score(parts, in_order=in_order),
        findings=find_issues(labelled, parts, in_order=in_order),
    )


def _evidence(label: Label, cues: Sequence[Cue]) -> tuple[str, ...]:
    """The chosen label's cues, strongest first; or why a cue-less sentence got its label."""
    own = sorted((c for c in cues if c.label == label), key=lambda c: -c.weight)
    if own:
        return tuple(c.evidence for c in own)
    if label == "none":
        return ("no STAR cue and not carried by its neighbours",)
    return (f"no cue of its own: {label} by its place in the story",)


def _in_order(labelled: Sequence[LabelledSentence]) -> bool:
    """Whether the parts first appear in S -> T -> A -> R order."""
    firsts = [
        next(i for i, s in enumerate(labelled) if s.part == part)
        for part in STAR_PARTS
        if any(s.part == part for s in labelled)
    ]
    return firsts == sorted(firsts)


def _not_applicable(sentences: Sequence[Sentence]) -> StarReport:
    labelled = tuple(LabelledSentence(s, None, (), 1.0) for s in sentences)
    parts = tuple(PartReport(part, False, "not_applicable", 0.0) for part in STAR_PARTS)
    return StarReport(False, "hr", labelled, parts, in_order=True, score=None)
