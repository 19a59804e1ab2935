"""Whether a behavioral answer tells a real example, and what to say when it does not.

"Tell me about a time you..." asks for one real event. Two answers dodge it while still
sounding fluent: a plan ("I would first talk to them privately, then I would...") and a
self-description ("I always work well with everyone"). Neither can be checked, and a coach
says so before anything else. The STAR labeller decides, sentence by sentence, whether a
sentence narrates the past, states a plan or makes a general claim; this module turns
those into one verdict for the answer:

    example       at least two sentences narrate what happened, and they are at least
                  MIN_PAST_SHARE of the sentences or at least MIN_PAST_SENTENCES of them
                  (one sentence is a one-liner, not a story)
    hypothetical  otherwise, when plans outnumber general claims
    generic       otherwise (general claims, or too little said to be a story)

Only behavioral questions ask for a real example: a situational question ("What would
you do if...") wants the plan, and an HR one is judged on other things, so for those the
verdict is "not_applicable". The verdict quotes the sentences that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.sentences import Sentence
from interview.analysis.star.framing import Framing, frame_sentence
from interview.analysis.tips.tip import quote_of
from interview.models import QuestionKind

FramingVerdict = Literal["example", "hypothetical", "generic", "not_applicable"]

MIN_PAST_SHARE = 0.4
MIN_PAST_SENTENCES = 3
QUOTED = 3

_ADVICE = (
    "The question asks for a real example. Pick one real time it happened and tell it: "
    "when and where it was, what you did yourself, and how it ended."
)
_MESSAGES: dict[str, str] = {
    "hypothetical": "Your answer says what you would do ('{q}'), not what you did. " + _ADVICE,
    "generic": "Your answer describes how you usually are ('{q}') rather than one time it "
    "happened. " + _ADVICE,
    "short": "'{q}' does not tell a story yet. " + _ADVICE,
}


@dataclass(frozen=True)
class FramingReport:
    """Whether the answer is a real example, with the sentences that decided it.

    Attributes:
        label: example, hypothetical, generic, or not_applicable (not a behavioral question).
        sentences: each sentence's framing (past, hypothetical or generic), in order.
        quotes: up to QUOTED sentences that are not past narration, when the label is not
            example.
        evidence: the words that framed each quoted sentence ("I would", "I always").
        message: what to do instead, for the user; "" when the answer is an example.
    """

    label: FramingVerdict
    sentences: tuple[Framing, ...] = ()
    quotes: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    message: str = ""

    @property
    def real_example(self) -> bool:
        """False only when a behavioral answer is not a real example."""
        return self.label in ("example", "not_applicable")

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "real_example": self.real_example,
            "sentences": list(self.sentences),
            "quotes": list(self.quotes),
            "evidence": list(self.evidence),
            "message": self.message,
        }


def judge_framing(sentences: Sequence[Sentence], *, kind: QuestionKind) -> FramingReport:
    """The answer-level verdict from each sentence's framing (see the module docstring)."""
    framed = [frame_sentence(sentence.text) for sentence in sentences]
    framings = tuple(f.framing for f in framed)
    if kind != "behavioral":
        return FramingReport("not_applicable", framings)
    past = framings.count("past")
    if past >= MIN_PAST_SENTENCES or (past >= 2 and past / len(framings) >= MIN_PAST_SHARE):
        return FramingReport("example", framings)
    plans = framings.count("hypothetical")
    label: FramingVerdict = "hypothetical" if plans > len(framings) - past - plans else "generic"
    chosen = [
        (s.text, f.evidence) for s, f in zip(sentences, framed, strict=True) if f.framing == label
    ][:QUOTED] or [(s.text, "") for s in sentences[:1]]
    key = "short" if label == "generic" and len(sentences) <= 1 else label
    message = _MESSAGES[key].format(q=quote_of(chosen[0][0]))
    return FramingReport(
        label,
        framings,
        tuple(text for text, _ in chosen),
        tuple(words for _, words in chosen if words),
        message,
    )
