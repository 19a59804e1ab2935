"""Whether an answer is about the question that was asked.

A well-told story about the wrong thing is a wrong answer: asked about a conflict with a
colleague, a candidate who tells a fine migration story has not answered. Nothing else in
the analysis sees this, so this check compares the answer's words with three things:

- the question's own content words ("coworker", "conflict", "deadline"), after dropping
  the words every question has ("tell me about a time you..."), and the everyday words
  for its focus (`relevance_synonyms`: asked for "a problem", people say what "stopped" or
  "broke"), which only the question asked opens, so they never make a story fit elsewhere;
- the key points an interviewer listens for, when the question comes from a bank (not the
  words of what a key point says to avoid, nor general words: `relevance_points`);
- the words people use when they tell a story about the question's competency
  (`relevance_words.COMPETENCY_STEMS`): given for bank questions, and guessed from the
  question's words for a typed one.

Words match on a crude stem, so "disagreed" meets "disagreement"; the story words are
those of the given competency and of the one the question's own wording points to ("learn
something quickly" is about learning however the bank files it). The figure is plain:

    topic hits = distinct stems of the answer found among those words
    score      = min(100, 100 * topic hits / TARGET_HITS)
    elsewhere  = the other competency whose story words the answer meets most (hits)
    confidence = how sure we are that the answer is off the question, 0 to 1; above 0
                 only when the topic is sure (the competency is given, we have story
                 words for it, and the answer has MIN_WORDS words) and no word of the
                 question or its key points is met:
                 BLIND + STEP x (fit - 1 - story words met / 2), where fit is the elsewhere
                 hits per FIT_WORDS words of the answer (for an answer longer than that:
                 a long answer meets a few words of some list by chance)
                 + KEY_POINTS when key points were given too (more ways to meet the
                   topic, all missed), within 0 and SURE; when story words are met, only
                 if the question and key points give SPECIFIC_WORDS words or more and the
                 elsewhere hits (>= ELSEWHERE_HITS) exceed them ("call", "wrote" in a
                 support story told for a question about a lesson), else 0
    verdict    = off_topic  when confidence >= OFF_TOPIC_AT and the answer fits another
                            topic clearly (elsewhere hits >= ELSEWHERE_HITS, more than
                            its story words met): evidence both ways
                 off_topic  also, with a confidence of SURE, when the question is about
                            another person (conflict, customer focus, communication), the
                            answer meets none of its words and nobody but the speaker is
                            in it (`relevance_people`): a fridge that broke is no conflict
                 on_topic   with at least one topic hit otherwise
                 unclear    otherwise: too little said, a topic we cannot be sure of (a
                            typed question's competency is only a guess), or some doubt
                            (0 < confidence < OFF_TOPIC_AT), which is `doubtful`

The score's cap follows the confidence (`scoring`): 1 - 0.7 x confidence, so a sure call
costs 70% of the score and a doubt about a third. Word matching is weak evidence: real
answers in plain, spoken or non-native words often share no word with the question or its
list, so an answer that meets nothing of the topic is only doubtful (a cap of 0.65) until it
fits another topic clearly too: three words of another list in a short answer make a sure
call, the same three in a long spoken answer do not. The verdict "off the question" needs
a confidence of OFF_TOPIC_AT: from 0.6 it was wrong on 6 of 8 development answers it was
given to, all of them at 0.81 or less (the two right ones were at 0.9); below it the answer
is "cannot tell", with the same cap and a gentler tip.

The evidence is every matched word, quoted with its place in the answer, and the
question's own words that the answer never used. Without a question nothing is checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.evidence import Evidence, SentenceIndex
from interview.analysis.relevance_people import COUNTERPART_TOPICS, names_someone
from interview.analysis.relevance_points import governs_noun, key_point_stems, topic_word
from interview.analysis.relevance_synonyms import focus_phrases, focus_stems, phrase_spans
from interview.analysis.relevance_topic import (
    best_competency,
    content_stems,
    guess_competency,
    story_stems,
    sure_of_topic,
    topic_of,
)
from interview.analysis.relevance_words import SELF_TOPICS, matches_stem, stem
from interview.analysis.sentences import Sentence
from interview.analysis.tokens import Token

__all__ = [
    "RelevanceReport",
    "RelevanceVerdict",
    "best_competency",
    "check_relevance",
    "content_stems",
    "guess_competency",
    "off_topic_confidence",
    "topic_of",
]

RelevanceVerdict = Literal["on_topic", "off_topic", "unclear", "not_checked"]

TARGET_HITS = 3
MIN_WORDS = 25
ELSEWHERE_HITS = 3
SPECIFIC_WORDS = 7
BLIND = 0.5
STEP = 0.2
FIT_WORDS = 60
KEY_POINTS = 0.1
SURE = 0.9
OFF_TOPIC_AT = 0.85


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
        doubtful: unclear although the topic was sure: there is some doubt (0 <
            confidence < OFF_TOPIC_AT), so a milder cap and a gentle tip.
        confidence: how sure the check is that the answer is off the question (0-1); the
            score's cap is proportional to it.
        nobody_else: the question is about another person and nobody but the speaker is
            in the answer (`relevance_people`): off the question with a confidence of SURE.
    """

    verdict: RelevanceVerdict
    score: int | None
    competency: str | None
    matched: tuple[Evidence, ...] = ()
    unmatched: tuple[str, ...] = ()
    elsewhere: str | None = None
    doubtful: bool = False
    confidence: float = 0.0
    nobody_else: bool = False

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
            "confidence": self.confidence,
            "nobody_else": self.nobody_else,
        }


def _hit(
    token: Token,
    question: dict[str, str],
    key_points: dict[str, str],
    stems: tuple[frozenset[str], frozenset[str]],
    after: str,
) -> str | None:
    """What the answer's word (`after`: the next one) meets: "question", "key point",
    "question in other words" (`stems[0]`, see `relevance_synonyms`; a general word such
    as "before" only with a thing after it, `relevance_points.governs_noun`), "competency"
    (`stems[1]`), or None. A function word or general adjective ("each", "clear") meets
    no question or key point."""
    word, topical = token.lower, topic_word(token.lower)
    if topical and stem(word) in question:
        return "question"
    if topical and stem(word) in key_points:
        return "key point"
    if matches_stem(word, stems[0]) is not None and (topical or governs_noun(after)):
        return "question in other words"
    # The story words are chosen by hand, so they count even when common ("learned").
    return "competency" if matches_stem(word, stems[1]) is not None else None


def _matches(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    question: dict[str, str],
    key_points: dict[str, str],
    stems: tuple[frozenset[str], frozenset[str]],
) -> tuple[Evidence, ...]:
    """Every word of the answer that meets the topic, quoted with its sentence."""
    index = SentenceIndex(list(sentences))
    found = []
    for token, after in zip(tokens, [t.lower for t in tokens[1:]] + [""], strict=True):
        label = _hit(token, question, key_points, stems, after)
        if label is not None:
            sentence = index.quote(token.start)
            found.append(Evidence(token.text, token.start, token.end, label, sentence))
    return tuple(found)


def _idioms(
    tokens: Sequence[Token], sentences: Sequence[Sentence], asked: dict[str, str]
) -> tuple[Evidence, ...]:
    """The question's focus said as an idiom ("the system went down"), quoted in place."""
    phrases = focus_phrases(asked.values())
    if not phrases:
        return ()
    found = []
    for first, last in phrase_spans([t.lower for t in tokens], phrases):
        start, end = tokens[first].start, tokens[last].end
        sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
        if sentence is not None:  # an idiom across two sentences is no idiom
            text = sentence.text[start - sentence.start : end - sentence.start]
            found.append(Evidence(text, start, end, "question in other words", sentence.text))
    return tuple(found)


def off_topic_confidence(
    tokens: Sequence[Token], matched: Sequence[Evidence], topic: str | None, *, asked: int
) -> tuple[float, str | None]:
    """(confidence, elsewhere) that a sure topic's answer is off it (the rule is in the
    module docstring; `asked` counts the question's and key points' distinct stems)."""
    if any(e.label != "competency" for e in matched):
        return 0.0, None
    generic = len({stem(e.text) for e in matched})
    words = [token.lower for token in tokens]
    other, hits = best_competency(words, leave_out=SELF_TOPICS | {topic or ""})
    clear_fit = hits >= ELSEWHERE_HITS and hits > generic
    if generic and not (asked >= SPECIFIC_WORDS and clear_fit):
        return 0.0, None
    # Words of some other list turn up by chance in a long answer: judge the fit per FIT_WORDS.
    fit = hits * min(1.0, FIT_WORDS / max(1, len(tokens)))
    confidence = BLIND + STEP * (max(0.0, fit - 1) - generic / 2)
    return round(min(SURE, max(0.0, confidence)), 2), (other if clear_fit else None)


def _nobody_else(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    matched: Sequence[Evidence],
    topic: str | None,
) -> bool:
    """A question about another person, answered without the question's words and with
    nobody but the speaker in it (see `relevance_people`)."""
    if topic not in COUNTERPART_TOPICS or any(e.label != "competency" for e in matched):
        return False
    return not names_someone(tokens, sentences)


def _verdict(
    matched: Sequence[Evidence], confidence: float, elsewhere: str | None, *, sure: bool
) -> RelevanceVerdict:
    if sure and confidence >= OFF_TOPIC_AT and elsewhere is not None:
        return "off_topic"
    if matched and not confidence:
        return "on_topic"
    return "unclear"


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
    points = key_point_stems(key_points)  # not the words of "No blaming the customer"
    stems = (focus_stems(asked.values()), story_stems(topic, question))
    matched = _matches(tokens, sentences, asked, points, stems)
    matched = tuple(sorted(matched + _idioms(tokens, sentences, asked), key=lambda e: e.start))
    seen = {stem(evidence.text) for evidence in matched}
    sure = len(tokens) >= MIN_WORDS and sure_of_topic(competency)
    confidence, elsewhere, alone = 0.0, None, False
    if sure:
        confidence, elsewhere = off_topic_confidence(
            tokens, matched, topic, asked=len(asked | points)
        )
        bonus = KEY_POINTS if confidence and points else 0.0
        confidence = round(min(SURE, confidence + bonus), 2)
        alone = _nobody_else(tokens, sentences, matched, topic)
        confidence = SURE if alone else confidence
    verdict = _verdict(matched, confidence, elsewhere if not alone else "", sure=sure)
    return RelevanceReport(
        verdict=verdict,
        score=min(100, round(100 * len(seen) / TARGET_HITS)),
        competency=topic,
        matched=matched,
        unmatched=tuple(word for root, word in asked.items() if root not in seen),
        elsewhere=elsewhere if verdict == "off_topic" else None,
        doubtful=verdict != "off_topic" and confidence > 0,
        confidence=confidence,
        nobody_else=alone,
    )
