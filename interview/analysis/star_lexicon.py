"""Word lists the STAR labeller matches, as whole tokens.

These are the cues a careful interview coach listens for: the setting of a story, the goal
the speaker owned, what they did themselves, and what changed because of it. They are kept
apart from the matching code so they can be read (and argued with) as plain lists.

Phrases are tuples of lower-cased tokens; an element in braces is a word class
(`{period}`, `{num}`, `{job}`, `{ago}`, `{year}`). Weights are log-scores added to the
emission of the part they support; 3 is a decisive cue, 1 a hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["situation", "task", "action", "result", "none"]
LABELS: tuple[Label, ...] = ("situation", "task", "action", "result", "none")


@dataclass(frozen=True)
class Cue:
    """One piece of evidence for a part.

    Attributes:
        label: the part it supports ("none" for talk outside the story).
        weight: how much it adds to that part's emission score.
        evidence: the cue in words, quoting the sentence.
    """

    label: Label
    weight: float
    evidence: str


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string, easier to read than a list."""
    return frozenset(text.split())


WORD_CLASSES: dict[str, frozenset[str]] = {
    "period": words(
        "year month week summer winter spring fall autumn semester term quarter "
        "season christmas weekend term"
    ),
    "job": words(
        "job company role position internship placement employer workplace team "
        "store shop school hospital ward restaurant startup firm agency office "
        "organisation organization clinic warehouse site store"
    ),
    "ago": words("ago back"),
    "num": words(
        "a one two three four five six seven eight nine ten few couple several "
        "many twelve eighteen twenty"
    ),
    "unit": words("years months weeks days year month week day"),
    "moment": words(
        "day night morning afternoon evening weekend shift monday tuesday wednesday thursday "
        "friday saturday sunday"
    ),
}

# (label, weight, what the cue is, phrases)
PHRASE_CUES: tuple[tuple[Label, float, str, tuple[str, ...]], ...] = (
    (
        "situation",
        2.5,
        "setting",
        (
            "last {period}",
            "this past {period}",
            "{num} {unit} ago",
            "{num} of {unit} ago",
            "{num} {unit} back",
            "at my previous {job}",
            "at my last {job}",
            "at my old {job}",
            "at my first {job}",
            "at my current {job}",
            "in my previous {job}",
            "in my last {job}",
            "in my first {job}",
            "in my current {job}",
            "during my {job}",
            "during my",
            "when i was",
            "when i worked",
            "when i joined",
            "when i started",
            "while i was",
            "back when",
            "back in",
            "at the time",
            "at that time",
            "in my role as",
            "i was working as",
            "i was working at",
            "i was working for",
            "i worked as",
            "i worked at",
            "i was a",
            "i was an",
            "i was the",
            "i was on",
            "i was in my",
            "one time",
            "there was a time",
            "in my first year",
            "in my second year",
            "in my final year",
            "in my third year",
            "a while ago",
            "a few years back",
            "some time ago",
            "at the start of",
            "i joined",
            "i had just joined",
            "i had just started",
        ),
    ),
    (
        "situation",
        1.5,
        "time setting",
        (
            "during the",
            "during a",
            "during our",
            "one {moment}",
            "on a {moment}",
            "in {year}",
            "at the time",
        ),
    ),
    (
        "situation",
        1.8,
        "problem",
        (
            "we had a problem",
            "we had an issue",
            "there was a problem",
            "there was an issue",
            "the problem was",
            "the issue was",
            "the situation was",
            "the context was",
            "the challenge was that",
            "the background",
            "was falling behind",
            "were falling behind",
            "was behind schedule",
            "were behind schedule",
            "kept crashing",
            "kept failing",
            "kept complaining",
            "we were losing",
            "was losing",
            "we were short",
            "were understaffed",
            "was understaffed",
            "had been",
            "there was",
            "there were",
            "there'd been",
            "hadn't been",
            "had not been",
            "could never",
            "couldn't",
            "could not",
            "wasn't able",
            "weren't able",
            "made a mistake",
        ),
    ),
    (
        "task",
        3.0,
        "goal phrase",
        (
            "my job was",
            "my task was",
            "my role was",
            "my responsibility was",
            "my responsibility",
            "my goal was",
            "our goal was",
            "the goal was",
            "the aim was",
            "my aim was",
            "the objective was",
            "my objective was",
            "the task was",
            "the target was",
            "the challenge was to",
            "i was responsible for",
            "i was in charge of",
            "i was tasked with",
            "i was asked to",
            "i was assigned",
            "i was given the task",
            "i was brought in to",
            "i was hired to",
            "i was expected to",
            "i was supposed to",
            "it was up to me",
            "it was my job",
            "it fell to me",
            "i had been asked to",
            "asked me to",
            "wanted me to",
            "needed me to",
            "my priority would be",
            "my goal would be",
            "the goal would be",
            "my first priority",
            "i needed to",
            "i had to",
            "we needed to",
            "we had to",
            "it was on me",
            "was on me to",
            "i took on the job",
            "i took on the task",
            "took it upon myself",
            "i took responsibility for",
            "i had {num} {unit} to",
            "we had {num} {unit} to",
            "i wanted to",
            "i was determined to",
            "we wanted to",
            "the deadline was",
            "i was trying to",
        ),
    ),
    (
        "task",
        1.5,
        "need",
        (
            "needed to",
            "had to",
            "have to",
            "need to",
            "the goal",
            "so that we could",
            "can you",
            "could you",
        ),
    ),
    (
        "action",
        2.2,
        "action phrase",
        (
            "i decided to",
            "i made sure",
            "i took the initiative",
            "i took ownership",
            "i reached out",
            "i stepped in",
            "i stepped up",
            "i started by",
            "i began by",
            "my first step",
            "the first thing i did",
            "first thing i did",
            "what i did was",
            "what i did",
            "i went ahead",
            "i ended up",
            "i spent",
            "i worked with",
            "i worked on",
            "i worked through",
            "i would start by",
            "i'd start by",
            "i would first",
            "i'd first",
            "i tried to",
            "so what i did",
            "step one",
        ),
    ),
    (
        "result",
        3.0,
        "outcome",
        (
            "as a result",
            "which led to",
            "that led to",
            "this led to",
            "it led to",
            "led to",
            "resulted in",
            "in the end",
            "ultimately",
            "by the end",
            "at the end",
            "the result was",
            "the result",
            "the outcome",
            "the outcome was",
            "went from",
            "paid off",
            "ahead of schedule",
            "under budget",
            "was a success",
            "was a big success",
            "which meant",
            "which means",
            "this meant",
            "that meant",
            "meaning that",
            "since then",
            "from then on",
            "to this day",
            "still use",
            "still uses",
            "still using",
            "was adopted",
            "got promoted",
            "i was promoted",
            "was promoted",
            "thanked me",
            "praised",
            "was pleased",
            "were pleased",
            "was satisfied",
            "were satisfied",
            "was thrilled",
            "the feedback",
            "positive feedback",
            "great feedback",
            "successfully",
            "we hit",
            "we met the deadline",
            "met the deadline",
            "no complaints",
            "we launched",
            "got the contract",
            "got an a",
            "won",
            "went down to",
            "went down by",
            "went up to",
            "went up by",
            "ever since",
        ),
    ),
    (
        "result",
        2.2,
        "achievement",
        (
            "was able to",
            "were able to",
            "managed to",
            "ended the year",
            "finished the year",
            "of target",
            "above target",
            "over target",
            "top seller",
            "the highest",
            "first place",
            "for the first time",
            "first time in",
            "got the job",
            "offered me",
            "hit our target",
            "beat our target",
            "is now",
            "it's now",
            "are now",
            "nobody got hurt",
            "no one got hurt",
            "on time",
            "signed with",
            "signed the",
            "signed a",
            "signed up",
            "renewed",
            "passed the",
            "passed my",
            "passed every",
            "passed all",
            "passed with",
            "turned out",
            "ended up",
            "a day early",
            "{num} {unit} early",
            "ahead of",
            "with no problems",
            "without any problems",
            "no problems",
            "finished with",
            "by a wide margin",
            "not a single",
            "didn't have a single",
            "haven't had",
            "hasn't had",
            "never had another",
            "for the rest of the",
        ),
    ),
    (
        "result",
        2.0,
        "vague outcome",
        (
            "did well",
            "went well",
            "went really well",
            "it worked",
            "worked out",
            "was happy",
            "were happy",
            "got better",
            "got done",
            "that was good",
            "was a big win",
            "big win",
            "handled it well",
            "handled it really well",
            "good grade",
            "good mark",
            "great job",
            "good job",
            "well done",
            "was grateful",
            "were grateful",
            "calmed down",
        ),
    ),
    (
        "result",
        2.6,
        "lesson",
        (
            "i learned",
            "i learnt",
            "i've learned",
            "learned that",
            "learned a lot",
            "taught me",
            "the lesson",
            "my takeaway",
            "the takeaway",
            "in hindsight",
            "looking back",
            "next time",
            "going forward",
            "i realized",
            "i realised",
            "now i always",
            "now i",
            "i now",
            "these days",
        ),
    ),
    (
        "none",
        3.0,
        "not part of the story",
        (
            "great question",
            "good question",
            "interesting question",
            "let me think",
            "hope that answers",
            "that answers",
            "does that answer",
            "that's about it",
            "that's it",
            "thank you",
            "thanks for asking",
            "that's a good one",
            "that's the example",
            "that's an example",
            "that's my example",
            "that's one example",
            "that's the story",
        ),
    ),
    (
        "situation",
        1.0,
        "problem word",
        (
            "problem",
            "issue",
            "bug",
            "outage",
            "crisis",
            "complaint",
            "complaints",
            "backlog",
            "shortage",
            "short-staffed",
            "understaffed",
            "overloaded",
            "unhappy",
            "angry",
            "furious",
            "upset",
            "frustrated",
            "struggling",
            "worst",
            "worst-performing",
            "behind",
            "declining",
            "mess",
            "conflict",
            "deadline",
        ),
    ),
    ("none", 1.0, "filler", ("so yeah", "yeah so", "anyway", "yeah")),
    (
        "none",
        2.0,
        "general claim, not a story",
        (
            "i always try",
            "i always",
            "i try to",
            "i tend to",
            "i'm someone who",
            "i'm the kind of",
            "i'm a",
            "i am a",
            "i consider myself",
            "in general",
            "i like to",
            "i love",
            "i enjoy",
        ),
    ),
)

# Verbs that report doing something (base forms). Their pasts are found by morphology.
ACTION_VERBS = words("""
    adapt add address adjust administer align analyse analyze apologise apologize apply
    approach arrange ask assess deal assign audit automate book brainstorm break bring build
    calculate call calm chair change chart check choose clarify clean close coach code
    collaborate collect comfort communicate compare compile configure confront connect
    consolidate contact convince coordinate create cover cross-train debug decide define
    delegate demo demonstrate deploy design develop diagnose dig discuss dispatch document
    double-check draft drive email encourage escalate establish estimate evaluate explain
    facilitate figure file find fix flag follow gather give go grade guide handle help
    hire hold host identify implement initiate inspect interview introduce investigate
    invite involve label launch lead listen log look make manage map mark measure
    mediate meet mentor merge message migrate model monitor motivate move negotiate notify
    offer onboard open organise organize outline page pair persuade phone pick pilot pitch
    plan point practice practise prepare present prioritise prioritize profile propose
    prototype provide pull push put question raise reach read reassure rebuild recommend
    record recruit redesign redistribute refactor refund rehearse reorganise reorganize
    replace report reroute research reschedule resolve respond restock restructure review
    revise rewrite rework roll run schedule script sell send set shadow share show simplify
    sit sketch sort speak split stabilise stabilize standardise standardize start step
    streamline study suggest summarise summarize supervise support survey take talk teach
    tell test think through track train translate triage troubleshoot tutor update upgrade
    use validate verify visit volunteer walk work write
    """)

# Verbs whose past tense reports an outcome ("churn fell", "we doubled sign-ups").
OUTCOME_VERBS = words("""
    reduce increase improve cut save drop fall rise grow double triple halve boost decrease
    lower raise shorten exceed surpass outperform outsell achieve win earn gain recover climb
    jump shrink
    finish complete deliver solve resolve eliminate prevent retain secure land clear
    """)

IRREGULAR_PAST: dict[str, str] = {
    "built": "build", "rebuilt": "rebuild", "wrote": "write", "rewrote": "rewrite",
    "led": "lead", "ran": "run", "took": "take", "made": "make", "set": "set",
    "sent": "send", "brought": "bring", "spoke": "speak", "met": "meet", "found": "find",
    "gave": "give", "taught": "teach", "told": "tell", "drove": "drive", "chose": "choose",
    "began": "begin", "kept": "keep", "put": "put", "held": "hold", "sold": "sell",
    "bought": "buy", "drew": "draw", "caught": "catch", "stood": "stand", "got": "get",
    "went": "go", "came": "come", "said": "say", "paid": "pay", "spent": "spend",
    "cut": "cut", "split": "split", "sat": "sit", "dug": "dig", "broke": "break",
    "fell": "fall", "rose": "rise", "grew": "grow", "won": "win", "shrank": "shrink",
    "thought": "think", "knew": "know", "felt": "feel", "saw": "see", "heard": "hear",
    "understood": "understand", "learnt": "learn", "was": "be", "were": "be", "had": "have",
    "did": "do", "left": "leave", "lost": "lose", "read": "read", "sought": "seek",
    "rang": "ring", "flew": "fly", "became": "become", "showed": "show", "stuck": "stick",
    "wound": "wind", "hung": "hang", "laid": "lay", "lent": "lend", "overheard": "overhear",
    "oversaw": "oversee", "undertook": "undertake", "withdrew": "withdraw",
    "dealt": "deal", "upheld": "uphold",
}  # fmt: skip

# Past forms after "I"/"we" that tell the setting, a feeling or a goal, not a deed.
SETTING_PASTS = words(
    "joined lived graduated interned noticed inherited was were had became saw heard knew"
)
# Pasts that set the scene only with certain next words ("I worked at", "I started as");
# otherwise they are deeds ("I worked with", "I started a briefing").
SETTING_WHEN_FOLLOWED: dict[str, frozenset[str]] = {
    "worked": words("at as for in there part-time nights shifts full-time"),
    "started": words("at as in working my there out on"),
    "moved": words("to here there into abroad back"),
}
# A past that reports a slip, which sets the scene for the story of fixing it.
SETBACK_PASTS = words(
    "missed forgot failed messed overlooked misjudged underestimated overcommitted"
)
# Pasts that, before "to", state a need or a habit rather than a deed ("I had to", "used to").
BEFORE_TO_PASTS = words(
    "needed wanted had used planned hoped aimed intended expected was were got went tried"
)
# Conjunctions that make the clause after them background ("when I joined, ...").
SUBORDINATORS = words(
    "when while before after because since if as once until whenever where said told that"
)
STATE_PASTS = words(
    "liked loved hated enjoyed preferred seemed appeared belonged wished hoped believed "
    "supposed assumed expected felt thought wanted needed aimed intended struggled worried "
    "panicked learned realized realised understood"
)
# Words ending in -ed that are not past tenses.
NOT_PAST_ED = words(
    "need feed speed seed shed bed red bleed breed proceed succeed exceed indeed hundred "
    "sacred naked wicked kindred embed"
)
# Words that may stand between the subject and its verb ("I then quickly rewrote").
SUBJECT_GAP_WORDS = words("""
    then also quickly immediately personally first finally just actually basically really
    eventually initially carefully always never even still um uh umm uhh er like so and
    myself ourselves later soon proactively directly manually again all both together
    instead ultimately promptly gradually calmly politely kind sort of kinda sorta
    """)
SEQUENCE_OPENERS = words(
    "first firstly then next afterwards afterward second secondly third thirdly after"
)
FIRST_SINGULAR = frozenset({"i", "i've", "i'd", "i'll"})
FIRST_PLURAL = frozenset({"we", "we've", "we'd", "we'll"})
CONDITIONAL = frozenset({"would", "will", "i'd", "we'd", "i'll", "we'll"})
# Verbs after "would" that are not actions ("I would be", "I'd want to").
NOT_ACTION_AFTER_WOULD = words("be have feel think like want need hope say probably")
# Units that make a number a measurement of change.
MEASURE_WORDS = words(
    "percent per cent dollars euros pounds hours minutes days weeks half double twice "
    "triple times points stars"
)
