"""The words the filler finder listens for, and the words around them that say a word is real.

Kept apart from `interview.analysis.fillers` so the rules there read on their own; every
list is lower case and matched against whole tokens.
"""

from __future__ import annotations

import re

from interview.analysis.evidence import word_set

# Stretched spellings: "umm", "Uhhh", "uhm", "errr", "hmmm". Checked in order.
HESITATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("um", re.compile(r"u+h*m+")),
    ("uh", re.compile(r"u+h+")),
    ("erm", re.compile(r"e+r+m+")),
    ("er", re.compile(r"e+r+")),
    ("ah", re.compile(r"a+h+")),
    ("hmm", re.compile(r"h+m+")),
)
SUBJECTS = word_set("i you we they he she")
CONTRACTED = word_set("i'd you'd we'd they'd he'd she'd i'll we'll you'll they'll")
# Words after which "like" is a verb or a preposition, never a filler.
LIKE_BLOCKERS = (
    SUBJECTS
    | CONTRACTED
    | word_set("""would will might could should do does did don't doesn't didn't to really also
        always never still genuinely truly actually especially look looks looked looking
        feel feels felt feeling sound sounds sounded seem seems seemed something anything
        nothing everything things more less much just exactly most people ones one""")
)
# Words after "like" that show it carries no meaning ("like really", "like um").
AFTER_EMPTY_LIKE = word_set(
    """really very so totally super literally basically just kind sort um uh umm uhh
    actually completely honestly pretty"""
)
CONJUNCTIONS = word_set("and but because or so then")
SAYING = word_set("said say mentioned told explained")
CLAUSE_STARTS = SUBJECTS | word_set("the a this that there")
BE_FORMS = word_set("was were is are i'm he's she's it's they're we're")
KNOW_BLOCKERS = word_set(
    """do did don't didn't if as would will should to what all let who everything"""
)
MEAN_BLOCKERS = word_set("what do did if that which")
MEAN_OBJECTS = word_set(
    """it that this to what by when something anything nothing them him her you every
    business well"""
)
LITERAL_VERBS = word_set(
    """take takes took taken taking translate translated interpret interpreted mean
    meant"""
)
OPENERS = word_set("so okay ok well yeah alright")
OPENER_BLOCKERS = {
    "so": word_set("that much many far long as"),
    "well": word_set(
        """before over under above below into known enough ahead past beyond after as worth"""
    ),
}
GRAMMAR_DOUBLES = word_set("had that is very really no bye so do ha yeah")
