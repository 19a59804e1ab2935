"""What one sentence says about its STAR part: scored cues, each quoting its words.

A cue is a small piece of evidence for one part ("first-person past-tense action verb
'migrated'", "outcome 'which led to'", "number in result '30%'"). The emission score of a
part is the sum of its cues' weights; the decoder in `star_decode` then weighs them against
the order of the whole answer. Everything matches whole tokens (never "at" inside "that"),
and nothing depends on part-of-speech data: verbs are found by their position after "I"
or "we" and by their morphology (-ed pasts, a table of irregular ones).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.star_lexicon import (
    ACTION_VERBS,
    CONDITIONAL,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    IRREGULAR_PAST,
    LABELS,
    MEASURE_WORDS,
    NOT_PAST_ED,
    OUTCOME_VERBS,
    PHRASE_CUES,
    SEQUENCE_OPENERS,
    SETTING_PASTS,
    STATE_PASTS,
    SUBJECT_GAP_WORDS,
    WORD_CLASSES,
    Label,
)
from interview.models import QuestionKind

_YEAR_RE = re.compile(r"(?:19[89]\d|20[0-4]\d)")
_NUMBER_RE = re.compile(r"\$?\d")
_BE_PAST = frozenset({"was", "were"})
_SUBJECTS = FIRST_SINGULAR | FIRST_PLURAL


@dataclass(frozen=True)
class Cue:
    """One piece of evidence for a part.

    Attributes:
        label: the part it supports ("none" for talk outside the story).
        weight: how much it adds to that part's emission score.
        evidence: the cue in words, quoting the sentence.
    """

    label: Label
    weight: float
    evidence: str


@dataclass(frozen=True)
class _Pattern:
    label: Label
    weight: float
    name: str
    words: tuple[str, ...]


def sentence_cues(
    words: Sequence[str], *, kind: QuestionKind, index: int, count: int
) -> tuple[Cue, ...]:
    """All cues of one sentence given its lower-cased tokens and its place in the answer."""
    cues = [*_phrase_cues(words), *_verb_cues(words, kind=kind), *_outcome_verb_cues(words)]
    cues.extend(_number_cues(words, has_outcome=any(c.label == "result" for c in cues)))
    cues.extend(_shape_cues(words, index=index, count=count, has_cues=bool(cues)))
    return tuple(cues)


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


def _element_matches(element: str, word: str) -> bool:
    if element.startswith("{"):
        name = element[1:-1]
        if name == "year":
            return _YEAR_RE.fullmatch(word) is not None
        return word in WORD_CLASSES[name]
    return element == word


def _match_at(words: Sequence[str], start: int, pattern: tuple[str, ...]) -> bool:
    if start + len(pattern) > len(words):
        return False
    return all(_element_matches(e, w) for e, w in zip(pattern, words[start:], strict=False))


def _phrase_cues(words: Sequence[str]) -> list[Cue]:
    """One cue per kind of phrase (setting, goal, outcome...): its longest, first match."""
    found: dict[tuple[Label, str], Cue] = {}
    taken: set[int] = set()
    for pattern in _patterns():
        key = (pattern.label, pattern.name)
        for start in range(len(words)):
            span = set(range(start, start + len(pattern.words)))
            if span & taken or not _match_at(words, start, pattern.words):
                continue
            taken |= span
            if key not in found:
                quoted = " ".join(words[start : start + len(pattern.words)])
                found[key] = Cue(pattern.label, pattern.weight, f"{pattern.name} '{quoted}'")
    return list(found.values())


def past_base(word: str) -> str | None:
    """The base form of a past-tense verb ("migrated" -> "migrate"), "" if unknown, else None.

    Regular pasts are undone by their spelling rules (planned -> plan, applied -> apply,
    created -> create); a word ending in -ed whose base is not in the verb lists still
    counts as a past tense ("" base), except the words in NOT_PAST_ED and "-eed" words.
    """
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if not word.endswith("ed") or len(word) < 5 or word in NOT_PAST_ED:
        return None
    if word.endswith("eed") and word not in {"agreed", "freed", "guaranteed"}:
        return None
    stem = word[:-2]
    candidates = [stem, word[:-1], stem[:-1] if stem[-1:] == stem[-2:-1] else ""]
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    known = ACTION_VERBS | OUTCOME_VERBS
    return next((c for c in candidates if c in known), "")


def _verb_after(words: Sequence[str], subject: int) -> int | None:
    """Index of the first word after the subject that is not an adverb or filler."""
    index = subject + 1
    skipped = 0
    while index < len(words) and words[index] in SUBJECT_GAP_WORDS and skipped < 3:
        index += 1
        skipped += 1
    return index if index < len(words) else None


def _verb_cues(words: Sequence[str], *, kind: QuestionKind) -> list[Cue]:
    """Cues from each "I"/"we" and the verb that follows it."""
    cues: list[Cue] = []
    for i, word in enumerate(words):
        if word not in _SUBJECTS:
            continue
        verb = _verb_after(words, i)
        if verb is None:
            continue
        cue = _subject_verb_cue(words, i, verb, kind=kind)
        if cue is not None:
            cues.append(cue)
    return _strongest_per_label(cues)


def _strongest_per_label(cues: list[Cue]) -> list[Cue]:
    best: dict[Label, Cue] = {}
    for cue in cues:
        if cue.label not in best or cue.weight > best[cue.label].weight:
            best[cue.label] = cue
    return list(best.values())


def _subject_verb_cue(
    words: Sequence[str], subject: int, verb: int, *, kind: QuestionKind
) -> Cue | None:
    """Classify the verb after a first-person subject."""
    who, word = words[subject], words[verb]
    if who.endswith(("'d", "'ll")) or word in CONDITIONAL:
        return _conditional_cue(words, subject, verb, kind=kind)
    nxt = words[verb + 1] if verb + 1 < len(words) else ""
    if word in STATE_PASTS or nxt == "to":
        return None
    if word in _BE_PAST or word in SETTING_PASTS:
        return Cue("situation", 1.0, f"background '{who} {word}'")
    return _deed_cue(who, word)


def _deed_cue(who: str, word: str) -> Cue | None:
    """A past-tense deed ("I migrated", "we shipped"), or a present one told as a story."""
    singular = who in FIRST_SINGULAR
    owner = "first-person" if singular else "'we' (weak ownership)"
    base = past_base(word)
    if base is None:
        if word in ACTION_VERBS and singular:
            return Cue("action", 1.0, f"first-person action verb '{word}' (present tense)")
        return None
    if base in OUTCOME_VERBS:
        return Cue("action", 1.5, f"{owner} past-tense verb '{word}'")
    weight = (3.0 if base else 2.0) - (0.0 if singular else 0.6)
    label = "action verb" if base else "verb"
    return Cue("action", weight, f"{owner} past-tense {label} '{word}'")


def _conditional_cue(
    words: Sequence[str], subject: int, verb: int, *, kind: QuestionKind
) -> Cue | None:
    """'I would call', "I'd start": an action in a situational answer, a hint elsewhere."""
    after = verb if words[verb] in CONDITIONAL else verb - 1
    index = _verb_after(words, after)
    if index is None or words[index] not in ACTION_VERBS:
        return None
    quoted = " ".join(words[subject : index + 1])
    weight = 2.6 if kind == "situational" else 1.2
    return Cue("action", weight, f"conditional action '{quoted}'")


def _outcome_verb_cues(words: Sequence[str]) -> list[Cue]:
    """Past outcome verbs, whoever the subject ("churn fell", "we doubled sign-ups")."""
    for i, word in enumerate(words):
        base = past_base(word)
        if not base or base not in OUTCOME_VERBS:
            continue
        before = words[i - 1] if i else ""
        if before in {"to", "would", "will", "could", "should"}:
            continue
        return [Cue("result", 2.2, f"outcome '{word}'")]
    return []


def _is_measure(words: Sequence[str], i: int) -> bool:
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word.endswith(("%", "x")) or word.startswith("$"):
        return True
    return bool(_NUMBER_RE.match(word)) and nxt in MEASURE_WORDS


def _number_cues(words: Sequence[str], *, has_outcome: bool) -> list[Cue]:
    """Numbers: a year sets the scene; a measure next to an outcome is a measurable result."""
    cues: list[Cue] = []
    for i, word in enumerate(words):
        if _YEAR_RE.fullmatch(word):
            cues.append(Cue("situation", 1.0, f"time setting '{word}'"))
        elif _is_measure(words, i) or word in {"half", "double", "twice", "doubled", "halved"}:
            weight = 1.5 if has_outcome else 0.4
            cues.append(Cue("result", weight, f"number in result '{word}'"))
        elif _NUMBER_RE.match(word) and has_outcome:
            cues.append(Cue("result", 0.8, f"number in result '{word}'"))
    return _strongest_per_label(cues)


def _shape_cues(words: Sequence[str], *, index: int, count: int, has_cues: bool) -> list[Cue]:
    """Position in the answer, sequence words, and sentences too short to carry a part."""
    cues: list[Cue] = []
    first = next((w for w in words if w not in {"and", "so", "um", "uh", "okay"}), "")
    if first in SEQUENCE_OPENERS:
        cues.append(Cue("action", 0.7, f"sequence word '{first}'"))
    if index == 0 and count > 1:
        cues.append(Cue("situation", 0.5, "opens the answer"))
    if index == count - 1 and count > 2:
        cues.append(Cue("result", 0.4, "closes the answer"))
    if len(words) <= 3 and not has_cues:
        cues.append(Cue("none", 1.0, f"too short to carry a part '{' '.join(words)}'"))
    return cues
