"""Judging a follow-up answer on what it was asked (see `follow_ups` for the rules' reasons).

    no_result      answered: a result sentence with a figure; partly: a result without one
    ownership      answered: "I" in most of the first-person words and a concrete verb;
                   partly: some "I"
    no_figures     answered: a figure and a way of measuring it; partly: either one
    no_reflection  answered: a word of looking back and "would"/"next"; partly: either one
    bank           answered: overall score >= 70; partly: >= 40

Scores: answered 100, partly 60, not answered 0 (the bank focus uses the answer's score).
"""

from __future__ import annotations

from interview.analysis import Analysis
from interview.analysis.tokens import tokenize
from interview.stories.follow_ups import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    MEASURE_WORDS,
    REFLECTION_WORDS,
    Focus,
    Judgement,
    Verdict,
)

_SCORE: dict[Verdict, int] = {"answered": 100, "partly": 60, "not_answered": 0}


def _said(analysis: Analysis, words: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The answer's words found in `words`, quoted as the user wrote them ("I'd", not
    "i'd"): they are shown back as "From your answer"."""
    return tuple(t.text for t in tokenize(analysis.text) if t.lower in words)


def _verdict(full: bool, some: bool) -> Verdict:
    return "answered" if full else "partly" if some else "not_answered"


def _result(analysis: Analysis) -> tuple[Verdict, str, tuple[str, ...]]:
    star, spec = analysis.star, analysis.specificity
    quotes = tuple(s.sentence.text for s in star.sentences if s.role == "result")
    verdict = _verdict(bool(quotes) and bool(spec.measurable_result), bool(quotes))
    message = {
        "answered": "You gave the outcome and a figure to back it. That is what was asked.",
        "partly": "You gave an outcome; add a figure or a sign that showed it worked.",
        "not_answered": "I could not find the outcome: say what changed in the end.",
    }[verdict]
    return verdict, message, quotes + tuple(e.text for e in spec.result_evidence)


def _ownership(analysis: Analysis) -> tuple[Verdict, str, tuple[str, ...]]:
    mine = _said(analysis, FIRST_SINGULAR)
    ours = _said(analysis, FIRST_PLURAL)
    verbs = tuple(e.text for e in analysis.specificity.concrete_verbs)
    verdict = _verdict(len(mine) > len(ours) and bool(verbs), bool(mine))
    message = {
        "answered": "You said plainly what you did yourself.",
        "partly": "Some of your own part comes through; name your steps with 'I' and a verb.",
        "not_answered": "It is still 'we': say which steps you took yourself.",
    }[verdict]
    return verdict, message, tuple(mine[:3]) + verbs[:3]


def _measure(analysis: Analysis) -> tuple[Verdict, str, tuple[str, ...]]:
    figures = tuple(e.text for e in analysis.specificity.facts)
    ways = _said(analysis, MEASURE_WORDS)
    verdict = _verdict(bool(figures) and bool(ways), bool(figures) or bool(ways))
    message = {
        "answered": "You gave figures and how you got them.",
        "partly": "Give both: the figure, and where it came from (a report, a survey, a count).",
        "not_answered": "No figure or way of measuring yet: what changed, and how did you see it?",
    }[verdict]
    return verdict, message, figures + ways


def _reflection(analysis: Analysis) -> tuple[Verdict, str, tuple[str, ...]]:
    looking_back = _said(analysis, REFLECTION_WORDS)
    change = _said(analysis, {"would", "i'd", "next", "now", "instead"})
    verdict = _verdict(bool(looking_back) and bool(change), bool(looking_back) or bool(change))
    message = {
        "answered": "You looked back and named what you would change.",
        "partly": "Say both what you learned and what you would do differently next time.",
        "not_answered": "Look back: what would you change if it happened again?",
    }[verdict]
    return verdict, message, looking_back + change


def judge_follow_up(focus: Focus, analysis: Analysis) -> Judgement:
    """How well the answer met its follow-up question; every verdict quotes its words."""
    if focus == "bank":
        verdict = _verdict(analysis.score >= 70, analysis.score >= 40)
        message = "Judged as an answer: see the feedback below."
        return Judgement(focus, verdict, analysis.score, message, ())
    judge = {
        "no_result": _result,
        "ownership": _ownership,
        "no_figures": _measure,
        "no_reflection": _reflection,
    }[focus]
    verdict, message, evidence = judge(analysis)
    return Judgement(focus, verdict, _SCORE[verdict], message, tuple(dict.fromkeys(evidence)))
