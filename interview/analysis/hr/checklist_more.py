"""Checklists for HR questions added after the first nine families (`checklist`).

"How do you handle pressure and stress at work?" is an HR question that invites a story:
the answer says what the speaker does under pressure and backs it with one real time it
worked. With no checklist such an answer was scored on its figures alone, so a calm,
backed answer about a night shift scored below a vague one that said "pressure" twice. The
elements here follow the same form as `checklist.ELEMENTS` and are merged with it by
`content`.

"What did you like least about your last job?" is the same kind of gap: answered "I'm a
perfectionist" it was coached only on figures. A good answer names one real but minor
part of the work, fairly, and says what the speaker did about it (`faults` hears the
strength in disguise and `negativity` the complaint about people).
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

_LIKED_LESS = (
    r"least|less|(?:didn'?t|did not|don'?t|do not) (?:really |much )?(?:enjoy|like|love)"
    r"|not (?:my favou?rite|keen on)|frustrat\w*|found (?:it |that )?(?:hard|difficult|tedious"
    r"|slow|repetitive|draining)|(?:the|one) downside|drawback|wish(?:ed)?|could have been"
)
_DEALT_WITH = (
    r"so i|i (?:learned|learnt)|taught me|since then|now i|i (?:also |then )?(?:asked|suggested"
    r"|started|set up|made|offered|found|built|wrote|proposed|volunteered|tried|changed|used"
    r"|booked|raised|spoke|talked)|to make (?:it|that|them) (?:easier|quicker|faster|better)"
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
    "dislikes": (
        Element(
            "named",
            "one real part of the work you liked less, said fairly",
            1.0,
            (phrases(_LIKED_LESS),),
            "Name one real but minor part of the work you enjoyed less (a task, a process, "
            "the hours), without blaming anyone.",
        ),
        Element(
            "dealt",
            "what you did about it, or learned",
            1.25,
            (phrases(_DEALT_WITH),),
            "Say what you did about it (a fix you suggested, how you made it easier) or "
            "what it taught you.",
        ),
    ),
}
