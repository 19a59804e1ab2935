"""Word lists the STAR labeller matches, as whole tokens.

These are the cues a careful interview coach listens for: the setting of a story, the goal
the speaker owned, what they did themselves, and what changed because of it. They are kept
apart from the matching code so they can be read (and argued with) as plain lists.

Phrases are tuples of lower-cased tokens; an element in braces is a word class
(`{period}`, `{num}`, `{job}`, `{ago}`, `{year}`). Weights are log-scores added to the
emission of the part they support; 3 is a decisive cue, 1 a hint.
"""

from __future__ import annotations

from typing import Literal

Label = Literal["situation", "task", "action", "result", "none"]
LABELS: tuple[Label, ...] = ("situation", "task", "action", "result", "none")


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
            "needed to",
            "had to",
            "i wanted to",
            "i was determined to",
            "we wanted to",
            "the deadline was",
            "i was trying to",
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
            "went down",
            "went up",
            "paid off",
            "on time",
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
            "was happy",
            "were happy",
            "was pleased",
            "were pleased",
            "was satisfied",
            "were satisfied",
            "was thrilled",
            "the feedback",
            "positive feedback",
            "great feedback",
            "it worked",
            "worked out",
            "turned out",
            "successfully",
            "we hit",
            "we met the deadline",
            "met the deadline",
            "no complaints",
            "signed",
            "renewed",
            "we launched",
            "got the contract",
            "got an a",
            "passed",
            "won",
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
            "so yeah",
            "yeah so",
            "anyway",
        ),
    ),
)

# Verbs that report doing something (base forms). Their pasts are found by morphology.
ACTION_VERBS = words("""
    adapt add address adjust administer align analyse analyze apologise apologize apply
    approach arrange ask assess assign audit automate book brainstorm break bring build
    calculate call calm chair change chart check choose clarify clean close coach code
    collaborate collect comfort communicate compare compile configure confront connect
    consolidate contact convince coordinate create cover cross-train debug decide define
    delegate demo demonstrate deploy design develop diagnose dig discuss dispatch document
    double-check draft drive email encourage escalate establish estimate evaluate explain
    facilitate figure file find fix flag follow gather get give go grade guide handle help
    hire hold host identify implement initiate inspect interview introduce investigate
    invite involve label launch lead learn listen log look make manage map mark measure
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
    lower raise shorten exceed surpass achieve win earn gain recover climb jump shrink
    finish complete deliver solve resolve eliminate prevent retain secure land
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
}  # fmt: skip

# Past forms after "I"/"we" that tell the setting, a feeling or a goal, not a deed.
SETTING_PASTS = words(
    "joined worked lived graduated interned noticed started moved inherited used was were "
    "had became saw heard knew"
)
STATE_PASTS = words(
    "liked loved hated enjoyed preferred seemed appeared belonged wished hoped believed "
    "supposed assumed expected felt thought wanted needed aimed intended struggled worried "
    "panicked"
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
    instead ultimately promptly gradually calmly politely
    """)
SEQUENCE_OPENERS = words(
    "first firstly then next afterwards afterward second secondly third thirdly after"
)
FIRST_SINGULAR = frozenset({"i", "i've", "i'd", "i'll"})
FIRST_PLURAL = frozenset({"we", "we've", "we'd", "we'll"})
CONDITIONAL = frozenset({"would", "will", "could", "i'd", "we'd", "i'll", "we'll", "might"})
# Units that make a number a measurement of change.
MEASURE_WORDS = words(
    "percent per cent dollars euros pounds hours minutes days weeks half double twice "
    "triple times points stars"
)
