"""Whether a behavioral answer tells a real example, and what to say when it does not.

"Tell me about a time you..." asks for one real event. Two answers dodge it while still
sounding fluent: a plan ("I would first talk to them privately, then I would...") and a
self-description ("I always work well with everyone"). Neither can be checked, and a coach
says so before anything else. The STAR labeller decides, sentence by sentence, whether a
sentence narrates the past, states a plan or makes a general claim; this module turns
those into one verdict for the answer:

    example       at least two sentences narrate what happened, and they are at least
                  MIN_PAST_SHARE of the sentences or at least MIN_PAST_SENTENCES of them
                  (one sentence is a one-liner, not a story), and no fewer than those
                  told as "I would ..." (past habits, "customers would get angry and I
                  would calm them down", around a line of setting are no one time)
    hypothetical  otherwise, when plans outnumber general claims
    generic       otherwise (general claims, or too little said to be a story)

A sentence in the present tense is narration in a story told that way ("So I'm on
reception and a couple arrive ...") and a habit in an answer that never leaves the present
("When there is a conflict, I listen to both sides. I stay calm."). The whole answer tells
which: when no sentence is set in the past (a past-tense verb or "two years ago") and none
sets a scene (a figure, "this customer", "So I'm on the ward"), its present-tense sentences
are general claims, however many action verbs they hold.

Only behavioral questions ask for a real example: a situational question ("What would
you do if...") wants the plan, and an HR one is judged on other things, so for those the
verdict is "not_applicable". The verdict quotes the sentences that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.sentences import Sentence
from interview.analysis.star.framing import (
    Framing,
    SentenceFraming,
    frame_sentence,
    places_in_time,
)
from interview.analysis.star.lexicon import words
from interview.analysis.tips.tip import quote_of
from interview.analysis.tokens import tokenize
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


# What sets a present-tense scene: a figure ("three samples come back"), "this gentleman",
# "So I'm on the phones", "So it's eleven at night", "turns out".
_NUMBER_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred thousand half"
)
_THIS = words("this these")
_NOT_A_THING = words("is was are way kind type sort means helps makes shows")
_SCENE_PAIRS = frozenset(
    {("so", "i'm"), ("so", "it's"), ("so", "we're"), ("so", "there's"), ("turns", "out")}
    | {(first, "day") for first in ("one", "next", "that", "same")}
    | {(first, then) for first in ("one", "that") for then in ("morning", "evening", "night")}
)
_NARRATOR = words("i we")
_FILLERS = words("um uh eh er erm yeah well and")


def _sets_a_scene(tokens: Sequence[str], *, first: bool) -> bool:
    """Whether a present-tense sentence narrates one moment (see _NUMBER_WORDS); after the
    first sentence "So I ask ..." moves a story on, and "Now we have ..." tells its end."""
    ws = [w for w in tokens if w not in _FILLERS]
    if not first and (ws[:1] == ["now"] or (ws[:1] == ["so"] and ws[1:2] and ws[1] in _NARRATOR)):
        return True
    for i, word in enumerate(tokens):
        if word.isdigit() or word in _NUMBER_WORDS:
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word in _THIS and nxt.isalpha() and nxt not in _NOT_A_THING:
            return True
        if (word, nxt) in _SCENE_PAIRS:
            return True
    return False


def _read_in_context(sentences: Sequence[Sentence]) -> list[SentenceFraming]:
    """Each sentence's framing, with present-tense "past" sentences taken as general claims
    when nothing in the answer sets it in the past or sets a scene."""
    framed = [frame_sentence(sentence.text) for sentence in sentences]
    tokens = [[t.lower for t in tokenize(s.text)] for s in sentences]
    if any(
        places_in_time(ws) or (f.framing == "past" and _sets_a_scene(ws, first=i == 0))
        for i, (ws, f) in enumerate(zip(tokens, framed, strict=True))
    ):
        return framed
    return [SentenceFraming("generic", "") if f.framing == "past" else f for f in framed]


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
    if kind != "behavioral":
        return FramingReport(
            "not_applicable", tuple(frame_sentence(s.text).framing for s in sentences)
        )
    framed = _read_in_context(sentences)
    framings = tuple(f.framing for f in framed)
    past = framings.count("past")
    plans = framings.count("hypothetical")
    enough = past >= MIN_PAST_SENTENCES or (past >= 2 and past / len(framings) >= MIN_PAST_SHARE)
    # More "I would ..." than told events: a plan, or past habits ("customers would get
    # angry; I would calm them down"), around a line or two of setting.
    if enough and past >= plans:
        return FramingReport("example", framings)
    # Claims stated as such ("I always ..."), not present-tense sentences read as habits.
    claims = sum(1 for f in framed if f.framing == "generic" and f.evidence)
    label: FramingVerdict = "hypothetical" if plans > claims else "generic"
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
