"""What loses an HR answer points whatever else it does, family by family.

A coach hears some answers as a dodge before weighing anything else: "I'm a perfectionist"
for a weakness, "No, I think you've covered everything" at the end, "whatever you think is
fair" for a salary, a string of buzzwords for strengths. Each fault here has a penalty (in
content points, see `content`) and what to do instead. A fault with `unless` counts only
when that element of the checklist is missing: "a great company" is harmless next to
something specific about it, and a perk asked about after a real question is fine.

Speaking badly of a former employer, money first and an ultimatum on pay are heard by
`negativity` and `attitude` (which cap the score), so they are not repeated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from interview.analysis.hr.checklist import phrases


@dataclass(frozen=True)
class Fault:
    """Something that costs an answer of this family points.

    Attributes:
        key: its name in the report ("disguised_strength").
        penalty: content points lost (0-100 scale).
        pattern: the phrases that show it.
        advice: what to do instead, in a coach's words.
        unless: an element whose presence makes it harmless, or None.
        names: an element its words show too, or None: "I'm hard-working" names a
            strength, an unsupported one, so the checklist must not call it missing.
    """

    key: str
    penalty: int
    pattern: re.Pattern[str]
    advice: str
    unless: str | None = None
    names: str | None = None


# Faults that decline the question itself ("I don't have any weaknesses", "No, you've
# covered everything"): the answer gives the interviewer nothing to weigh (`scoring`).
DECLINING: Final = frozenset({"none", "no_questions"})

# A strength dressed as a fault: "I'm a perfectionist", "I work too hard".
_DISGUISED: Final = phrases(
    r"perfectionis[tm]|work (?:too|so) hard|care too much|too (?:hard[- ]working"
    r"|dedicated|committed|detail[- ]oriented|passionate|honest|nice|generous)"
    r"|workaholic|don'?t know when to stop|go the extra mile|(?:very"
    r"|too) high standards"
    r"|can'?t switch off|find it hard to switch off"
)

FAULTS: Final[dict[str, tuple[Fault, ...]]] = {
    "introduction": (
        Fault(
            "private_details",
            15,
            phrases(
                r"i was born|born in|grew up|my (?:dad|father|mum|mother|mom|parents|brothers?"
                r"|sisters?|wife|husband|kids|children|fianc[eé]e?|boyfriend|girlfriend)"
                r"|i'?ve got (?:two|three|a) (?:brothers?|sisters?|kids|children|cat|dog)"
                r"|i'?m (?:engaged|married|divorced)|i'?m (?:\d\d|twenty|thirty|forty|fifty)[\w-]*"
                r"|years old|hobbies|in my (?:spare|free) time|i (?:like|love|enjoy) (?:hiking"
                r"|football|reading|travelling|cooking|gaming)|i (?:play|still play) (?:football"
                r"|netball|tennis|golf|rugby|sunday league)|my (?:cat|dog)|(?:a|big) \w+ fan"
                r"|fan of|favou?rite (?:sport|team|film|band)"
            ),
            "Leave out private details (family, age, hobbies): in a minute, the interviewer "
            "wants your work story: now, one thing you did, why this job.",
        ),
    ),
    "weakness": (
        Fault(
            "disguised_strength",
            40,
            _DISGUISED,
            "A strength in disguise ('I'm a perfectionist', 'I work too hard') sounds "
            "rehearsed and tells the interviewer nothing. Pick a real weakness, one that has "
            "cost you something, and what you are doing about it.",
        ),
        Fault(
            "none",
            40,
            phrases(
                r"(?:don'?t|do not) (?:really )?have (?:any|a|one)|(?:can'?t|cannot|couldn'?t)"
                r" (?:really )?think of (?:any|a|one)|no (?:real )?weaknesses|not (?:really )?any"
            ),
            "Saying you have no weakness sounds like a lack of self-awareness. Name a real "
            "one, what it cost you once, and the step you took.",
        ),
    ),
    "strengths": (
        Fault(
            "buzzwords",
            25,
            phrases(
                r"hard[- ]working|motivated|fast learner|quick learner|team player|great asset"
                r"|people person|self[- ]starter|results[- ]driven|go[- ]getter|one hundred percent"
                r"|110 ?%|give (?:it )?my all|(?:good|great) fit"
            ),
            "That names a strength, but in words every candidate uses ('hard-working', "
            "'team player', 'a great asset'): pick one strength and show it with something "
            "you did.",
            unless="example",
            names="named",
        ),
    ),
    "motivation": (
        Fault(
            "generic_praise",
            25,
            phrases(
                r"(?:great|good|big|well[- ]known|reputable|successful|leading|amazing"
                r"|wonderful) (?:company|organi[sz]ation|place to work|brand|employer)"
                r"|new challenge|(?:good|great) opportunity|career growth|growth opportunities"
                r"|room (?:for|to) grow|(?:admired|admire) your company|reputation in the industry"
                r"|dynamic environment|strong values"
            ),
            "Praise that fits any employer ('a great company', 'a new challenge') does not "
            "show you know this one. Say one thing about them you found out, and why it "
            "matters to you.",
            unless="specific",
        ),
    ),
    "career_goals": (
        Fault(
            "no_plan",
            30,
            phrases(
                r"who knows|no idea|not (?:really )?sure|(?:don'?t|do not) (?:really )?"
                r"(?:know|plan)|see where life takes me|go with the flow|doing your job"
            ),
            "'Who knows' or 'not sure' sounds as if you have not thought about it. Name one "
            "direction you are working towards, even a modest one, and how this job helps.",
            unless="direction",
        ),
    ),
    "salary": (
        Fault(
            "no_figure",
            25,
            phrases(
                r"whatever you (?:think|offer|pay)|(?:i )?don'?t mind|anything (?:is fine|that is"
                r" fair|fair)|not (?:too )?(?:worried|bothered|fussed) about (?:the )?(?:money|pay"
                r"|salary)|money is not|money isn'?t|i don'?t know"
            ),
            "Leaving the figure to them ('whatever you think is fair') can cost you money "
            "and sounds unprepared. Look up what similar roles pay and give a range.",
            unless="figure",
        ),
    ),
    "gap": (
        Fault(
            "private_details",
            15,
            phrases(
                r"antidepressants?|medication|depress\w*|breakdown|marriage (?:\w+ ){0,3}"
                r"(?:fell apart|ended|broke up)|divorce|bad couple of years|didn'?t leave the house"
            ),
            "You do not owe the interviewer private detail: one plain sentence on what "
            "happened is enough. Spend the time on what you did then and why you are ready now.",
        ),
    ),
    "questions": (
        Fault(
            "no_questions",
            40,
            phrases(
                r"no(?:,| i| not| thanks| thank you)|(?:you'?ve|you have) (?:covered|answered"
                r"|explained) (?:everything|it all)|i (?:don'?t|do not) (?:have|think i have) any"
                r"|nothing (?:really|from me|else)"
            ),
            "'No, you've covered everything' ends the interview flat. Prepare two questions "
            "about the work: what success looks like, or what the team is working on.",
            unless="asks",
        ),
        Fault(
            "only_perks",
            25,
            phrases(
                r"pay|paid|salary|holidays?|hours|time off|annual leave|breaks|bonus|overtime"
                r"|perks|discount|from home"
            ),
            "Asking only about pay, hours or holidays first suggests those are what you "
            "want from the job. Ask about the work first; the terms come with the offer.",
            unless="thoughtful",
        ),
    ),
    "dislikes": (
        Fault(
            "disguised_strength",
            40,
            _DISGUISED,
            "That is a strength in disguise, not something you liked less about the job: "
            "name one real but minor part of the work you enjoyed less, and what you did "
            "about it.",
        ),
    ),
}
