"""Verbs, found without a part-of-speech tagger: who did what, and when.

No tagging data is available offline, so verbs are found by position and morphology: the
word after "I" or "we" (skipping adverbs and fillers such as "then", "quickly", "um",
"kind of"), a past tense recognised by its -ed spelling (undone to a base form by the
usual rules: planned -> plan, applied -> apply, created -> create) or a table of
irregular pasts, and a lexicon of action and outcome verbs. A first-person past-tense
deed is the strongest sign of Action; "we" marks weaker ownership; a verb inside a
"when ..." or "because ..." clause is background and counts for less.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.analysis.star.lexicon import HEDGE_GAPS, HEDGED_FACTOR, Cue
from interview.analysis.star.verb_lexicon import (
    ACTION_VERBS,
    BEFORE_TO_PASTS,
    CONDITIONAL,
    FINDING_PASTS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    GENERIC_VERBS,
    IRREGULAR_PAST,
    NOT_ACTION_AFTER_WOULD,
    NOT_PAST_ED,
    OUTCOME_VERBS,
    SETBACK_PASTS,
    SETTING_PASTS,
    SETTING_WHEN_FOLLOWED,
    STATE_PASTS,
    SUBJECT_GAP_WORDS,
    SUBORDINATORS,
    TALK_NOUNS,
    VAGUE_AROUND_CHANGE,
)
from interview.models import QuestionKind

SUBJECTS = FIRST_SINGULAR | FIRST_PLURAL
_BE_PAST = frozenset({"was", "were"})
_OTHER_SUBJECT_STOP = frozenset({"to", "would", "will", "could", "should", "can", "must"})
_KNOWN_VERBS = ACTION_VERBS | OUTCOME_VERBS
# Weight of a deed in a subordinate clause, relative to a main-clause one.
SUBORDINATE_FACTOR = 0.5
# Weight of a concrete deed told in the present in a story ("I ring the engineer"): enough
# for a strong Action, a little below a past one ("I rang", 3.0).
HISTORIC_PRESENT_WEIGHT = 2.5
# Weight of a deed too vague to picture: a generic verb ("helped") or a vague object
# ("sorted things out"); below a strong Action's threshold (`star.report`).
GENERIC_DEED_WEIGHT = 2.0
# Words between a verb and its object ("sorted out the rota", "set up a station").
_PARTICLES = frozenset({"out", "up", "through", "over", "down", "in", "on", "off"})
# Objects that name nothing ("I sorted things out").
VAGUE_OBJECTS = frozenset({"things", "stuff", "everything", "something", "anything"})


def strongest_per_label(cues: Sequence[Cue]) -> list[Cue]:
    """Keep one cue per part, the heaviest (the first of equals)."""
    best: dict[str, Cue] = {}
    for cue in cues:
        if cue.label not in best or cue.weight > best[cue.label].weight:
            best[cue.label] = cue
    return list(best.values())


def past_base(word: str) -> str | None:
    """The base form of a past-tense verb ("migrated" -> "migrate"), "" if unknown, else None.

    A word ending in -ed whose base is in no verb list still counts as a past tense
    ("" base), except the words in NOT_PAST_ED and "-eed" words ("need", "succeed").
    """
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if not word.endswith("ed") or len(word) < 4 or word in NOT_PAST_ED:
        return None
    if word.endswith("eed") and word not in {"agreed", "freed", "guaranteed"}:
        return None
    stem = word[:-2]
    candidates = [stem, word[:-1], stem[:-1] if stem[-1:] == stem[-2:-1] else ""]
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    known = _KNOWN_VERBS
    return next((c for c in candidates if c in known), "")


def verb_after(words: Sequence[str], subject: int) -> int | None:
    """Index of the first word after `subject` that is not an adverb or filler."""
    index = subject + 1
    skipped = 0
    while index < len(words) and words[index] in SUBJECT_GAP_WORDS and skipped < 3:
        index += 1
        skipped += 1
    return index if index < len(words) else None


def first_person_cues(words: Sequence[str], *, kind: QuestionKind) -> list[Cue]:
    """Cues from each "I"/"we" and the verb that follows it, the strongest per part.

    A verb joined to an earlier first-person one by "and"/"then" ("I came in early and
    sorted every box") has the same subject, so it counts as well.
    """
    cues: list[Cue] = _coordinated_cues(words)
    for i, word in enumerate(words):
        verb = verb_after(words, i) if word in SUBJECTS else None
        if verb is None:
            continue
        cue = _subject_verb_cue(words, i, verb, kind=kind)
        if cue is not None and _subordinate(words, i):
            cue = Cue(cue.label, cue.weight * SUBORDINATE_FACTOR, f"{cue.evidence} (in a clause)")
        if cue is not None and any(w in HEDGE_GAPS for w in words[i + 1 : verb]):
            cue = Cue(cue.label, cue.weight * HEDGED_FACTOR, f"{cue.evidence} (hedged)")
        if cue is not None:
            cues.append(cue)
    return strongest_per_label(cues)


def _coordinated_cues(words: Sequence[str]) -> list[Cue]:
    """Deeds after "and"/"then" that share an earlier "I"/"we" ("... and sorted")."""
    cues: list[Cue] = []
    subject = ""
    for i, word in enumerate(words):
        if word in SUBJECTS:
            subject = word
        elif subject and i and words[i - 1] in {"and", "then"} and past_base(word) in ACTION_VERBS:
            # "... and supported the team": too generic to picture, as after "I" itself.
            weight = GENERIC_DEED_WEIGHT if past_base(word) in GENERIC_VERBS else 2.5
            cue = Cue("action", weight, f"past-tense action verb '{word}' after '{subject}'")
            cues.append(_vague_object(cue, words, i) or cue)
    return cues


def _subordinate(words: Sequence[str], subject: int) -> bool:
    """Whether the subject opens a "when ...", "because ..." clause."""
    return any(w in SUBORDINATORS for w in words[max(0, subject - 2) : subject])


def _subject_verb_cue(
    words: Sequence[str], subject: int, verb: int, *, kind: QuestionKind
) -> Cue | None:
    """Classify the verb after a first-person subject."""
    who, word = words[subject], words[verb]
    if who.endswith(("'d", "'ll")) or word in CONDITIONAL:
        return _conditional_cue(words, subject, verb, kind=kind)
    nxt = words[verb + 1] if verb + 1 < len(words) else ""
    if word in STATE_PASTS or (nxt == "to" and word in BEFORE_TO_PASTS):
        return None
    special = _special_deed(words, verb)
    if special is not None:
        return special
    # "I discovered that ..." reports a fact found out, the problem as it stood.
    found = nxt == "that" and word in FINDING_PASTS
    if found or word in SETTING_PASTS or nxt in SETTING_WHEN_FOLLOWED.get(word, ()):
        return Cue("situation", 1.0, f"background '{who} {word}'")
    if word in SETBACK_PASTS:
        return Cue("situation", 1.5, f"setback '{who} {word}'")
    return _vague_object(_deed_cue(who, word, story=kind != "situational"), words, verb)


def _vague_object(cue: Cue | None, words: Sequence[str], verb: int) -> Cue | None:
    """`cue`, no stronger than a generic deed when the deed is done to nothing nameable
    ("I sorted things out", "I fix everything"): the listener cannot picture it."""
    after = [w for w in words[verb + 1 : verb + 3] if w not in _PARTICLES]
    if cue is None or not after or after[0] not in VAGUE_OBJECTS:
        return cue
    weight = min(cue.weight, GENERIC_DEED_WEIGHT)
    return Cue(cue.label, weight, f"{cue.evidence} (but on '{after[0]}')", signal=cue.signal)


def _special_deed(words: Sequence[str], verb: int) -> Cue | None:
    """Deeds told with a light verb: "I got him to ...", "I had a quiet word with ..."."""
    who, word = words[verb - 1], words[verb]
    if word == "got" and "to" in words[verb + 2 : verb + 5]:
        return Cue("action", 2.2, f"got someone to act '{who} got'")
    talk = next((w for w in words[verb + 1 : verb + 5] if w in TALK_NOUNS), None)
    if word == "had" and talk is not None:
        return Cue("action", 2.0, f"a talk or meeting held '{word} a {talk}'")
    return None


def _deed_cue(who: str, word: str, *, story: bool = True) -> Cue | None:
    """A past-tense deed ("I migrated", "we shipped"), or a present one told as a story.

    In a story, "I ring the relief list" is the historic present: one deed told as if it
    were happening now, as concrete as "I rang". A habit ("I always ring ...") is caught
    by its framing (`star.framing`), not here. In a situational answer a present deed is a
    step of the plan, which the conditional cues weigh.
    """
    singular = who in FIRST_SINGULAR
    owner = "first-person" if singular else "'we' (weak ownership)"
    base = past_base(word)
    if base is None:
        if word in ACTION_VERBS and singular:
            vivid = story and word not in GENERIC_VERBS
            weight = HISTORIC_PRESENT_WEIGHT if vivid else 1.0
            return Cue("action", weight, f"first-person action verb '{word}' (present tense)")
        return None
    ownership = 0.0 if singular else 0.6
    if base in OUTCOME_VERBS:
        return Cue("action", 2.0 - ownership, f"{owner} past-tense verb '{word}'")
    if base in ACTION_VERBS and base not in GENERIC_VERBS:
        return Cue("action", 3.0 - ownership, f"{owner} past-tense action verb '{word}'")
    if base == "" or base in ACTION_VERBS:  # unknown, or too generic to picture ("helped")
        return Cue("action", 2.0 - ownership, f"{owner} past-tense verb '{word}'")
    return None  # an irregular past that is no deed ("left", "lost", "became")


def _conditional_cue(
    words: Sequence[str], subject: int, verb: int, *, kind: QuestionKind
) -> Cue | None:
    """'I would call', "I'd start": an action in a situational answer, a hint elsewhere."""
    after = verb if words[verb] in CONDITIONAL else verb - 1
    index = verb_after(words, after)
    if index is None or words[index] in NOT_ACTION_AFTER_WOULD:
        return None
    if kind != "situational" and words[index] not in ACTION_VERBS:
        return None
    quoted = " ".join(words[subject : index + 1])
    weight = 2.6 if kind == "situational" else 1.2
    return Cue("action", weight, f"conditional action '{quoted}'")


def outcome_verb_cues(
    words: Sequence[str], muted: frozenset[int] = frozenset()
) -> tuple[list[Cue], set[int]]:
    """Past outcome verbs ("churn fell", "we doubled sign-ups") and their word indexes.

    Told by someone else ("sales rose") they are results; after "I"/"we" the deed cue
    already counts them as actions, so they add less here. A change that names nothing
    ("it improved", "we reduced it") is only a signal (see `Cue.signal`).
    """
    for i, word in enumerate(words):
        base = past_base(word)
        if not base or base not in OUTCOME_VERBS or i in muted:
            continue
        if i and words[i - 1] in _OTHER_SUBJECT_STOP:
            continue
        own = any(w in SUBJECTS for w in words[max(0, i - 3) : i])
        named = _names_what_changed(words, i)
        quoted = f"'{word}'" if named else f"'{word}' (but not what changed)"
        return [Cue("result", 1.2 if own else 2.2, f"outcome {quoted}", signal=not named)], {i}
    return [], set()


def _names_what_changed(words: Sequence[str], verb: int) -> bool:
    """Whether the words around a change verb say what changed ("costs fell", "cut the bill").

    The object after the verb, or else the subject before it (skipping adverbs), must be
    more than a pronoun or a vague word: "it improved", "we reduced it", "things improved
    a lot" name nothing.
    """
    after = words[verb + 1 : verb + 3]
    if after and after[0] not in VAGUE_AROUND_CHANGE and tuple(after) not in _VAGUE_AMOUNTS:
        return True
    subject = verb - 1
    while subject >= 0 and words[subject] in SUBJECT_GAP_WORDS:
        subject -= 1
    return subject >= 0 and words[subject] not in VAGUE_AROUND_CHANGE | SUBJECTS


_VAGUE_AMOUNTS = frozenset({("a", "lot"), ("a", "bit"), ("a", "little")})
_ACHIEVED_AFTER = frozenset({("able", "to"), ("managed", "to")})


def achieved_cues(words: Sequence[str]) -> list[Cue]:
    """A deed after "was able to" / "managed to" ("managed to calm him down"): what was
    achieved, which makes the achievement concrete rather than a bare "it worked"."""
    for i in range(2, len(words)):
        if (words[i - 2], words[i - 1]) in _ACHIEVED_AFTER and words[i] in _KNOWN_VERBS:
            return [Cue("result", 0.5, f"achieved '{' '.join(words[i - 2 : i + 1])}'")]
    return []


def background_cues(words: Sequence[str]) -> list[Cue]:
    """'the team was', 'she was shouting', 'they had': a state or an ongoing event."""
    cues: list[Cue] = []
    for i, word in enumerate(words):
        if word not in _BE_PAST and word != "had":
            continue
        before = words[i - 1] if i else ""
        nxt = verb_after(words, i)
        following = words[nxt] if nxt is not None else ""
        if following in {"able", "to"}:
            continue
        if word in _BE_PAST and following.endswith("ing") and len(following) > 4:
            cues.append(Cue("situation", 1.2, f"ongoing '{word} {following}'"))
        else:
            quoted = f"{before} {word}".strip()
            cues.append(Cue("situation", 0.8, f"background '{quoted}'"))
    return strongest_per_label(cues)
