"""The question's focus said in other words, so a real answer that never repeats it still meets it.

Asked for "a problem you solved", people say what broke ("half our scanners stopped
syncing"), not "problem"; asked to "change the way you worked at short notice", they say
"we took cash only"; asked about "a sensitive situation", they say "grievance". A word-for-
word match misses all of these, and the answer is doubted however good it is.

Each row pairs a few stems of a question's focus words with the stems of the everyday words
that say the same thing in a story. Only the words of the question that was asked open a
row, so a row can never make an answer "fit another topic": it only lets an answer meet
its own question. The rows are kept narrow (what people say for that one thing), because a
word that turns up in any story would let an off-topic story pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from interview.analysis.evidence import word_set
from interview.analysis.relevance_words import matches_stem

# Things going wrong: how a story says "problem" without the word.
_TROUBLE = """stopp crash outag failed failur froze freez jamm leak flood burst rotten
    collaps shortag short-staff understaff missing delay stuck overrun overran damag
    breakdown broke broken faulty cancel missed"""

# (stems of the question's focus words, stems of the story's words for the same thing).
FOCUS_ROWS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (word_set("problem issue solv solu fix equipment technical wrong"), word_set(_TROUBLE)),
    (
        word_set("chang adapt notic sudden unexpect"),
        word_set(
            """switch instead overnight reorgani restructur takeover merg
            relocat""",
        ),
    ),
    (
        word_set("mistak error wrong fail"),
        word_set(
            """forgot forget misread mislabel mixed mix-up overlook rejected typo
            should hadn't fault sorry apologis duplicat twice overcharg discrepanc
            mismatch missed""",
        ),
    ),
    (
        word_set("angry upset unhapp difficult complain irate rude"),
        word_set(
            """shout yell furious fuming swear livid cross annoyed complain
            unhapp upset angry storm""",
        ),
    ),
    (
        word_set("struggl support"),
        word_set("crying cried scared nervous overwhelm stress anxious afraid cope coping"),
    ),
    (
        word_set("improv process efficien quicker"),
        word_set(
            """quicker faster slow template streamlin automat simplif saved increas rose
            jump reduc fewer"""
        ),
    ),
    (
        word_set("detail accura careful thorough"),
        word_set("missed missing discrepanc duplicat mismatch typo twice caught spotted"),
    ),
    (
        word_set("beyond descript unasked initiativ"),
        word_set("volunteer offered spare weekend evening unpaid template unasked"),
    ),
    (
        word_set("risk safe hazard danger emergenc"),
        word_set(
            """fall fallen fell injur hazard unsafe danger slip trip fire alarm collaps
            bleed ambulance unconscious seizure scaffold"""
        ),
    ),
    (
        word_set("explain complex complicat"),
        word_set("showed taught teach guide demonstrat simpl practis diagram"),
    ),
    (
        word_set("right ethic principl stood"),
        word_set("refus stopp report unsafe rule polic whistl"),
    ),
    (
        word_set("sensitiv delicat"),
        word_set("grievanc bully harass confidential privat discrimin bereave personal"),
    ),
    (
        word_set("deadlin pressur urgent tight quickly"),
        word_set("deadlin hours overnight rush before backlog behind late urgent"),
    ),
)


def focus_stems(question_words: Iterable[str]) -> frozenset[str]:
    """The story words of every row that a word of the question opens."""
    found: set[str] = set()
    words = list(question_words)
    for focus, story in FOCUS_ROWS:
        if any(matches_stem(word, focus) is not None for word in words):
            found |= story
    return frozenset(found)


# Idioms of two or three words that say the same ("the system went down", "cash only").
FOCUS_PHRASES: tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...] = (
    (
        word_set("problem issue solv solu fix chang adapt notic sudden unexpect"),
        (
            ("went", "down"),
            ("broke", "down"),
            ("ran", "out"),
            ("stopped", "working"),
            ("not", "working"),
            ("wasn't", "working"),
            ("cash", "only"),
            ("by", "hand"),
            ("on", "paper"),
        ),
    ),
    (
        word_set("angry upset unhapp difficult complain irate rude"),
        (("going", "for", "me"), ("not", "happy"), ("wasn't", "happy"), ("raised", "her", "voice")),
    ),
    (
        word_set("mistak error wrong fail"),
        (("my", "fault"), ("should", "have"), ("got", "it", "wrong")),
    ),
)


def focus_phrases(question_words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The idioms of every row that a word of the question opens."""
    words = list(question_words)
    return tuple(
        phrase
        for focus, phrases in FOCUS_PHRASES
        if any(matches_stem(word, focus) is not None for word in words)
        for phrase in phrases
    )


def phrase_spans(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(first, last) word indices of each idiom found in `words` (lower case), in order."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        size = len(phrase)
        spans.extend(
            (i, i + size - 1)
            for i in range(len(words) - size + 1)
            if tuple(words[i : i + size]) == phrase
        )
    return sorted(spans)
