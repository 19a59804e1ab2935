"""The structure of one sentence, as named features for the STAR sentence model.

Cue words alone mislabel sentences whose structure says otherwise: "My responsibility was
to ..." is a Task whatever verb follows, "We cut the backlog to zero" is a Result although
it is "we" + a past verb, "I would first talk to them" is no Action of a past story, and a
cue inside "without getting upset" or "to make sure it was finished" is not the sentence's
point. So the model (`star.model`) reads what the sentence is built from:

- who acts: the subject of the main clause, after a setting phrase (`star.clause`), or the
  speaker when a past deed opens the sentence with the "I" dropped ("Drafted a plan.");
- tense and modality: a past deed, present narration, "would"/"will", habits ("always");
- the speaker's own framing: "my job was ...", "the situation was ...", "the result was ...",
  "what I learned ...", "my first step was ...";
- role and duty wording: "as the on-call engineer", "I was responsible for", "I had to",
  and where a duty clause sits in the sentence (`star.duty`);
- complications: a stated view or discovery, the problem as subject (`star.stance`);
- clauses: a leading condition or time clause, a purpose clause, negation;
- results without change verbs: measures, "by July 21 of 28 ...", "now", "since then";
- the rule cues of `star.cues` (each part's summed weight) and the sentence's place.

Features are sparse name -> value maps, built from lower-cased tokens only (no tagger), so
they cost microseconds; `star.context` adds, for the whole answer, whether a need comes
before or after the first deed. The names are the model's vocabulary: renaming one means retraining.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from interview.analysis.star.clause import LEAD_CLAUSE, main_clause_start
from interview.analysis.star.duty import DUTY_FEATURES, duty_features
from interview.analysis.star.framing import frame_words
from interview.analysis.star.lexicon import LABELS, Label, words
from interview.analysis.star.outcome import outcome_features
from interview.analysis.star.patterns import PATTERNS
from interview.analysis.star.stance import stance_features
from interview.analysis.star.verb_lexicon import ACTION_VERBS, OUTCOME_VERBS, SUBJECT_GAP_WORDS
from interview.analysis.star.verbs import past_base
from interview.models import QuestionKind

__all__ = ["TASK_EVIDENCE", "has_task_evidence", "sentence_features"]

# Features that say a sentence states a duty or a goal. Without one (or a task cue) a
# sentence is never a Task: not by its place, nor by the words it shares with tasks.
TASK_EVIDENCE = frozenset(
    {
        "copula:task",
        "pat:role_as",
        "pat:responsible",
        "pat:asked_to",
        "pat:had_to",
        "pat:needed_way",
        "pat:my_job_was",
        "pat:what_had_to",
        "pat:on_me",
        "pat:must",
        "pat:given",
        "pat:given_noun",
        "pat:had_time",
        "pat:needed_done",
        "imperative",
        *DUTY_FEATURES,
    }
)

_NOISE = words("so and um uh umm uhh er erm well okay ok yeah like basically right then but")
_PRONOUNS = {
    "i": "i",
    "i'd": "i",
    "i've": "i",
    "i'm": "i",
    "i'll": "i",
    "we": "we",
    "we'd": "we",
    "we've": "we",
    "we're": "we",
    "we'll": "we",
    "they": "they",
    "they'd": "they",
    "he": "they",
    "she": "they",
    "it": "it",
    "it's": "it",
    "this": "it",
    "that": "it",
    "there": "there",
    "you": "you",
}
_NEGATION = words("not n't never no without nobody nothing didn't wasn't couldn't weren't don't")
_ROLE_NOUNS = words(
    "job role task responsibility responsibilities goal aim objective priority remit brief "
    "assignment mission duty duties target challenge part instructions"
)
_SETTING_NOUNS = words("situation context background problem issue setting scene")
_RESULT_NOUNS = words("result results outcome outcomes impact upshot end")
_ACTION_NOUNS = words("action actions approach step solution plan fix")
_HEADING_WORDS = words("situation task action actions result results")
_NUMBER_RE = re.compile(r"^\$?\d|%$")
_EMPLOYER_WORDS = words("at as in with for a an")
_FRAMING_NOUN_GROUPS = (
    ("task", _ROLE_NOUNS),
    ("situation", _SETTING_NOUNS),
    ("result", _RESULT_NOUNS),
    ("action", _ACTION_NOUNS),
)


def sentence_features(
    tokens: Sequence[str],
    *,
    text: str,
    index: int,
    count: int,
    kind: QuestionKind,
    cue_scores: Mapping[Label, float],
) -> dict[str, float]:
    """Named features of one sentence (see the module docstring)."""
    ws = _strip_noise(tokens)
    lowered = " ".join(ws)
    features: dict[str, float] = {"bias": 1.0}
    features.update(_cue_features(cue_scores))
    features.update(_subject_features(ws, text))
    features.update(_frame_features(ws, kind))
    features.update(_copular_features(ws))
    features.update(duty_features(ws))
    features.update(stance_features(ws))
    features.update(outcome_features(ws))
    for name, pattern in PATTERNS:
        if pattern.search(lowered):
            features[f"pat:{name}"] = 1.0
    features.update(_shape_features(ws, text, index=index, count=count))
    for word in set(ws):
        features[f"w:{word}"] = 1.0
    if ws:
        features[f"first:{ws[0]}"] = 1.0
        features[f"first2:{' '.join(ws[:2])}"] = 1.0
    return features


def has_task_evidence(features: Mapping[str, float]) -> bool:
    """Whether the sentence says what had to be done (see `TASK_EVIDENCE`)."""
    return features.get("cue:task", 0.0) > 0 or not TASK_EVIDENCE.isdisjoint(features)


def _strip_noise(tokens: Sequence[str]) -> list[str]:
    ws = list(tokens)
    while ws and ws[0] in _NOISE:
        ws.pop(0)
    return ws


def _cue_features(cue_scores: Mapping[Label, float]) -> dict[str, float]:
    """The rule cues' summed weight per part, scaled to about 0-1, and which part leads."""
    features = {f"cue:{label}": min(cue_scores.get(label, 0.0), 6.0) / 3.0 for label in LABELS}
    best = max(LABELS, key=lambda label: (cue_scores.get(label, 0.0), label == "none"))
    if cue_scores.get(best, 0.0) > 0:
        features[f"cue_top:{best}"] = 1.0
    return features


def _subject_features(ws: Sequence[str], text: str) -> dict[str, float]:
    """The subject of the main clause and what kind of verb follows it."""
    start = main_clause_start(ws, text)
    features: dict[str, float] = {}
    if start and ws[0] in LEAD_CLAUSE:
        features["lead_clause"] = 1.0
    if _elided_deed(ws, start):
        # "Drafted a one-page plan.", "Pulled into a lay-by, rang the depot.": the speaker
        # with the "I" dropped, as in bullets and quick spoken runs of steps.
        return {**features, "subj:elided": 1.0, "subj:i": 1.0, "i:past": 1.0, "i:deed": 1.0}
    subject = next((i for i in range(start, min(len(ws), start + 6)) if ws[i] in _PRONOUNS), None)
    if subject is None:
        return {**features, **_noun_subject_features(ws, start)}
    who = _PRONOUNS[ws[subject]]
    features[f"subj:{who}"] = 1.0
    verb = _verb_after(ws, subject)
    if verb is None:
        return features
    word = ws[verb]
    base = past_base(word)
    if ws[subject].endswith(("'d", "'ll")) or word in {"would", "will", "could", "should"}:
        features[f"{who}:modal"] = 1.0
    elif base is not None:
        features[f"{who}:past"] = 1.0
        if base in OUTCOME_VERBS:
            features[f"{who}:change"] = 1.0
        elif base in ACTION_VERBS:
            features[f"{who}:deed"] = 1.0
        elif word in {"was", "were", "had"}:
            features[f"{who}:state"] = 1.0
    elif word in ACTION_VERBS:
        features[f"{who}:present_deed"] = 1.0
    return features


def _noun_subject_features(ws: Sequence[str], start: int) -> dict[str, float]:
    """A main clause with no pronoun subject ("The van broke down", "Morale improved")."""
    features = {"subj:noun": 1.0}
    verb = next((i for i in range(start, len(ws)) if past_base(ws[i]) is not None), None)
    if verb is not None:
        features["noun_past"] = 1.0
        if past_base(ws[verb]) in OUTCOME_VERBS:
            features["noun_change"] = 1.0
    return features


def _elided_deed(ws: Sequence[str], start: int) -> bool:
    """Whether the main clause opens on a past-tense deed with no subject before it (after
    a typed heading such as "Action:"): not a bare form that may be an order ("Set up a
    tracker"), nor a duty handed over ("Asked to cover the night shift")."""
    at = start + 1 if start == 0 and ws[:1] and ws[0] in _HEADING_WORDS else start
    if at >= len(ws) - 1:
        return False
    base = past_base(ws[at])
    return (
        bool(base)
        and base != ws[at]
        and base in ACTION_VERBS
        and ws[at + 1] not in {"to", "by", "with", "that"}
    )


def _verb_after(ws: Sequence[str], subject: int) -> int | None:
    # The cue rules' gap words, fillers included: "I, like, rewrote ..." is a deed.
    i = subject + 1
    while i < len(ws) and ws[i] in SUBJECT_GAP_WORDS:
        i += 1
    return i if i < len(ws) else None


def _frame_features(ws: Sequence[str], kind: QuestionKind) -> dict[str, float]:
    """Story, plan or general claim; a plan is expected in a situational answer."""
    framing = frame_words(ws).framing
    if framing == "past":
        return {}
    if kind == "situational" and framing == "hypothetical":
        return {"frame:plan_asked": 1.0}
    return {f"frame:{framing}": 1.0}


def _copular_features(ws: Sequence[str]) -> dict[str, float]:
    """The speaker naming the part: "my job was", "my role on the project was", "the result:".

    A framing noun near the start, owned ("my", "our", "the") and followed within a few
    words by "was"/"is", names the sentence's part whatever verb comes after; "my first
    job was at a garage" names an employer, not a duty.
    """
    for i, word in enumerate(ws[:12]):
        if i and ws[i - 1] not in {"my", "our", "the", "his", "her", "main", "first", "end"}:
            continue
        after = ws[i + 1 : i + 6]
        if word == "job" and after[:1] == ["was"] and after[1:2] and after[1] in _EMPLOYER_WORDS:
            continue
        if not any(w in {"was", "is", "were", "became", "included", "involved"} for w in after):
            continue
        for part, nouns in _FRAMING_NOUN_GROUPS:
            if word in nouns:
                return {f"copula:{part}": 1.0}
    return {}


def _shape_features(ws: Sequence[str], text: str, *, index: int, count: int) -> dict[str, float]:
    """Place in the answer, length, numbers, negation."""
    features: dict[str, float] = {}
    if index == 0 and count > 1:  # a one-sentence answer has no place in a story
        features["pos:first"] = 1.0
    if index == count - 1 and count > 1:
        features["pos:last"] = 1.0
    if count > 2 and index > 0:
        # Not for the first sentence, which has its own feature: counting the opening twice
        # made an answer that opens on its action ("I led the migration of 40 databases")
        # a Situation.
        features[f"pos:q{min(3, 4 * index // count)}"] = 1.0
    size = len(ws)
    features["len:short" if size <= 4 else "len:mid" if size <= 15 else "len:long"] = 1.0
    if any(_NUMBER_RE.search(w) for w in ws):
        features["number"] = 1.0
    if any(w in _NEGATION or w.endswith("n't") for w in ws):
        features["negation"] = 1.0
    if text.rstrip().endswith("?"):
        features["ends_question"] = 1.0
    return features
