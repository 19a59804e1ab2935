"""What a coach listens for in an answer to each family of HR question.

Each family (`families`) has a checklist of elements: what makes the answer do its job,
in our own reading of common interview advice. Each element has a weight, the phrases that
show it (all of them in one sentence) and the advice to give when it is missing. The table
of families, elements and weights is in `content`'s docstring; what loses an answer
points whatever else it does is in `faults`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from interview.analysis.hr import phrases as said


@dataclass(frozen=True)
class Element:
    """One thing the answer should contain.

    Attributes:
        key: its name in the report ("cost").
        label: what it is, for a reader ("what it cost or how it shows").
        weight: its share of the content score, against the family's other elements.
        patterns: phrases that show it; all must occur in one sentence.
        advice: what to add when it is missing, in a coach's words.
    """

    key: str
    label: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    advice: str


def phrases(*alternatives: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives as whole words, in any case."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _element(key: str, label: str, weight: float, *patterns: str, advice: str) -> Element:
    return Element(key, label, weight, tuple(phrases(p) for p in patterns), advice)


ELEMENTS: Final[dict[str, tuple[Element, ...]]] = {
    "introduction": (
        _element(
            "now",
            "where you are now (role, study, skills)",
            1.0,
            said.NOW,
            advice="Open with where you are now: your current role or studies and the "
            "skill you use most.",
        ),
        _element(
            "achievement",
            "one thing you did that fits this job",
            1.0,
            said.DID,
            advice="Add one thing you did that fits this job, with a number or an outcome "
            "if you have one.",
        ),
        _element(
            "next",
            "why this role is your next step",
            1.0,
            said.NEXT,
            advice="Close with why this role is your next step: what draws you to it now.",
        ),
    ),
    "weakness": (
        _element(
            "named",
            "a real weakness, named",
            1.0,
            said.WEAK,
            advice="Name one real weakness plainly, in a sentence: something you find hard "
            "at work, not a strength in disguise.",
        ),
        _element(
            "cost",
            "what it cost or how it shows",
            1.0,
            said.COST,
            advice="Name what this weakness cost you once (a deadline, a mistake, a "
            "conversation that went wrong), so the interviewer sees you know it.",
        ),
        _element(
            "steps",
            "the steps you took",
            1.25,
            said.STEPS,
            advice="Say the concrete step you took about it: a habit, a tool, a course, "
            "someone you asked for help.",
        ),
        _element(
            "progress",
            "signs it is getting better",
            0.75,
            said.BETTER,
            advice="End with a sign it is getting better: what is different now compared "
            "with a year ago.",
        ),
    ),
    "strengths": (
        _element(
            "named",
            "a strength, named",
            1.0,
            said.STRENGTH,
            advice="Name one or two strengths plainly: 'I'm good at ...'.",
        ),
        _element(
            "example",
            "an example or a figure behind it",
            1.25,
            said.EXAMPLE,
            advice="Back the strength with one example: when you used it and what came "
            "of it, with a number if you have one.",
        ),
        _element(
            "role",
            "why it matters for this role",
            1.0,
            said.ROLE,
            advice="Link it to this job: say which part of the role it would help with.",
        ),
    ),
    "motivation": (
        _element(
            "specific",
            "something specific about the employer or role",
            1.25,
            said.SPECIFIC_EMPLOYER,
            advice="Name one specific thing about this employer or this role that draws "
            "you (something they do, offer or are known for), not what any employer has.",
        ),
        _element(
            "fit",
            "a link to your own skills or plans",
            1.0,
            said.OWN_FIT,
            advice="Link it to yourself: the experience you bring to it, or where you "
            "want to grow.",
        ),
    ),
    "leaving": (
        _element(
            "forward",
            "where you want to go next",
            1.25,
            r"looking for|looking to|want to|would like to|'d like to|hoping to|ready (?:for|to)"
            r"|next step|grow|develop|progress|more responsibility|learn|move (?:into|to|up|on to)"
            r"|step up|a chance to|opportunity to|this role|permanent",
            advice="Say what you are moving towards (the work you want more of, the next "
            "step), rather than what you are getting away from.",
        ),
        _element(
            "reason",
            "a fair, plain reason or what you take with you",
            0.75,
            r"i'?ve (?:learned|learnt|enjoyed|valued|had)|i have (?:learned|learnt|enjoyed)"
            r"|grateful|i enjoyed|taught me|contract (?:ends|ended|is ending)|fixed[- ]term"
            r"|redundan\w*|restructur\w*|relocat\w*|closing|isn'?t (?:a|an|any) \w+ (?:role|post"
            r"|job)"
            r"|no (?:room|role|post|way) (?:to|for)",
            advice="Give the plain reason in one fair sentence, and one thing you gained "
            "where you are.",
        ),
    ),
    "career_goals": (
        _element(
            "direction",
            "a direction you can name",
            1.25,
            r"i'?d like|i would like|i want|i hope|i see myself|i plan|i'?m aiming|my (?:goal|aim"
            r"|plan) is"
            r"|i'?d love|aim to",
            r"manag\w*|lead\w*|senior|specialis\w*|running|run|head|in charge|supervis\w*"
            r"|qualified|chartered|expert|own|responsib\w*|team|become|mentor\w*|teach\w*",
            advice="Name a direction: the kind of work or responsibility you want in a few years.",
        ),
        _element(
            "steps",
            "how you will get there",
            1.0,
            r"next step|first|to get there|learn|course|qualification|exams?|certif\w*"
            r"|training|get strong|get better|build up|study|degree|experience (?:in|of)",
            advice="Say how you will get there: the next step, what you need to learn.",
        ),
        _element(
            "fit",
            "how this job fits it",
            0.75,
            r"here|with you|your|this (?:role|company|job|organi[sz]ation|team|firm)|you (?:run"
            r"|offer)",
            advice="Say how this job fits that plan, so the interviewer hears you want to "
            "grow with them.",
        ),
    ),
    "salary": (
        _element(
            "figure",
            "a figure or a range",
            1.25,
            r"(?<=[£$€])\d[\d,.]*k?|\d[\d,.]*\s?(?:k|K|thousand|grand|an hour|per hour|a year"
            r"|per year"
            r"|per annum)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?"
            r"(?: thousand| k| grand)?",
            advice="Give a figure or a range you have thought about, not 'whatever you "
            "think is fair'.",
        ),
        _element(
            "basis",
            "what it is based on",
            1.0,
            r"research\w*|similar (?:roles|jobs|positions|posts)|the market|market rate|adverts?"
            r"|salary surveys?|(?:in|for) this (?:area|city|region|field|sector)|based on"
            r"|given my|with my|in line with|going rate|than i'?m on|than i earn",
            advice="Say what the figure is based on: similar roles you have seen, or your "
            "experience.",
        ),
        _element(
            "open",
            "open to the whole package",
            0.75,
            # "non-negotiable", "not flexible" close the talk that these words open.
            r"(?<!not )flexible|open (?:to|on)|(?<!non-)(?<!not )negotiable"
            r"|(?:whole|overall|full) package|benefits"
            r"|range you|what (?:range|budget) you|happy to discuss|depending on",
            advice="Add that you are open to the whole package, and ask for their range.",
        ),
    ),
    "gap": (
        _element(
            "what",
            "what happened, said plainly",
            1.25,
            r"i was (?:caring|looking after|at home|ill|unwell|travelling|studying|made redundant"
            r"|raising|recovering|on)|(?:caring|cared) for|looking after|maternity|paternity"
            r"|parental leave|redundan\w*|illness|operation|surgery|stroke|injury|baby"
            r"|relocat\w*|moved (?:to|abroad|country)|got ill|(?:took"
            r"|take) (?:\w+ ){0,3}to (?:care|look"
            r"|study|travel|raise|recover|retrain|support)",
            advice="Say what happened in one plain sentence (caring, health, study, "
            "redundancy); you do not owe more detail than that.",
        ),
        _element(
            "active",
            "what you did in that time",
            1.0,
            r"courses?|qualification|certificat\w*|studied|volunteer\w*|kept (?:up|my|the)"
            r"|learn(?:ed|t)|practis\w*|freelance|part[- ]time|dealt with|organi[sz]ed|passed"
            r"|completed",
            advice="Add what you did in that time that helps at work: a course, volunteering, "
            "anything you organised or kept up.",
        ),
        _element(
            "ready",
            "that you are ready now",
            1.0,
            r"ready|back to work|settled|resolved|behind me|sorted|return\w* to work"
            r"|come back|coming back|now (?:in|able|well|looking)|(?:i'?m|i am) (?:now )?(?:able"
            r"|keen)",
            advice="End with why it is settled now and that you are ready for this job.",
        ),
    ),
    "questions": (
        _element(
            "asks",
            "a question asked",
            1.0,
            r"i'?d (?:like|love) to (?:know|ask|hear)|could you (?:tell|say|explain)|can you tell"
            r"|i was wondering|i wanted to ask|what|how|who|which|is there|are there|do you|does",
            advice="Ask at least one question: it shows you want this job, not just any job.",
        ),
        _element(
            "thoughtful",
            "about the work, the team or success in the role",
            1.5,
            r"success\w*|do well|first (?:\w+ )?(?:months?|weeks?|days?|year)|challeng\w*"
            r"|(?:the|your|this) team|day[- ]to[- ]day|typical (?:day|week)|train\w*|develop\w*"
            r"|learn|priorit\w*|decide|measure\w*|goals?|support\w*|culture|feedback"
            r"|progress\w*|career|shadow\w*|mentor\w*|projects?|routines?|work on",
            advice="Ask about the work itself: what success looks like in the first months, "
            "the team, or the biggest challenge ahead.",
        ),
    ),
}
