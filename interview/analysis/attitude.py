"""Attitude faults a coach hears at once: money first, a short stay, a shrug, blame, a demand.

Some answers are fluent, specific and on the question, and still lose the interview in one
phrase. "Why do you want this job?" answered with "the pay is better" says the candidate
will leave for the next raise; "she never came back, no big loss" about a customer says
they do not care; "it wasn't really my mistake" about a mistake says they will not own the
next one; "a stepping stone" says they will not stay; "I wouldn't get out of bed for less"
says there is nothing to negotiate. The negativity check (`negativity`) hears a judgement
of people; this one hears the stance.

Each fault is a set of short phrases, matched on adjacent words in one clause, and
reported with the words and their sentence:

    fault          heard when                                     examples
    money_first    the question asks why the job, the company    "for the money", "the pay
                   or the move (a motivation question), or        is better", "gas money"
                   about career plans
    no_commitment  the same questions                             "a stepping stone", "until
                                                                  something better comes along"
    dismissive     always                                         "no big loss", "not my
                                                                  problem", "their loss"
    blames_others  always                                         "wasn't my fault", "what
                                                                  her problem was"
    demand         the question asks about pay                    "non-negotiable", "won't
                                                                  take less than"

Talking about pay when asked about pay is the answer, so money words count only when the
question asks for motivation; a demand only when it asks about pay. A fault caps the score
the way speaking badly of people does (`scoring`), and each gets its own tip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.evidence import Evidence, RemarksReport, SentenceIndex, TextSpan
from interview.analysis.specificity.facts import match_phrases
from interview.analysis.tokens import Token


def _phrases(lines: str) -> tuple[tuple[str, ...], ...]:
    """One phrase a line, words split on spaces."""
    return tuple(tuple(line.split()) for line in lines.strip().splitlines() if line.strip())


_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "money_first": _phrases(
        """
        for the money
        use the money
        need the money
        need money
        more money
        money for gas
        gas money
        pay more
        pay a bit more
        pay a little more
        pays more
        pays better
        pays well
        better pay
        higher pay
        the pay is
        the pay here
        pay is better
        pay is higher
        money is better
        the pay's
        the salary is
        pay the bills
        pay my bills
        pay my rent
        paycheck
        pay cheque
        anywhere's better
        anywhere is better
        any job
        """
    ),
    "no_commitment": _phrases(
        """
        stepping stone
        something better comes along
        something better comes up
        something better turns up
        until something better
        just a job
        just for now
        only for now
        not planning to stay
        won't be here long
        """
    ),
    "dismissive": _phrases(
        """
        wasn't worth my time
        not worth my time
        couldn't be bothered
        that's on them
        no big loss
        no great loss
        not a big loss
        their loss
        her loss
        his loss
        not my problem
        not my job
        couldn't care less
        could care less
        who cares
        """
    ),
    "blames_others": _phrases(
        """
        not my fault
        wasn't my fault
        wasn't really my fault
        wasn't my mistake
        wasn't really my mistake
        not really my mistake
        not my mistake
        his fault
        her fault
        their fault
        what her problem was
        what his problem was
        what their problem was
        hated me
        had it in for me
        out to get me
        undermine me
        i never did anything
        got the blame
        don't know what they want
        nobody does any work
        nobody did any work
        """
    ),
    "demand": _phrases(
        """
        non-negotiable
        not negotiable
        won't take less
        wouldn't take less
        won't accept less
        wouldn't accept less
        nothing less than
        get out of bed for less
        take it or leave it
        or i walk
        or i'll walk
        """
    ),
}
_MOTIVATION_QUESTION = re.compile(
    r"\bwhy\b.*\b(job|role|position|us|here|company|organi[sz]ation|apply|applying|"
    r"work|join|leave|leaving|left|sector|field|career)\b|\bmotivat",
    re.IGNORECASE,
)
_CAREER_QUESTION = re.compile(
    r"\bfive years\b|\bsee yourself\b|\blong[- ]term\b|\bcareer (goals|plans)\b", re.I
)
_PAY_QUESTION = re.compile(r"\b(salary|pay|paid|compensation|package|money|rate)\b", re.I)
_MOTIVATION_TOPICS = frozenset({"motivation", "career-goals"})


@dataclass(frozen=True)
class AttitudeReport(RemarksReport):
    """Phrases that show a stance an interviewer hears as a warning.

    Attributes:
        remarks: each phrase as written, labelled money_first, no_commitment, dismissive,
            blames_others or demand, with the sentence it is in.
    """


def faults_heard(question: str | None, competency: str | None) -> tuple[str, ...]:
    """The faults that apply to an answer to `question` (see the module docstring)."""
    faults = ["dismissive", "blames_others"]
    asked = question or ""
    motive = _MOTIVATION_QUESTION.search(asked) or _CAREER_QUESTION.search(asked)
    if competency in _MOTIVATION_TOPICS or motive:
        faults[:0] = ["money_first", "no_commitment"]
    if _PAY_QUESTION.search(asked):
        faults.append("demand")
    return tuple(faults)


def find_attitude(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[TextSpan],
    *,
    question: str | None = None,
    competency: str | None = None,
) -> AttitudeReport:
    """Every phrase of the faults that apply, in the order of the answer, none twice."""
    index = SentenceIndex(sentences)
    found: list[Evidence] = []
    for fault in faults_heard(question, competency):
        found.extend(match_phrases(text, tokens, _PHRASES[fault], fault, index))
    found.sort(key=lambda remark: remark.start)
    kept: list[Evidence] = []
    for remark in found:
        if not kept or remark.start >= kept[-1].end:
            kept.append(remark)
    return AttitudeReport(tuple(kept))
