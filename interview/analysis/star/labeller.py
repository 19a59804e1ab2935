"""Which sentences of an answer are its Situation, Task, Action and Result, and why.

Interviewers listen for a story: the setting, what the speaker had to achieve, what they
did themselves, and what changed. This module labels every sentence with one of those parts
(or none), quoting the cues that decided it, and reports how present and strong each part
is, how much of the answer it takes, whether the story runs in order, and a 0-100 score.

Labelling works in three steps: `star.cues` finds each sentence's cue words (they are also
the evidence quoted to the user), `star.features` reads its structure (who acts, tense and
modality, the speaker's own framing, clauses) and the small trained model in `star.model`
turns both into a probability per part; `star.decode` then chooses the labels for the whole
answer at once, preferring the S -> T -> A -> R order. Sentences told as a plan ("I would
...") or a general claim ("I always ...") are not part of a story in a behavioral answer;
in a situational answer a plan is what was asked, and its sentences carry their role in the
plan instead of a STAR part (`star.plan`).
HR questions ("Tell me about yourself") are not stories: for them STAR does not apply,
nothing is labelled and no part is reported missing.

The score (only when STAR applies) is visible arithmetic, see `star_score`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from interview.analysis.sentences import Sentence
from interview.analysis.star.complication import is_complication
from interview.analysis.star.context import with_context
from interview.analysis.star.cues import Cue, emissions, sentence_words
from interview.analysis.star.decode import TRANSITION, Last, decode
from interview.analysis.star.explain import model_evidence
from interview.analysis.star.features import has_task_evidence, sentence_features
from interview.analysis.star.findings import find_issues
from interview.analysis.star.fragment import is_fragment
from interview.analysis.star.framing import places_in_time
from interview.analysis.star.lead import main_clause_cues
from interview.analysis.star.lexicon import LABELS, Label
from interview.analysis.star.mixed import with_deeds_in_setting
from interview.analysis.star.model import StarModel, load_model
from interview.analysis.star.plan import plan_sentences, split_plan
from interview.analysis.star.preface import PREFACE_SENTENCES, is_preface
from interview.analysis.star.report import (
    Finding,
    LabelledSentence,
    PartReport,
    StarReport,
    build_parts,
    star_score,
)
from interview.analysis.star.verbs import past_base
from interview.models import STAR_PARTS, QuestionKind

# A sentence that states no duty or goal is never a Task (not by its place, nor by words it
# shares with tasks): its Task score is lowered by this much (log-odds).
NO_TASK_EVIDENCE = 5.0
# Log-odds added to the part the speaker names ("my job was ...", "the result was ...",
# "what I learned ...", "I was tasked with ..."): their own framing decides, as a coach would.
OWN_FRAMING_BONUS = 2.0
# Log-odds added to Result for an outcome told without a change verb (`star.outcome`):
# too rare in our corpus for the model to learn, common in answers written by others.
OUTCOME_BONUS = 2.0
OUTCOME_SIGNS = ("it:enabled", "agreement", "they:reaction")
# Log-odds added to Action for a past deed with the "I" dropped ("Rang every trader."):
# common in bullets and quick spoken runs of steps, rare in our corpus (`star.features`).
ELIDED_DEED_BONUS = 2.0
# Log-odds added to Situation for someone holding out or something found out mid-story
# (`star.complication`): it must outweigh the story order, which expects steps by then.
COMPLICATION_BONUS = 3.0
_PREFACE = "a remark before the story starts (star.preface), not its setting"
_FRAGMENT = "an unfinished fragment that trails off (star.fragment), no part of the story"
_OPENING_FILLERS = frozenset({"so", "um", "uh", "well", "and", "yeah", "honestly", "okay", "oh"})
# Log-odds added to "none" for a sentence that is only an aside the lexicon names.
ASIDE_BONUS = 3.0
# Log-odds added to "none" for a fragment that trails off (`star.fragment`): it must
# outweigh the pull of the story's end towards a Result, since it says nothing at all.
FRAGMENT_BONUS = 8.0
# Log-odds added to "none" for a remark in a situational answer (see `_plan_scores`).
CUELESS_IN_PLAN = 2.0
# A setting or a task the model is this sure of counts as stated (strong), cue or not:
# "My role on the project was keeping the rota fair" needs no "responsible for".
CONFIDENT_PART = 0.8

__all__ = [
    "Finding",
    "LabelledSentence",
    "PartReport",
    "StarReport",
    "analyse_star",
]


def analyse_star(sentences: Sequence[Sentence], *, kind: QuestionKind = "behavioral") -> StarReport:
    """Label each sentence with its STAR part and report on the answer as a whole.

    "situational" answers are judged like behavioral ones, their plan by its roles: a
    sentence told as a plan ("I would ...") has STAR part None and its role in the plan as
    `plan_part` (`star.plan`). For "hr" STAR does not apply: every label is None and
    score is None.
    """
    if kind == "hr":
        return _not_applicable(sentences)
    words = [sentence_words(s.text) for s in sentences]
    count = len(sentences)
    cues = [
        main_clause_cues(w, kind=kind, index=i, count=count, text=s.text)
        for i, (w, s) in enumerate(zip(words, sentences, strict=True))
    ]
    features = with_context(
        [
            sentence_features(
                w, text=s.text, index=i, count=count, kind=kind, cue_scores=emissions(c)
            )
            for i, (w, s, c) in enumerate(zip(words, sentences, cues, strict=True))
        ]
    )
    labelled = _plans(_label(sentences, words, cues, features, kind=kind), words, kind=kind)
    parts = _parts(labelled, cues, [len(w) for w in words], features)
    in_order = _in_order(labelled)
    return StarReport(
        applies=True,
        kind=kind,
        sentences=labelled,
        parts=parts,
        in_order=in_order,
        score=star_score(parts, in_order=in_order),
        findings=find_issues(labelled, parts, in_order=in_order),
    )


def _label(
    sentences: Sequence[Sentence],
    words: Sequence[Sequence[str]],
    cues: Sequence[Sequence[Cue]],
    features: Sequence[Mapping[str, float]],
    *,
    kind: QuestionKind,
) -> tuple[LabelledSentence, ...]:
    """Decode the whole answer's labels and attach each sentence's evidence."""
    model = load_model()
    prefaces = [_aside(i, w) for i, w in enumerate(words)]
    if kind == "situational":
        # A plan is the answer asked for here; the model learned from behavioral answers
        # only (our corpora label plans differently), so the cue rules judge these.
        scores = [
            _plan_scores(c, w, s.text) for c, w, s in zip(cues, words, sentences, strict=True)
        ]
        order: Mapping[Last, Mapping[Label, float]] = TRANSITION
    else:
        scores = [sentence_scores(model, f) for f in features]
        order = _order_of(model, len(sentences))
    for row, preface, ws in zip(scores, prefaces, words, strict=True):
        row["none"] += FRAGMENT_BONUS if preface == _FRAGMENT else ASIDE_BONUS * bool(preface)
        row["situation"] += COMPLICATION_BONUS if is_complication(_unfilled(ws)) else 0.0
    labels, confidence = decode(scores, order)
    return tuple(
        LabelledSentence(
            sentence=sentence,
            part=None if label == "none" else label,
            evidence=(preface,) * bool(preface and label == "none")
            + _evidence(label, own_cues, model_evidence(model, feats, label, tokens)),
            confidence=conf,
        )
        for sentence, label, own_cues, feats, tokens, conf, preface in zip(
            sentences, labels, cues, features, words, confidence, prefaces, strict=True
        )
    )


def _aside(index: int, words: Sequence[str]) -> str:
    """Why a sentence is weighed towards "none" as an aside, or "" if it is not one."""
    if index < PREFACE_SENTENCES and is_preface(_unfilled(words)):
        return _PREFACE
    return _FRAGMENT if is_fragment(words) else ""


def _parts(
    labelled: Sequence[LabelledSentence],
    cues: Sequence[Sequence[Cue]],
    counts: Sequence[int],
    features: Sequence[Mapping[str, float]],
) -> tuple[PartReport, ...]:
    """Each part's report, with deeds told inside a setting sentence counted (`star.mixed`)."""
    parts = build_parts(labelled, cues, counts, confident=_confident(labelled, features))
    return with_deeds_in_setting(parts, labelled, cues, counts)


def _plans(
    labelled: Sequence[LabelledSentence], words: Sequence[Sequence[str]], *, kind: QuestionKind
) -> tuple[LabelledSentence, ...]:
    """In a situational answer, each sentence told as a plan with its role moved from its
    STAR part to its plan part (`star.plan`); other answers as they are."""
    if kind != "situational":
        return tuple(labelled)
    return split_plan(labelled, plan_sentences(words, [s.sentence.text for s in labelled]))


def _unfilled(words: Sequence[str]) -> Sequence[str]:
    """The words after any opening filler ("Um, so, I've seen a lot of ...")."""
    start = next((i for i, w in enumerate(words) if w not in _OPENING_FILLERS), len(words))
    return words[start:]


def _order_of(model: StarModel, count: int) -> Mapping[Last, Mapping[Label, float]]:
    """The story order the decoder prefers; a one-sentence answer has none, so how a story
    usually opens does not decide it ("In the end every order went out on time", given in
    answer to "How did it end?", is a Result)."""
    if count != 1:
        return model.transitions
    return {**model.transitions, "start": dict.fromkeys(LABELS, 0.0)}


def sentence_scores(model: StarModel, features: Mapping[str, float]) -> dict[Label, float]:
    """The model's log-probabilities for one sentence, with Task ruled out when the
    sentence says nothing about what had to be done."""
    scores = model.log_probabilities(features)
    if not has_task_evidence(features):
        scores["task"] -= NO_TASK_EVIDENCE
    if _only_an_aside(features):
        scores["none"] += ASIDE_BONUS
    # "My goal is always to ..." names a part of no story: a claim, not the speaker's framing.
    told = not (features.get("frame:generic") or features.get("frame:hypothetical"))
    for part in ("situation", "task", "action", "result"):
        # "In my last post I was tasked with ...": a setting in front does not undo it.
        duty = part == "task" and features.get("duty:main")
        if (features.get(f"copula:{part}") or duty) and told:
            scores[part] += OWN_FRAMING_BONUS
    if features.get("pat:lesson"):
        scores["result"] += OWN_FRAMING_BONUS
    if any(features.get(name) for name in OUTCOME_SIGNS):
        scores["result"] += OUTCOME_BONUS
    if features.get("imperative"):
        scores["task"] += OWN_FRAMING_BONUS
    if features.get("subj:elided"):
        scores["action"] += ELIDED_DEED_BONUS
    return scores


def _plan_scores(cues: Sequence[Cue], words: Sequence[str], text: str) -> dict[Label, float]:
    """A situational answer's cue scores, with "none" favoured for a remark: a question
    back ("Is that what you're after?"), or a sentence with no cue (opening the answer
    aside) that tells no past event ("Honestly, queues drive me mad."). Neither is a step, goal
    or outcome of the plan; a closing line keeps its pull towards the outcome the plan aims
    for, and a past example keeps its setting."""
    scores = emissions(cues)
    cueless = all(c.evidence == "opens the answer" for c in cues if c.label != "none")
    told = places_in_time(words) or any(past_base(w) is not None for w in words)
    if text.rstrip().endswith("?") or (cueless and not told):
        scores["none"] += CUELESS_IN_PLAN
    return scores


def _only_an_aside(features: Mapping[str, float]) -> bool:
    """An aside the lexicon names ("Great question.", "That's about it.") and nothing else:
    too rare in the corpus for the model to learn, and never part of a story."""
    others = (features.get(f"cue:{label}", 0.0) for label in ("situation", "task", "action"))
    return features.get("cue:none", 0.0) >= 1.0 and max(others) < 0.5


def _evidence(label: Label, cues: Sequence[Cue], structure: Sequence[str]) -> tuple[str, ...]:
    """The chosen label's cues, strongest first, then what in the sentence's structure
    decided it (a plan or a general claim is said first: it overrides any cue)."""
    own = sorted((c for c in cues if c.label == label), key=lambda c: -c.weight)
    framing = [s for s in structure if s.startswith("not part of a story")]
    if framing and label == "none":
        return tuple(framing)
    evidence = tuple(dict.fromkeys([c.evidence for c in own] + list(structure)))
    if evidence:
        return evidence
    if label == "none":
        return ("no STAR cue and not carried by its neighbours",)
    return (f"no cue of its own: {label} by its place in the story",)


def _confident(
    labelled: Sequence[LabelledSentence], features: Sequence[Mapping[str, float]]
) -> tuple[bool, ...]:
    """Sentences whose part is clear from their structure, even without a strong cue: the
    model is sure of it, or a task is stated in duty wording ("my role was ...")."""
    return tuple(
        (s.confidence >= CONFIDENT_PART or (s.role == "task" and has_task_evidence(f)))
        and not any("hedged" in e for e in s.evidence)
        for s, f in zip(labelled, features, strict=True)
    )


def _in_order(labelled: Sequence[LabelledSentence]) -> bool:
    """Whether the parts (of the story or the plan) first appear in S -> T -> A -> R order."""
    firsts = [
        next(i for i, s in enumerate(labelled) if s.role == part)
        for part in STAR_PARTS
        if any(s.role == part for s in labelled)
    ]
    return firsts == sorted(firsts)


def _not_applicable(sentences: Sequence[Sentence]) -> StarReport:
    labelled = tuple(LabelledSentence(s, None, (), 1.0) for s in sentences)
    parts = tuple(PartReport(part, False, "not_applicable", 0.0) for part in STAR_PARTS)
    return StarReport(False, "hr", labelled, parts, in_order=True, score=None)
