"""STAR labels in the light of the whole answer: an answer that is not a story has no parts.

The labeller reads sentence by sentence, so a fluent answer made of habits ("When there is
a conflict, I listen to both sides. I stay calm.") can look like a Situation and two
Actions, and the report then praises parts of a story that was never told. Once the
framing verdict (`interview.analysis.framing`) says a behavioral answer is not a real
example, none of its sentences is a Situation, Task, Action or Result: each is labelled
"not part of a story", every part is missing and the STAR score is what an answer with no
story earns. The framing tip already says what to do instead (tell one real time), so the
report does not also ask for a Situation or a Result the user has no story to put in.

A single sentence keeps its label: it is too short to be a story, but it may be one part
of one, such as the outcome given in answer to a follow-up ("How did it end?").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from interview.analysis.evidence import Evidence
from interview.analysis.framing import FramingReport, judge_framing
from interview.analysis.sentences import Sentence
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.star.labeller import analyse_star
from interview.analysis.star.report import LabelledSentence, PartReport, StarReport, star_score
from interview.models import STAR_PARTS, QuestionKind

NOT_A_STORY = "not part of a story: the answer is not a real example"


def star_and_framing(
    sentences: Sequence[Sentence], *, kind: QuestionKind
) -> tuple[StarReport, FramingReport]:
    """The STAR report and the framing verdict of one answer, consistent with each other."""
    framing = judge_framing(sentences, kind=kind)
    star = analyse_star(sentences, kind=kind)
    if framing.real_example or len(sentences) <= 1:
        return star, framing
    return without_story(star), framing


def without_story(star: StarReport) -> StarReport:
    """`star` with no sentence in any part (see the module docstring)."""
    labelled = tuple(
        LabelledSentence(s.sentence, None, (NOT_A_STORY,), s.confidence) for s in star.sentences
    )
    parts = tuple(PartReport(part, False, "missing", 0.0) for part in STAR_PARTS)
    return StarReport(
        applies=star.applies,
        kind=star.kind,
        sentences=labelled,
        parts=parts,
        in_order=True,
        score=star_score(parts, in_order=True),
        findings=(),
    )


def with_measured_result(star: StarReport, specificity: SpecificityReport) -> StarReport:
    """`star` without its "no measurable outcome" finding when the specificity check found a
    figure in the result sentences: it reads number words too ("Forty letters went out",
    "a dozen donors", "twice what"), so the report never asks for a number already said."""
    if specificity.measurable_result is not True:
        return star
    kept = tuple(f for f in star.findings if f.code != "result_not_measurable")
    return dataclasses.replace(star, findings=kept)


def with_concrete_actions(star: StarReport, specificity: SpecificityReport) -> StarReport:
    """`star` with a weak Action made strong when one of its sentences tells, unhedged and in
    the present tense, what "I" did with a concrete verb and no vague verb or word, as the
    specificity check reads it.

    The STAR cues give a deed told in the present tense ("I ring our relief list and get
    one person in") too little weight for a strong Action, and the report then called
    concrete deeds vague; the specificity check reads verbs in any tense.
    """
    action = star.part("action") if star.applies else None
    if action is None or action.strength != "weak":
        return star
    if not any(_concrete_deed(star, i, specificity) for i in action.sentence_indexes):
        return star
    parts = tuple(
        dataclasses.replace(p, strength="strong") if p.part == "action" else p for p in star.parts
    )
    findings = tuple(f for f in star.findings if (f.code, f.part) != ("weak", "action"))
    score = star_score(parts, in_order=star.in_order)
    return dataclasses.replace(star, parts=parts, findings=findings, score=score)


def _concrete_deed(star: StarReport, index: int, specificity: SpecificityReport) -> bool:
    labelled = star.sentences[index]
    if any(e.endswith("(hedged)") for e in labelled.evidence):
        return False
    if not any(e.endswith("(present tense)") for e in labelled.evidence):
        return False  # a past deed the cues found weak is weak for a reason of their own
    start, end = labelled.sentence.start, labelled.sentence.end

    def inside(items: tuple[Evidence, ...]) -> int:
        return sum(start <= item.start < end for item in items)

    return (
        inside(specificity.concrete_verbs) > 0
        and inside(specificity.singular) > 0
        and inside(specificity.vague_verbs) + inside(specificity.vague_words) == 0
    )
