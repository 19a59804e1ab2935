"""Is a sentence a story the speaker lived, what they would do, or what they are like?

A behavioral question asks for a real past example. Answers often slide into "I would
first talk to them privately" (a plan, not a memory) or "I always work well in teams" (a
claim about oneself). Neither is a Situation, Task, Action or Result of a story, however
many action verbs it holds, and a coach says so. This module reads one sentence's frame
from its structure, not its topic:

- "hypothetical": the main clause is modal ("I would", "I'd", "I will", "I'm going to",
  "my first step would be"), or the sentence opens with a condition ("If a client ...")
  and no past tense follows. A modal after a past verb is reported speech inside a story
  ("I told her I would call back") and stays "past"; "I'd" before a past participle is
  "I had".
- "generic": present-tense claims about habits or qualities ("I always", "I tend to",
  "I'm a very organised person", "you have to", "it's important to", "whenever ..."),
  with no past tense or time setting that would anchor them in a story.
- "past": everything else, including present-tense narration ("So I walk in and ...").

Only the words decide (no tagger), and each verdict quotes the words that caused it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from interview.analysis.star.claims import generic_at
from interview.analysis.star.lexicon import words
from interview.analysis.star.verb_lexicon import IRREGULAR_PAST
from interview.analysis.tokens import tokenize

__all__ = ["Framing", "SentenceFraming", "frame_sentence", "frame_words", "places_in_time"]

Framing = Literal["past", "hypothetical", "generic"]

_LEADING_NOISE = words("so and um uh umm uhh er erm well okay ok yeah like basically right")
_SUBJECTS = words("i we you they he she it")
_MODALS = words("would will could might should shall")
_MODAL_CONTRACTIONS = words("i'd we'd you'd they'd i'll we'll you'll they'll")
_CONDITION_OPENERS = words("suppose supposing imagine assuming say")
# A past participle after "I'd" means "I had" ("I'd already finished").
_BETWEEN_SUBJECT_AND_VERB = words(
    "then also first probably definitely just really actually always still already "
    "never immediately initially personally um uh like kind of sort"
)
_RELATIVE = words("that which who what whether if and or but")
# "feel", "seem", "look", "become": a participle after them is a state ("they feel supported").
_PRESENT_HELPERS = words(
    "have has is are am feel feels seem seems look looks become becomes i've we've you've"
)
_TIME_ANCHORS = words("ago yesterday once")
_TIME_PAIRS = frozenset(
    {("last", w) for w in ("year", "month", "week", "summer", "semester")}
    | {("one", "time"), ("that", "day")}
)
_PAST_HELPERS = words("was were had did wasn't weren't hadn't didn't")
_NOT_PAST_ED = words("need feed speed seed indeed hundred proceed succeed exceed embed")
_ADJECTIVE_ED = words(
    "organized organised detailed motivated experienced dedicated skilled interested "
    "qualified excited focused talented determined committed used based related "
    "supposed concerned involved prepared"
)


@dataclass(frozen=True)
class SentenceFraming:
    """How one sentence is framed.

    Attributes:
        framing: "past" (a story), "hypothetical" (what one would do) or "generic"
            (a claim about habits or qualities).
        evidence: the words that decided it, quoted ("" for a plain story sentence).
    """

    framing: Framing
    evidence: str = ""


def frame_sentence(text: str) -> SentenceFraming:
    """The framing of one sentence as written (see the module docstring)."""
    return frame_words([t.lower for t in tokenize(text)])


def frame_words(tokens: Sequence[str]) -> SentenceFraming:
    """The framing of one sentence given its lower-cased tokens."""
    return _frame(tuple(tokens))


@functools.lru_cache(maxsize=4096)
def _frame(tokens: tuple[str, ...]) -> SentenceFraming:
    """`frame_words`, remembered: the labeller and its evidence both ask for it."""
    ws = _strip_noise(tokens)
    if not ws:
        return SentenceFraming("past")
    past = _first_past(ws)
    modal = _first_modal(ws)
    # "If it was an overcharge, I would offer ...": the past of a condition is no story.
    if modal is not None and (past is None or past > modal or ws[0] == "if"):
        return SentenceFraming("hypothetical", _quote(ws, modal))
    if ws[0] in _CONDITION_OPENERS and past is None:
        return SentenceFraming("hypothetical", _quote(ws, 0))
    if past is not None or _anchored(ws):
        return SentenceFraming("past")
    generic = generic_at(ws)
    if generic is not None:
        return SentenceFraming("generic", _quote(ws, generic))
    return SentenceFraming("past")


def _strip_noise(tokens: Sequence[str]) -> list[str]:
    ws = list(tokens)
    while ws and ws[0] in _LEADING_NOISE:
        ws.pop(0)
    return ws


def _quote(ws: Sequence[str], start: int, size: int = 4) -> str:
    return " ".join(ws[start : start + size])


def _is_past(word: str) -> bool:
    if word in _PAST_HELPERS or (word in IRREGULAR_PAST and word not in {"read", "put", "set"}):
        return word not in {"cut", "split", "hit"}
    return (
        word.endswith("ed")
        and len(word) > 4
        and word not in _NOT_PAST_ED
        and word not in _ADJECTIVE_ED
        and not word.endswith("eed")
    )


def _first_past(ws: Sequence[str]) -> int | None:
    """Index of the first past-tense verb that follows a subject or a helper, if any.

    A participle after "have" ("I have found that ...", "we have always learned ...") is
    the present perfect, what the speaker has come to know, and one after "are" ("they
    are heard") a present passive: neither tells one time."""
    for i, word in enumerate(ws):
        if not _is_past(word) or _after_present_helper(ws, i):
            continue
        before = ws[max(0, i - 3) : i]
        if word in _PAST_HELPERS or any(b in _SUBJECTS or b.endswith("'s") for b in before):
            return i
        if i and ws[i - 1] in {"and", "then", "who", "which", "that"}:
            return i
    return None


def _after_present_helper(ws: Sequence[str], i: int) -> bool:
    """Whether ws[i] follows "have", "has", "is" or "are", perhaps with an adverb between."""
    before = ws[i - 1] if i else ""
    if before in _PRESENT_HELPERS:
        return True
    return i >= 2 and ws[i - 2] in _PRESENT_HELPERS and before in _BETWEEN_SUBJECT_AND_VERB


def _first_modal(ws: Sequence[str]) -> int | None:
    """Index of a modal that frames the sentence as what would or will be done."""
    for i, word in enumerate(ws):
        if word in _MODAL_CONTRACTIONS:
            nxt = _next_content(ws, i)
            if word.endswith("'d") and nxt is not None and _is_past(ws[nxt]):
                continue  # "I'd already finished": "I had"
            return i
        if (
            word in _MODALS
            and i
            and (
                ws[i - 1] in _SUBJECTS
                or ws[i - 1] in {"step", "be", "thing"}
                # "a customer would be charged twice": a habit or a plan, whoever acts
                or (word == "would" and ws[i - 1].isalpha() and ws[i - 1] not in _RELATIVE)
            )
        ):
            return i
        if (
            word == "going"
            and i + 1 < len(ws)
            and ws[i + 1] == "to"
            and i
            and ws[i - 1]
            in {
                "i'm",
                "am",
                "we're",
                "are",
            }
        ):
            return i
    return None


def _next_content(ws: Sequence[str], i: int) -> int | None:
    j = i + 1
    while j < len(ws) and ws[j] in _BETWEEN_SUBJECT_AND_VERB:
        j += 1
    return j if j < len(ws) else None


def _anchored(ws: Sequence[str]) -> bool:
    """A time setting that anchors the sentence in one past moment ("two years ago")."""
    if any(w in _TIME_ANCHORS for w in ws):
        return True
    return any(pair in _TIME_PAIRS for pair in itertools.pairwise(ws))


def places_in_time(tokens: Sequence[str]) -> bool:
    """A past-tense verb after its subject, or a time anchor ("two years ago")."""
    ws = _strip_noise(tokens)
    return bool(ws) and (_first_past(ws) is not None or _anchored(ws))
