"""Whether an answer is in English at all, before any English rule reads it.

Every reader here (STAR cues, fillers, hedges, specificity, the HR checklist) and the
bundled speech model know English only. A story typed in Spanish or Polish met none of
their words, so the coach told its writer, confidently, that their answer "describes how
you usually are" and scored it near zero. An answer of `MIN_WORDS` words or more in which
fewer than `MIN_SHARE` of the words are everyday English function words ("the", "I",
"and", "was") and at least as many of another language's ("el", "und", "się") is refused
with a plain message instead. English answers, however short,
plain or spoken, use these words far more (on our corpora the least is about a fifth);
a short answer ("Yes.", "Python, SQL, Excel.") is never judged. Hesitations ("um", "uh")
are left out of the count: they are no language's words, and a nervous speaker says many.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from interview.analysis.evidence import word_set
from interview.analysis.filler_words import HESITATIONS
from interview.analysis.tokens import Token

MIN_WORDS: Final = 8
MIN_SHARE: Final = 0.08
SAMPLE_WORDS: Final = 400
_FUNCTION_WORDS: Final = word_set(
    """the a an and or but so to of in on at for with from by as into about after before
    i me my we us our you your he she his her they them their it its this that these those
    is are was were be been being am have has had do did does not no will would can could
    should then when while because if there here what which who how up out over all one
    i'm i've i'd we're we've it's that's don't didn't wasn't"""
)


# Everyday function words of the languages people most often try instead (Spanish,
# Portuguese, French, Italian, German, Dutch, Polish), none of them an English word. A
# list of skills or notes in English ("Python, SQL, Excel", "Led migration. Cut costs
# 20%.") has few English function words too, but none of these.
_OTHER_FUNCTION_WORDS: Final = word_set(
    """el la los las del que y en un una por con para es lo al su se muy pero como más
    o os da das dos em um uma não uma foi ao
    le les des et est une je il elle nous vous ne pas du au avec pour qui dans sur
    il della di che per non sono gli ho ha
    der die das und ist nicht ich mit ein eine zu den dem sie wir war auf für es
    het een van ik niet met zijn op voor
    w z na się nie jest że jak ale po od"""
) - word_set("a an in on at to do be no so as he we me us is it up the")


def english_share(tokens: Sequence[Token]) -> float:
    """The share of `tokens` that are everyday English function words (0 when none)."""
    words = [
        token.lower
        for token in tokens
        if (token.lower.isalpha() or "'" in token.lower) and not _hesitation(token.lower)
    ]
    if not words:
        return 0.0
    return sum(word in _FUNCTION_WORDS for word in words) / len(words)


def looks_english(tokens: Sequence[Token]) -> bool:
    """False only for an answer long enough to tell that is clearly in another language:
    few English function words, and many of another language's."""
    # The first few hundred words tell the language as well as all of them, and cost less.
    words = [
        token.lower
        for token in tokens[:SAMPLE_WORDS]
        if any(c.isalpha() for c in token.text) and not _hesitation(token.lower)
    ]
    if len(words) < MIN_WORDS:
        return True
    english = sum(word in _FUNCTION_WORDS for word in words) / len(words)
    other = sum(word in _OTHER_FUNCTION_WORDS for word in words) / len(words)
    return english >= MIN_SHARE or other < MIN_SHARE


def _hesitation(word: str) -> bool:
    """ "um", "uh", "erm" belong to no language; "um" is also Portuguese for "a", so a
    hesitant English answer ("um, I, um, the team, um") was refused as not English."""
    return any(pattern.fullmatch(word) for _, pattern in HESITATIONS)
