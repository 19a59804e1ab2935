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
