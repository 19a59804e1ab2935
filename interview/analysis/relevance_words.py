"""Word lists and word stems for the relevance check, kept apart so the rules read alone.

A question about conflict is answered with "we disagreed", "she pushed back", "the
argument": rarely with the word "conflict" itself. So each competency has a short list
of the words people use when they tell a story about it, written as stems ("disagre"
matches "disagree", "disagreed", "disagreement"). The lists are small and distinctive on
purpose: a word that turns up in any story ("project", "work", "team" outside teamwork)
would let an off-topic answer pass.
"""

from __future__ import annotations

import re

from interview.analysis.evidence import word_set

# Words of the question that say nothing about its topic ("Tell me about a time you...").
QUESTION_NOISE = word_set(
    """tell me about time times you your yours describe give example examples share walk
    through talk situation situations when what which how why who where did do does done
    was were had have has a an the of to in on at for with and or but if that this those
    these it its is are be been being can could would should will may might must any some
    one once ever recent recently last most more very really how's what's i we they he she
    them his her our us my me did didn't handle handled deal dealt approach approached
    happened happen experience specific particular instance occasion moment step steps
    result results outcome outcomes learn learned learnt kind sort like get got make made
    take took go went come came way ways think thought feel felt see saw know knew want
    wanted let need needed able other another someone something anything everything
    thing things person people lot lots much many few so as by from into out up down than
    then there their here also just even still yet about over after before during while
    not work worked working works job being without"""
)

# What people say when they tell a story about each competency, as stems.
COMPETENCY_STEMS: dict[str, frozenset[str]] = {
    "teamwork": word_set(
        """team teammat colleagu cowork co-work collaborat together share shared help
        support pair partner group crew everyone cooperat joint contribut member assist
        cover covered buddy shadow colleague new-starter starter"""
    ),
    "leadership": word_set(
        """lead led leader manag mentor coach delegat motivat direct supervis
        charge responsib decision decid vision guide guided ran team owner
        rallied rally inspir shift section rota assign allocat brief organi staff"""
    ),
    "conflict": word_set(
        """conflict disagre argu clash tension friction dispute upset angry frustrat
        complain difficult push confront resolv compromis differ heated
        tense blame object disput mediat calm apologi misunderstand rude agre privat
        concern awkward shout quiet listen row fight annoy de-escalat deescalat side
        perspective view heard"""
    ),
    "failure-and-learning": word_set(
        """fail mistake wrong error miss missed slip learn lesson regret fault own owned
        admit admitt realis realiz fix fixed blew plan didn't wasn't setback
        forgot overlook underestimat late incident oversight target goal short behind
        overran overspent apologis sorry should"""
    ),
    "initiative": word_set(
        """initiativ proactiv volunteer noticed spotted suggest propos
        idea improv started start set-up creat built launch self-start beyond extra
        offered introduc pitch pilot own-time unasked"""
    ),
    "adaptability": word_set(
        """chang adapt adjust new pivot shift sudden unexpect last-minut switch flexib
        restructur moved move transition uncertain replan reorgani overnight remote
        unfamiliar notice different"""
    ),
    "communication": word_set(
        """explain communicat present talk spoke speak told tell wrote writ email call
        meet meeting listen audienc messag updat inform clear simpl convinc persuad
        understand question brief"""
    ),
    "time-management": word_set(
        """deadlin priorit schedul overdue late urgent juggl workload calendar rank
        on-time busy overload organi backlog delay rush tight planned plan hours"""
    ),
    "integrity": word_set(
        """honest ethic right wrong truth lie admit report rule polic complian integr
        trust confidential fair pressure mistak refus uncomfort principle transparen
        disclos"""
    ),
    "problem-solving": word_set(
        """problem issue solv solution fix root caus analy investigat diagnos debug
        figur test tried broke broken fault cause data why option trade idea suggest
        trial bottleneck slow faster quicker shorten reduc workaround instead"""
    ),
    "customer-focus": word_set(
        """customer client patient guest user buyer shopper complain servic satisf
        refund order account caller visitor parent student resident member upset
        unhappy wait appointment booking phone passenger diner tenant"""
    ),
    "attention-to-detail": word_set(
        """detail notic spott check double-check caught catch error mistak discrepanc
        accura careful review match mismatch duplicat typo inconsisten wrong missing
        precis thorough verif proofread"""
    ),
    "safety": word_set(
        """safe unsafe hazard risk injur hurt danger accident incident isolat ppe protect
        harm emergenc near-miss alarm fire spill guard report"""
    ),
    "self-awareness": word_set(
        """weakness strength struggl improv work-on working feedback find hard tend
        habit better learn aware watch"""
    ),
    "introduction": word_set(
        """worked work years experience role background currently studied degree career
        job looking graduat trained qualifi position field"""
    ),
    "motivation": word_set(
        """motivat enjoy passion interest excit reward proud love drive because why
        values mission reason prefer attract appeal admir reputat cultur opportunit grow
        contribut"""
    ),
    "learning-agility": word_set(
        """learn new skill course taught teach train study read practis practic tutorial
        quickly unfamiliar pick master certif mentor feedback improv"""
    ),
}

# Topics of answers about oneself, not of stories: their words ("find", "hard", "years",
# "because") turn up in any story, so a story is never said to fit them instead.
SELF_TOPICS = frozenset({"introduction", "motivation", "self-awareness"})

# Other names for a competency that questions or corpora use.
COMPETENCY_ALIASES: dict[str, str] = {
    "customer-service": "customer-focus",
    "conflict-resolution": "conflict",
    "handling-conflict": "conflict",
    "problem-solving-and-analysis": "problem-solving",
    "strengths-and-weaknesses": "self-awareness",
    "about-yourself": "introduction",
}

_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)
STEM_LETTERS = 7
_NON_WORD = re.compile(r"[^a-z']")


def stem(word: str) -> str:
    """A crude stem for matching ("disagreed", "disagreement" -> "disagre"), lower case.

    Not a linguist's stem: it only has to make a question's word and the answer's
    inflection of it meet. A stem keeps at least four letters and at most STEM_LETTERS.
    """
    word = _NON_WORD.sub("", word.lower()).rstrip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    word = word.rstrip("e") if len(word) > 4 else word
    # Seven letters are enough to tell words apart and let "complaint" meet "complained".
    return word[:STEM_LETTERS]


def matches_stem(word: str, stems: frozenset[str]) -> str | None:
    """The stem in `stems` that `word` starts with (the longest), or None.

    Only stems of four letters or more match as prefixes; shorter ones must be the
    whole word, so "led" matches "led" but not "ledger".
    """
    lower = word.lower()
    for size in range(len(lower), 2, -1):
        prefix = lower[:size]
        if prefix in stems and (size >= 4 or size == len(lower)):
            return prefix
    return None
