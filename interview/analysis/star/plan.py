"""In a situational answer, which sentences are a plan and which tell a real past example.

"What would you do if ...?" asks for a plan, and the coach judges that plan by the same four
roles a story has: the situation it starts from, the goal, the steps and the outcome aimed
for. But a plan is not a story: our labelling guide (tests/data/answer_corpus.md) gives a
sentence told as a plan ("I would first talk to them privately") no STAR part. So each such
sentence keeps its role in the plan as `plan_part` and gets STAR part None; a past example
told inside the answer ("This happened to me last spring, ...") keeps its STAR parts.

A sentence tells a past event when its main clause (behind any leading "If ..." or "After
...", and before any trailing "even if ...") is not framed as a plan or a general claim
(`star.framing`) and has a past verb or a time setting, or carries on a past example in
plain present tense; everything else in a situational answer is part of the plan: "I would
...", "I'd ...", "I'm going to ...", a step told as an instruction ("First, listen to
them."), and a present-tense outcome ("That way the customer leaves knowing ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from interview.analysis.star.clause import LEAD_CLAUSE, main_clause_start
from interview.analysis.star.framing import frame_words, places_in_time
from interview.analysis.star.lexicon import words
from interview.analysis.star.report import LabelledSentence, StarReport
from interview.analysis.star.verbs import past_base
from interview.models import StarPart

__all__ = [
    "EXAMPLE_NOTE",
    "PLAN_NAMES",
    "aimed_outcome_message",
    "is_mixed",
    "is_plan",
    "is_plan_sentence",
    "plan_name",
    "plan_note",
    "plan_sentences",
    "source_name",
    "split_plan",
]

# How a plan's roles are named to the user ("plan: step"), by the STAR part each stands for.
PLAN_NAMES: dict[StarPart, str] = {
    "situation": "situation",
    "task": "goal",
    "action": "step",
    "result": "outcome",
}
# Clauses whose verbs are no event of the main clause ("... even if it isn't what they wanted").
_CLAUSE_OPENERS = words("if even unless whether")
# "I've been in this spot before", "We've had this happen": lived experience, a story's opening.
_PERFECT = words("i've we've")
_LIVED = words("been had seen faced dealt handled met done")
# Said under a plan with no past example in it: the plan is fine, a lived example is better.
EXAMPLE_NOTE = (
    "This answer is a plan, which is what the question asks for. If you have been in a "
    "situation like this, a short real example of what you did and how it turned out is "
    'stronger still: say the plan, then "I did this once, when ...".'
)
# Present verbs before an -ed form that make it a state, not an event: "nothing gets missed",
# "they feel supported", "it looks finished"; one "-ly" word or degree word may sit between.
_PRESENT_PASSIVE = words(
    "is are am be get gets getting stay stays staying remain remains keep keeps keeping "
    "feel feels feeling seem seems look looks become becomes"
)
_DEGREE = words("well fully really properly more less very quite")
# Forms in -ed that describe, not tell (as `star.framing` reads them too): "staying organised".
_DESCRIBING = words(
    "based organized organised detailed motivated experienced dedicated skilled interested "
    "qualified excited focused talented determined committed used related supposed "
    "concerned involved prepared"
)
_NARRATORS = words("i we he she they")
_FILLERS = words("so and um uh umm er well okay ok yeah like basically then but")


def plan_name(part: StarPart) -> str:
    """A plan role as shown to the user: "plan: step"."""
    return f"plan: {PLAN_NAMES[part]}"


def is_plan(star: StarReport) -> bool:
    """Whether the answer's structure is read as a plan (some sentence has a plan role)."""
    return any(s.plan_part is not None for s in star.sentences)


def plan_note(star: StarReport) -> str | None:
    """`EXAMPLE_NOTE` for a plan that tells no past example, else None."""
    told = any(s.part is not None for s in star.sentences)
    return EXAMPLE_NOTE if is_plan(star) and not told else None


def is_mixed(star: StarReport) -> bool:
    """Whether the answer gives a plan and also tells a real past example."""
    return is_plan(star) and any(s.part is not None for s in star.sentences)


def source_name(star: StarReport, part: StarPart) -> str:
    """A part named by where its sentences come from, in a mixed answer: "action" (the
    story's), "plan step" (the plan's), or "action and plan step" (both); a missing part
    keeps its story name. In a plan alone, the plan role ("step"); else the part."""
    if not is_mixed(star):
        return PLAN_NAMES[part] if is_plan(star) else part
    report = star.part(part)
    told = [star.sentences[i] for i in report.sentence_indexes]
    names: list[str] = [part] if any(s.part is not None for s in told) or not told else []
    names += [f"plan {PLAN_NAMES[part]}"] if any(s.plan_part is not None for s in told) else []
    return " and ".join(names)


def aimed_outcome_message(quote: str, *, names_change: bool) -> str:
    """The advice for a plan's outcome with no figure: a plan has no number that happened
    yet, so ask how the speaker would know the plan worked."""
    said = "names a change" if names_change else "does not say how you would know it worked"
    return (
        f"The outcome you would aim for, '{quote}', {said}: say what you would check "
        "or measure to know the plan worked (a figure, a date, a sign you would look for)."
    )


def is_plan_sentence(tokens: Sequence[str], text: str) -> bool:
    """Whether one sentence of a situational answer, read alone, is told as a plan, not as a
    past event (see the module docstring); `tokens` are its lower-cased words."""
    return _reading(tokens, text) != "past"


def plan_sentences(words: Sequence[Sequence[str]], texts: Sequence[str]) -> list[bool]:
    """For each sentence of a situational answer, whether it is told as a plan. Once a past
    example has started, a sentence in plain present tense carries it on ("So I walk over
    and ask him why."): only "I would ..." or a general claim goes back to the plan."""
    plan: list[bool] = []
    for tokens, text in zip(words, texts, strict=True):
        reading = _reading(tokens, text)
        # An instruction ("Listen first.") names no one: a step of the plan, not the story.
        goes_on = bool(plan) and not plan[-1] and any(w in _NARRATORS for w in tokens)
        plan.append(reading == "plan" or (reading == "plain" and not goes_on))
    return plan


def _reading(tokens: Sequence[str], text: str) -> Literal["plan", "past", "plain"]:
    """ "plan" (framed as a plan or a general claim), "past" (tells a past event) or "plain"
    (neither: present tense, or an instruction)."""
    main = _main_clause(tokens, text)
    if frame_words(tokens).framing != "past" or frame_words(main).framing != "past":
        return "plan"
    # Only the main clause's own verbs: "... even if it isn't what they wanted" tells no event.
    cut = next((i for i, w in enumerate(main) if i > 1 and w in _CLAUSE_OPENERS), len(main))
    own = main[:cut]
    told = _lived(own) or places_in_time(own) or any(_past_event(own, i) for i in range(len(own)))
    return "past" if told else "plain"


def _lived(ws: Sequence[str]) -> bool:
    """ "I've been ...", "We've actually had ...": the speaker has lived it."""
    at = next((i for i, w in enumerate(ws[:2]) if w in _PERFECT), None)
    return at is not None and any(w in _LIVED for w in ws[at + 1 : at + 3])


def _past_event(ws: Sequence[str], i: int) -> bool:
    """A past verb that is no present passive ("nothing gets missed", "it is done")."""
    if ws[i] in _DESCRIBING or past_base(ws[i]) is None:
        return False
    before = i - 1
    if before > 0 and (ws[before] in _DEGREE or ws[before].endswith("ly")):
        before -= 1
    return before < 0 or ws[before] not in _PRESENT_PASSIVE


def split_plan(
    labelled: Sequence[LabelledSentence], plan: Sequence[bool]
) -> tuple[LabelledSentence, ...]:
    """The sentences with each plan sentence's part moved to its `plan_part`."""
    return tuple(
        LabelledSentence(s.sentence, None, s.evidence, s.confidence, plan_part=s.part)
        if is_plan and s.part is not None
        else s
        for s, is_plan in zip(labelled, plan, strict=True)
    )


def _main_clause(tokens: Sequence[str], text: str) -> Sequence[str]:
    """The words after a leading "If ...", "After ..." clause, or all of them."""
    skip = 0
    while skip < len(tokens) and tokens[skip] in _FILLERS:
        skip += 1
    ws = tokens[skip:]
    start = main_clause_start(ws, text) if ws and ws[0] in LEAD_CLAUSE else 0
    return ws[start:] if start else ws
