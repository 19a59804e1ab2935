"""Whether an answer is about the question that was asked.

A well-told story about the wrong thing is a wrong answer: asked about a conflict with a
colleague, a candidate who tells a fine migration story has not answered. Nothing else in
the analysis sees this, so this check compares the answer's words with three things:

- the question's own content words ("coworker", "conflict", "deadline"), after dropping
  the words every question has ("tell me about a time you...");
- the key points an interviewer listens for, when the question comes from a bank;
- the words people use when they tell a story about the question's competency
  (`relevance_words.COMPETENCY_STEMS`): given for bank questions, and guessed from the
  question's words for a typed one.

Words match on a crude stem, so "disagreed" meets "disagreement". The figure is plain:

    topic hits = distinct stems of the answer found among those words
    score      = min(100, 100 * topic hits / TARGET_HITS)
    elsewhere  = the other competency whose story words the answer meets most (hits)
    verdict    = off_topic  when the topic is sure (the competency is given, we have
                            story words for it, and the answer has MIN_WORDS words), no
                            word of the question or its key points is met, and either
                            - no topic word is met and elsewhere hits >= ELSEWHERE_HITS, or
                            - the question and key points give SPECIFIC_WORDS words or
                              more, and elsewhere hits >= ELSEWHERE_HITS and exceed the
                              competency words met ("call", "wrote" in a support story
                              told for a question about a lesson)
                 on_topic   with at least one topic hit otherwise
                 unclear    otherwise: too little said, a topic we cannot be sure of (a
                            typed question's competency is only a guess), or a sure
                            topic met by nothing with no clear fit elsewhere; that last
                            case is `doubtful` and gets a milder cap and a gentle tip

A story can answer the question without using its words ("we borrowed a server from our
sister site" answers a question about leading a shift), and a real answer called off the
question loses most of its score, so the full call needs evidence both ways: nothing of
this question, and a clear fit to another topic, which `elsewhere` names. Answers told in
plain words of their own often share no word with the question or its list; they fit no
other list well either, so they are only doubtful.

The evidence is every matched word, quoted with its place in the answer, and the
question's own words that the answer never used. Without a question nothing is checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.evidence import Evidence, SentenceIndex
from interview.analysis.relevance_words import (
    COMPETENCY_ALIASES,
    COMPETENCY_STEMS,
    QUESTION_NOISE,
    matches_stem,
    stem,
)
from interview.analysis.sentences import Sentence
from interview.analysis.tokens import Token, tokenize

RelevanceVerdict = Literal["on_topic", "off_topic", "unclear", "not_checked"]

TARGET_HITS = 3
MIN_WORDS = 25
ELSEWHERE_HITS = 3
SPECIFIC_WORDS = 7


@dataclass(frozen=True)
class RelevanceReport:
    """How the answer's words meet the question's topic.

    Attributes:
        verdict: on_topic, off_topic, unclear (too short to tell), or not_checked (no
            question was given).
        score: 0-100 from the formula in the module docstring, None when not checked.
        competency: the competency whose story words were used (given or guessed).
        matched: the answer's words that met the topic; label says what they met
            ("question", "key point" or "competency").
        unmatched: the question's own content words the answer never used.
        elsewhere: the competency the answer's words meet most when it is off the
            question, else None.
        doubtful: unclear although the topic was sure: nothing of it was met, but no
            other topic fit clearly either (a milder cap and a gentle tip).
    """

    verdict: RelevanceVerdict
    score: int | None
    competency: str | None
    matched: tuple[Evidence, ...] = ()
    unmatched: tuple[str, ...] = ()
    elsewhere: str | None = None
    doubtful: bool = False

    @property
    def off_topic(self) -> bool:
        return self.verdict == "off_topic"

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "competency": self.competency,
            "matched": [evidence.to_dict() for evidence in self.matched],
            "unmatched": list(self.unmatched),
            "elsewhere": self.elsewhere,
            "doubtful": self.doubtful,
        }


def content_stems(text: str) -> dict[str, str]:
    """{stem: first word} of the content words of `text` (question noise dropped)."""
    found: dict[str, str] = {}
    for token in tokenize(text):
        if token.lower in QUESTION_NOISE or len(token.lower) < 3 or not token.lower.isalpha():
            continue
        found.setdefault(stem(token.lower), token.lower)
    return found


def best_competency(
    words: Sequence[str], *, leave_out: str | None = None
) -> tuple[str | None, int]:
    """(competency, distinct stems) of the competency whose story words `words` meet most.

    Equal counts go to the longer matched stems ("disagre" says more than "cowork"), then
    to the first competency in `COMPETENCY_STEMS` order, so it never varies.
    """
    best, best_key = None, (0, 0)
    for competency, stems in COMPETENCY_STEMS.items():
        if competency == leave_out:
            continue
        matched = {matches_stem(word, stems) for word in words} - {None}
        key = (len(matched), sum(len(m or "") for m in matched))
        if key > best_key:
            best, best_key = competency, key
    return best, best_key[0]


def guess_competency(question: str) -> str | None:
    """The competency whose story words the question uses most, or None when none."""
    words = [token.lower for token in tokenize(question) if token.lower not in QUESTION_NOISE]
    return best_competency(words)[0]


def _sure_of_topic(competency: str | None) -> bool:
    """Whether the topic is known well enough to call an answer off it: the question's
    competency was given and is one we have story words for."""
    return COMPETENCY_ALIASES.get(competency or "", competency) in COMPETENCY_STEMS


def _hit(
    token: Token, question: dict[str, str], key_points: dict[str, str], stems: frozenset[str]
) -> str | None:
    """What the answer's word meets: "question", "key point", "competency", or None."""
    word = token.lower
    if word not in QUESTION_NOISE and word.replace("'", "").isalpha():
        root = stem(word)
        if root in question:
            return "question"
        if root in key_points:
            return "key point"
    # The story words are chosen by hand, so they count even when common ("learned").
    return "competency" if matches_stem(word, stems) is not None else None


def topic_of(competency: str | None, question: str) -> str | None:
    """The competency whose story words apply: the given one (or its alias), else a guess."""
    name = COMPETENCY_ALIASES.get(competency or "", competency)
    return name if name in COMPETENCY_STEMS else guess_competency(question)


def _matches(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    question: dict[str, str],
    key_points: dict[str, str],
    stems: frozenset[str],
) -> tuple[Evidence, ...]:
    """Every word of the answer that meets the topic, quoted with its sentence."""
    index = SentenceIndex(list(sentences))
    found = []
    for token in tokens:
        label = _hit(token, question, key_points, stems)
        if label is not None:
            sentence = index.quote(token.start)
            found.append(Evidence(token.text, token.start, token.end, label, sentence))
    return tuple(found)


def _verdict(
    tokens: Sequence[Token],
    matched: Sequence[Evidence],
    topic: str | None,
    *,
    sure: bool,
    asked: int,
) -> tuple[RelevanceVerdict, str | None]:
    """(verdict, elsewhere) from the matched words and the answer's fit to other topics
    (the rule is in the module docstring; `asked` counts the question's and key points'
    distinct content stems)."""
    specific = {stem(e.text) for e in matched if e.label != "competency"}
    generic = {stem(e.text) for e in matched if e.label == "competency"}
    if specific or not sure or (generic and asked < SPECIFIC_WORDS):
        return ("on_topic" if specific or generic else "unclear"), None
    other, hits = best_competency([token.lower for token in tokens], leave_out=topic)
    if hits >= ELSEWHERE_HITS and hits > len(generic):
        return "off_topic", other
    return ("on_topic" if generic else "unclear"), None


def check_relevance(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    *,
    question: str | None,
    competency: str | None = None,
    key_points: Sequence[str] = (),
) -> RelevanceReport:
    """Judge whether the answer (its tokens and sentences) addresses `question`."""
    if not question or not question.strip():
        return RelevanceReport("not_checked", None, competency)
    topic = topic_of(competency, question)
    asked = content_stems(question)
    stems = COMPETENCY_STEMS.get(topic or "", frozenset())
    points = content_stems(" ".join(key_points))
    matched = _matches(tokens, sentences, asked, points, stems)
    seen = {stem(evidence.text) for evidence in matched}
    sure = len(tokens) >= MIN_WORDS and _sure_of_topic(competency)
    verdict, elsewhere = _verdict(tokens, matched, topic, sure=sure, asked=len(asked | points))
    return RelevanceReport(
        verdict=verdict,
        score=min(100, round(100 * len(seen) / TARGET_HITS)),
        competency=topic,
        matched=matched,
        unmatched=tuple(word for root, word in asked.items() if root not in seen),
        elsewhere=elsewhere,
        doubtful=verdict == "unclear" and not matched and sure,
    )
