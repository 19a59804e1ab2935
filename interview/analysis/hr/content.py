"""Whether an answer to an HR question does what that question asks.

"Tell me about yourself", "What is your greatest weakness?" and "Why do you want to work
here?" are the questions a job seeker meets most, and each has a job: a weakness answer
names a real weakness, what it cost and what was done about it; "why us" names something
about this employer. Fluency, figures and a tidy length do not show that, so a polished
cliché ("My weakness is that I'm a perfectionist") could outscore an honest answer told
plainly. This check reads the answer against a checklist for its question's family
(`families`; a question in no family gets no checklist and no score), finds each element
with the words that show it, and scores it:

    family        elements (weight)                                  faults (penalty)
    introduction  where you are now (1), one thing you did (1),      private details (15)
                  why this role is your next step (1)
    weakness      a real weakness, named (1), what it cost or how    a strength in disguise
                  it shows (1), the steps you took (1.25), signs it  (40), "I have none" (40)
                  is getting better (0.75)
    strengths     a strength named (1), an example or a figure       buzzwords with no
                  behind it (1.25), why it matters for this role (1) example (25)
    motivation    something specific about the employer or role      praise that fits any
                  (1.25), a link to your own skills or plans (1)     employer (25)
    leaving       where you want to go next (1.25), a fair, plain
                  reason or what you take with you (0.75)
    career_goals  a direction (1.25), how you will get there (1),    no plan, with no
                  how this job fits it (0.75)                        direction named (30)
    salary        a figure or a range (1.25), what it is based on    no figure, "whatever
                  (1), open to the whole package (0.75)              you think" (25)
    gap           what happened, plainly (1.25), what you did in     private detail (15)
                  that time (1), that you are ready now (1)
    questions     a question asked (1), about the work, the team     "no, you covered
                  or success in the role (1.5)                       everything" (40), only
                                                                     pay or time off (25)
    pressure      what you do when the pressure is on (1.25), one
                  real time it worked (1.25), when you ask for
                  help or what it taught you (0.5)
    dislikes      one real part of the work you      a strength in disguise
                  liked less, said fairly (1), what  (40)
                  you did about it or learned (1.25)

    content score = max(0, round(100 x found weight / family weight) - penalties)

Each fault counts once however often it is said. The score is one component of the overall
score for HR answers (`scoring`); a short answer that has every element scores 100 here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.analysis.evidence import Evidence, TextSpan
from interview.analysis.hr.checklist import ELEMENTS as FIRST_ELEMENTS
from interview.analysis.hr.checklist import Element
from interview.analysis.hr.checklist_more import MORE_ELEMENTS
from interview.analysis.hr.faults import DECLINING, FAULTS, Fault
from interview.analysis.relevance import RelevanceReport

ELEMENTS = FIRST_ELEMENTS | MORE_ELEMENTS
# An answer that has this share of its family's checklist is on the question, whatever words
# it uses: "I put off difficult conversations ... I now ask ..." answers "What is your
# greatest weakness?" without saying "weakness".
ON_QUESTION_SHARE = 0.5


@dataclass(frozen=True)
class HrCheck:
    """One element of the checklist and whether the answer has it.

    Attributes:
        key: the element ("cost").
        label: what it is ("what it cost or how it shows").
        weight: its share of the content score.
        evidence: the words that show it, with their sentence; None when missing.
        advice: what to add when it is missing.
    """

    key: str
    label: str
    weight: float
    evidence: Evidence | None
    advice: str

    @property
    def found(self) -> bool:
        return self.evidence is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "weight": self.weight,
            "found": self.found,
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
            "advice": self.advice,
        }


@dataclass(frozen=True)
class HrFault:
    """A fault heard in the answer: its words, what it costs and what to do instead."""

    key: str
    penalty: int
    evidence: Evidence
    advice: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "penalty": self.penalty,
            "evidence": self.evidence.to_dict(),
            "advice": self.advice,
        }


@dataclass(frozen=True)
class HrContentReport:
    """An HR answer read against its question family's checklist.

    Attributes:
        family: the question's family (see `families`), None when no checklist applies.
        checks: each element of the checklist, found or missing.
        faults: each fault heard, once.
        score: the content score 0-100, None when no checklist applies.
    """

    family: str | None = None
    checks: tuple[HrCheck, ...] = ()
    faults: tuple[HrFault, ...] = ()
    score: int | None = None

    @property
    def applies(self) -> bool:
        return self.family is not None

    @property
    def missing(self) -> tuple[HrCheck, ...]:
        return tuple(check for check in self.checks if not check.found)

    @property
    def declined(self) -> bool:
        """The answer declines the question (a DECLINING fault) and has none of its
        checklist: "No, I think you've covered everything"."""
        declines = any(fault.key in DECLINING for fault in self.faults)
        return declines and not any(check.found for check in self.checks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "applies": self.applies,
            "family": self.family,
            "score": self.score,
            "elements": [check.to_dict() for check in self.checks],
            "faults": [fault.to_dict() for fault in self.faults],
        }


def _find(element: Element, sentences: Sequence[TextSpan], taken: set[int]) -> Evidence | None:
    """The first sentence holding every pattern of `element`, quoted at its first one's
    first match that no earlier element was quoted at (`taken`: their start offsets), so
    one phrase ("I now ...") never counts as two elements."""
    for sentence in sentences:
        if not all(pattern.search(sentence.text) for pattern in element.patterns[1:]):
            continue
        for match in element.patterns[0].finditer(sentence.text):
            start = sentence.start + match.start()
            if start not in taken:
                taken.add(start)
                end = start + len(match.group())
                return Evidence(match.group(), start, end, element.key, sentence.text)
    return None


def _fault(fault: Fault, sentences: Sequence[TextSpan]) -> HrFault | None:
    for sentence in sentences:
        match = fault.pattern.search(sentence.text)
        if match is not None:
            start = sentence.start + match.start()
            words = Evidence(
                match.group(), start, start + len(match.group()), fault.key, sentence.text
            )
            return HrFault(fault.key, fault.penalty, words, fault.advice)
    return None


def content_score(checks: Sequence[HrCheck], faults: Sequence[HrFault]) -> int:
    """100 x the found share of the checklist's weight, less each fault's penalty, >= 0."""
    total = sum(check.weight for check in checks)
    found = sum(check.weight for check in checks if check.found)
    share = round(100.0 * found / total) if total else 0
    return max(0, share - sum(fault.penalty for fault in faults))


def on_question_by_checklist(
    relevance: RelevanceReport, report: HrContentReport
) -> RelevanceReport:
    """The relevance verdict, made "on_topic" when the answer has at least ON_QUESTION_SHARE
    of its checklist's weight in two elements or more (their words become its evidence)."""
    found = [check for check in report.checks if check.evidence is not None]
    total = sum(check.weight for check in report.checks)
    share = sum(check.weight for check in found) / total if total else 0.0
    if relevance.verdict not in ("off_topic", "unclear") or len(found) < 2:
        return relevance
    if share < ON_QUESTION_SHARE:
        return relevance
    evidence = tuple(
        dataclasses.replace(check.evidence, label="checklist")
        for check in found
        if check.evidence is not None
    )
    return dataclasses.replace(
        relevance,
        verdict="on_topic",
        matched=relevance.matched + evidence,
        unmatched=(),
        elsewhere=None,
        doubtful=False,
        confidence=0.0,
        nobody_else=False,
    )


def check_hr_content(sentences: Sequence[TextSpan], family: str | None) -> HrContentReport:
    """Read the answer's sentences against `family`'s checklist (nothing when None)."""
    if family is None or family not in ELEMENTS:
        return HrContentReport()
    taken: set[int] = set()
    checks = tuple(
        HrCheck(e.key, e.label, e.weight, _find(e, sentences, taken), e.advice)
        for e in ELEMENTS[family]
    )
    found = {check.key for check in checks if check.found}
    faults = []
    for fault in FAULTS.get(family, ()):
        if fault.unless in found:
            continue
        heard = _fault(fault, sentences)
        if heard is not None:
            faults.append(heard)
            checks = _shown_by(checks, fault.names, heard.evidence)
    return HrContentReport(family, checks, tuple(faults), content_score(checks, faults))


def _shown_by(checks: tuple[HrCheck, ...], key: str | None, words: Evidence) -> tuple[HrCheck, ...]:
    """`checks` with the missing element `key` found in a fault's words: a buzzword names a
    strength (an unsupported one), so the checklist and the fault agree on what was said."""
    return tuple(
        dataclasses.replace(check, evidence=dataclasses.replace(words, label=key))
        if check.key == key and check.evidence is None
        else check
        for check in checks
    )
