"""Finding figures, names and word phrases in an answer, each quoted with its span.

The specificity score (`interview.analysis.specificity.measure`) counts what these functions find;
they are apart because each is a small reader of its own: a figure is a number with its
unit ("$1,200", "20%", "three weeks", "March 2023"), a name is a word written the way
names are written (capitalised mid-sentence, an acronym, CamelCase, or a known tool).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from interview.analysis.evidence import (
    Evidence,
    SentenceIndex,
    TextSpan,
    breaks,
    evidence_of,
    word_set,
)
from interview.analysis.specificity.words import (
    AMBIGUOUS_MONTHS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    EVERYDAY_TOOLS,
    MAGNITUDES,
    MONTHS,
    NOT_NAMES,
    NUMBER_WORDS,
    PERCENT_WORDS,
    PLACEHOLDER_NAMES,
    TIME_UNITS,
    TOOLS,
    UNIT_ONLY_NUMBERS,
    WEEKDAYS,
)
from interview.analysis.tokens import Token

# Words after a number that are not what it counts ("40 to 12", "3 of them").
_NOT_COUNTED = word_set(
    """and or to of the a an in on at by for from with than per into over under percent
    was were is are i we it"""
)


_NUMBER_INITIALS = frozenset(word[0] for word in NUMBER_WORDS | UNIT_ONLY_NUMBERS)


class _Tokens:
    """Tokens with the text between them, for looking at neighbours."""

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.text = text
        self.tokens = tokens

    def joined(self, i: int) -> bool:
        """Token `i` follows token `i - 1` with no punctuation between them."""
        return 0 < i < len(self.tokens) and not breaks(
            self.text[self.tokens[i - 1].end : self.tokens[i].start]
        )

    def next_word(self, i: int) -> str:
        """The word after token `i` when it is joined to it, else ""."""
        return self.tokens[i + 1].lower if self.joined(i + 1) else ""


def _is_numeral(token: Token) -> bool:
    return token.text[0].isdigit() or token.text.startswith("$")


def _is_number(seq: _Tokens, i: int) -> bool:
    token = seq.tokens[i]
    if _is_numeral(token):
        return True
    if token.lower in NUMBER_WORDS:
        return True
    if token.lower[0] not in _NUMBER_INITIALS:
        return False
    parts = token.lower.split("-")
    if all(part in NUMBER_WORDS or part in UNIT_ONLY_NUMBERS for part in parts):
        if token.lower not in UNIT_ONLY_NUMBERS:
            return True
        return seq.next_word(i) in TIME_UNITS and not _story_opener(seq, i)
    return False


# Clause openers before "one day": "and one night a guest..." starts a story.
_OPENING_WORDS = word_set("and but so then until")
# After "one day" these make it a measure again: "one day later", "one week of training",
# "one day before the launch".
_MEASURING_WORDS = word_set("later ago earlier of before after")


def _story_opener(seq: _Tokens, i: int) -> bool:
    """ "One year the harvest was late", "and one night a guest...": "one" + a time unit
    opening a clause says "once", not how long; "within one day" is a figure."""
    opens = not seq.joined(i) or seq.tokens[i - 1].lower in _OPENING_WORDS
    return opens and seq.next_word(i + 1) not in _MEASURING_WORDS


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1950 <= int(token.text) <= 2099


def _is_month(seq: _Tokens, i: int) -> bool:
    token = seq.tokens[i]
    if not token.text[0].isupper() or token.lower not in MONTHS | WEEKDAYS:
        return False
    if token.lower not in AMBIGUOUS_MONTHS:
        return True
    before = seq.tokens[i - 1] if seq.joined(i) else None
    after = seq.tokens[i + 1] if seq.joined(i + 1) else None
    return any(t is not None and _is_numeral(t) for t in (before, after))


def _figure_at(seq: _Tokens, i: int) -> tuple[str, int] | None:
    """(label, last token index) of a figure starting at token `i`, or None."""
    tokens = seq.tokens
    if _is_month(seq, i):
        after = i + 1 if seq.joined(i + 1) and _is_numeral(tokens[i + 1]) else i
        return "date", after
    if not _is_number(seq, i):
        return None
    last = i
    while seq.next_word(last) in MAGNITUDES:
        last += 1
    return _with_unit(seq, i, last)


def _with_unit(seq: _Tokens, i: int, last: int) -> tuple[str, int]:
    """(label, last token index) of the number at tokens `i`..`last` and its unit."""
    tokens = seq.tokens
    unit = seq.next_word(last)
    sign = tokens[i].start > 0 and seq.text[tokens[i].start - 1] in CURRENCY_SIGNS
    if tokens[i].text.endswith("%") or unit in PERCENT_WORDS:
        return "percentage", last + (unit in PERCENT_WORDS)
    if unit == "per" and last + 2 < len(tokens) and tokens[last + 2].lower == "cent":
        return "percentage", last + 2
    if tokens[i].text.startswith("$") or sign or unit in CURRENCY_WORDS:
        return "money", last + (unit in CURRENCY_WORDS)
    if unit in TIME_UNITS:
        return "duration", last + 1
    if _is_year(tokens[i]) or (seq.joined(last + 1) and _is_month(seq, last + 1)):
        return "date", last + (not _is_year(tokens[i]))
    counted = unit and unit not in _NOT_COUNTED and tokens[last + 1].text.isalpha()
    return "quantity", last + 1 if counted else last


def find_facts(text: str, tokens: Sequence[Token], index: SentenceIndex) -> Iterator[Evidence]:
    """Numbers, money, percentages, durations and dates, each with its unit."""
    seq = _Tokens(text, tokens)
    i = 0
    while i < len(tokens):
        figure = _figure_at(seq, i)
        if figure is None:
            i += 1
            continue
        label, last = figure
        yield evidence_of(text, tokens[i], tokens[last], label=label, index=index)
        i = last + 1


def _sentence_starts(text: str, tokens: Sequence[Token], sentences: Sequence[TextSpan]) -> set[int]:
    """Indexes of tokens that open a sentence, a line or a quotation."""
    starts = [token.start for token in tokens]
    opening = {bisect.bisect_left(starts, sentence.start) for sentence in sentences}
    opening.add(0)
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        if any(char in '.!?:\n"\u201c' for char in gap):
            opening.add(i)
    return opening


def _written_as_name(word: str, at_start: bool) -> str | None:
    """ "acronym" (AWS), "name" (GitHub, or Capitalised mid-sentence), or None."""
    letters = word.replace("-", "")
    if len(letters) >= 2 and letters.isalpha() and letters.isupper():
        return "acronym"
    camel = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    return "name" if camel or (word[0].isupper() and not at_start) else None


def _name_label(token: Token, at_start: bool) -> str | None:
    """How `token` is written as a name ("tool", "acronym", "name"), or None."""
    word, lower = token.text, token.lower
    if lower in TOOLS and not (lower in EVERYDAY_TOOLS and word.islower()):
        return "tool"
    if word.islower() or not word[0].isalpha():  # most words
        return None
    if lower in NOT_NAMES or lower in MONTHS or lower in WEEKDAYS:
        return None
    return _written_as_name(word, at_start)


def find_names(
    text: str, tokens: Sequence[Token], sentences: Sequence[TextSpan], index: SentenceIndex
) -> Iterator[Evidence]:
    """Tools, organisations, products and places; adjacent name words make one name."""
    seq = _Tokens(text, tokens)
    starts = _sentence_starts(text, tokens, sentences)
    i = 0
    while i < len(tokens):
        label = _name_label(tokens[i], i in starts)
        if label is None:
            i += 1
            continue
        last = i
        while seq.joined(last + 1) and _name_label(tokens[last + 1], False) is not None:
            last += 1
        if not any(t.lower in PLACEHOLDER_NAMES for t in tokens[i : last + 1]):
            yield evidence_of(text, tokens[i], tokens[last], label=label, index=index)
        i = last + 1


def match_phrases(
    text: str,
    tokens: Sequence[Token],
    phrases: Sequence[tuple[str, ...]],
    label: str,
    index: SentenceIndex,
) -> Iterator[Evidence]:
    """Every occurrence of the word phrases, longest first, on adjacent unbroken tokens."""
    seq = _Tokens(text, tokens)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in by_first:
            i += 1
            continue
        last = next(
            (
                i + len(phrase) - 1
                for phrase in by_first.get(tokens[i].lower, ())
                if all(
                    i + k < len(tokens)
                    and tokens[i + k].lower == word
                    and (k == 0 or seq.joined(i + k))
                    for k, word in enumerate(phrase)
                )
            ),
            None,
        )
        if last is None:
            i += 1
            continue
        yield evidence_of(text, tokens[i], tokens[last], label=label, index=index)
        i = last + 1
