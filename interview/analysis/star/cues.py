"""What one sentence says about its STAR part: scored cues, each quoting its words.

A cue is a small piece of evidence for one part ("first-person past-tense action verb
'migrated'", "outcome 'which led to'", "number in result '30%'"). The emission score of a
part is the sum of its cues' weights; the decoder in `star.decode` then weighs them against
the order of the whole answer. Everything matches whole tokens (never "at" inside "that").
Phrases come from `star.lexicon`, verbs from `star.verbs`; this module adds numbers and
the shape of the sentence (sequence words, its place in the answer, asides).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.star.lexicon import (
    GAP_PAIRS,
    HEDGE_GAPS,
    HEDGED_FACTOR,
    LABELS,
    MEASURE_WORDS,
    PHRASE_CUES,
    PHRASE_GAPS,
    SEQUENCE_OPENERS,
    SIGNAL_CUES,
    WORD_CLASSES,
    Cue,
    Label,
)
from interview.analysis.star.scope import MUTED_FACTOR, muted_indexes
from interview.analysis.star.verbs import (
    achieved_cues,
    background_cues,
    first_person_cues,
    outcome_verb_cues,
    strongest_per_label,
)
from interview.analysis.tokens import tokenize
from interview.models import QuestionKind

__all__ = ["Cue", "emissions", "sentence_cues", "sentence_words"]

_HEADING_RE = re.compile(r"\s*(situation|task|action|result|context)s?\s*[:\u2013\u2014-]", re.I)
_HEADINGS: dict[str, Label] = {
    "situation": "situation",
    "context": "situation",
    "task": "task",
    "action": "action",
    "result": "result",
}
_YEAR_RE = re.compile(r"(?:19[89]\d|20[0-4]\d)")
_NUMBER_RE = re.compile(r"\$?\d")
_MULTIPLIERS = frozenset({"half", "double", "twice", "doubled", "halved", "tripled"})
_HYPOTHETICAL_OPENERS = frozenset({"if", "suppose", "say", "assuming", "imagine"})
_NUMBER_WORDS = frozenset(
    {
        *("zero", "none", "one", "two", "three", "four", "five", "six", "seven", "eight"),
        *("nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"),
        *("hundred", "thousand", "dozen"),
    }
)
# "by 45%", "to 4%", "from 15%": a number that measures a change.
_CHANGE_WORDS = frozenset({"by", "to", "from"})
# After "since": the end of the sentence or a new clause, so "since" means "ever since".
_AFTER_LASTING_SINCE = frozenset({"", "so", "and", "then", "which", "but"})
_LEADING_NOISE = frozenset({"and", "so", "um", "uh", "okay", "well", "right", "yeah"})


@dataclass(frozen=True)
class _Pattern:
    label: Label
    weight: float
    name: str
    words: tuple[str, ...]


def sentence_words(text: str) -> list[str]:
    """Lower-cased tokens; a number after "£", "€" or "¥" is marked as money like "$"."""
    return [
        "$" + t.lower if t.start and text[t.start - 1] in "£€¥" else t.lower for t in tokenize(text)
    ]


def sentence_cues(
    words: Sequence[str], *, kind: QuestionKind, index: int, count: int, text: str = ""
) -> tuple[Cue, ...]:
    """All cues of one sentence given its lower-cased tokens and its place in the answer.

    `text` (the sentence as written) lets a typed heading such as "Result:" count.
    """
    muted = muted_indexes(words)
    cues = _heading_cues(text) + _phrase_cues(words, muted)
    cues += first_person_cues(words, kind=kind)
    cues += background_cues(words)
    if any(c.evidence.startswith("setting") for c in cues):
        # A stated setting already says this is background; "was"/"had" would count it twice.
        cues = [c for c in cues if not c.evidence.startswith("background")]
    else:
        cues = _one_background(cues)
    outcome, used = outcome_verb_cues(words, muted)
    cues += outcome + achieved_cues(words)
    has_outcome = any(c.label == "result" for c in cues)
    cues += _number_cues(words, has_outcome=has_outcome, skip=used)
    cues += _shape_cues(words, index=index, count=count, has_cues=bool(cues))
    return tuple(cues)


def _heading_cues(text: str) -> list[Cue]:
    """A part named as a heading ("Task: make it fast"): the speaker has labelled it."""
    match = _HEADING_RE.match(text)
    if match is None:
        return []
    label = _HEADINGS[match.group(1).lower()]
    return [Cue(label, 4.0, f"heading '{match.group(0).strip()}'", signal=True)]


def _one_background(cues: list[Cue]) -> list[Cue]:
    """Keep only the heaviest background cue ("we had", "the team was")."""
    background = [c for c in cues if c.evidence.startswith(("background", "ongoing"))]
    rest = [c for c in cues if c not in background]
    return rest + strongest_per_label(background)


def emissions(cues: Sequence[Cue]) -> dict[Label, float]:
    """Emission score per label: the sum of its cues' weights."""
    scores: dict[Label, float] = dict.fromkeys(LABELS, 0.0)
    for cue in cues:
        scores[cue.label] += cue.weight
    return scores


@functools.cache
def _patterns() -> tuple[_Pattern, ...]:
    """The phrase lexicon, longest phrases first so they win over their own tails."""
    patterns = [
        _Pattern(label, weight, name, tuple(phrase.split()))
        for label, weight, name, phrases in PHRASE_CUES
        for phrase in phrases
    ]
    return tuple(sorted(patterns, key=lambda p: -len(p.words)))


@functools.cache
def _index() -> dict[str, tuple[tuple[int, _Pattern], ...]]:
    """Patterns (with their rank in `_patterns()`) by first element: a word or "{class}"."""
    index: dict[str, list[tuple[int, _Pattern]]] = {}
    for rank, pattern in enumerate(_patterns()):
        index.setdefault(pattern.words[0], []).append((rank, pattern))
    return {first: tuple(entries) for first, entries in index.items()}


def _classes_of(word: str) -> list[str]:
    """The "{class}" keys a word can start a pattern with."""
    keys = [f"{{{name}}}" for name, members in WORD_CLASSES.items() if word in members]
    if _YEAR_RE.fullmatch(word):
        keys.append("{year}")
    return keys


def _element_matches(element: str, word: str) -> bool:
    if element.startswith("{"):
        name = element[1:-1]
        if name == "year":
            return _YEAR_RE.fullmatch(word) is not None
        return word in WORD_CLASSES[name]
    return element == word


def _gap_at(words: Sequence[str], i: int) -> int:
    """How many words from `i` a speaker slipped into a phrase ("um", "kind of"), 0 if none."""
    if i + 1 < len(words) and (words[i], words[i + 1]) in GAP_PAIRS:
        return 2
    return 1 if i < len(words) and words[i] in PHRASE_GAPS else 0


def _match_at(words: Sequence[str], start: int, pattern: tuple[str, ...]) -> tuple[int, bool]:
    """(end, hedged) of `pattern` matched from `start`, gaps allowed between its words.

    end is 0 when it does not match; hedged when a gap was a hedge ("kind of").
    """
    i, hedged = start, False
    for n, element in enumerate(pattern):
        gaps = 0
        while n and i < len(words) and not _element_matches(element, words[i]) and gaps < 2:
            skip = _gap_at(words, i)
            if not skip:
                break
            hedged = hedged or words[i] in HEDGE_GAPS
            i, gaps = i + skip, gaps + 1
        if i >= len(words) or not _element_matches(element, words[i]):
            return 0, False
        i += 1
    return i, hedged


def _phrase_cues(words: Sequence[str], muted: frozenset[int] = frozenset()) -> list[Cue]:
    """One cue per kind of phrase (setting, goal, outcome...), quoting its matches.

    Longer phrases win and words are used once, so "i had to" is one goal, not also a
    bare "had to". Candidates are looked up by their first word, so the cost grows with
    the sentence, not with the size of the lexicon.
    """
    index = _index()
    matches = sorted(
        (rank, start, pattern)
        for start, word in enumerate(words)
        for key in (word, *_classes_of(word))
        for rank, pattern in index.get(key, ())
    )
    found: dict[tuple[Label, str, bool, bool], tuple[_Pattern, list[str]]] = {}
    taken: set[int] = set()
    for _, start, pattern in matches:
        end, hedged = _match_at(words, start, pattern.words)
        span = set(range(start, end))
        if not end or span & taken:
            continue
        taken |= span
        quoted = " ".join(words[start:end])
        inside = start in muted and pattern.label != "none"
        key = (pattern.label, pattern.name, hedged, inside)
        found.setdefault(key, (pattern, []))[1].append(quoted)
    return [
        Cue(
            p.label,
            p.weight * (HEDGED_FACTOR if hedged else 1.0) * (MUTED_FACTOR if inside else 1.0),
            f"{p.name} "
            + ", ".join(f"'{q}'" for q in quotes)
            + (" (hedged)" if hedged else "")
            + (" (only in a purpose or negated clause)" if inside else ""),
            signal=p.name in SIGNAL_CUES or inside,
        )
        for (_, _, hedged, inside), (p, quotes) in found.items()
    ]


def _is_measure(words: Sequence[str], i: int) -> bool:
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _MULTIPLIERS or word.endswith("%") or word.startswith("$"):
        return True
    if word in _NUMBER_WORDS and ((i and words[i - 1] in _CHANGE_WORDS) or nxt in MEASURE_WORDS):
        return True  # "cut the backlog to zero", "back in eleven minutes"
    return bool(_NUMBER_RE.match(word)) and (word.endswith("x") or nxt in MEASURE_WORDS)


def _number_cues(words: Sequence[str], *, has_outcome: bool, skip: set[int]) -> list[Cue]:
    """Numbers: a year sets the scene; a measure next to an outcome is a measurable result."""
    cues: list[Cue] = []
    for i, word in enumerate(words):
        if i in skip:
            continue
        if _YEAR_RE.fullmatch(word):
            cues.append(Cue("situation", 1.0, f"time setting '{word}'"))
        elif _is_measure(words, i):
            change = i > 0 and words[i - 1] in _CHANGE_WORDS
            weight = 1.5 if has_outcome or change else 0.4
            cues.append(Cue("result", weight, f"number in result '{word}'"))
        elif _NUMBER_RE.match(word) and has_outcome:
            cues.append(Cue("result", 0.8, f"number in result '{word}'"))
    return strongest_per_label(cues)


def _shape_cues(words: Sequence[str], *, index: int, count: int, has_cues: bool) -> list[Cue]:
    """Sequence words, a hypothetical opening, the answer's edges, asides too short to count."""
    cues: list[Cue] = []
    first = next((w for w in words if w not in _LEADING_NOISE), "")
    if first in SEQUENCE_OPENERS:
        cues.append(Cue("action", 0.7, f"sequence word '{first}'", signal=True))
    if first in _HYPOTHETICAL_OPENERS:
        cues.append(Cue("situation", 2.0, f"hypothetical setting '{first}'"))
    for i, word in enumerate(words):
        if word == "since" and (words[i + 1] if i + 1 < len(words) else "") in _AFTER_LASTING_SINCE:
            cues.append(Cue("result", 2.0, "lasting outcome 'since'"))
            break
    if index == 0 and count > 1:
        cues.append(Cue("situation", 0.5, "opens the answer", signal=True))
    if index == count - 1 and count > 2:
        cues.append(Cue("result", 0.4, "closes the answer", signal=True))
    if len(words) <= 3 and not has_cues:
        cues.append(Cue("none", 1.0, f"too short to carry a part '{' '.join(words)}'"))
    return cues
