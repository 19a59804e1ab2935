"""Filler words and disfluencies, found by context over whole tokens.

Counting fillers by substring is the classic mistake ("so" inside "also", "like" inside
"likely"); counting every "like" is the next one ("I like", "I'd like to", "looks like",
"something like 20" are real words). Here every check looks at whole tokens, their
neighbours and the punctuation between them:

- hesitations (um, uh, er, erm, ah, hmm and stretched spellings such as "Umm", "uhhh")
  always count, except "err" after "to" (the verb);
- "like" counts only where it carries no meaning: between commas ("I, like, fixed it"),
  before an intensifier or another filler ("it was like really hard"), after a
  conjunction before a new clause ("and like we lost the data"), as a quotative ("he
  was like, no"); never after a subject, modal or comparison word ("I like", "would
  like", "looks like", "felt like", "something like 20");
- "you know" and "I mean" count when set off by punctuation or before another filler,
  never as real verbs ("you know how", "do you know", "what I mean is", "I mean it");
- "basically" and "literally" count unless they modify a verb ("took it literally");
- "so", "okay", "well" (and "yeah", "alright") count only at the start of the answer,
  and never as "so that", "so many", "well before"; even there, one or two of them alone
  ("So I was the lead", "Yeah, so we...") are how people start talking, not fillers:
  they count only when stacked with hesitations or filler words ("Um, so, basically")
  or three deep ("Okay, so, well");
- an immediately repeated word ("I, I moved", "the the") counts once per extra copy,
  except doubles that are grammar ("had had", "that that").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.evidence import (
    breaks,
    ends_sentence,
    per_100_words,
    ranked_counts,
)
from interview.analysis.filler_words import (
    AFTER_EMPTY_LIKE,
    BE_FORMS,
    CLAUSE_STARTS,
    CONJUNCTIONS,
    GRAMMAR_DOUBLES,
    HESITATIONS,
    KNOW_BLOCKERS,
    LIKE_BLOCKERS,
    LITERAL_VERBS,
    MEAN_BLOCKERS,
    MEAN_OBJECTS,
    OPENER_BLOCKERS,
    OPENERS,
    SAYING,
    SUBJECTS,
)
from interview.analysis.tokens import Token, tokenize

FillerKind = Literal["hesitation", "filler word", "opener", "repeat"]

# Openers alone at the start of an answer are free up to this many.
FREE_OPENERS = 2


@dataclass(frozen=True)
class Filler:
    """One filler, quoted from the answer.

    Attributes:
        word: the key it is counted under ("um" for "Umm", "you know", "repeat").
        kind: hesitation, filler word, opener or repeat.
        text: the words exactly as written.
        start: character offset into the submitted answer.
        end: offset just past the last character.
    """

    word: str
    kind: FillerKind
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "word": self.word,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class FillerReport:
    """Every filler in an answer, with rates.

    Attributes:
        fillers: the fillers in order of appearance.
        word_count: words in the answer (the base of `per_100_words`).
        per_100_words: fillers per 100 words, one decimal.
        per_minute: fillers per minute of answer, or None when no duration was given.
    """

    fillers: tuple[Filler, ...]
    word_count: int
    per_100_words: float
    per_minute: float | None

    @property
    def total(self) -> int:
        return len(self.fillers)

    @property
    def counts(self) -> dict[str, int]:
        """Count per filler word, most frequent first."""
        return ranked_counts(filler.word for filler in self.fillers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "counts": self.counts,
            "spans": [filler.to_dict() for filler in self.fillers],
            "per_100_words": self.per_100_words,
            "per_minute": self.per_minute,
        }


class _Context:
    """The tokens of one answer with the text between them, for neighbour checks."""

    def __init__(self, text: str, tokens: tuple[Token, ...]) -> None:
        self.text = text
        self.tokens = tokens
        self.words = [token.lower for token in tokens]
        bounds = [0, *(token.end for token in tokens)]
        self.gaps = [text[bounds[i] : token.start] for i, token in enumerate(tokens)]
        self.gaps.append(text[bounds[-1] :])

    def word(self, index: int) -> str:
        return self.words[index] if 0 <= index < len(self.words) else ""

    def prev(self, index: int) -> str:
        """The word before `index` when nothing but spaces separates them, else ""."""
        return "" if breaks(self.gaps[index]) else self.word(index - 1)

    def free_before(self, index: int) -> bool:
        """Start of the answer, or punctuation before `index`."""
        return index == 0 or breaks(self.gaps[index])

    def free_after(self, index: int) -> bool:
        """End of the answer, or punctuation after `index`."""
        return index == len(self.tokens) - 1 or breaks(self.gaps[index + 1])

    def filler(self, word: str, kind: FillerKind, first: int, last: int) -> Filler:
        start, end = self.tokens[first].start, self.tokens[last].end
        return Filler(word, kind, self.text[start:end], start, end)


def hesitation_word(lower: str) -> str | None:
    """The counting key of a hesitation sound ("Umm" -> "um"), or None."""
    for key, pattern in HESITATIONS:
        if pattern.fullmatch(lower):
            return key
    return None


def _hesitation(ctx: _Context, i: int) -> str | None:
    key = hesitation_word(ctx.words[i])
    if key == "er" and ctx.words[i].startswith("err") and ctx.prev(i) == "to":
        return None
    text = ctx.tokens[i].text
    if len(text) == 2 and text.isupper():
        return None  # an acronym: "the ER was full", "UM" (University of Michigan)
    return key


def _empty_like(ctx: _Context, i: int) -> bool:
    prev, after = ctx.prev(i), ctx.word(i + 1)
    if prev in LIKE_BLOCKERS or (after in SUBJECTS and ctx.word(i + 2) in SAYING):
        return False  # "I like", "looks like"; "like I said" means "as I said"
    if ctx.free_before(i):
        return ctx.free_after(i) or after in AFTER_EMPTY_LIKE or after in SUBJECTS
    if ctx.free_after(i):
        return prev in BE_FORMS
    if after in AFTER_EMPTY_LIKE:
        return True
    return prev in CONJUNCTIONS and after in CLAUSE_STARTS


def _empty_you_know(ctx: _Context, i: int) -> bool:
    if ctx.word(i + 1) != "know" or breaks(ctx.gaps[i + 1]) or ctx.prev(i) in KNOW_BLOCKERS:
        return False
    after = ctx.word(i + 2)
    return ctx.free_after(i + 1) or hesitation_word(after) is not None or after == "like"


def _empty_i_mean(ctx: _Context, i: int) -> bool:
    if ctx.word(i + 1) != "mean" or breaks(ctx.gaps[i + 1]) or ctx.prev(i) in MEAN_BLOCKERS:
        return False
    if ctx.free_after(i + 1):
        return True
    return ctx.free_before(i) and ctx.word(i + 2) not in MEAN_OBJECTS


def _empty_adverb(ctx: _Context, i: int) -> bool:
    prev = ctx.prev(i)
    if prev in LITERAL_VERBS:
        return False
    return not (prev in {"it", "that", "this", "them"} and ctx.free_after(i))


def _opener(ctx: _Context, i: int) -> bool:
    word = ctx.words[i]
    if word not in OPENERS:
        return False
    return ctx.free_after(i) or ctx.word(i + 1) not in OPENER_BLOCKERS.get(word, frozenset())


def _repeat(ctx: _Context, i: int) -> bool:
    word = ctx.words[i]
    return (
        word == ctx.word(i + 1)
        and word.isalpha()
        and word not in GRAMMAR_DOUBLES
        and not ends_sentence(ctx.gaps[i + 1])
    )


def _filler_word(ctx: _Context, i: int) -> tuple[str, FillerKind, int] | None:
    """A filler word or phrase starting at token `i` ("like", "you know"), or None."""
    word = ctx.words[i]
    if word == "you" and _empty_you_know(ctx, i):
        return "you know", "filler word", i + 1
    if word == "i" and _empty_i_mean(ctx, i):
        return "i mean", "filler word", i + 1
    if word == "like" and _empty_like(ctx, i):
        return "like", "filler word", i
    if word in ("basically", "literally") and _empty_adverb(ctx, i):
        return word, "filler word", i
    return None


def _filler_at(ctx: _Context, i: int, at_start: bool) -> tuple[str, FillerKind, int] | None:
    """The filler starting at token `i` as (word, kind, last token index), or None."""
    hesitation = _hesitation(ctx, i)
    if hesitation is not None:
        return hesitation, "hesitation", i
    match = _filler_word(ctx, i)
    if match is None and at_start and _opener(ctx, i):
        word = ctx.words[i]
        match = ("okay" if word == "ok" else word), "opener", i
    if match is None and _repeat(ctx, i):
        match = "repeat", "repeat", i
    return match


def _without_plain_openers(found: list[Filler], opening: int) -> list[Filler]:
    """Drop the answer's opening run when it is only one or two openers ("Yeah, so")."""
    run = found[:opening]
    if run and len(run) <= FREE_OPENERS and all(f.kind == "opener" for f in run):
        return found[opening:]
    return found


def find_fillers(
    text: str, tokens: tuple[Token, ...] | None = None, *, duration_s: float | None = None
) -> FillerReport:
    """Find the fillers in `text` (tokens may be passed when already computed)."""
    tokens = tokenize(text) if tokens is None else tokens
    ctx = _Context(text, tokens)
    found: list[Filler] = []
    at_start = True
    opening = 0  # fillers in the run that opens the answer
    i = 0
    while i < len(tokens):
        match = _filler_at(ctx, i, at_start)
        if match is None:
            at_start = False
            i += 1
            continue
        word, kind, last = match
        found.append(ctx.filler(word, kind, i, last))
        at_start = at_start and kind in ("hesitation", "opener", "filler word")
        opening += at_start
        i = last + 1
    found = _without_plain_openers(found, opening)
    per_minute = round(len(found) * 60.0 / duration_s, 1) if duration_s else None
    return FillerReport(
        fillers=tuple(found),
        word_count=len(tokens),
        per_100_words=per_100_words(len(found), len(tokens)),
        per_minute=per_minute,
    )
