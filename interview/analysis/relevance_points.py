"""Which words of a question's key points may count as evidence that an answer is on topic.

A key point says what an interviewer listens for, and many say it by naming what a good
answer avoids: "No blaming the customer or product", "Gets a decision rather than
guessing". The words after the negation name the fault, not the topic: a refund story
that mentions "customer" has not met "No blaming the customer" (and has said nothing about
a lost deal). So a negation opens a scope that runs to the end of its clause (the next
comma, semicolon, colon or "but"), and the words inside it supply no topic words. They stay
in the key point itself, for any check that looks for the fault it names.

Key points also carry words that say nothing about any topic: "Outcome for *each*
deadline", "A *clear* way of prioritising". Function words and general adjectives
(`GENERAL_WORDS`) never count as topic evidence, whether they come from a key point or
from the everyday words for the question's focus (`relevance_synonyms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from interview.analysis.evidence import word_set
from interview.analysis.relevance_words import QUESTION_NOISE, stem

# Words that open a negation scope in a key point; "rather than" and "instead of" too.
_NEGATORS = word_set(
    """no not never without nor neither nothing avoid avoids avoiding don't doesn't
    didn't isn't wasn't aren't won't can't cannot"""
)
_NEGATOR_PAIRS = frozenset({("rather", "than"), ("instead", "of")})
# A clause ends (and a negation scope with it) at punctuation or a contrast word.
_CLAUSE_END = frozenset({"but", "yet", "though", "although"})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,;:.!?]")

# Function words and general adjectives: they turn up in any story, so they are no topic
# evidence ("each", "before", "clear", "good"). QUESTION_NOISE holds most function words.
# Not here: words that open a row of `relevance_synonyms` ("quickly", "right", "beyond").
GENERAL_WORDS = QUESTION_NOISE | word_set(
    """each every all both either neither whole several various own same such else
    before after until since because although though whether within across against
    among around behind beyond between under above below toward towards upon via per
    clear clearly good great well better best bad worse worst big bigger small smaller
    large main key important real really proper simple easy hard
    new old full fair true whole certain general specific particular usual
    sure able first second last next following previous"""
)


def _clauses(text: str) -> list[list[str]]:
    """The key point's words, lower case, cut into clauses."""
    clauses: list[list[str]] = [[]]
    for piece in _TOKEN.findall(text):
        word = piece.lower()
        if not word[0].isalpha() or word in _CLAUSE_END:
            clauses.append([])
        else:
            clauses[-1].append(word)
    return [clause for clause in clauses if clause]


def affirmed_words(key_point: str) -> list[str]:
    """The words of `key_point` outside any negation scope ("Honest rather than guessing"
    -> ["honest"]; "No blaming the customer" -> [])."""
    kept: list[str] = []
    for clause in _clauses(key_point):
        for index, word in enumerate(clause):
            pair = (word, clause[index + 1]) if index + 1 < len(clause) else None
            if word in _NEGATORS or pair in _NEGATOR_PAIRS or word.startswith("not-"):
                break
            kept.append(word)
    return kept


def topic_word(word: str) -> bool:
    """Whether a word (lower case) may count as topic evidence at all."""
    plain = word.replace("'", "")
    return plain.isalpha() and len(plain) >= 3 and word not in GENERAL_WORDS


def key_point_stems(key_points: Iterable[str]) -> dict[str, str]:
    """{stem: first word} of the words of the key points that may count as topic
    evidence: outside a negation, and neither function words nor general adjectives."""
    found: dict[str, str] = {}
    for point in key_points:
        for word in affirmed_words(point):
            if topic_word(word):
                found.setdefault(stem(word), word)
    return found


# Subjects that make "before" open a clause ("before we loaded the van"), not name a time.
_SUBJECTS = word_set("i we you he she they it there this that")


def governs_noun(after: str) -> bool:
    """Whether a general word of a focus row is used as a preposition with a thing or a
    time after it ("before kick-off", "behind schedule"), which does say the focus in
    other words, rather than opening a clause ("before we loaded the van") or ending one."""
    return after[:1].isalnum() and after not in _SUBJECTS
