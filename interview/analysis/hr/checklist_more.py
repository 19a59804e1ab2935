"""Checklists for HR questions added after the first nine families (`checklist`).

"How do you handle pressure and stress at work?" is an HR question that invites a story:
the answer says what the speaker does under pressure and backs it with one real time it
worked. With no checklist such an answer was scored on its figures alone, so a calm,
backed answer about a night shift scored below a vague one that said "pressure" twice. The
elements here follow the same form as `checklist.ELEMENTS` and are merged with it by
`content`.
"""

from __future__ import annotations

from typing import Final

from interview.analysis.hr.checklist import Element, phrases

# What a person does when the pressure is on, in their own words.
_COPING = (
    r"priorit\w*|(?:make|made|write|wrote|keep|kept) (?:a |my )?(?:list|plan)|to-do"
    r"|break\w* (?:it|things|the \w+|tasks?|the work) (?:down|into)|one (?:thing|step|task)"
    r" at a time|(?:stay|stayed|keep|kept|staying|remain\w*) (?:calm|focused|organi[sz]ed)"
    r"|calm\w*|deep breath\w*|step back|focus\w* on|plan\w*|what (?:needs|has) (?:doing"
    r"|to be done)|(?:most )?urgent|ask\w* for help|exercise|a walk|switch off"
)
# One real time it happened: a time marker, or the speaker's own past deeds.
_REAL_TIME = (
    r"for example|for instance|last (?:year|month|week|winter|summer|spring|autumn|christmas"
    r"|december|term|quarter)|one (?:day|night|morning|evening|week|shift|time|year)|once"
    r"|at my (?:last|previous) (?:job|role|placement)|when i (?:was|worked)"
    r"|i (?:also |then |first )?(?!used\b|need\w*\b)[a-z]+ed|i (?:also |then |first )?(?:told"
    r"|took|sat down|made|went|kept|got|wrote|gave|spoke|rang|ran|led|put|set up|brought"
    r"|found|split|sent|dealt)"
)
_HELP_OR_LESSON = (
    r"ask\w* (?:for help|my (?:manager|lead|supervisor|team)|a colleague)|flag\w*|escalat\w*"
    r"|delegat\w*|learn\w*|since then|now i|these days|taught me|signs?|too much|say no"
)

MORE_ELEMENTS: Final[dict[str, tuple[Element, ...]]] = {
    "pressure": (
        Element(
            "coping",
            "what you do when the pressure is on",
            1.25,
            (phrases(_COPING),),
            "Say what you actually do when the pressure builds: how you decide what comes "
            "first, how you keep calm, who you tell.",
        ),
        Element(
            "example",
            "one real time it worked",
            1.25,
            (phrases(_REAL_TIME),),
            "Back it with one real time: what was going on, what you did, and how it ended.",
        ),
        Element(
            "help",
            "when you ask for help, or what it taught you",
            0.5,
            (phrases(_HELP_OR_LESSON),),
            "Add when you ask for help, or what you do differently since.",
        ),
    ),
}
