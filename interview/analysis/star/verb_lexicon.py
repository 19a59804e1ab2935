"""The verbs the STAR labeller knows, and the words around them.

Without part-of-speech data, verbs are recognised from lists: deeds that make an Action
("migrate", "call"), changes that make a Result ("reduce", "grow"), irregular past tenses,
past forms that only set the scene ("joined", "was") or state a feeling or need ("wanted",
"felt"), and the small words that may sit between "I" and its verb ("then", "quickly",
"um"). `star.verbs` applies them.
"""

from __future__ import annotations

from interview.analysis.star.lexicon import words

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
    use validate verify visit volunteer walk work write benchmark cancel install patch publish
    remove renegotiate repair reproduce ship trace trim wire ring phone text chase
    """)

# Deeds too general to picture ("I helped", "I worked on", "I looked into"): a deed, but a
# weak one, and never a concrete verb for specificity.
GENERIC_VERBS = words("""
    help work deal handle support manage involve address approach adapt adjust align
    coordinate collaborate communicate facilitate change go make do get take give use look
    think put step sit walk through figure try
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
# Verbs of finding out: before a "that" clause ("I discovered that the boiler ...") they
# report a fact about the problem, not a step taken.
FINDING_PASTS = words("discovered noticed found saw heard spotted sensed figured knew")
# Nouns that make "I had a ..." a deed ("I had a quiet word with him", "I had a meeting
# with the supplier") rather than a state ("I had a team of five").
TALK_NOUNS = words("conversation conversations chat talk word meeting discussion call")
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
FIRST_SINGULAR = frozenset({"i", "i've", "i'd", "i'll"})
FIRST_PLURAL = frozenset({"we", "we've", "we'd", "we'll"})
CONDITIONAL = frozenset({"would", "will", "i'd", "we'd", "i'll", "we'll"})
# Verbs after "would" that are not actions ("I would be", "I'd want to").
NOT_ACTION_AFTER_WOULD = words("be have feel think like want need hope say probably")
# Words around a change verb that do not say what changed ("it improved", "we cut it").
VAGUE_AROUND_CHANGE = words(
    "it things everything stuff that this something them somewhat overall too so and but "
    "loads quite significantly dramatically massively there"
)
